# Arithmetic operators on a user number type: every binary operator with
# its reflected form, mixing with ints and floats, and the TypeError text
# when neither operand supports the operation.


class Mod:
    """Integers modulo n."""

    def __init__(self, value, n=7):
        self.n = n
        self.value = value % n

    def _coerce(self, other):
        if isinstance(other, Mod):
            if other.n != self.n:
                raise ValueError(f"moduli differ: {self.n} vs {other.n}")
            return other.value
        if isinstance(other, int):
            return other
        return None

    def _make(self, v):
        return Mod(v, self.n)

    def __add__(self, o):
        v = self._coerce(o)
        return NotImplemented if v is None else self._make(self.value + v)

    def __radd__(self, o):
        return self.__add__(o)

    def __sub__(self, o):
        v = self._coerce(o)
        return NotImplemented if v is None else self._make(self.value - v)

    def __rsub__(self, o):
        v = self._coerce(o)
        return NotImplemented if v is None else self._make(v - self.value)

    def __mul__(self, o):
        v = self._coerce(o)
        return NotImplemented if v is None else self._make(self.value * v)

    __rmul__ = __mul__

    def __pow__(self, e, mod=None):
        return self._make(pow(self.value, e, self.n))

    def __rpow__(self, base):
        return f"{base} ** {self!r} not supported"

    def __truediv__(self, o):
        v = self._coerce(o)
        if v is None:
            return NotImplemented
        return self * pow(v, -1, self.n)

    def __rtruediv__(self, o):
        return self._make(o) / self

    def __floordiv__(self, o):
        return self._make(self.value // self._coerce(o))

    def __rfloordiv__(self, o):
        return self._make(o // self.value)

    def __mod__(self, o):
        return self._make(self.value % self._coerce(o))

    def __rmod__(self, o):
        return self._make(o % self.value)

    def __divmod__(self, o):
        return (self // o, self % o)

    def __rdivmod__(self, o):
        return (o // self, o % self)

    def __lshift__(self, k):
        return self._make(self.value << k)

    def __rlshift__(self, k):
        return k << self.value

    def __rshift__(self, k):
        return self._make(self.value >> k)

    def __rrshift__(self, k):
        return k >> self.value

    def __and__(self, o):
        return self._make(self.value & self._coerce(o))

    __rand__ = __and__

    def __or__(self, o):
        return self._make(self.value | self._coerce(o))

    __ror__ = __or__

    def __xor__(self, o):
        return self._make(self.value ^ self._coerce(o))

    __rxor__ = __xor__

    def __matmul__(self, o):
        return f"{self!r}@{o!r}"

    def __rmatmul__(self, o):
        return f"{o!r}@{self!r}"

    def __eq__(self, o):
        v = self._coerce(o)
        return NotImplemented if v is None else self.value == v % self.n

    def __repr__(self):
        return f"{self.value}(mod {self.n})"


a, b = Mod(3), Mod(5)
print(a + b, a - b, a * b, a / b, a // 2, a % 2, a ** 3, divmod(Mod(6), 4))
print(10 + a, 10 - a, 10 * a, 10 / a, 20 // a, 20 % a, divmod(20, a), 2 ** a)
print(a << 2, 1 << a, a >> 1, 64 >> a, a & 6, 6 & a, a | 4, 4 | a, a ^ 1, 1 ^ a)
print(a @ b, [1] @ a, a == 10, 10 == a, a == Mod(10), a != 3)
print(sum([a, b, Mod(6)]), sum([a, b], Mod(0)))
try:
    Mod(1, 5) + Mod(1, 7)
except ValueError as e:
    print("ValueError:", e)

# unsupported combinations
for expr in ["a + 1.5", "1.5 - a", "a * 'x'", "'x' * a", "a / 'x'", "[] + a", "a @ 1", "None ** a"]:
    try:
        print(expr, "=", eval(expr))
    except TypeError as e:
        print(expr, "-> TypeError:", e)


class Plain:
    pass


for expr in ["Plain() + 1", "1 - Plain()", "Plain() * Plain()", "Plain() ** 2", "2 << Plain()",
             "Plain() % 3", "divmod(Plain(), 1)", "-Plain()", "~Plain()", "abs(Plain())", "Plain() < 1"]:
    try:
        eval(expr)
    except TypeError as e:
        print(expr, "-> TypeError:", e)

# a subclass that overrides the reflected method wins over the left operand
class Base:
    def __add__(self, o):
        return "Base.__add__"

    def __radd__(self, o):
        return "Base.__radd__"


class Sub(Base):
    def __radd__(self, o):
        return "Sub.__radd__"


class Other(Base):
    pass


print(Base() + Sub(), Sub() + Base(), Base() + Other(), Other() + Base(), 1 + Sub())
