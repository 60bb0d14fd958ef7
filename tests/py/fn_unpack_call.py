# Calling with *iterable and **mapping in many combinations.
def show(a, b, c=3, *rest, d=4, **kw):
    return "a=%r b=%r c=%r rest=%r d=%r kw=%r" % (a, b, c, rest, d, sorted(kw.items()))
print(show(1, 2))
print(show(*[1, 2, 5, 6, 7]))
print(show(*"xy", d=0))
print(show(*range(2), **{"c": 9, "z": 1}))
print(show(1, *[2], *[3, 4], d=5, **{"e": 6}, **{"f": 7}))
print(show(**{"a": 1, "b": 2}))
args = [10, 20]
kwargs = {"d": 40, "extra": True}
print(show(*args, 30, *args, **kwargs))
pairs = [(1, 2), (3, 4)]
print([show(*p) for p in pairs])
print(*map(lambda p: p[0] * p[1], pairs))
print(max(*[3, 9, 1]), min(*"zebra"), divmod(*(17, 5)), pow(*[2, 8, 100]))
try:
    show(*[1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    show(1, 2, **{"a": 5})
except TypeError as e:
    print(type(e).__name__, e)
try:
    show(**{1: 2})
except TypeError as e:
    print(type(e).__name__)
