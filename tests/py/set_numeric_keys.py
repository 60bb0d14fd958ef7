# Sets with mixed numeric types and equality.
s = {1, 2.0, True, 3, 3.0, 0, False, -0.0}
print(len(s), sorted(s))
print(1.0 in s, 2 in s, False in s, 0.0 in s)
t = {10 ** 20, 1e20, 2 ** 53, 2.0 ** 53, 2 ** 53 + 1}
print(len(t), sorted(t))
u = {0.1 + 0.2, 0.3, 0.30000000000000004}
print(len(u), sorted(u))
print({1, 2} == {1.0, 2.0}, {1} == {True}, {0} == {False}, {1} == {"1"})
nan = float("nan")
v = {nan, nan}
# (two distinct NaN objects are one value here: floats are unboxed)
print(len(v), nan in v, float("nan") == nan)
w = set(range(100))
w -= set(range(0, 100, 2))
w &= set(range(0, 100, 3))
print(sorted(w))
print(sum({1, 1.0, True}), sorted({-1, -1.0, 1, -2}))
