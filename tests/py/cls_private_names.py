# Private name mangling: __attr inside a class becomes _Class__attr, so
# subclasses do not clash with their bases; methods, class attributes,
# nested functions, comprehensions and __slots__ are all mangled.


class Account:
    __count = 0                      # stored as _Account__count
    __slots__ = ("owner", "__balance", "__history")

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.__balance = balance
        self.__history = []
        Account.__count += 1

    def __log(self, what, amount):
        self.__history.append(f"{what}:{amount}")

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.__balance += amount
        self.__log("dep", amount)
        return self

    def withdraw(self, amount):
        if amount > self.__balance:
            raise ValueError(f"insufficient funds: {self.__balance} < {amount}")
        self.__balance -= amount
        self.__log("wd", amount)
        return self

    @property
    def balance(self):
        return self.__balance

    def history(self):
        return [h for h in self.__history if h.startswith("dep")] + \
               [h for h in self.__history if not h.startswith("dep")]

    @classmethod
    def count(cls):
        return cls.__count


a = Account("ann", 10).deposit(5).withdraw(3).deposit(1)
print(a.balance, a.history(), Account.count(), a._Account__balance)
print(hasattr(a, "__balance"), hasattr(Account, "__log"), hasattr(Account, "_Account__log"))
print(sorted(n for n in Account.__dict__ if "Account__" in n))
try:
    a.withdraw(100)
except ValueError as e:
    print("ValueError:", e)
try:
    a.__balance
except AttributeError as e:
    print("AttributeError:", e)


class Base:
    def __init__(self):
        self.__secret = "base"
        self._shared = "base"

    def base_secret(self):
        return self.__secret


class Derived(Base):
    def __init__(self):
        super().__init__()
        self.__secret = "derived"      # a different attribute: _Derived__secret
        self._shared = "derived"       # single underscore: not mangled

    def derived_secret(self):
        return self.__secret


d = Derived()
print(d.base_secret(), d.derived_secret(), d._shared, sorted(vars(d)))


# names that are not mangled: dunders, names with a trailing __, single underscores
class Odd:
    __dunder__ = "kept"
    _single = "kept"
    __trailing_ = "mangled"

    def get(self):
        return self.__dunder__, self._single, self.__trailing_


print(Odd().get(), sorted(k for k in vars(Odd) if k.startswith("_O") or k in ("__dunder__", "_single")))


# mangling in nested functions, lambdas, comprehensions and global names
__module_private = "module level"


class Scope:
    __factor = 3

    def run(self):
        def inner():
            return self.__factor * 2
        lam = lambda: self.__factor + 1
        comp = [self.__factor * i for i in range(3)]
        return inner(), lam(), comp

    def read_global(self):
        try:
            return __module_private      # looked up as _Scope__module_private
        except NameError as e:
            return f"NameError: {e}"


print(Scope().run(), Scope().read_global(), Scope._Scope__factor)


# leading underscores of the class name are stripped; nested classes use their own name
class _Hidden:
    __x = 1

    class __Inner:
        __y = 2

        @classmethod
        def y(cls):
            return cls.__y

    @classmethod
    def inner(cls):
        return cls.__Inner


print(_Hidden._Hidden__x, _Hidden.inner().y(), _Hidden.inner().__name__, _Hidden.inner().__qualname__)
print(sorted(k for k in vars(_Hidden) if not k.startswith("__")))


# getattr with the unmangled name does not find it; the mangled one does
class Cfg:
    def __init__(self):
        self.__token = "abc"


c = Cfg()
print(getattr(c, "__token", "missing"), getattr(c, "_Cfg__token"), vars(c))
