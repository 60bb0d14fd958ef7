# Ordering helpers: functools.cmp_to_key for multi-key and custom
# comparisons, total_ordering filling in the missing rich comparisons
# (from __lt__, __le__, __gt__ or __ge__), and sort stability.
from functools import cmp_to_key, total_ordering


def version_cmp(a, b):
    pa = [int(x) for x in a.split(".")]
    pb = [int(x) for x in b.split(".")]
    return (pa > pb) - (pa < pb)


versions = ["1.10", "1.2", "1.2.1", "0.9", "1.10.0", "2"]
print(sorted(versions, key=cmp_to_key(version_cmp)))
print(max(versions, key=cmp_to_key(version_cmp)), min(versions, key=cmp_to_key(version_cmp)))


def largest_number(nums):
    def cmp(a, b):
        return (a + b < b + a) - (a + b > b + a)
    return "".join(sorted(map(str, nums), key=cmp_to_key(cmp)))


print(largest_number([3, 30, 34, 5, 9]), largest_number([10, 2]))
K = cmp_to_key(lambda a, b: a - b)
print(K(1) < K(2), K(2) == K(2), K(3) >= K(4))


@total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


a, b = Version("1.2"), Version("1.10")
print(a < b, a <= b, a > b, a >= b, a == Version("1.2"), a != b)
print(sorted(Version(v) for v in ["3.1", "1.0.1", "1.0", "2.5"]))


@total_ordering
class Grade:
    order = "FDCBA"

    def __init__(self, letter):
        self.letter = letter

    def __eq__(self, other):
        return self.letter == other.letter

    def __gt__(self, other):
        return self.order.index(self.letter) > self.order.index(other.letter)

    def __repr__(self):
        return self.letter


grades = [Grade(c) for c in "CAFBD"]
print(sorted(grades), max(grades), Grade("B") <= Grade("A"), Grade("B") >= Grade("C"), Grade("F") < Grade("D"))


@total_ordering
class Weight:
    def __init__(self, kg):
        self.kg = kg

    def __eq__(self, other):
        if not isinstance(other, Weight):
            return NotImplemented
        return self.kg == other.kg

    def __le__(self, other):
        if not isinstance(other, Weight):
            return NotImplemented
        return self.kg <= other.kg


print(Weight(2) < Weight(3), Weight(3) > Weight(2), Weight(2) >= Weight(2))
try:
    Weight(1) < 5
except TypeError as e:
    print("TypeError:", e)
try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print("ValueError:", e)

records = [("ann", 3), ("bob", 1), ("cy", 3), ("dee", 2), ("eve", 1)]
print("stable by score:", sorted(records, key=lambda r: r[1]))
print("score desc, name asc:", sorted(records, key=lambda r: (-r[1], r[0])))
by_two_passes = sorted(sorted(records, key=lambda r: r[0], reverse=True), key=lambda r: r[1])
print("two passes:", by_two_passes)
print("cmp_to_key stable:", sorted(records, key=cmp_to_key(lambda x, y: x[1] - y[1])))
