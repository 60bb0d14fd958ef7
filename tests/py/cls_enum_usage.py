# enum in a small order/permission system: Enum with methods and aliases,
# IntEnum used as ints, StrEnum, Flag/IntFlag combinations, auto(),
# @unique, _missing_, lookups by value and name, and the errors.
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique


class State(Enum):
    NEW = "new"
    PAID = "paid"
    SHIPPED = "shipped"
    DONE = "done"
    COMPLETE = "done"          # an alias of DONE

    def next(self):
        order = list(State)
        i = order.index(self)
        if i + 1 == len(order):
            raise ValueError(f"{self.name} is final")
        return order[i + 1]

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for member in cls:
                if member.value == value.lower():
                    return member
        return None


s = State.NEW
path = [s]
while True:
    try:
        s = s.next()
        path.append(s)
    except ValueError as e:
        print("stop:", e)
        break
print(path, [p.value for p in path], State.COMPLETE is State.DONE, State("PAID"), State["SHIPPED"])
print(len(State), list(State.__members__), State.DONE.name, repr(State.COMPLETE), str(State.NEW), f"{State.PAID:>14}|")
print(State.NEW == "new", State.NEW is State("new"), {State.NEW: 1}[State.NEW], sorted(State, key=lambda m: m.value)[0])
for bad in (lambda: State("lost"), lambda: State["LOST"], lambda: setattr(State, "NEW", 1), lambda: State.NEW < State.PAID):
    try:
        bad()
    except (ValueError, KeyError, AttributeError, TypeError) as e:
        print(type(e).__name__ + ":", e)


class HttpStatus(IntEnum):
    OK = 200
    CREATED = 201
    NOT_FOUND = 404
    SERVER_ERROR = 500

    @property
    def is_error(self):
        return self >= 400


responses = [200, 404, 201, 500, 404]
statuses = [HttpStatus(code) for code in responses]
print(statuses, [s.is_error for s in statuses], sum(statuses), max(statuses), sorted(set(statuses)))
print(HttpStatus.OK == 200, HttpStatus.NOT_FOUND + 1, f"{HttpStatus.CREATED}", f"{HttpStatus.OK:>5}", str(HttpStatus.OK))
print({200: "fine"}[HttpStatus.OK], ["a", "b"][HttpStatus.OK - 199], isinstance(HttpStatus.OK, int), HttpStatus(500).name)


class Color(StrEnum):
    RED = auto()
    GREEN = auto()
    BLUE = "b"


print(list(Color), Color.RED, repr(Color.GREEN), Color.RED == "red", Color.BLUE.upper(), "-".join(Color), Color("b"))


class Perm(Flag):
    READ = auto()
    WRITE = auto()
    EXECUTE = auto()


rw = Perm.READ | Perm.WRITE
print(rw, repr(rw), [p.value for p in Perm], Perm.WRITE in rw, Perm.EXECUTE in rw, list(rw), len(rw))
print(rw & Perm.WRITE, rw ^ Perm.READ, ~Perm.READ, repr(Perm(0)), bool(Perm(0)), Perm(7), Perm(3) is rw)
try:
    Perm(8)
except ValueError as e:
    print("ValueError:", type(e).__name__)


class Access(IntFlag):
    R = 4
    W = 2
    X = 1


mode = Access.R | Access.X
print(mode, repr(mode), mode == 5, mode + 1, Access.R | 2, repr(Access(6)), oct(Access.R | Access.W | Access.X))
print([f"{name}={'yes' if flag in mode else 'no'}" for name, flag in Access.__members__.items()])

try:
    @unique
    class Weekday(Enum):
        MON = 1
        TUE = 2
        MONDAY = 1
except ValueError as e:
    print("ValueError:", e)
try:
    class Twice(Enum):
        A = 1
        A = 2
except TypeError as e:
    print("TypeError:", e)
try:
    class MoreColors(Color):
        PINK = "p"
except TypeError as e:
    print("TypeError:", e)

Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.CAT.value, Animal(2), type(Animal.ANT).__name__)


class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


for p in Planet:
    print(f"{p.name:8} mass={p.mass:.3e} g={p.surface_gravity:.2f}")
