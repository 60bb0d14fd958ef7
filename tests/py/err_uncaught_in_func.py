# Exception escaping deep recursion ends the program.
def countdown(n):
    print("n =", n)
    if n == 0:
        return [][0]
    return countdown(n - 1)
print("begin")
countdown(4)
print("unreachable")
