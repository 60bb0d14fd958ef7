# TypeError messages for bad calls.
def f(a, b):
    return a + b
def g(a, b=1, *, c):
    return a
def h():
    return 0
calls = [
    lambda: f(1),
    lambda: f(),
    lambda: f(1, 2, 3),
    lambda: f(1, 2, z=3),
    lambda: f(1, a=1),
    lambda: g(1),
    lambda: h(1),
    lambda: h(x=1),
]
for call in calls:
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)
x = 5
try:
    x()
except TypeError as e:
    print(type(e).__name__, e)
s = "str"
try:
    s()
except TypeError as e:
    print(type(e).__name__, e)
for call in [lambda: g(1, 2, 3, c=4), lambda: (lambda x: x)()]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__)
try:
    len(1, 2)
except TypeError as e:
    print(type(e).__name__)
try:
    len(5)
except TypeError as e:
    print(type(e).__name__, e)
