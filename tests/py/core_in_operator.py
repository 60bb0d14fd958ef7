# Membership tests for all container kinds.
print(1 in [1, 2], 3 in [1, 2], 3 not in [1, 2], 1.0 in [1], True in [1])
print(2 in (1, 2, 3), (1, 2) in [(1, 2)], [1] in [[1]], [] in [[]])
print("a" in "abc", "bc" in "abc", "ac" in "abc", "" in "abc", "" in "")
print("é" in "café", "中" in "中文", "x" not in "中文")
d = {"a": 1, "b": 2, 3: "c"}
print("a" in d, 1 in d, 3 in d, 3.0 in d, "c" in d, "c" in d.values(), ("a", 1) in d.items())
s = {1, 2, 3}
print(2 in s, 2.0 in s, True in s, 0 in s, "2" in s)
fs = frozenset(["x", "y"])
print("x" in fs, "z" in fs, "z" not in fs)
r = range(0, 100, 7)
print(14 in r, 15 in r, 98 in r, 105 in r, -7 in r, 0 in r)
r2 = range(10, 0, -3)
print(10 in r2, 7 in r2, 1 in r2, 0 in r2, 4 in r2)
print(5 in range(0), 5.0 in range(10), 10 ** 20 in range(10 ** 21))
b = b"hello"
print(104 in b, b"ell" in b, b"x" in b, 0 in b)
nested = [[1, 2], [3, 4]]
print([3, 4] in nested, 3 in nested, any(3 in row for row in nested))
nan = float("nan")
lst = [nan]
# Floats are unboxed values in Tauraro, so the identity of two distinct NaN
# objects (CPython: `float("nan") in [nan]` is False) is not observable;
# containment of the same NaN object is.
print(nan in lst, nan == nan, [nan] == [nan])
try:
    print(1 in 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(1 in "abc")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print([1] in {1: 2})
except TypeError as e:
    print(type(e).__name__, e)
words = "the quick brown fox".split()
print([w for w in ["fox", "dog", "the"] if w in words])
print(sum(1 for ch in "mississippi" if ch in "sp"))
