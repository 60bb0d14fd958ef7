# Traceback-free introspection of caught exceptions: type(e).__name__,
# __traceback__ presence and its frames/lines, __class__.__mro__, args,
# attributes added on the fly, and formatting error reports by hand.
import sys


def level3(data):
    return data["missing"]


def level2(data):
    return level3(data) + 1


def level1():
    return level2({"present": 1})


try:
    level1()
except KeyError as e:
    tb = e.__traceback__
    print(type(e).__name__, e.__class__.__name__, tb is not None, type(tb).__name__)
    frames = []
    while tb is not None:
        frames.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(frames)
    print([c.__name__ for c in type(e).__mro__], e.args, str(e))

# an exception that was never raised has no traceback
fresh = ValueError("never raised")
print(fresh.__traceback__, fresh.__context__, fresh.__cause__)

# with_traceback replaces it; the object is returned
try:
    raise TypeError("with tb")
except TypeError as e:
    saved_tb = e.__traceback__
    other = RuntimeError("re-raised with the old traceback")
    print(other.with_traceback(saved_tb) is other, other.__traceback__ is not None)
    print(other.__traceback__.tb_lineno == saved_tb.tb_lineno)


# error reports built from exception attributes only
def report(exc):
    kind = type(exc).__name__
    module = type(exc).__module__
    where = "builtin" if module == "builtins" else module
    chain = []
    cur = exc
    while cur is not None:
        chain.append(type(cur).__name__)
        cur = cur.__cause__ or (None if cur.__suppress_context__ else cur.__context__)
    return f"[{where}] {kind}: {exc} (chain: {' <- '.join(chain)}, depth {len(chain)})"


class ServiceError(Exception):
    pass


def service():
    try:
        int("NaN-ish")
    except ValueError as e:
        raise ServiceError("service could not parse input") from e


for fn in (level1, service, lambda: [][1], lambda: sys.exit(2)):
    try:
        fn()
    except BaseException as e:
        print(report(e))

# exceptions carry extra attributes; vars() shows them
try:
    err = OSError(2, "No such file or directory", "/tmp/x")
    err.hint = "check the path"
    raise err
except OSError as e:
    print(e.errno, e.strerror, e.filename, e.hint, sorted(k for k in vars(e) if k == "hint"))

# sys.exc_info gives the same objects as the except clause
try:
    {}.pop("x")
except KeyError as e:
    t, v, tb = sys.exc_info()
    print(sys.exception() is e)
    print(t is KeyError, v is e, tb is not None, tb.tb_lineno == e.__traceback__.tb_lineno)


# counting exception kinds across a batch of operations
ops = [lambda: 1 / 0, lambda: int("x"), lambda: [1][3], lambda: {}["k"], lambda: None + 1,
       lambda: 1 / 0, lambda: "abc".index("z"), lambda: len(None), lambda: 2 ** 2]
counts = {}
for op in ops:
    try:
        op()
        kind = "ok"
    except Exception as e:
        kind = type(e).__name__
    counts[kind] = counts.get(kind, 0) + 1
print(sorted(counts.items()))

# isinstance checks against tuples and the exception hierarchy
samples = [KeyError("k"), IndexError(1), ZeroDivisionError(), FileNotFoundError(), StopIteration()]
for s in samples:
    print(f"{type(s).__name__:18}", isinstance(s, LookupError), isinstance(s, (ArithmeticError, OSError)),
          isinstance(s, Exception), issubclass(type(s), BaseException))
