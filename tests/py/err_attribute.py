# AttributeError on built-in types.
tests = [
    lambda: (5).foo,
    lambda: "s".append(1),
    lambda: [].add(1),
    lambda: {}.append(1),
    lambda: ().sort(),
    lambda: None.x,
    lambda: (1.5).real_part,
    lambda: True.flip(),
    lambda: set().append(1),
    lambda: b"x".encode(),
    lambda: frozenset().add(1),
    lambda: range(3).append(3),
]
for t in tests:
    try:
        t()
        print("no error")
    except AttributeError as e:
        print(type(e).__name__, e)
x = 10
try:
    x.foo = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    "abc".nope()
except AttributeError as e:
    print(type(e).__name__, e)
lst = [3, 1, 2]
try:
    lst.sorted()
except AttributeError as e:
    print(type(e).__name__, e)
print(sorted(lst))
def describe(v):
    try:
        return v.upper()
    except AttributeError:
        return "no upper for " + type(v).__name__
print(describe("abc"), describe(5), describe(None), describe([1]))
