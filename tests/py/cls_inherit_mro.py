# Multiple inheritance, C3 MRO, super() chains, cooperative __init__.
class A:
    def __init__(self):
        print("A.__init__")
        super().__init__()
    def who(self): return "A"
class B(A):
    def __init__(self):
        print("B.__init__")
        super().__init__()
    def who(self): return "B" + super().who()
class C(A):
    def __init__(self):
        print("C.__init__")
        super().__init__()
    def who(self): return "C" + super().who()
class D(B, C):
    def __init__(self):
        print("D.__init__")
        super().__init__()
    def who(self): return "D" + super().who()
d = D()
print(d.who(), [k.__name__ for k in D.__mro__], D.mro() == list(D.__mro__))
print(issubclass(D, A), issubclass(A, D), isinstance(d, (C, int)), D.__bases__)
try:
    class X(A, B): pass
except TypeError as e:
    print("TypeError:", e)
class Base:
    count = 0
    def __init_subclass__(cls, **kw):
        Base.count += 1
        cls.tag = cls.__name__.lower()
class S1(Base): pass
class S2(Base): pass
print(Base.count, S1.tag, S2.tag)
print(super(B, d).who(), super(D, d).who())
