# Class attribute lookups stay right when classes change after they were
# used: polymorphic call sites (one name on several classes), methods added
# to, replaced in and deleted from base classes, attributes first missing
# then added, descriptors and __getattr__ installed later, and setattr on
# built-in-derived classes.  The interpreter's inline caches and its type
# lookup cache must notice every change.


class Base:
    kind = "base"

    def area(self):
        return 0

    def describe(self):
        return "%s:%s" % (self.kind, self.area())


class Sq(Base):
    kind = "sq"

    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s


class Rect(Base):
    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


class Tri(Base):
    def __init__(self, b, h):
        self.b, self.h = b, h

    def area(self):
        return self.b * self.h // 2


shapes = [Sq(3), Rect(2, 5), Tri(4, 3), Base()]


def report(tag):
    print(tag, [s.describe() for s in shapes], [s.kind for s in shapes])


for _ in range(3):  # warm the caches on a polymorphic site
    report("start")

Base.kind = "BASE"
report("base kind changed")

del Rect.area
report("Rect.area deleted")

Base.area = lambda self: -1
report("Base.area replaced")

Tri.kind = "tri"
report("Tri.kind set")
del Tri.kind
report("Tri.kind deleted")


def missing(s):
    try:
        return s.colour
    except AttributeError as e:
        return "no colour"


print([missing(s) for s in shapes])
Base.colour = "grey"
print([missing(s) for s in shapes])
Sq.colour = property(lambda self: "sq%d" % self.s)
print([missing(s) for s in shapes])
del Base.colour
print([missing(s) for s in shapes])
Rect.__getattr__ = lambda self, name: "dyn-" + name
print([missing(s) for s in shapes])


class Meta(type):
    pass


class M(metaclass=Meta):
    def hello(self):
        return "hello"


m = M()
print(m.hello())
M.hello = lambda self: "hi"
print(m.hello())
Meta.extra = "meta attribute"
print(M.extra)


class Counter(dict):
    def total(self):
        return sum(self.values())


c = Counter(a=1, b=2)
print(c.total())
Counter.total = lambda self: len(self)
print(c.total())


class Slotted:
    __slots__ = ("v",)

    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v


objs = [Slotted(i) for i in range(3)]
print([o.get() for o in objs])
Slotted.get = lambda self: self.v * 10
print([o.get() for o in objs])
