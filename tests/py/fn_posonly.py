# Positional-only parameters with /.
def pos(a, b, /, c, *, d=0):
    return a, b, c, d
print(pos(1, 2, 3), pos(1, 2, c=3), pos(1, 2, 3, d=4))
def name_clash(x, /, **kw):
    return x, kw
print(name_clash(1, x=2), name_clash("v"))
def only(a, /):
    return a * 2
print(only(21), only("ab"))
def defaults(a, b=2, /, c=3):
    return a + b + c
print(defaults(1), defaults(1, 10), defaults(1, 10, 100), defaults(1, c=0))
for call in [lambda: pos(a=1, b=2, c=3), lambda: pos(1, b=2, c=3)]:
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__)
for call in [lambda: pos(1, 2), lambda: defaults(), lambda: only(1, 2)]:
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)
