# __slots__: restricted attributes, inheritance with and without slots,
# slot defaults via class attributes, and memory-style value objects.


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)


v = Vec(1, 2)
print(v, v + Vec(3, 4), hasattr(v, "__dict__"), Vec.__slots__)
v.x = 10
print(v.x, getattr(v, "y"))
for attempt in ("z", "__dict__"):
    try:
        setattr(v, attempt, 1)
    except AttributeError as e:
        print("AttributeError:", e)
del v.y
try:
    v.y
except AttributeError as e:
    print("AttributeError:", e)
v.y = 7
print(v)


class Named(Vec):
    __slots__ = ("name",)

    def __init__(self, x, y, name):
        super().__init__(x, y)
        self.name = name

    def __repr__(self):
        return f"{self.name}@{super().__repr__()}"


n = Named(1, 1, "p")
print(n, hasattr(n, "__dict__"), isinstance(n, Vec))
try:
    n.color = "red"
except AttributeError as e:
    print("AttributeError:", e)


class Free(Vec):
    pass   # no __slots__: instances get a __dict__ again


f = Free(0, 0)
f.color = "blue"
print(f, f.color, hasattr(f, "__dict__"), vars(f))


class WithDict:
    __slots__ = ("a", "__dict__")


w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.b, vars(w))


class Config:
    __slots__ = ("host", "port", "debug")
    defaults = {"host": "localhost", "port": 8080, "debug": False}

    def __init__(self, **kw):
        for k in self.__slots__:
            setattr(self, k, kw.pop(k, self.defaults[k]))
        if kw:
            raise TypeError(f"unknown settings: {', '.join(sorted(kw))}")

    def as_dict(self):
        return {k: getattr(self, k) for k in self.__slots__}


c = Config(port=9000)
print(c.as_dict())
try:
    Config(colour="red", size=2)
except TypeError as e:
    print("TypeError:", e)


# slots in a single string
class Single:
    __slots__ = "value"

    def __init__(self, value):
        self.value = value


s = Single(5)
print(s.value, Single.__slots__)
try:
    s.other = 1
except AttributeError as e:
    print("AttributeError:", e)


# value objects with slots, equality and hashing
class Money:
    __slots__ = ("amount", "currency")

    def __init__(self, amount, currency="EUR"):
        self.amount = amount
        self.currency = currency

    def __eq__(self, other):
        return isinstance(other, Money) and (self.amount, self.currency) == (other.amount, other.currency)

    def __hash__(self):
        return hash((self.amount, self.currency))

    def __add__(self, other):
        if other.currency != self.currency:
            raise ValueError(f"cannot add {other.currency} to {self.currency}")
        return Money(self.amount + other.amount, self.currency)

    def __repr__(self):
        return f"{self.amount:.2f} {self.currency}"


wallet = [Money(5), Money(2.5), Money(5)]
total = wallet[0]
for m in wallet[1:]:
    total = total + m
print(total, len(set(wallet)), Money(1) == Money(1), Money(1) == Money(1, "USD"))
try:
    Money(1) + Money(1, "USD")
except ValueError as e:
    print("ValueError:", e)
print(sorted(Money.__slots__), [type(getattr(Money, k)).__name__ for k in Money.__slots__])
