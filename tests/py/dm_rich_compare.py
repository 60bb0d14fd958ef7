# Rich comparisons: all six operators, reflection when one side returns
# NotImplemented, subclass priority, chained comparisons and the TypeError
# when no side knows how to compare.


class Version:
    def __init__(self, *parts):
        self.parts = parts

    def _key(self, other):
        if isinstance(other, Version):
            return other.parts
        if isinstance(other, tuple):
            return other
        return NotImplemented

    def __eq__(self, other):
        k = self._key(other)
        return k if k is NotImplemented else self.parts == k

    def __lt__(self, other):
        k = self._key(other)
        return k if k is NotImplemented else self.parts < k

    def __le__(self, other):
        k = self._key(other)
        return k if k is NotImplemented else self.parts <= k

    def __gt__(self, other):
        k = self._key(other)
        return k if k is NotImplemented else self.parts > k

    def __ge__(self, other):
        k = self._key(other)
        return k if k is NotImplemented else self.parts >= k

    def __hash__(self):
        return hash(self.parts)

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


a, b = Version(1, 2), Version(1, 10)
print(a < b, a <= b, a > b, a >= b, a == b, a != b)
print(a == (1, 2), (1, 2) == a, a < (2,), (2,) > a, (0, 9) < a, a != (1, 2))
print(a == "1.2", "1.2" == a, a != "1.2")
print(Version(1) < Version(1, 0) < Version(1, 0, 1), sorted([b, a, Version(0, 9)]), max(a, b))
for op in ("<", ">=", "<="):
    try:
        print(eval(f"a {op} 3"))
    except TypeError as e:
        print("TypeError:", e)


# only __lt__ defined: > works through the reflection, <= does not
class OnlyLt:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print(f"  {self.v}.__lt__({other.v})")
        return self.v < other.v


x, y = OnlyLt(1), OnlyLt(2)
print(x < y)
print(x > y)          # tries x.__gt__ (missing), then y.__lt__(x)
try:
    x <= y
except TypeError as e:
    print("TypeError:", e)
print(x == y, x != y, x == x)      # identity fallback for == and !=


# log every call to see the order CPython uses
log = []


class Loud:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        log.append(f"{self.name}.eq")
        return NotImplemented

    def __lt__(self, other):
        log.append(f"{self.name}.lt")
        return NotImplemented

    def __gt__(self, other):
        log.append(f"{self.name}.gt")
        return NotImplemented


class LoudChild(Loud):
    def __eq__(self, other):
        log.append(f"{self.name}.eq*")
        return True


p, q, r = Loud("p"), Loud("q"), LoudChild("r")
print(p == q, log)
log.clear()
print(p == r, log)            # the subclass's reflected __eq__ goes first
log.clear()
try:
    p < q
except TypeError as e:
    print("TypeError:", e, log)
log.clear()
print(p != q, log)           # __ne__ falls back to inverting __eq__, which defers to identity


# __ne__ is derived from __eq__ unless defined
class Eq:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, Eq) and self.v == other.v

    __hash__ = object.__hash__


print(Eq(1) != Eq(1), Eq(1) != Eq(2), Eq(1) == Eq(1), [Eq(3)].count(Eq(3)), Eq(2) in [Eq(1), Eq(2)])


# comparison results need not be bools
class Vec:
    def __init__(self, *xs):
        self.xs = xs

    def __lt__(self, other):
        return [a < b for a, b in zip(self.xs, other.xs)]

    def __eq__(self, other):
        return "elementwise"


print(Vec(1, 5) < Vec(2, 3), Vec(1) == Vec(1), Vec(1) != Vec(1))
try:
    if Vec(1) < Vec(2) and None < 1:
        pass
except TypeError as e:
    print("TypeError:", e)
