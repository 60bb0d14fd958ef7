# Data model: operators, reflected/in-place ops, properties, static/class methods, builtin subclasses, sequence protocol.
class A:
    x = 1
    def __init__(self, v): self.v = v
    def __repr__(self): return f"A({self.v!r})"
    def __eq__(self, o): return isinstance(o, A) and self.v == o.v
    def __lt__(self, o): return self.v < o.v
    def __add__(self, o): return A(self.v + (o.v if isinstance(o, A) else o))
    def __radd__(self, o): return A(o + self.v)
    def __iadd__(self, o): self.v += o; return self
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError(i)
        return i * 10
    def __call__(self, *a, **k): return (a, k)
    def __bool__(self): return self.v != 0
    def __neg__(self): return A(-self.v)
    def __abs__(self): return A(abs(self.v))
    def __hash__(self): return hash(self.v)
    def __contains__(self, x): return x == 42
class B(A):
    def __init__(self, v, w):
        super().__init__(v)
        self.w = w
    @property
    def both(self): return (self.v, self.w)
    @both.setter
    def both(self, t): self.v, self.w = t
    @staticmethod
    def s(): return "static"
    @classmethod
    def c(cls): return cls.__name__
a = A(1); b = B(2, 3)
print(a, b, a + b, 5 + a, sorted([A(3), A(1), A(2)]), a == A(1), a != A(1))
a += 4; print(a, len(a), list(a), a(1, k=2), bool(A(0)), -a, abs(A(-3)), 42 in a)
print(b.both, B.s(), b.s(), B.c(), b.c(), isinstance(b, A), issubclass(B, (int, A)))
b.both = (7, 8); print(b.both, b.__dict__, vars(b) is b.__dict__, type(b).__name__, b.__class__.__mro__)
print(getattr(b, "zz", "dflt"), hasattr(b, "v"), setattr(b, "q", 1), b.q); delattr(b, "q"); print(hasattr(b, "q"))
class C:
    def __eq__(self, o): return True
try: hash(C())
except TypeError as e: print(e)
class D(dict):
    def __missing__(self, k): return k * 2
d = D(a=1); print(d["a"], d["zz"], d)
class L(list):
    def total(self): return sum(self)
l = L([1, 2, 3]); l.append(4); print(l, l.total(), len(l))
class E(Exception):
    def __init__(self, msg, code): super().__init__(msg); self.code = code
try: raise E("bad", 7)
except Exception as e: print(type(e).__name__, e, e.code, e.args, repr(e))
class Meta: pass
print(A.__name__, A.__qualname__, B.__bases__, A.x, a.x)
m = a.__add__; print(m(1))
class G:
    def __getattr__(self, n): return n.upper()
print(G().foo)
class S:
    def __setattr__(self, n, v): object.__setattr__(self, n, v * 2)
s = S(); s.a = 2; print(s.a)
class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
print(list(It()), [x for x in It()])
print(repr(object()).startswith("<object object at"), str(A), A)
class P:
    def __init__(self): self.items = []
    def __str__(self): return "P!"
print(P(), str(P()), f"{P()}", [P()] if False else "")
class Idx:
    def __index__(self): return 2
print([1,2,3][Idx()], bin(Idx()))
class N:
    def __init__(self, v): self.v = v
    def __int__(self): return self.v
    def __float__(self): return float(self.v)
print(int(N(3)), float(N(4)))
@lambda c: c
class Dec: pass
print(Dec.__name__)
