# Hashing and equality: default identity semantics, __eq__ without
# __hash__ making instances unhashable, __hash__ = None, hash consistency
# for dict keys and sets, and inheriting these rules.


class Default:
    pass


a, b = Default(), Default()
print(a == b, a == a, hash(a) == hash(a), {a: 1, b: 2}[a], len({a, b, a}))


class ValueEq:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, ValueEq) and self.v == other.v


print(ValueEq.__hash__, ValueEq(1) == ValueEq(1))
for action in ("hash", "set", "dict", "frozenset", "in-set"):
    try:
        if action == "hash":
            hash(ValueEq(1))
        elif action == "set":
            {ValueEq(1)}
        elif action == "dict":
            {ValueEq(1): 1}
        elif action == "frozenset":
            frozenset([ValueEq(2)])
        else:
            ValueEq(3) in {1, 2}
    except TypeError as e:
        print(action, "TypeError:", e)
print(ValueEq(1) in [ValueEq(0), ValueEq(1)], [ValueEq(2)].index(ValueEq(2)))


class Hashable(ValueEq):
    def __hash__(self):
        return hash(self.v)


class StillUnhashable(ValueEq):
    pass


class Explicit:
    __hash__ = None


print(hash(Hashable(5)) == hash(5), len({Hashable(1), Hashable(1), Hashable(2)}))
for cls in (StillUnhashable, Explicit):
    try:
        hash(cls())
    except TypeError as e:
        print(cls.__name__, "TypeError:", e)
    except Exception as e:
        print(cls.__name__, type(e).__name__)


class Reeq(Hashable):
    def __eq__(self, other):       # redefining __eq__ resets __hash__ again
        return self.v == getattr(other, "v", None)


try:
    hash(Reeq(1))
except TypeError as e:
    print("Reeq TypeError:", e)


# a good key class: immutable, hash from the same fields as __eq__
class Coord:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        object.__setattr__(self, "x", x)
        object.__setattr__(self, "y", y)

    def __setattr__(self, name, value):
        raise AttributeError(f"Coord is immutable (tried to set {name!r})")

    def __eq__(self, other):
        if not isinstance(other, Coord):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __repr__(self):
        return f"Coord({self.x}, {self.y})"


board = {Coord(0, 0): "rook", Coord(0, 1): "knight"}
board[Coord(0, 0)] = "queen"
print(board, Coord(0, 1) in board, len(board), board.get(Coord(5, 5), "empty"))
visited = set()
for step in [(0, 0), (1, 0), (0, 0), (1, 1), (1, 0)]:
    visited.add(Coord(*step))
print(sorted(visited, key=lambda c: (c.x, c.y)), len(visited))
try:
    Coord(1, 2).x = 5
except AttributeError as e:
    print("AttributeError:", e)
print(Coord(1, 2) == (1, 2), (1, 2) == Coord(1, 2), Coord(1, 2) != Coord(1, 2))


# hash values of builtins agree across equal values of different types
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(False), hash(2 ** 61 - 1) == hash(0))
print({1: "int", 1.0: "float", True: "bool"}, {0, 0.0, False}, hash((1, 2)) == hash((1.0, 2.0)))
print(hash(-1) == hash(-2), hash(-1), hash(-2), hash(10 ** 20) == hash(10 ** 20 % (2 ** 61 - 1)))
for unhashable in ([1], {1: 2}, {1}, ([1], 2)):
    try:
        hash(unhashable)
    except TypeError as e:
        print("TypeError:", e)


# __hash__ results are reduced to a machine int; hash() of a hash-returning-int-subclass works
class Big:
    def __hash__(self):
        return 2 ** 70


class BadHash:
    def __hash__(self):
        return "nope"


print(hash(Big()) == hash(2 ** 70), type(hash(Big())).__name__)
try:
    hash(BadHash())
except TypeError as e:
    print("TypeError:", e)
