# __dict__ and vars(), getattr/setattr/hasattr/delattr (with defaults), dir().


class Record:
    kind = "record"

    def __init__(self, **fields):
        for k, v in fields.items():
            setattr(self, k, v)

    def keys(self):
        return sorted(vars(self))


r = Record(name="ann", age=31)
print(vars(r), r.__dict__ is vars(r), r.keys())
print(getattr(r, "name"), getattr(r, "missing", "default"), getattr(r, "kind"), getattr(Record, "kind"))
print(hasattr(r, "age"), hasattr(r, "nope"), hasattr(r, "keys"), hasattr(Record, "name"))
setattr(r, "age", 32)
r.__dict__["city"] = "Oslo"
print(r.age, r.city, r.keys())
delattr(r, "city")
print(hasattr(r, "city"), r.keys())
try:
    delattr(r, "city")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(r, "zip")
except AttributeError as e:
    print("AttributeError:", e)
try:
    Record.nothing
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(r, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    setattr(r, 5, 1)
except TypeError as e:
    print("TypeError:", e)

# attribute names that are not identifiers are allowed through setattr
setattr(r, "two words", 2)
print(getattr(r, "two words"), "two words" in vars(r))

# replacing __dict__ contents
r.__dict__.clear()
print(vars(r), hasattr(r, "name"), r.kind)
r.__dict__.update({"a": 1, "b": 2})
print(r.a + r.b, r.keys())

# class __dict__ and vars() of a class
names = sorted(k for k in vars(Record) if not k.startswith("__"))
print(names, "kind" in Record.__dict__, "__init__" in Record.__dict__, "keys" in dir(r), "a" in dir(r))

# dir() is sorted and includes inherited names
class Child(Record):
    extra = True

    def method(self):
        pass


c = Child(x=1)
visible = [n for n in dir(c) if not n.startswith("_")]
print(visible)
print([n for n in dir(Child) if not n.startswith("_")])

# vars() errors and objects without __dict__
try:
    vars(42)
except TypeError as e:
    print("TypeError:", e)
try:
    (1).foo = 2
except AttributeError as e:
    print("AttributeError:", e)
try:
    object().x = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    "text".upper = None
except AttributeError as e:
    print("AttributeError:", e)

# getattr on modules and builtins
import math
print(getattr(math, "pi"), getattr(math, "tau2", None), hasattr(math, "sqrt"), callable(getattr(math, "sqrt")))
print(getattr([1, 2], "count")(1), getattr("abc", "upper")(), getattr(str, "join")("-", "xy"))

# a generic serializer built on introspection
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Line:
    def __init__(self, a, b):
        self.start = a
        self.end = b


def to_data(obj):
    if hasattr(obj, "__dict__"):
        return {"type": type(obj).__name__, **{k: to_data(v) for k, v in vars(obj).items()}}
    if isinstance(obj, (list, tuple)):
        return [to_data(v) for v in obj]
    return obj


def from_data(data, classes):
    if isinstance(data, dict):
        cls = classes[data["type"]]
        obj = cls.__new__(cls)
        for k, v in data.items():
            if k != "type":
                setattr(obj, k, from_data(v, classes))
        return obj
    return data


line = Line(Point(0, 0), Point(3, 4))
data = to_data(line)
print(data)
back = from_data(data, {"Line": Line, "Point": Point})
print(type(back).__name__, back.end.x, back.end.y, vars(back.start))
