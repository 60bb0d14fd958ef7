# Tuple comparisons and sorting by tuples.
pairs = [((1, 2), (1, 2)), ((1, 2), (1, 3)), ((2,), (1, 9)), ((), (0,)), ((1, "a"), (1, "b")),
         ((1, 2, 3), (1, 2)), ((0.5, 1), (0.5, 0)), ((True, 0), (1, 0))]
for a, b in pairs:
    print(a, b, a == b, a != b, a < b, a <= b, a > b, a >= b)
records = [("smith", "john", 30), ("doe", "jane", 25), ("smith", "adam", 40), ("doe", "john", 20)]
for r in sorted(records):
    print(r)
print(max(records), min(records, key=lambda r: r[2]))
print(sorted(records, key=lambda r: (r[1], -r[2])))
try:
    print((1, 2) < (1, "a"))
except TypeError as e:
    print(type(e).__name__, e)
print((1, "a") < (2, 1), (1, 2) == (1, "a"))
