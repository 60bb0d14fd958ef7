# __call__, __new__ (singletons, immutables), __init__ return rules, bound/unbound methods as values.
class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x, *rest, scale=1): return (x + self.n + sum(rest)) * scale
a = Adder(10); print(a(1), a(1, 2, 3, scale=2), callable(a), callable(Adder), callable(3))
class Single:
    _inst = None
    def __new__(cls, *args):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
            print("created")
        return cls._inst
    def __init__(self, v): self.v = v
x, y = Single(1), Single(2); print(x is y, x.v)
class Upper(str):
    def __new__(cls, s): return super().__new__(cls, s.upper())
u = Upper("abc"); print(u, type(u).__name__, u + "d", isinstance(u, str), len(u))
class BadInit:
    def __init__(self): return 5
try: BadInit()
except TypeError as e: print(e)
class M:
    def meth(self, x): return x * 2
m = M(); bm = m.meth; um = M.meth
print(bm(3), um(m, 4), bm.__self__ is m, bm.__func__ is um, type(bm).__name__, list(map(m.meth, [1, 2])))
print(M.meth.__name__, M.meth.__qualname__, repr(bm).startswith("<bound method M.meth of"))
class Tag(str):
    def shout(self): return self.upper() + "!"
t = Tag("hey"); t.level = 2; print(t.shout(), t.level, t == "hey", hash(t) == hash("hey"), {t: 1}["hey"], t[1:], repr(t))
