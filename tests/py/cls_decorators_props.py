# Class decorators, method decorators, and @property getter/setter/deleter.
import functools


def register(registry):
    def deco(cls):
        registry[cls.__name__.lower()] = cls
        return cls
    return deco


def add_repr(cls):
    fields = cls.fields

    def __repr__(self):
        inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in fields)
        return f"{cls.__name__}({inner})"

    cls.__repr__ = __repr__
    return cls


def logged(method):
    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        result = method(self, *args, **kwargs)
        self.calls.append(f"{method.__name__}{args}->{result}")
        return result
    return wrapper


SHAPES = {}


@register(SHAPES)
@add_repr
class Rect:
    fields = ("w", "h")

    def __init__(self, w, h):
        self.calls = []
        self.w = w
        self.h = h

    @logged
    def area(self):
        return self.w * self.h

    @logged
    def scale(self, k):
        self.w *= k
        self.h *= k
        return self.area()

    @property
    def w(self):
        return self._w

    @w.setter
    def w(self, value):
        if value <= 0:
            raise ValueError(f"width must be positive, got {value}")
        self._w = value

    @w.deleter
    def w(self):
        print("deleting width")
        del self._w

    h = property(lambda self: self._h, lambda self, v: setattr(self, "_h", v), doc="height")


r = Rect(2, 3)
print(r, r.area(), r.scale(2), r.calls)
print(Rect.area.__name__, Rect.area.__wrapped__.__name__, sorted(SHAPES), SHAPES["rect"] is Rect)
try:
    r.w = -1
except ValueError as e:
    print("ValueError:", e)
del r.w
print(hasattr(r, "w"), hasattr(r, "_w"))
r.w = 7
print(r.w, type(Rect.w).__name__, Rect.h.__doc__, Rect.w.fget.__name__)


class Temperature:
    def __init__(self, celsius):
        self._c = celsius

    @property
    def celsius(self):
        """Temperature in degrees Celsius."""
        return self._c

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, f):
        self._c = (f - 32) * 5 / 9


t = Temperature(100)
print(t.celsius, t.fahrenheit)
t.fahrenheit = 32
print(t.celsius, Temperature.celsius.__doc__)
for action in ("set", "del"):
    try:
        if action == "set":
            t.celsius = 5
        else:
            del t.fahrenheit
    except AttributeError as e:
        print(action, "AttributeError:", e)


# a decorator that counts instances, and one that makes a class a singleton
def counted(cls):
    orig = cls.__init__

    def __init__(self, *a, **k):
        cls.instances += 1
        orig(self, *a, **k)

    cls.instances = 0
    cls.__init__ = __init__
    return cls


def singleton(cls):
    instance = {}

    @functools.wraps(cls)
    def get(*a):
        if cls not in instance:
            instance[cls] = cls(*a)
        return instance[cls]
    return get


@counted
class Node:
    def __init__(self, v):
        self.v = v


@singleton
class Settings:
    def __init__(self, name):
        self.name = name


nodes = [Node(i) for i in range(4)]
print(Node.instances, nodes[-1].v)
s1, s2 = Settings("a"), Settings("b")
print(s1 is s2, s1.name, Settings.__name__)
