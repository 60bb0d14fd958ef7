# __new__ and __init__: singletons, interning caches, __new__ returning
# other types (skipping __init__), validation, immutable subclasses and
# alternate constructors.


class Singleton:
    _instance = None
    inits = 0

    def __new__(cls, *args, **kwargs):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __init__(self, value=None):
        Singleton.inits += 1          # __init__ still runs on every call
        if value is not None:
            self.value = value


a = Singleton(1)
b = Singleton(2)
c = Singleton()
print(a is b is c, a.value, Singleton.inits)


class Interned:
    _cache = {}

    def __new__(cls, name):
        key = name.lower()
        if key not in cls._cache:
            obj = super().__new__(cls)
            obj.name = key
            obj.created = len(cls._cache)
            cls._cache[key] = obj
        return cls._cache[key]

    def __repr__(self):
        return f"Interned({self.name!r}#{self.created})"


syms = [Interned(n) for n in ["Alpha", "beta", "ALPHA", "Gamma", "BETA"]]
print(syms, syms[0] is syms[2], len(Interned._cache))


class Shape:
    def __new__(cls, *sides):
        # a factory: return an instance of a more specific class
        if cls is Shape:
            if len(sides) == 1:
                return Circle(*sides)
            if len(sides) == 2:
                return Rect(*sides)
            return "unknown shape"     # not a Shape: __init__ is skipped
        return super().__new__(cls)

    def __init__(self, *sides):
        self.sides = sides
        print(f"  {type(self).__name__}.__init__{sides}")


class Circle(Shape):
    def area(self):
        return round(3.14159 * self.sides[0] ** 2, 2)


class Rect(Shape):
    def area(self):
        return self.sides[0] * self.sides[1]


for args in [(2,), (3, 4), (1, 2, 3)]:
    s = Shape(*args)
    print(type(s).__name__, s.area() if isinstance(s, Shape) else s)


class Celsius:
    def __init__(self, degrees):
        self.degrees = degrees

    @classmethod
    def from_fahrenheit(cls, f):
        obj = cls.__new__(cls)         # bypass __init__ entirely
        obj.degrees = round((f - 32) * 5 / 9, 1)
        return obj

    def __repr__(self):
        return f"{self.degrees}C"


print(Celsius(21), Celsius.from_fahrenheit(98.6), Celsius.from_fahrenheit(32))


class Point:
    __slots__ = ("x", "y")

    def __new__(cls, x=0, y=0):
        self = super().__new__(cls)
        self.x, self.y = x, y
        return self

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


print(Point(), Point(1, 2), Point(y=5))


# __init__ must return None; errors from argument mismatches
class BadInit:
    def __init__(self):
        return 5


try:
    BadInit()
except TypeError as e:
    print("TypeError:", e)


class NeedsArgs:
    def __init__(self, a, b=2, *, c):
        self.total = a + b + c


print(NeedsArgs(1, c=3).total, NeedsArgs(a=1, b=1, c=1).total)
for call in ("NeedsArgs()", "NeedsArgs(1)", "NeedsArgs(1, 2, 3)", "NeedsArgs(1, c=1, d=2)"):
    try:
        eval(call)
    except TypeError as e:
        print(call, "-> TypeError:", e)


# object.__new__ rejects extra arguments only when __new__ is not overridden but __init__ is not either
class NoInit:
    pass


class OnlyNew:
    def __new__(cls, *args):
        return super().__new__(cls)


print(type(OnlyNew(1, 2)).__name__)
try:
    NoInit(1)
except TypeError as e:
    print("TypeError:", e)


# __new__ of immutable built-ins decides the value; __init__ cannot change it
class Upper(str):
    def __new__(cls, text):
        return super().__new__(cls, text.upper())

    def __init__(self, text):
        self.original = text


class Even(int):
    def __new__(cls, n):
        return super().__new__(cls, n - n % 2)


u = Upper("shout")
print(u, u.original, Even(7), Even(10), Even(7) + 1, type(Even(3)).__name__)
