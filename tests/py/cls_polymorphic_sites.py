# Attribute and method sites that see many classes: each class's lookup is
# remembered separately, and every remembered answer must stay right when a
# class changes, an instance shadows a method, or a class stores the name
# differently (__slots__, a property, a class attribute).


class Base:
    kind = "base"

    def __init__(self, v):
        self.v = v

    def area(self):
        return self.v

    def describe(self):
        return "%s:%s" % (self.kind, self.area())


class A(Base):
    kind = "a"

    def area(self):
        return self.v * 2


class B(Base):
    def area(self):
        return self.v * 3


class C(A):
    kind = "c"


class D(Base):
    @property
    def v(self):
        return self._v + 100

    @v.setter
    def v(self, x):
        self._v = x


class E:
    __slots__ = ("v",)
    kind = "e"

    def __init__(self, v):
        self.v = v

    def area(self):
        return -self.v

    def describe(self):
        return "e!%d" % self.area()


class F(B):
    pass


class G(Base):
    area = 7  # not a method here: calling it fails


classes = [Base, A, B, C, D, E, F]


def run(objs):
    out = []
    for o in objs:
        o.v = o.v + 1         # one SETATTR site, dict, property and slot stores
        out.append(o.area())  # one LOADMETHOD site, seven classes
        out.append(o.v)       # one GETATTR site
        out.append(o.kind)    # class attributes, inherited or not
        out.append(o.describe())
    return out


objs = [classes[i % len(classes)](i) for i in range(42)]
first = run(objs)
print(first[:20])
print(sum(x for x in first if isinstance(x, int)))

# a class changes under the sites: every remembered entry is stale at once
A.area = lambda self: 1000 + self.v
B.kind = "b"
second = run(objs)
print(second[:20])
print([x for x in second if isinstance(x, str) and x.startswith("b")][:3])

# an instance shadows the method with its own attribute
objs[1].area = lambda: "own"
third = run(objs[:8])
print(third)
del objs[1].area
print(run(objs[:8])[4:8])

# methods added and removed on the base
del A.area
print(run(objs[:4]))
Base.area = lambda self: "new base"
print(run(objs[:6])[::4])

# one site meeting a class where the name is not callable
mixed = [A(1), G(2), B(3)]
for o in mixed:
    try:
        print(type(o).__name__, o.area())
    except TypeError as e:
        print(type(o).__name__, "TypeError", e)

# many classes made in a loop, more than the site remembers
made = [type("K%d" % i, (Base,), {"area": (lambda k: lambda self: self.v * k)(i)}) for i in range(12)]
total = 0
for rnd in range(30):
    for k, cls in enumerate(made):
        o = cls(rnd)
        total += o.area() + o.v
        o.extra = k
        total += o.extra
print(total)


# attribute reads on shapes whose dicts differ in order
class P:
    pass


ps = []
for i in range(9):
    p = P()
    if i % 3 == 0:
        p.x, p.y = i, -i
    elif i % 3 == 1:
        p.y, p.x = -i, i
    else:
        p.z = 0
        p.x = i
        p.y = -i
    ps.append(p)
print([(p.x, p.y) for p in ps * 3][-6:], sum(p.x - p.y for p in ps * 50))
