# __slots__ restricts instance attributes; __class__ assignment; class attribute mutation.
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
p = P(1, 2); print(p.x, p.y, hasattr(p, "__dict__"))
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
class A:
    def who(self): return "A"
class B:
    def who(self): return "B"
a = A(); print(a.who()); a.__class__ = B; print(a.who(), type(a).__name__, isinstance(a, B))
class Cfg:
    items = []
c1, c2 = Cfg(), Cfg(); c1.items.append(1); print(c2.items, Cfg.items is c1.items)
c1.items = [9]; print(c1.items, c2.items, Cfg.items)
