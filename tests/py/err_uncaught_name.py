# NameError for an undefined variable at module level.
x = 10
print("x is", x)
def show():
    print("inside show")
    print(y_undefined)
show()
print("unreachable")
