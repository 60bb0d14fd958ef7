# Class attributes vs instance attributes, and class bodies as real scopes.

counter_start = 100


class Account:
    bank = "First"                 # shared by all instances
    rate = 0.02
    accounts = []                  # a mutable class attribute is shared too
    count = 0
    start = counter_start          # class bodies see module globals

    def __init__(self, owner):
        self.owner = owner
        Account.count += 1
        self.number = Account.start + Account.count
        self.accounts.append(owner)   # mutates the shared list

    def set_rate(self, r):
        self.rate = r              # creates an instance attribute that shadows


a, b = Account("ann"), Account("bob")
a.set_rate(0.05)
print(a.rate, b.rate, Account.rate, a.number, b.number, Account.count)
print(Account.accounts is a.accounts, a.accounts, "rate" in vars(a), "rate" in vars(b))
Account.rate = 0.03
print(a.rate, b.rate)
del a.rate
print(a.rate, "rate" in vars(a))
b.bank = "Second"
print(a.bank, b.bank, Account.bank, sorted(vars(b)))


# class bodies run top to bottom; names defined earlier are usable later
class Config:
    base = 10
    double = base * 2
    names = ["x", "y", "z"]
    index = {n: i for i, n in enumerate(names)}   # comprehension sees its iterable only
    upper = [n.upper() for n in names]
    if base > 5:
        mode = "big"
    else:
        mode = "small"
    for i in range(3):
        last = i
    del i
    total = sum(range(base))

    def method(self):
        return self.base


print(Config.double, Config.index, Config.upper, Config.mode, Config.last, Config.total)
print(hasattr(Config, "i"), Config().method())


# class scope is not visible inside methods (they use globals)
x = "global x"


class Scoped:
    x = "class x"

    def get(self):
        return x

    def get_class(self):
        return self.x

    def get_via_type(self):
        return type(self).x


s = Scoped()
print(s.get(), s.get_class(), s.get_via_type())


# a comprehension in a class body cannot see class variables (except the first iterable)
class Weird:
    factor = 3
    try:
        values = [factor * i for i in range(3)]
    except NameError as e:
        values = str(e)
    ok = [i for i in range(factor)]


print(Weird.values, Weird.ok)


# nested functions defined in a class body close over the enclosing function
def make_class(tag):
    class Tagged:
        label = tag

        def show(self):
            return f"{tag}/{self.label}"

    return Tagged


T1, T2 = make_class("one"), make_class("two")
print(T1().show(), T2().show(), T1 is T2, T1.__name__, T1.__qualname__)


# the class namespace ends up in __dict__ (with __module__ and __qualname__ handled)
class Simple:
    """doc"""
    a = 1

    def f(self):
        pass


keys = [k for k in Simple.__dict__ if not k.startswith("__")]
print(keys, Simple.__doc__, Simple.__module__, Simple.__dict__["a"])
print(type(Simple.__dict__["f"]).__name__, Simple.f.__name__, Simple.f.__qualname__)
