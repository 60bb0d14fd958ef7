# sorted() and reversed() on many iterable types.
print(sorted([3, 1, 2]), sorted((3, 1, 2)), sorted("cba"), sorted({3: "x", 1: "y"}), sorted(range(5, 0, -1)))
print(sorted([3, 1, 2], reverse=True), sorted(["b", "A", "c"], key=str.lower, reverse=True))
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed("abc")), list(reversed(range(4))))
print(list(reversed({"a": 1, "b": 2})), list(reversed([])), "".join(reversed("中文😀")))
orig = [5, 2, 8]
s = sorted(orig)
print(orig, s, s is orig)
r = reversed(orig)
print(next(r), next(r), next(r), next(r, None))
print(sorted([0.5, -1, 2, True, False]), sorted(["10", "2", "1"]), sorted([[1, 2], [1], [0, 5]]))
print(sorted("Hello World".split(), key=len), sorted([(-1, "b"), (-1, "a"), (0, "c")], reverse=True))
try:
    reversed(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(reversed({1, 2}))
except TypeError as e:
    print(type(e).__name__, e)
