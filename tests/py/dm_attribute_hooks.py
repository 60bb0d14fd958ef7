# Attribute hooks: __getattr__ as a fallback, __getattribute__ for every
# access, __setattr__ and __delattr__ with validation, and a lazy proxy.


class Defaults:
    def __init__(self, **known):
        self.__dict__.update(known)

    def __getattr__(self, name):          # only called when normal lookup fails
        if name.startswith("_"):
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        return f"<default {name}>"


d = Defaults(color="red")
print(d.color, d.size, getattr(d, "shape"), hasattr(d, "anything"), hasattr(d, "_private"))
try:
    d._hidden
except AttributeError as e:
    print("AttributeError:", e)


class Strict:
    allowed = {"name", "age"}

    def __init__(self, name, age):
        self.name = name
        self.age = age

    def __setattr__(self, name, value):
        if name not in self.allowed:
            raise AttributeError(f"cannot set {name!r}")
        if name == "age" and not isinstance(value, int):
            raise TypeError("age must be an int")
        super().__setattr__(name, value)

    def __delattr__(self, name):
        if name == "name":
            raise AttributeError("name is required")
        super().__delattr__(name)


s = Strict("ann", 30)
s.age = 31
print(s.name, s.age, vars(s))
for action in ("s.email = 'x'", "s.age = 'old'", "del s.name", "del s.age", "del s.age"):
    try:
        exec(action)
        print(action, "ok", vars(s))
    except (AttributeError, TypeError) as e:
        print(action, "->", type(e).__name__, e)
setattr(s, "age", 5)
print(s.age)


class Audited:
    def __init__(self):
        object.__setattr__(self, "reads", [])
        self.x = 1

    def __getattribute__(self, name):
        if name != "reads":
            object.__getattribute__(self, "reads").append(name)
        return object.__getattribute__(self, name)

    def method(self):
        return self.x * 10


a = Audited()
print(a.x, a.method(), getattr(a, "x"), a.reads)
try:
    a.missing
except AttributeError as e:
    print("AttributeError:", e, a.reads[-1])


class Both:
    def __getattribute__(self, name):
        if name == "boom":
            raise AttributeError("boom is not here")
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return f"fallback for {name}"


b = Both()
b.real = 1
print(b.real, b.boom, b.other)


class LazyProxy:
    """Create the real object only on first attribute access."""

    def __init__(self, factory):
        object.__setattr__(self, "_factory", factory)
        object.__setattr__(self, "_target", None)

    def _get(self):
        if self._target is None:
            print("  (creating target)")
            object.__setattr__(self, "_target", self._factory())
        return self._target

    def __getattr__(self, name):
        return getattr(self._get(), name)

    def __setattr__(self, name, value):
        setattr(self._get(), name, value)

    def __repr__(self):
        return f"LazyProxy({self._target!r})"


class Config:
    def __init__(self):
        self.debug = False
        self.level = 1

    def __repr__(self):
        return f"Config(debug={self.debug}, level={self.level})"


proxy = LazyProxy(Config)
print(proxy)
print(proxy.level)
proxy.debug = True
print(proxy, proxy.debug)


# a record with change tracking through __setattr__
class Tracked:
    def __init__(self, **fields):
        object.__setattr__(self, "_changes", [])
        for k, v in fields.items():
            setattr(self, k, v)
        self._changes.clear()

    def __setattr__(self, name, value):
        old = self.__dict__.get(name, "<unset>")
        self._changes.append((name, old, value))
        object.__setattr__(self, name, value)


t = Tracked(a=1, b=2)
t.a = 10
t.c = 3
t.a += 5
print(t._changes, t.a, t.b, t.c)
