# NameError and UnboundLocalError.
try:
    print(undefined_name)
except NameError as e:
    print(type(e).__name__, e)
try:
    undefined_func()
except NameError as e:
    print(type(e).__name__, e)
count = 0
def bump():
    count += 1
    return count
try:
    bump()
except UnboundLocalError as e:
    print(type(e).__name__, e)
try:
    bump()
except NameError as e:
    print("also NameError:", isinstance(e, NameError), type(e).__name__)
def later():
    print(v)
    v = 1
try:
    later()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def conditional(flag):
    if flag:
        result = "set"
    return result
print(conditional(True))
try:
    conditional(False)
except UnboundLocalError as e:
    print(type(e).__name__, e)
def deleted():
    z = 1
    del z
    return z
try:
    deleted()
except UnboundLocalError as e:
    print(type(e).__name__, e)
x = 1
del x
try:
    x
except NameError as e:
    print(type(e).__name__, e)
def uses_later_global():
    return later_global * 2
try:
    uses_later_global()
except NameError as e:
    print(type(e).__name__, e)
later_global = 21
print(uses_later_global())
