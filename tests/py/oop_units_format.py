# A unit-conversion Quantity class with __format__ (custom format specs
# with units and precision), arithmetic between compatible units,
# comparison, conversion errors, and a printed report table.
import functools


class UnitError(Exception):
    pass


UNITS = {
    # unit: (dimension, factor to the base unit)
    "m": ("length", 1.0), "km": ("length", 1000.0), "cm": ("length", 0.01), "mi": ("length", 1609.344),
    "ft": ("length", 0.3048), "s": ("time", 1.0), "min": ("time", 60.0), "h": ("time", 3600.0),
    "kg": ("mass", 1.0), "g": ("mass", 0.001), "lb": ("mass", 0.45359237),
}


@functools.total_ordering
class Quantity:
    def __init__(self, value, unit):
        if unit not in UNITS:
            raise UnitError(f"unknown unit {unit!r}")
        self.value = value
        self.unit = unit

    @property
    def dimension(self):
        return UNITS[self.unit][0]

    def to(self, unit):
        if unit not in UNITS:
            raise UnitError(f"unknown unit {unit!r}")
        if UNITS[unit][0] != self.dimension:
            raise UnitError(f"cannot convert {self.dimension} ({self.unit}) to {UNITS[unit][0]} ({unit})")
        return Quantity(self.value * UNITS[self.unit][1] / UNITS[unit][1], unit)

    def _base(self):
        return self.value * UNITS[self.unit][1]

    def __add__(self, other):
        if not isinstance(other, Quantity):
            return NotImplemented
        return Quantity(self.value + other.to(self.unit).value, self.unit)

    def __sub__(self, other):
        if not isinstance(other, Quantity):
            return NotImplemented
        return Quantity(self.value - other.to(self.unit).value, self.unit)

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Quantity(self.value * k, self.unit)
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, other):
        if isinstance(other, Quantity):
            if other.dimension == self.dimension:
                return self._base() / other._base()
            return Rate(self, other)
        return Quantity(self.value / other, self.unit)

    def __eq__(self, other):
        if not isinstance(other, Quantity) or other.dimension != self.dimension:
            return NotImplemented
        return abs(self._base() - other._base()) < 1e-9

    def __lt__(self, other):
        if not isinstance(other, Quantity):
            return NotImplemented
        return self._base() < other.to(self.unit)._base()

    def __hash__(self):
        return hash((self.dimension, round(self._base(), 9)))

    def __repr__(self):
        return f"Quantity({self.value!r}, {self.unit!r})"

    def __str__(self):
        return f"{self.value:g} {self.unit}"

    def __format__(self, spec):
        # "[number spec][@unit]" e.g. ".2f@km", ">10.1f", "@mi"
        number_spec, _, unit = spec.partition("@")
        q = self.to(unit) if unit else self
        return f"{format(q.value, number_spec or 'g')} {q.unit}"


class Rate:
    def __init__(self, num, den):
        self.num, self.den = num, den

    def __format__(self, spec):
        number_spec, _, units = spec.partition("@")
        nu, _, du = units.partition("/")
        n = self.num.to(nu) if nu else self.num
        d = self.den.to(du) if du else self.den
        return f"{format(n.value / d.value, number_spec or 'g')} {n.unit}/{d.unit}"


run = Quantity(10, "km")
lap = Quantity(400, "m")
time = Quantity(52.5, "min")
print(run, repr(lap), str(time), run + lap, lap + run, run - lap * 5, 3 * lap, run / lap, run / 4)
print(f"{run:.1f@mi}", f"{lap:>10.2f@ft}|", f"{time:.3f@h}", f"{run}", f"{run:@m}", format(lap, "08.1f"))
print(f"pace: {run / time:.2f@km/h} = {run / time:.2f@mi/h} = {run / time:.1f@m/s}")
print(run > lap, Quantity(1, "mi") > Quantity(1600, "m"), Quantity(100, "cm") == Quantity(1, "m"), run == Quantity(10000, "m"))
print(sorted([run, lap, Quantity(3, "mi"), Quantity(500, "ft")]), max(lap, Quantity(0.5, "km")))
print(len({Quantity(1, "km"), Quantity(1000, "m"), Quantity(100000, "cm")}), Quantity(1, "kg") == Quantity(1, "m"))

for action in (lambda: run.to("kg"), lambda: Quantity(3, "parsec"), lambda: run + 5, lambda: run < Quantity(1, "s"),
               lambda: format(run, ".2f@lb"), lambda: run < 3):
    try:
        action()
    except (UnitError, TypeError) as e:
        print(f"{type(e).__name__}: {e}")

print(f"{'item':<12}{'metric':>14}{'imperial':>16}")
for name, q, metric, imperial in [("marathon", Quantity(42.195, "km"), "km", "mi"), ("sprint", Quantity(100, "m"), "m", "ft"),
                                  ("luggage", Quantity(23, "kg"), "kg", "lb"), ("flight", Quantity(125, "min"), "h", "min")]:
    print(f"{name:<12}{q:>14.2f@{metric}}{q:>16.1f@{imperial}}")
