# Tuples: construction, immutability, indexing, packing.
t = (1, "two", 3.0, None, [5])
print(t, len(t), t[0], t[-1], t[1:3], t[::-1], type(t).__name__)
print((), (1,), (1), tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple({"k": 1}))
print(1, 2, 3 == (1, 2, 3), (1, 2, 3) == (1, 2, 3))
packed = 1, 2, 3
print(packed, len(packed))
t[4].append(6)
print(t)
try:
    t[0] = 10
except TypeError as e:
    print(type(e).__name__, e)
try:
    t.append(1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    t[10]
except IndexError as e:
    print(type(e).__name__, e)
print((1, 2) + (3,), (0,) * 3, 2 in (1, 2), (1, 2) < (1, 3), max((4, 9, 2)), sum((1, 2, 3)))
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested), nested[0] + nested[1])
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "pt"}[(1, 2)])
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
def minmax(seq):
    return min(seq), max(seq)
lo, hi = minmax([4, 1, 7])
print(lo, hi, minmax("hello"))
print(tuple(x * 2 for x in range(4)), tuple(sorted((3, 1, 2))))
print(str((1,)), repr(("a", "b")), str(((),)))
