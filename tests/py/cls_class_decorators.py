# Class decorators, method decorators with functools-free wrappers, class bodies as scopes.
def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls
def logged(fn):
    def wrapper(*a, **k):
        print("call", fn.__name__, a[1:], k)
        return fn(*a, **k)
    wrapper.__name__ = fn.__name__
    return wrapper
@add_repr
class Point:
    def __init__(self, x, y): self.x, self.y = x, y
    @logged
    def move(self, dx, dy=0):
        self.x += dx; self.y += dy
        return self
print(Point(1, 2), Point(1, 2).move(3, dy=4), Point.move.__name__)
class Scope:
    a = 1
    b = a + 1
    items = [i * 2 for i in range(3)]
    def f(self): return Scope.b
    del a
print(Scope.b, Scope.items, Scope().f(), hasattr(Scope, "a"), Scope.__name__, Scope.__qualname__)
class Outer:
    class Inner:
        def where(self): return type(self).__qualname__
print(Outer.Inner().where(), Outer.Inner.__name__)
def make(n):
    class Dyn:
        val = n
    return Dyn
print(make(5).val, make(6).val, make(1) is make(1))
T = type("T", (object,), {"z": 3, "get": lambda self: self.z})
print(T().get(), T.__name__, type(T).__name__, type(3).__name__, type(type).__name__)
