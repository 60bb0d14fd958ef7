# tuple subclasses as immutable records: __new__, properties over fields,
# _replace-style copies, unpacking, sorting, hashing, and tuple behaviour.


class Point(tuple):
    __slots__ = ()

    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]

    @property
    def y(self):
        return self[1]

    def __repr__(self):
        return f"Point(x={self.x}, y={self.y})"

    def __add__(self, other):
        return Point(self.x + other[0], self.y + other[1])

    def replace(self, **kw):
        return Point(kw.get("x", self.x), kw.get("y", self.y))

    def dist2(self, other=None):
        ox, oy = other if other is not None else (0, 0)
        return (self.x - ox) ** 2 + (self.y - oy) ** 2


p = Point(3, 4)
q = p + (1, 1)
print(p, q, p.x, q.y, len(p), p[0], p[-1], p[:1], type(p[:1]).__name__)
print(p == (3, 4), (3, 4) == p, p != q, p < q, hash(p) == hash((3, 4)), p.dist2(), p.dist2(q))
x, y = p
print(x, y, list(p), tuple(p), type(tuple(p)).__name__, p.count(3), p.index(4), 4 in p)
print(p.replace(y=0), p, p.replace(), sorted([q, p, Point(0, 9)]))
seen = {p: "origin-ish", Point(0, 0): "origin"}
print(seen[(3, 4)], seen[Point(0, 0)], {Point(1, 2), (1, 2)}, p * 2, type(p * 2).__name__)
try:
    p.z = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.x = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    p[0] = 1
except TypeError as e:
    print("TypeError:", e)


class Version(tuple):
    def __new__(cls, text):
        parts = tuple(int(p) for p in text.split("."))
        if not parts or len(parts) > 3:
            raise ValueError(f"bad version: {text!r}")
        obj = super().__new__(cls, parts + (0,) * (3 - len(parts)))
        obj.text = text
        return obj

    def __str__(self):
        return ".".join(map(str, self))

    def bump(self, part="patch"):
        i = ["major", "minor", "patch"].index(part)
        nums = list(self)
        nums[i] += 1
        for j in range(i + 1, 3):
            nums[j] = 0
        return Version(".".join(map(str, nums)))


versions = [Version(v) for v in ["1.10", "1.2.3", "0.9", "1.2", "2"]]
print([str(v) for v in sorted(versions)], max(versions).text, min(versions))
v = Version("1.4.2")
print(v.bump(), v.bump("minor"), v.bump("major"), v > (1, 4), v == (1, 4, 2), vars(v))
print(repr(v), str(v), f"{v}", v + (9,), type(v + (9,)).__name__)
for bad in ["", "1.2.3.4", "a.b"]:
    try:
        Version(bad)
    except ValueError as e:
        print("ValueError:", e)


class Pair(tuple):
    def __new__(cls, a, b):
        return tuple.__new__(cls, (a, b))

    def swap(self):
        return type(self)(self[1], self[0])

    def __getnewargs__(self):
        return tuple(self)


pairs = [Pair(i, i * i) for i in range(4)]
print(pairs, [pp.swap() for pp in pairs], dict(pairs), Pair(1, 2) + Pair(3, 4))
print(isinstance(pairs[0], tuple), type(pairs[0].swap()).__name__, Pair.__mro__)
