# Unary operators and numeric conversions: __neg__ __pos__ __abs__ __invert__,
# __int__ __float__ __index__ __bool__ __round__ and where each is used.
import math


class Fixed:
    """Fixed-point number with two decimal places, stored as an int."""

    def __init__(self, raw):
        self.raw = raw

    @classmethod
    def of(cls, text):
        whole, _, frac = text.partition(".")
        sign = -1 if whole.startswith("-") else 1
        return cls(int(whole) * 100 + sign * int((frac + "00")[:2]))

    def __repr__(self):
        sign = "-" if self.raw < 0 else ""
        return f"{sign}{abs(self.raw) // 100}.{abs(self.raw) % 100:02d}"

    def __neg__(self):
        return Fixed(-self.raw)

    def __pos__(self):
        return Fixed(self.raw)

    def __abs__(self):
        return Fixed(abs(self.raw))

    def __invert__(self):
        return Fixed(~self.raw)

    def __int__(self):
        return int(self.raw / 100)

    def __float__(self):
        return self.raw / 100

    def __bool__(self):
        return self.raw != 0

    def __round__(self, ndigits=None):
        if ndigits is None:
            return round(self.raw / 100)
        return Fixed(round(self.raw, ndigits - 2))

    def __trunc__(self):
        return int(self)

    def __floor__(self):
        return self.raw // 100

    def __ceil__(self):
        return -(-self.raw // 100)


f = Fixed.of("-3.75")
print(f, -f, +f, abs(f), ~f, int(f), float(f), bool(f), bool(Fixed(0)))
print(round(f), round(Fixed.of("2.5")), round(Fixed.of("12.34"), 1), math.trunc(f), math.floor(f), math.ceil(f))
print(float(Fixed.of("0.10")) * 3, math.sqrt(Fixed.of("6.25")), "%.3f" % Fixed.of("1.5"), f"{float(f):.1f}")
print(int(Fixed.of("9.99")), "%d" % Fixed.of("7.5") if False else "", [int(Fixed(r)) for r in (199, -199, 50)])


class Idx:
    """Only __index__: usable wherever Python needs an integer index."""

    def __init__(self, i):
        self.i = i

    def __index__(self):
        return self.i


data = list(range(10, 20))
i2, i5 = Idx(2), Idx(5)
print(data[i2], data[i2:i5], data[::Idx(3)], "abcdef"[Idx(-1)], (1, 2, 3)[Idx(0)])
print(bin(i5), oct(Idx(8)), hex(Idx(255)), list(range(Idx(3))), list(range(i2, i5)), [0] * Idx(3))
print(int(i5), operator_index := __import__("operator").index(i5), math.comb(Idx(5), 2), "x" * Idx(2))
print(float(i5) if hasattr(Idx, "__float__") else "no __float__", complex if False else "", round(Idx(7).i))
d = {}
try:
    data[Idx(50)]
except IndexError as e:
    print("IndexError:", e)
try:
    float(Idx(1))
except TypeError as e:
    print("TypeError:", e)


class BadIndex:
    def __index__(self):
        return "three"


class BadInt:
    def __int__(self):
        return 2.5


class BadBool:
    def __bool__(self):
        return 1


for expr in ["[1, 2][BadIndex()]", "int(BadInt())", "bool(BadBool())", "not BadBool()",
             "[1][1.0]", "'ab'['x']", "range(2.0)", "hex(1.5)", "-'s'", "abs('s')", "~1.5", "int(Fixed)"]:
    try:
        print(expr, "=", eval(expr))
    except TypeError as e:
        print(expr, "-> TypeError:", e)


class Celsius:
    def __init__(self, deg):
        self.deg = deg

    def __float__(self):
        return float(self.deg)

    def __int__(self):
        return int(self.deg)


temps = [Celsius(21.7), Celsius(-3.2), Celsius(30)]
print([float(t) for t in temps], [int(t) for t in temps], sum(map(float, temps)), max(temps, key=float).deg)
print(math.floor(float(temps[1])), math.isclose(float(temps[0]), 21.7), int(True), float(False), -True, ~False)
