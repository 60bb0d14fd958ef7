# collections.namedtuple for records: field access, defaults, _replace,
# _asdict, _fields, _make, subclassing with methods and properties,
# sorting and grouping records, unpacking, and the creation errors.
from collections import namedtuple
from operator import attrgetter

Employee = namedtuple("Employee", "name dept salary level", defaults=["junior"])
staff = [Employee._make(row) for row in [("Ada", "eng", 120, "senior"), ("Bob", "ops", 80, "mid"),
                                          ("Cy", "eng", 95, "mid"), ("Di", "ops", 70, "junior")]]
staff.append(Employee("Eve", "eng", 60))
for e in sorted(staff, key=attrgetter("dept", "salary")):
    print(f"  {e.name:4} {e.dept:4} {e.salary:4} {e.level}")
print(Employee._fields, Employee._field_defaults)
print(repr(staff[0]), staff[0]._asdict())
raise_all = [e._replace(salary=e.salary + 10) for e in staff if e.dept == "ops"]
print("raised:", raise_all)
name, dept, *rest = staff[1]
print("unpacked:", name, dept, rest, "| index/count:", staff[1].index("ops"), staff[1].count(80))
print("tuple behaviour:", staff[2][0], staff[2][-1], staff[2][1:3], len(staff[2]), staff[2] == ("Cy", "eng", 95, "mid"))
by_dept = {}
for e in staff:
    by_dept.setdefault(e.dept, []).append(e.name)
print("by dept:", by_dept)
print("max salary:", max(staff, key=attrgetter("salary")).name)


class Point(namedtuple("Point", ["x", "y"])):
    __slots__ = ()

    @property
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)

    def __str__(self):
        return f"({self.x}, {self.y})"


p = Point(3, 4)
print(p, repr(p), p.norm, p + Point(1, 1), isinstance(p, tuple), Point._fields)
print("hashable:", {Point(1, 2): "a"}[Point(1, 2)], sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))

Color = namedtuple("Color", "red, green, blue")
print(Color(255, 128, 0), Color._make([1, 2, 3])._asdict())
Renamed = namedtuple("Renamed", ["ok", "def", "ok", "_private"], rename=True)
print(Renamed._fields)
for bad in [lambda: namedtuple("Bad", "x def"), lambda: namedtuple("Bad", "x x"),
            lambda: namedtuple("Bad", "_x"), lambda: namedtuple("1Bad", "x"),
            lambda: Employee("only-name"), lambda: Employee("a", "b", 1, "c", "extra"),
            lambda: Point(1, 2)._replace(z=3), lambda: Employee._make([1, 2])]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    p.x = 10
except AttributeError as e:
    print("AttributeError:", e)
Q = namedtuple("Q", "a b c", defaults=(1, 2))
print(Q(0), Q(0, 5), Q._field_defaults, Q(c=9, a=0, b=1))
