# Dict tables across sizes: the index changes width as a dict grows (8, 16
# and 32-bit entry numbers), and an instance's __dict__ is sized from what
# its class's earlier instances held.  Lookups, deletes, order, copies and
# popitem must not depend on either.


def check(d, keys, values, label):
    assert list(d) == keys, label
    assert all(d[k] == v for k, v in zip(keys, values)), label
    assert len(d) == len(keys), label


# growth through each index width, with ints, strs and tuples as keys
for n in (1, 5, 6, 85, 86, 127, 128, 129, 5000, 21845, 21846, 40000):
    keys = [("k%d" % i) if i % 3 == 0 else (i * 7919 if i % 3 == 1 else (i, -i)) for i in range(n)]
    d = {}
    for i, k in enumerate(keys):
        d[k] = i
    check(d, keys, range(n), n)
    c = d.copy()
    check(c, keys, range(n), n)
    # delete every other key, then put half back: order follows insertion
    for k in keys[::2]:
        del d[k]
    rest = keys[1::2]
    check(d, rest, range(1, n, 2), n)
    assert all(k not in d for k in keys[::2])
    for k in keys[::4]:
        d[k] = -1
    assert list(d) == rest + keys[::4]
    e = d.copy()  # a table with holes is rebuilt when copied
    assert list(e) == list(d) and e == d
    while len(e) > 3:
        k, v = e.popitem()
        assert k not in e
    e["again"] = 1
    print(n, len(d), sum(v for v in d.values() if v >= 0), list(e)[-2:])


# collisions in a tiny table: keys whose hashes agree modulo 4 and 8
class H:
    def __init__(self, h, name):
        self.h = h
        self.name = name

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        return isinstance(other, H) and self.name == other.name

    def __repr__(self):
        return self.name


hs = [H(8 * i, "h%d" % i) for i in range(12)]
d = {}
for i, h in enumerate(hs):
    d[h] = i
    assert all(d[x] == j for j, x in enumerate(hs[: i + 1]))
del d[hs[3]]
d[H(24, "h3")] = 33
print(list(d.items())[-3:], d[H(24, "h3")])


# instances: the first ones teach the class how many attributes to expect
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


pts = [Point(i, -i) for i in range(1000)]
p = pts[-1]
p.z = 3  # past what the class expected: the table grows
p.w = 4
for i in range(30):
    setattr(p, "a%d" % i, i)
print(sorted(vars(p))[:5], len(vars(p)), p.x, p.a29)
q = Point(1, 2)  # made after an instance held 34 attributes
print(vars(q), q.x + q.y)
for i in range(25):
    setattr(q, "b%d" % i, i * i)
print(len(q.__dict__), q.b24, list(q.__dict__)[:4])
del q.x
print(hasattr(q, "x"), q.y, "x" in q.__dict__)
q.x = 9
print(list(q.__dict__)[-1], q.x)


class Grows:
    def __init__(self, n):
        for i in range(n):
            setattr(self, "f%d" % i, i)


sizes = [1, 2, 3, 4, 5, 6, 10, 11, 21, 22, 40, 3, 1, 0]
objs = [Grows(n) for n in sizes]
print([len(vars(o)) for o in objs])
print([sum(getattr(o, "f%d" % i) for i in range(n)) for o, n in zip(objs, sizes)])
o = objs[-1]
o.__dict__ = {"replaced": True}
o.extra = 1
print(vars(o))
g = Grows(2)
g.__dict__.update({"u%d" % i: i for i in range(50)})
print(len(vars(g)), g.u49, g.f1)
g.__dict__.clear()
g.f0 = "back"
print(vars(g))


# attribute stores in a loop (the JIT's cached entry) on fresh instances
class Rec:
    def __init__(self, a):
        self.a = a
        self.b = a * 2
        self.c = a * 3


total = 0
for i in range(3000):
    r = Rec(i)
    r.b += 1
    if i % 500 == 0:
        r.d = i
        total += r.d
    total += r.a + r.b + r.c
print(total)
