# __repr__, __str__ and __format__: which one each context uses (print,
# str(), repr(), containers, f-strings with !r/!s/!a and format specs,
# %-formatting, str.format) and the fallbacks between them.


class Money:
    def __init__(self, amount, currency="EUR"):
        self.amount = amount
        self.currency = currency

    def __repr__(self):
        return f"Money({self.amount!r}, {self.currency!r})"

    def __str__(self):
        return f"{self.amount:.2f} {self.currency}"

    def __format__(self, spec):
        if not spec:
            return str(self)
        if spec.endswith("c"):          # custom: amount only, in cents
            return format(round(self.amount * 100), spec[:-1] + "d")
        return f"{format(self.amount, spec)} {self.currency}"


m = Money(12.5)
print(m, str(m), repr(m), [m], (m,), {"k": m}, {m.currency: [m, m]})
print(f"{m}", f"{m!r}", f"{m!s}", f"{m:.1f}", f"{m:>10.3f}|", f"{m:c}", f"{m:08c}", f"{m!r:>30}|")
print("%s / %r" % (m, m), "{} {!r} {:.0f}".format(m, m, m), format(m, ",.2f"), format(m))


class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"


class OnlyStr:
    def __str__(self):
        return "only-str"


o, s = OnlyRepr(), OnlyStr()
print(o, str(o), f"{o}", [o], s, f"{s}", "%s" % s, str([s]).startswith("[<__main__.OnlyStr object at"))
try:
    f"{o:>5}"
except TypeError as e:
    print("TypeError:", e)


class Unicode:
    def __repr__(self):
        return "Unicode('héllo ✓')"


u = Unicode()
print(repr(u), ascii(u), f"{u!a}", [u], ascii([u, "é"]))


# repr recursion and nesting: reprs of containers call the elements' __repr__
class Node:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)

    def __repr__(self):
        if self.children:
            return f"Node({self.value!r}, {self.children!r})"
        return f"Node({self.value!r})"


tree = Node("root", [Node(1), Node("two", [Node(3.0)])])
print(tree)
print(str(tree) == repr(tree), len(repr(tree)))


# __str__/__repr__ must return str
class BadRepr:
    def __repr__(self):
        return 42


class BadStr:
    def __str__(self):
        return None


class BadFormat:
    def __format__(self, spec):
        return 1


for fn, obj in ((repr, BadRepr()), (str, BadStr()), (format, BadFormat()), (str, BadRepr())):
    try:
        fn(obj)
    except TypeError as e:
        print("TypeError:", e)


# format specs on built-ins inside a user __format__
class Table:
    def __init__(self, rows):
        self.rows = rows

    def __format__(self, spec):
        width = int(spec or 8)
        lines = []
        for name, value in self.rows:
            lines.append(f"{name:<{width}}|{value:>{width}.2f}")
        return "\n".join(lines)


print(f"{Table([('apples', 1.5), ('kiwis', 12.25)])}")
print(format(Table([("x", 3)]), "4"))


# str() of exceptions, classes, functions and builtins
def func():
    pass


print(str(ValueError("bad")), repr(ValueError("bad")), str(int), repr(str), str(func).startswith("<function func at"))
print(str(None), repr(None), str(True), repr(...), repr(NotImplemented), str(3.0), repr(-0.0), str(1e16))
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("tab\there\n"), str(b"bytes"), repr(bytearray(b"ab")) if False else "")
