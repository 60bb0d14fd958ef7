# copy.copy and copy.deepcopy: shallow vs deep copies of nested
# containers, shared references and cycles preserved by the memo, classes
# with __copy__ and __deepcopy__, immutable values returned as is, and
# objects with __slots__ or custom state.
import copy

config = {"name": "svc", "ports": [80, 443], "limits": {"cpu": 2, "mem": [512, 1024]}}
shallow = copy.copy(config)
deep = copy.deepcopy(config)
config["ports"].append(8080)
config["limits"]["mem"][0] = 256
config["name"] = "changed"
print("original:", config)
print("shallow :", shallow)
print("deep    :", deep)

shared = [1, 2]
holder = {"a": shared, "b": shared, "t": (shared, 3)}
dh = copy.deepcopy(holder)
print("sharing preserved:", dh["a"] is dh["b"], dh["t"][0] is dh["a"], dh["a"] is not shared)

node = {"name": "loop"}
node["self"] = node
ring = [node, [node]]
dr = copy.deepcopy(ring)
print("cycles:", dr[0]["self"] is dr[0], dr[1][0] is dr[0], dr[0] is not node)

t = (1, "s", 2.5, None, frozenset({1}))
print("immutables copied as is:", copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy("x") == "x")
tm = (1, [2])
print("tuple with mutable deep-copied:", copy.deepcopy(tm) is tm, copy.deepcopy(tm) == tm)


class Matrix:
    def __init__(self, rows):
        self.rows = rows
        self.version = 0

    def __copy__(self):
        print("  Matrix.__copy__")
        m = Matrix(self.rows)
        m.version = self.version + 1
        return m

    def __deepcopy__(self, memo):
        print("  Matrix.__deepcopy__ memo has self:", id(self) in memo)
        m = Matrix(copy.deepcopy(self.rows, memo))
        m.version = self.version + 100
        return m


m = Matrix([[1, 2], [3, 4]])
c = copy.copy(m)
d = copy.deepcopy(m)
m.rows[0][0] = 99
print(c.rows, c.version, d.rows, d.version)
pair = copy.deepcopy([m, m])
print("deepcopy of a list holding m twice:", pair[0] is pair[1])


class Account:
    def __init__(self, owner, history):
        self.owner = owner
        self.history = history


acct = Account("ann", [("deposit", 10)])
a2 = copy.copy(acct)
a3 = copy.deepcopy(acct)
acct.history.append(("withdraw", 5))
print("plain object:", a2.history is acct.history, a3.history, type(a3).__name__, vars(a3).keys() == vars(acct).keys())


class Slotted:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


s = Slotted([1], 2)
s2 = copy.deepcopy(s)
s.x.append(9)
print("slots:", s2.x, s2.y, copy.copy(s).x is s.x)


class Stateful:
    def __init__(self):
        self.data = [1, 2]
        self.cache = {"big": "cache"}

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["cache"]
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.cache = {}


st = copy.deepcopy(Stateful())
print("getstate/setstate:", st.data, st.cache)
print("copy of list/dict/set:", copy.copy([1, [2]]), copy.copy({"k": [1]}), sorted(copy.copy({3, 1, 2})))
funcs = copy.deepcopy([len, print])
print("functions are atomic:", funcs[0] is len, copy.copy(Matrix) is Matrix)
