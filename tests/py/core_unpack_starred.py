# Starred assignment targets and starred expressions in displays.
a, *b, c = 1, 2, 3, 4, 5
print(a, b, c)
a, *b, c = 1, 2
print(a, b, c)
*a, b = "hello"
print(a, b)
a, *b = [1]
print(a, b)
*a, = range(4)
print(a)
first, *_, last = range(10)
print(first, last, _)
(a, *b), *c = [1, 2, 3], 4, 5
print(a, b, c)
for head, *tail in [(1, 2, 3), (4,), "xy"]:
    print(head, tail)
print([*range(3), *"ab", *(9,)])
print((*[1, 2], 3), {*[1, 1, 2]} == {1, 2})
print({**{"a": 1}, "b": 2, **{"a": 3}})
print(*[1, 2, 3], sep="-")
print(*"abc")
def f(*args, **kw):
    return args, sorted(kw.items())
print(f(*[1, 2], *(3,), **{"x": 1}, **{"y": 2}))
lst = [1, 2, 3, 4, 5, 6]
x, *mid, y = lst
print(x, mid, y, type(mid).__name__)
try:
    a, *b, c = [1]
except ValueError as e:
    print(type(e).__name__, e)
