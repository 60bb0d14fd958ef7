# super() with no arguments: cooperative __init__ with **kwargs, methods in
# multiple-inheritance chains, classmethods and staticmethod helpers.


class Component:
    def __init__(self, **kwargs):
        self.log = ["Component"]
        if kwargs:
            raise TypeError(f"unexpected options: {sorted(kwargs)}")

    def describe(self):
        return "component"

    @classmethod
    def create(cls, **kwargs):
        return cls(**kwargs)

    @classmethod
    def kind(cls):
        return ["Component"]


class Named(Component):
    def __init__(self, name="?", **kwargs):
        super().__init__(**kwargs)
        self.name = name
        self.log.append("Named")

    def describe(self):
        return f"named {self.name}; " + super().describe()

    @classmethod
    def kind(cls):
        return ["Named"] + super().kind()


class Sized(Component):
    def __init__(self, size=0, **kwargs):
        super().__init__(**kwargs)
        self.size = size
        self.log.append("Sized")

    def describe(self):
        return f"size {self.size}; " + super().describe()

    @classmethod
    def kind(cls):
        return ["Sized"] + super().kind()


class Widget(Named, Sized):
    def __init__(self, color="grey", **kwargs):
        super().__init__(**kwargs)
        self.color = color
        self.log.append("Widget")

    def describe(self):
        return f"{self.color} widget: " + super().describe()

    @classmethod
    def kind(cls):
        return [cls.__name__ + "!"] + super().kind()


w = Widget(name="knob", size=3, color="red")
print(w.log)
print(w.describe())
print(Widget.kind(), w.kind())
w2 = Widget.create(name="dial")
print(type(w2).__name__, w2.name, w2.size, w2.color, w2.log)
try:
    Widget(name="x", weight=5)
except TypeError as e:
    print("TypeError:", e)


# super() inside a nested helper needs explicit arguments; in the method it is implicit
class Counter:
    def __init__(self):
        self.count = 0

    def add(self, n=1):
        self.count += n
        return self


class LoggingCounter(Counter):
    def __init__(self):
        super().__init__()
        self.history = []

    def add(self, n=1):
        self.history.append(n)
        return super().add(n)


class DoublingCounter(LoggingCounter):
    def add(self, n=1):
        return super().add(n * 2)


c = DoublingCounter()
c.add().add(5).add(10)
print(c.count, c.history, type(c.add(0)).__name__)
print(super(LoggingCounter, c).add(100).count, c.history)


# super in __repr__, __eq__ and properties
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)

    __hash__ = None

    @property
    def norm1(self):
        return abs(self.x) + abs(self.y)


class Point3(Point):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

    def __repr__(self):
        return super().__repr__().replace("Point", "Point3").replace(")", f", {self.z})")

    def __eq__(self, other):
        return super().__eq__(other) and getattr(other, "z", None) == self.z

    @property
    def norm1(self):
        return super().norm1 + abs(self.z)


p, q = Point3(1, -2, 3), Point3(1, -2, 3)
print(p, p == q, p == Point(1, -2), Point(1, -2) == p, p.norm1, Point(3, 4).norm1)


# __init_subclass__ and super() in a classmethod of a subclass
class Plugin:
    registry = []

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Plugin.registry.append(cls.__name__)


class A(Plugin): pass
class B(A): pass
print(Plugin.registry)
