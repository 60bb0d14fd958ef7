# Sorting by keys of the built-in types, which list.sort compares without
# the generic protocol: strs (non-ASCII too), tuples of mixed element types,
# nested tuples, subclasses with their own ordering, NaN, and the errors a
# comparison raises part-way through.


class Rev(str):
    def __lt__(self, other):
        return str.__gt__(self, other)


class Loud:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print("eq", self.v, getattr(other, "v", other))
        return isinstance(other, Loud) and self.v == other.v

    def __lt__(self, other):
        return self.v < other.v

    def __repr__(self):
        return "Loud(%r)" % self.v


words = ["pear", "Äpfel", "apple", "zebra", "ünder", "émile", "", "a", "ab", "\U0001f600", "\u00ff"]
print(sorted(words))
print(sorted(words, key=len))
print(sorted(words, reverse=True))
print(sorted([Rev("a"), Rev("c"), Rev("b")]))
rows = [(1, "b", 2.5), (1, "a", 3), (0, "z", 1), (1, "a", 2.5), (1, "a"), (1.0, "a", 1), (True, "", 0)]
print(sorted(rows))
print(sorted(rows, key=lambda r: (r[1], r[0])))
nested = [((2, 1), "x"), ((1, 2), "y"), ((1, 2), "a"), ((1,), "q"), ((), "e")]
print(sorted(nested))
nan = float("nan")
print(sorted([(nan, 1), (1.0, 2), (0.5, 0)]))
print(sorted([(Loud(2), 1), (Loud(1), 2), (Loud(2), 0)]))
try:
    sorted([(1, "a"), (1, 2)])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted(["a", 1])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([("a", None), ("a", None)])
    print("equal tuples: no comparison of None needed")
    sorted([("a", None), ("a", 1)])
except TypeError as e:
    print("TypeError:", e)
big = [(i % 7, str(i % 13), -i) for i in range(200)]
print(sorted(big)[:5], sorted(big)[-3:])
print(sorted(big, key=lambda t: (t[1], t[2]))[:4])
