# Truth values of built-in objects used in conditions.
vals = [0, 1, -1, 0.0, -0.0, 0.5, float("nan"), "", " ", "0", [], [0], (), (None,), {}, {0: 0},
        set(), {0}, frozenset(), range(0), range(1), None, True, False, b"", b"\x00", 10 ** 30]
for v in vals:
    if v:
        r = "truthy"
    else:
        r = "falsy"
    print(repr(v), r, bool(v), not v)
n = 3
while n:
    print("n =", n)
    n -= 1
items = [3, 0, "", "x", None, [1]]
print([i for i in items if i], list(filter(None, items)))
print(any([]), all([]), any([0, ""]), all([1, "x"]))
print(len([v for v in vals if v]), len([v for v in vals if not v]))
