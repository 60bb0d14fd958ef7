# Enum-like int constants and bit flags built on an int subclass.


class Flag(int):
    _names = {}

    def __new__(cls, value, name=None):
        obj = super().__new__(cls, value)
        obj._name = name
        return obj

    def __or__(self, other):
        if isinstance(other, Flag):
            return type(self)(int(self) | int(other))
        return NotImplemented

    __ror__ = __or__

    def __and__(self, other):
        return type(self)(int(self) & int(other))

    def __contains__(self, other):
        return int(self) & int(other) == int(other)

    def __repr__(self):
        if self._name:
            return f"<{type(self).__name__}.{self._name}: {int(self)}>"
        parts = [f._name for f in type(self).members() if f in self and int(f)]
        return f"<{type(self).__name__}.{'|'.join(parts) or '0'}: {int(self)}>"

    @classmethod
    def members(cls):
        return [v for k, v in vars(cls).items() if isinstance(v, cls)]


class Perm(Flag):
    pass


Perm.READ = Perm(4, "READ")
Perm.WRITE = Perm(2, "WRITE")
Perm.EXEC = Perm(1, "EXEC")

rw = Perm.READ | Perm.WRITE
print(rw, repr(rw), int(rw), isinstance(rw, Perm), isinstance(rw, int))
print(Perm.WRITE in rw, Perm.EXEC in rw, rw & Perm.WRITE, rw + 1, type(rw + 1).__name__)
print(sorted(Perm.members()), [m._name for m in sorted(Perm.members())])
print(Perm.READ == 4, Perm.READ is Perm.READ, {Perm.READ: "r"}[4], 4 | Perm.EXEC)


class Weekday(int):
    NAMES = ["MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"]

    def __new__(cls, n):
        if not 0 <= n < 7:
            raise ValueError(f"{n} is not a valid Weekday")
        return super().__new__(cls, n)

    @property
    def name(self):
        return self.NAMES[self]

    def __str__(self):
        return self.name

    def next(self):
        return Weekday((self + 1) % 7)

    def is_weekend(self):
        return self >= 5


days = [Weekday(i) for i in range(7)]
print([str(d) for d in days], [d.is_weekend() for d in days])
d = Weekday(6)
print(d, d.next(), d.next().next(), repr(d), f"{d}", f"{d:>3}", Weekday.NAMES[d])
schedule = {Weekday(0): "gym", Weekday(2): "swim", 4: "rest"}
print(schedule[0], schedule[Weekday(4)], [schedule.get(w, "-") for w in days])
try:
    Weekday(9)
except ValueError as e:
    print("error:", e)


class Status(int):
    pass


OK, WARN, FAIL = Status(0), Status(1), Status(2)
results = [OK, FAIL, WARN, OK, FAIL]
counts = [0, 0, 0]
for r in results:
    counts[r] += 1
print(counts, max(results), min(results), sum(results), any(results), all(results))
print(sorted(set(results)), len(set(results)), bool(OK), not FAIL)
print(True + Status(2), type(True + Status(2)).__name__, isinstance(True, Status), issubclass(bool, int))
