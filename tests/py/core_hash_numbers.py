# hash() of numbers: equal numbers hash equal.
for v in [0, 1, -1, -2, 2, 100, -100, 2 ** 31, 2 ** 61 - 1, 2 ** 61, 2 ** 61 + 5, -(2 ** 61), 2 ** 64, 10 ** 20]:
    print(v, hash(v))
print(hash(-1) == hash(-2), hash(-1))
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(False) == hash(-0.0))
for f in [0.5, 1.5, -1.5, 0.1, 1e16, 2.0 ** 70, -2.5, 1e300]:
    print(f, hash(f), hash(f) == hash(f))
print(hash(2.0 ** 70) == hash(2 ** 70), hash(1e16) == hash(10 ** 16))
print(hash((1, 2)) == hash((1.0, 2.0)), hash(()) == hash(()), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
d = {}
for k in [1, 1.0, True, 2, 2.0, 0, False, 0.0, -0.0]:
    d[k] = d.get(k, 0) + 1
print(d)
s = {1, 1.0, True, 3, 3.0}
print(len(s), sorted(s))
for bad in [[1], {1: 2}, {1}]:
    try:
        hash(bad)
    except TypeError as e:
        print(type(e).__name__, e)
