# Metaclasses as protocol hosts: __prepare__ with an ordered/validating
# namespace, __call__ for instance caching, __getitem__/__iter__/__len__/
# __contains__ on classes, __instancecheck__/__subclasscheck__, class-level
# __setattr__, __init_subclass__ interplay, and the metaclass conflict rule.


class NoDuplicates(dict):
    def __setitem__(self, key, value):
        if key in self and not key.startswith("__"):
            raise TypeError(f"duplicate definition of {key!r}")
        super().__setitem__(key, value)


class Registry(type):
    classes = {}

    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        print(f"prepare {name} kwargs={sorted(kwargs)}")
        return NoDuplicates()

    def __new__(mcls, name, bases, ns, **kwargs):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.field_order = [k for k in ns if not k.startswith("__")]
        mcls.classes[name] = cls
        return cls

    def __init__(cls, name, bases, ns, **kwargs):
        super().__init__(name, bases, ns)
        cls.options = kwargs

    def __getitem__(cls, name):
        return Registry.classes[name]

    def __iter__(cls):
        return iter(sorted(Registry.classes))

    def __len__(cls):
        return len(Registry.classes)

    def __contains__(cls, name):
        return name in Registry.classes


class Model(metaclass=Registry, table="models"):
    zeta = 1
    alpha = 2

    def method(self):
        return "m"


class User(Model, table="users"):
    name = "?"


print(Model.field_order, User.field_order, Model.options, User.options)
print(Model["User"] is User, list(Model), len(User), "User" in Model, "Ghost" in Model, type(User).__name__)
try:
    class Broken(Model):
        x = 1
        x = 2
except TypeError as e:
    print("TypeError:", e)


class Cached(type):
    def __call__(cls, *args):
        cache = cls.__dict__.get("_cache")
        if cache is None:
            cache = {}
            type.__setattr__(cls, "_cache", cache)
        if args not in cache:
            cache[args] = super().__call__(*args)
        return cache[args]

    def __setattr__(cls, name, value):
        if name.startswith("_"):
            raise AttributeError(f"cannot set private attribute {name!r} on {cls.__name__}")
        super().__setattr__(name, value)


class Color(metaclass=Cached):
    def __init__(self, r, g, b):
        print(f"  creating {r},{g},{b}")
        self.rgb = (r, g, b)


red1, red2, blue = Color(255, 0, 0), Color(255, 0, 0), Color(0, 0, 255)
print(red1 is red2, red1 is blue, len(Color._cache))
Color.palette = "web"
print(Color.palette)
try:
    Color._cache = {}
except AttributeError as e:
    print("AttributeError:", e)


class DuckMeta(type):
    def __instancecheck__(cls, obj):
        return all(hasattr(obj, m) for m in cls.required)

    def __subclasscheck__(cls, sub):
        return all(hasattr(sub, m) for m in cls.required)


class Quacker(metaclass=DuckMeta):
    required = ("quack", "walk")


class Duck:
    def quack(self):
        return "quack"

    def walk(self):
        return "waddle"


class Robot:
    def walk(self):
        return "clank"


print(isinstance(Duck(), Quacker), isinstance(Robot(), Quacker), issubclass(Duck, Quacker), issubclass(Robot, (int, Quacker)))


# the metaclass of a derived class must be a subclass of all its bases' metaclasses
class MetaA(type):
    pass


class MetaB(type):
    pass


class MetaAB(MetaA, MetaB):
    pass


class WithA(metaclass=MetaA):
    pass


class WithB(metaclass=MetaB):
    pass


try:
    class Mixed(WithA, WithB):
        pass
except TypeError as e:
    print("TypeError:", e)


class Fixed(WithA, WithB, metaclass=MetaAB):
    pass


class Derived(Fixed):
    pass


class Plain(WithA, metaclass=type):   # type is promoted to MetaA
    pass


print(type(Fixed).__name__, type(Derived).__name__, type(Plain).__name__, type(type("T", (WithA,), {})).__name__)
try:
    type("Bad", (WithA, WithB), {})
except TypeError as e:
    print("TypeError:", e)
