# float subclasses: validated construction in __new__, extra methods and
# attributes, arithmetic returning plain floats, formatting (with the
# subclass's own repr), math functions, sorting and dict keys.
import math


class Celsius(float):
    ABSOLUTE_ZERO = -273.15

    def __new__(cls, degrees):
        degrees = float(degrees)
        if degrees < cls.ABSOLUTE_ZERO:
            raise ValueError(f"{degrees} is below absolute zero")
        return super().__new__(cls, degrees)

    def to_fahrenheit(self):
        return self * 9 / 5 + 32

    def to_kelvin(self):
        return self - self.ABSOLUTE_ZERO

    def __repr__(self):
        return f"Celsius({float(self)!r})"

    def __str__(self):
        return f"{float(self):.1f}°C"


readings = [Celsius(21.5), Celsius("19.25"), Celsius(23), Celsius(-5.75)]
print(readings, [str(r) for r in readings])
print([round(r.to_fahrenheit(), 2) for r in readings], [type(r.to_kelvin()).__name__ for r in readings[:1]])
print(sorted(readings), max(readings), min(readings), sum(readings) / len(readings), type(sum(readings)).__name__)
print(readings[0] + 1, type(readings[0] + 1).__name__, 1 + readings[0], -readings[3], abs(readings[3]), readings[0] * 2)
print(readings[0] == 21.5, readings[0] > 20, hash(readings[0]) == hash(21.5), {readings[0]: "warm"}[21.5])
print(f"{readings[0]}", f"{readings[0]:.3f}", f"{readings[0]:>8.1f}|", "%.2f" % readings[1], format(readings[2], "e"))
print(int(readings[0]), round(readings[1]), round(readings[1], 1), math.floor(readings[3]), math.ceil(readings[3]))
print(math.sqrt(Celsius(16)), math.isclose(readings[1], 19.25), float(readings[0]), type(float(readings[0])).__name__)
print(readings[0].is_integer(), Celsius(23).is_integer(), Celsius(0.5).as_integer_ratio(), readings[0].real, readings[0].imag)
print(divmod(readings[0], 4), readings[0] // 4, readings[0] % 4, readings[0] ** 2, 2 ** Celsius(3))
print(isinstance(readings[0], float), issubclass(Celsius, float), Celsius.__mro__, bool(Celsius(0)), bool(readings[0]))
for bad in (-300, "hot", None):
    try:
        Celsius(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)


class Money(float):
    """Rounded to cents; keeps a currency attribute."""

    def __new__(cls, amount, currency="EUR"):
        obj = super().__new__(cls, round(amount, 2))
        obj.currency = currency
        return obj

    def __add__(self, other):
        if isinstance(other, Money) and other.currency != self.currency:
            raise ValueError(f"cannot add {other.currency} to {self.currency}")
        return Money(float(self) + float(other), self.currency)

    __radd__ = __add__

    def __repr__(self):
        return f"{float(self):.2f} {self.currency}"


prices = [Money(9.999), Money(0.1), Money(0.2)]
total = sum(prices)
print(prices, total, type(total).__name__, total.currency, vars(total))
print(Money(1.005), Money(2.5, "USD") + 1, 1 + Money(2.5, "USD"), Money(3) * 2, type(Money(3) * 2).__name__)
try:
    Money(1, "EUR") + Money(1, "USD")
except ValueError as e:
    print("ValueError:", e)


class Ratio(float):
    __slots__ = ("label",)


r = Ratio(0.75)
r.label = "three quarters"
print(r, r.label, hasattr(r, "__dict__"), f"{r:.0%}", Ratio(), Ratio("1e-3"), Ratio.fromhex("0x1.8p0"))
