# object as the root of every class: its default methods, identity-based
# equality and hashing, and the behaviour of bare object() instances.


class Plain:
    pass


class WithInit:
    def __init__(self, v):
        self.v = v


print(Plain.__bases__, Plain.__base__, WithInit.__mro__[-1] is object, issubclass(Plain, object))
print(isinstance(Plain(), object), isinstance(3, object), isinstance(None, object), isinstance(object, object))
print(isinstance(type, object), issubclass(type, object), type.__base__, object.__base__)

# default equality is identity; default hash is consistent with it
a, b = Plain(), Plain()
print(a == a, a == b, a != b, a is not b, hash(a) == hash(a), hash(a) == hash(b))
print(a.__eq__(b), a.__eq__(a), a.__ne__(b), object.__eq__(a, a))
store = {a: "a", b: "b"}
print(store[a], store[b], len({a, b, a}), a in [b, a], b in [a])

# default ordering is not defined
try:
    a < b
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([Plain(), Plain()])
except TypeError as e:
    print("TypeError:", e)

# default str/repr/format (addresses are not printed, only their shape checked)
r = repr(a)
print(r.startswith("<__main__.Plain object at 0x"), r.endswith(">"), str(a) == r, format(a) == r, f"{a}" == r)
try:
    format(a, "10")
except TypeError as e:
    print("TypeError:", e)

# object() instances have no __dict__ and accept no attributes
o = object()
print(type(o).__name__, hasattr(o, "__dict__"), hasattr(Plain(), "__dict__"), o == o, o != object())
try:
    o.attr = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    object(1)
except TypeError as e:
    print("TypeError:", e)
try:
    Plain(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    WithInit()
except TypeError as e:
    print("TypeError:", e)

# sentinels made from object()
MISSING = object()


def lookup(d, key, default=MISSING):
    if key in d:
        return d[key]
    if default is MISSING:
        raise KeyError(key)
    return default


print(lookup({"x": 1}, "x"), lookup({}, "y", None), lookup({}, "z", 0))
try:
    lookup({}, "w")
except KeyError as e:
    print("KeyError:", e)

# object's methods can be called explicitly
w = WithInit(5)
object.__setattr__(w, "v", 6)
print(object.__getattribute__(w, "v"), w.v, object.__repr__(w).startswith("<__main__.WithInit"))
object.__delattr__(w, "v")
print(hasattr(w, "v"), object.__str__(w) == repr(w))
print(object.__new__(Plain).__class__.__name__, type(object.__new__(WithInit)).__name__)
print(object.__init__(w), w.__class__, w.__class__.__class__)
print(Plain.__init__ is object.__init__, WithInit.__init__ is object.__init__, Plain.__hash__ is object.__hash__)


# subclasses may bring back value semantics
class Key:
    def __init__(self, *parts):
        self.parts = parts

    def __eq__(self, other):
        return type(other) is Key and self.parts == other.parts

    def __hash__(self):
        return hash(self.parts)

    def __repr__(self):
        return f"Key{self.parts}"


index = {Key(1, "a"): "first", Key(2, "b"): "second"}
print(index[Key(1, "a")], Key(2, "b") in index, Key(3) in index, Key(1) == Key(1), Key(1) == (1,))
print(sorted(index.values()), list(index))
