# Annotations as data: class and module __annotations__, function
# __annotations__ (parameters, *args, keyword-only, **kwargs, return), a
# tiny typed-record builder that reads them, and property/classmethod
# subclasses used as decorators.

counter: int = 0
label: str
print(__annotations__, counter)


class Point:
    x: float
    y: float = 0.0
    tag: "str" = "p"
    _hidden = "not annotated"


class Point3(Point):
    z: float = 0.0


print(Point.__annotations__, Point3.__annotations__, Point.y, Point3.z)
print("x" in vars(Point), "y" in vars(Point), Point.__dict__["__annotations__"] is Point.__annotations__)


def scale(p: Point, factor: float = 1.0, *more: int, clamp: bool = False, **opts: str) -> "Point":
    return p


def plain(a, b):
    return a + b


print(scale.__annotations__)
print(plain.__annotations__, plain.__annotations__ is plain.__annotations__)
plain.__annotations__["a"] = int
print(plain.__annotations__)


def record(cls):
    """Build __init__/__repr__/__eq__ from the class annotations, checking types."""
    fields = list(cls.__annotations__.items())
    defaults = {name: getattr(cls, name) for name, _ in fields if hasattr(cls, name)}

    def __init__(self, *args, **kwargs):
        if len(args) > len(fields):
            raise TypeError(f"{cls.__name__} takes {len(fields)} positional arguments but {len(args)} were given")
        values = dict(zip([n for n, _ in fields], args))
        for k, v in kwargs.items():
            if k in values:
                raise TypeError(f"{cls.__name__} got multiple values for argument {k!r}")
            if k not in cls.__annotations__:
                raise TypeError(f"{cls.__name__} got an unexpected keyword argument {k!r}")
            values[k] = v
        for name, kind in fields:
            if name not in values:
                if name not in defaults:
                    raise TypeError(f"{cls.__name__} missing required argument {name!r}")
                values[name] = defaults[name]
            if isinstance(kind, type) and not isinstance(values[name], kind):
                raise TypeError(f"{name} must be {kind.__name__}, not {type(values[name]).__name__}")
            setattr(self, name, values[name])

    def __repr__(self):
        return f"{cls.__name__}(" + ", ".join(f"{n}={getattr(self, n)!r}" for n, _ in fields) + ")"

    def __eq__(self, other):
        return type(other) is cls and all(getattr(self, n) == getattr(other, n) for n, _ in fields)

    cls.__init__, cls.__repr__, cls.__eq__ = __init__, __repr__, __eq__
    cls.__hash__ = None
    return cls


@record
class Item:
    name: str
    price: float
    qty: int = 1


print(Item("pen", 1.5), Item("ink", 4.0, qty=3), Item("pen", 1.5) == Item(name="pen", price=1.5))
for args, kwargs in [((), {"name": "x"}), (("x", "cheap"), {}), (("x", 1.0, 2, 3), {}), (("x", 1.0), {"name": "y"}),
                     (("x", 1.0), {"color": "red"})]:
    try:
        Item(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)


class labelled(property):
    """A property that remembers a label and formats the value."""

    def __init__(self, fget, label=None):
        super().__init__(fget)
        self.label = label or fget.__name__

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return f"{self.label}={super().__get__(obj, objtype)}"


class register_call(classmethod):
    calls = []

    def __get__(self, obj, objtype=None):
        register_call.calls.append(objtype.__name__ if objtype else type(obj).__name__)
        return super().__get__(obj, objtype)


class Order:
    def __init__(self, total):
        self.total = total

    @labelled
    def amount(self):
        return self.total

    @register_call
    def empty(cls):
        return cls(0)


o = Order(12)
print(o.amount, Order.amount.label, type(Order.__dict__["amount"]).__name__, isinstance(Order.amount, property))
print(Order.empty().total, o.empty().amount, register_call.calls, type(Order.__dict__["empty"]).__mro__[1].__name__)
