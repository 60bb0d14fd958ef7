# Arithmetic, reflected and in-place operators on a user vector class.
class Vec:
    def __init__(self, *c): self.c = list(c)
    def __repr__(self): return "Vec(" + ", ".join(map(repr, self.c)) + ")"
    def __add__(self, o):
        if isinstance(o, Vec): return Vec(*[a + b for a, b in zip(self.c, o.c)])
        if isinstance(o, (int, float)): return Vec(*[a + o for a in self.c])
        return NotImplemented
    __radd__ = __add__
    def __sub__(self, o): return Vec(*[a - b for a, b in zip(self.c, o.c)])
    def __mul__(self, k): return Vec(*[a * k for a in self.c])
    def __rmul__(self, k): return self * k
    def __truediv__(self, k): return Vec(*[a / k for a in self.c])
    def __floordiv__(self, k): return Vec(*[a // k for a in self.c])
    def __mod__(self, k): return Vec(*[a % k for a in self.c])
    def __pow__(self, k): return Vec(*[a ** k for a in self.c])
    def __matmul__(self, o): return sum(a * b for a, b in zip(self.c, o.c))
    def __neg__(self): return Vec(*[-a for a in self.c])
    def __pos__(self): return self
    def __abs__(self): return sum(a * a for a in self.c) ** 0.5
    def __iadd__(self, o):
        self.c = [a + b for a, b in zip(self.c, o.c)]
        return self
    def __and__(self, o): return "and"
    def __or__(self, o): return "or"
    def __xor__(self, o): return "xor"
    def __lshift__(self, n): return Vec(*(self.c[n:] + self.c[:n]))
    def __rshift__(self, n): return self << -n
    def __invert__(self): return Vec(*reversed(self.c))
    def __bool__(self): return any(self.c)
    def __len__(self): return len(self.c)
v, w = Vec(1, 2, 3), Vec(4, 5, 6)
print(v + w, v + 1, 1 + v, w - v, v * 2, 3 * v, w / 2, w // 4, w % 4, v ** 2, v @ w, -v, +v, abs(Vec(3, 4)))
print(v & w, v | w, v ^ w, v << 1, v >> 1, ~v, bool(Vec(0, 0)), len(v))
u = v; v += w; print(v, u is v)
try: v + "s"
except TypeError as e: print(e)
try: "s" - v
except TypeError as e: print(e)
