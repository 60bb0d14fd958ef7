# User descriptors (__get__/__set__/__set_name__), data vs non-data precedence, validation.
class Typed:
    def __init__(self, kind): self.kind = kind
    def __set_name__(self, owner, name): self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None: return self
        return getattr(obj, self.name)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}, not {type(value).__name__}")
        setattr(obj, self.name, value)
class Lazy:
    def __init__(self, fn): self.fn = fn
    def __get__(self, obj, objtype=None):
        if obj is None: return self
        v = self.fn(obj); obj.__dict__[self.fn.__name__] = v; return v
class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age): self.name, self.age = name, age
    @Lazy
    def greeting(self):
        print("computing greeting")
        return f"Hi, {self.name}"
p = Person("Ann", 30); print(p.name, p.age, p.greeting, p.greeting, type(Person.name).__name__)
try: p.age = "old"
except TypeError as e: print(e)
p.__dict__["name"] = "shadow"; print(p.name, p.__dict__["name"])
class Const:
    def __get__(self, obj, t): return 42
class K:
    c = Const()
k = K(); k.__dict__["c"] = "instance wins"; print(k.c, K.c)
