# In-place operators: __iadd__ and friends mutating in place, falling back
# to the binary operator when missing, returning NotImplemented, and their
# effect on names, attributes, subscripts and shared references.


class Bag:
    def __init__(self, items=()):
        self.items = list(items)

    def __iadd__(self, other):
        self.items.extend(other if isinstance(other, (list, tuple)) else [other])
        return self

    def __isub__(self, other):
        if other not in self.items:
            return NotImplemented
        self.items.remove(other)
        return self

    def __sub__(self, other):
        return Bag(x for x in self.items if x != other)

    def __imul__(self, k):
        self.items *= k
        return self

    def __ior__(self, other):
        for x in other.items:
            if x not in self.items:
                self.items.append(x)
        return self

    def __repr__(self):
        return f"Bag({self.items})"


b = Bag([1, 2])
alias = b
b += 3
b += [4, 5]
print(b, alias, b is alias)
b -= 2
print(b, b is alias)
b -= 99            # __isub__ returns NotImplemented -> falls back to __sub__, a new Bag
print(b, alias, b is alias)
alias *= 2
print(alias)
alias |= Bag([1, 9])
print(alias)


class Money:
    """Immutable: no __iadd__, so += rebinds to a new object."""

    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        return Money(self.cents + (other.cents if isinstance(other, Money) else other))

    def __mul__(self, k):
        return Money(self.cents * k)

    def __truediv__(self, k):
        return Money(self.cents // k)

    def __repr__(self):
        return f"${self.cents / 100:.2f}"


m = Money(150)
keep = m
m += Money(25)
m += 5
m *= 2
m /= 3
print(m, keep, m is keep)


# augmented assignment on attributes and subscripts evaluates the target once
class Counter:
    def __init__(self):
        self.n = 0
        self.lookups = 0

    def __getattribute__(self, name):
        if name == "n":
            object.__getattribute__(self, "__dict__")["lookups"] += 1
        return object.__getattribute__(self, name)


c = Counter()
c.n += 5
c.n += 1
print(c.n, c.lookups)

calls = []


def key(k):
    calls.append(k)
    return k


d = {"a": 1}
d[key("a")] += 10
grid = [[0, 0], [0, 0]]
grid[key(1)][key(0)] += 7
print(d, grid, calls)

# every in-place operator on ints (immutable) and on lists/sets/dicts (mutable)
x = 17
for op, operand in [("+=", 3), ("-=", 5), ("*=", 4), ("//=", 3), ("%=", 7), ("**=", 3),
                    ("<<=", 2), (">>=", 1), ("&=", 0xFF), ("|=", 0x100), ("^=", 0x0F)]:
    exec(f"x {op} {operand}")
    print(op, x)
y = 10
y /= 4
print(y)
nums = [1]
ref = nums
nums += [2]
nums *= 2
s = {1, 2}
sref = s
s |= {3}
s &= {1, 3, 4}
s -= {1}
s ^= {5}
dd = {"k": 1}
dref = dd
dd |= {"j": 2}
print(nums, ref is nums, s, sref is s, dd, dref is dd)
t = (1,)
tref = t
t += (2,)
print(t, tref, t is tref)
text = "ab"
text *= 3
text += "!"
print(text)


# __iadd__ that returns something else replaces the binding
class Weird:
    def __iadd__(self, other):
        return f"replaced by {other}"


w = Weird()
w += 5
print(w)

# TypeError messages for in-place operators
for code in ["q = None\nq += 1", "q = [1]\nq -= [1]", "q = 'a'\nq *= 'b'", "q = {1}\nq += {2}"]:
    try:
        exec(code)
    except TypeError as e:
        print("TypeError:", e)
