# int subclasses: construction, arithmetic returning plain ints, repr/str,
# isinstance, use as dict keys, list indices and range bounds.


class Meters(int):
    """A length in metres; arithmetic falls back to plain int like CPython."""

    def describe(self):
        return f"{int(self)} m"


class Score(int):
    def __new__(cls, value, player):
        obj = super().__new__(cls, value)
        obj.player = player
        return obj

    def __repr__(self):
        return f"Score({int(self)}, {self.player!r})"


m = Meters(42)
print(m, repr(m), m.describe(), type(m).__name__)
print(isinstance(m, int), isinstance(m, Meters), issubclass(Meters, int))
print(Meters.__mro__)
print(Meters(), Meters("17"), Meters("ff", 16), Meters(3.9), Meters(-2.5))

# arithmetic on a subclass returns plain int
for expr, value in [("m + 1", m + 1), ("m - 2", m - 2), ("m * 2", m * 2),
                    ("m // 5", m // 5), ("m % 5", m % 5), ("m ** 2", m ** 2),
                    ("-m", -m), ("+m", +m), ("abs(-m)", abs(-m)), ("m << 2", m << 2),
                    ("m & 7", m & 7), ("~m", ~m), ("1 + m", 1 + m), ("100 - m", 100 - m)]:
    print(f"{expr:10} = {value!r:6} {type(value).__name__}")
print(m / 4, type(m / 4).__name__, divmod(m, 5), round(m), float(m), int(m), type(int(m)))

# comparisons and hashing agree with plain ints
print(m == 42, m != 42, m < 50, m >= Meters(42), hash(m) == hash(42))
table = {Meters(1): "one", 2: "two"}
print(table[1], table[Meters(2)], Meters(1) in table, 3 in table)
print(sorted([Meters(5), 3, Meters(1), 4]), max(Meters(2), 7), sum([Meters(1), Meters(2)]))

# as indices and range bounds
items = ["a", "b", "c", "d", "e"]
print(items[Meters(1)], items[Meters(-1)], items[Meters(1):Meters(3)], list(range(Meters(3))))
print("abc" * Meters(2), [0] * Meters(3), (1, 2, 3)[Meters(2)])

# instances carry a __dict__
s = Score(90, "ann")
s.bonus = 5
print(s, repr(s), s + s.bonus, vars(s), s.player)
scores = sorted([Score(70, "bob"), Score(90, "ann"), Score(80, "cy")])
print(scores, [sc.player for sc in scores])
print(format(Score(7, "x"), "04d"), f"{Meters(255):x}", f"{Meters(1234567):,}", "%5d|" % Meters(12))

# big values
big = Meters(2 ** 80)
print(big, big + 1, type(big + 1).__name__, big > 2 ** 79, big.bit_length(), hex(Meters(255)))
print(bool(Meters(0)), bool(Meters(3)), Meters(10).to_bytes(2, "big"), Meters.from_bytes(b"\x01\x00", "big"))
print(type(Meters.from_bytes(b"\x01", "big")).__name__, Meters(7).real, type(Meters(7).real).__name__)
try:
    Meters("abc")
except ValueError as e:
    print("ValueError:", e)
