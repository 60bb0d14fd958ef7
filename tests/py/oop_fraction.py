# A Fraction class: arithmetic dunders, normalization with gcd, comparisons, hashing, formatting.
from math import gcd
class Frac:
    def __init__(self, n, d=1):
        if d == 0: raise ZeroDivisionError("Frac(%d, 0)" % n)
        if d < 0: n, d = -n, -d
        g = gcd(n, d); self.n, self.d = n // g, d // g
    def __add__(self, o): o = _f(o); return Frac(self.n * o.d + o.n * self.d, self.d * o.d)
    __radd__ = __add__
    def __sub__(self, o): o = _f(o); return Frac(self.n * o.d - o.n * self.d, self.d * o.d)
    def __rsub__(self, o): return _f(o) - self
    def __mul__(self, o): o = _f(o); return Frac(self.n * o.n, self.d * o.d)
    __rmul__ = __mul__
    def __truediv__(self, o): o = _f(o); return Frac(self.n * o.d, self.d * o.n)
    def __neg__(self): return Frac(-self.n, self.d)
    def __eq__(self, o): o = _f(o); return self.n == o.n and self.d == o.d
    def __lt__(self, o): o = _f(o); return self.n * o.d < o.n * self.d
    def __le__(self, o): return self == o or self < o
    def __hash__(self): return hash((self.n, self.d))
    def __float__(self): return self.n / self.d
    def __repr__(self): return f"Frac({self.n}, {self.d})"
    def __str__(self): return f"{self.n}/{self.d}" if self.d != 1 else str(self.n)
    def __format__(self, spec): return format(float(self), spec) if spec else str(self)
def _f(x): return x if isinstance(x, Frac) else Frac(x)
a, b = Frac(1, 2), Frac(3, 4)
print(a + b, a - b, a * b, a / b, 1 + a, 2 - a, 3 * b, -a, a == Frac(2, 4), a < b, b <= a)
print(sum([Frac(1, n) for n in range(1, 7)], Frac(0)), float(Frac(1, 3)), f"{Frac(1, 3):.4f}", f"{Frac(6, 3)}")
print(sorted([Frac(2, 3), Frac(1, 6), Frac(5, 4)]), len({Frac(1, 2), Frac(2, 4), Frac(3, 6)}), Frac(-3, -6), Frac(3, -6))
try: Frac(1, 0)
except ZeroDivisionError as e: print("ZeroDivisionError:", e)
