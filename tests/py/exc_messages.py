# str() and repr() of exceptions exactly as CPython prints them: zero, one
# and many arguments, KeyError's repr-in-str, OSError's errno forms,
# attributes like .args, .name, .code, .value, and user subclasses.

samples = [
    Exception(), Exception("msg"), Exception("a", 2), Exception(None), Exception(""),
    ValueError("bad value"), ValueError(1, 2, 3), TypeError(), TypeError("t"),
    KeyError("key"), KeyError(0), KeyError(), KeyError("a", "b"), KeyError(""),
    IndexError("list index out of range"), LookupError(("tuple", "arg")),
    StopIteration(), StopIteration(42), StopIteration(1, 2), SystemExit(), SystemExit(3),
    SystemExit("bye"), RuntimeError("with 'quotes'"), AssertionError("x == 1"),
    OSError("plain"), OSError(2, "No such file"), OSError(2, "No such file", "f.txt"),
    FileNotFoundError(2, "No such file or directory", "data.csv"), NotImplementedError("todo"),
    UnicodeError("u"), ZeroDivisionError("division by zero"), AttributeError("no attr"),
]
for e in samples:
    print(f"{type(e).__name__:18} str={str(e)!r:40} repr={e!r} args={e.args}")

print(StopIteration(42).value, StopIteration().value, SystemExit(3).code, SystemExit().code, SystemExit("bye").code)
print(SystemExit(1, 2).code, KeyError("k").args[0], OSError(2, "x").errno, OSError(2, "x").strerror, OSError("p").errno)
e = FileNotFoundError(2, "No such file or directory", "data.csv")
print(e.errno, e.strerror, e.filename, type(e).__name__, isinstance(e, OSError))
print(type(OSError(2, "x")).__name__, type(OSError(13, "denied")).__name__, type(OSError(17, "exists")).__name__)

# caught exceptions from real failures
for fn in (lambda: {}["missing"], lambda: {}[("a", 1)], lambda: [][5], lambda: int("4.5"),
           lambda: float("abc"), lambda: "x".index("y"), lambda: [1].remove(2),
           lambda: ().missing, lambda: len(5), lambda: open("nope.txt")):
    try:
        fn()
    except Exception as err:
        print(f"{type(err).__name__}: {err} | {err!r}")

# attributes on NameError/AttributeError/ImportError
try:
    undefined_thing
except NameError as err:
    print(err.name, err.args)
try:
    import no_such_module_abc
except ModuleNotFoundError as err:
    print(err.name, str(err), err.args)


# user subclasses: args follow what was passed to Exception.__init__
class AppError(Exception):
    pass


class CodeError(Exception):
    def __init__(self, code, detail):
        super().__init__(f"[{code}] {detail}")
        self.code = code
        self.detail = detail


class NoSuper(Exception):
    def __init__(self, x):
        self.x = x


class StrError(Exception):
    def __str__(self):
        return f"StrError with {len(self.args)} args"


class ReprError(Exception):
    def __repr__(self):
        return "ReprError<custom>"


for err in (AppError(), AppError("a"), AppError("a", "b"), CodeError(404, "not found"), NoSuper(5),
            StrError(1, 2), ReprError("r")):
    print(f"{type(err).__name__:10} {str(err)!r:30} {err!r:35} {err.args}")
print(CodeError(500, "boom").code, NoSuper(7).x)

# args can be reassigned; str follows
err = ValueError("first")
err.args = ("second", 2)
print(str(err), repr(err))
err.args = ["listed"]
print(err.args, str(err))

# exceptions are ordinary objects: attributes, equality by identity, in containers
a, b = ValueError("same"), ValueError("same")
a.extra = {"retries": 3}
print(a == b, a == a, a.extra, [type(x).__name__ for x in (a, b)], str(a) == str(b))
