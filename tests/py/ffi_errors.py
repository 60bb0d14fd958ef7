# ctypes errors: loading libraries and symbols, argument conversion
# (ctypes.ArgumentError with CPython's messages), argtypes/restype/errcheck
# declarations, argument counts, and exceptions raised inside callbacks
# (reported on stderr; the C caller carries on).
import ctypes
from ctypes import *

def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as exc:
        print(label, "->", type(exc).__name__ + ":", exc)

print(ArgumentError, issubclass(ArgumentError, Exception), ctypes.ArgumentError is ArgumentError)

# loading
attempt("missing library", lambda: CDLL("libtauraro_no_such_lib.so"))
attempt("missing path", lambda: CDLL("/nonexistent/dir/libx.so"))
attempt("LoadLibrary", lambda: cdll.LoadLibrary("libnope_nope.so.9"))
try:
    CDLL("libtauraro_no_such_lib.so")
except OSError as exc:
    print("OSError args:", exc.args, exc.errno)
libc = CDLL("libc.so.6")
attempt("missing symbol", lambda: libc.tauraro_no_such_function)
attempt("missing item", lambda: libc["another_missing_symbol"])
attempt("dunder", lambda: libc.__fspath__)
print("hasattr:", hasattr(libc, "strlen"), hasattr(libc, "no_such_symbol_at_all"))

# conversion of undeclared arguments
attempt("float", lambda: libc.abs(1.5))
attempt("list", lambda: libc.abs([1]))
attempt("dict 2nd", lambda: libc.strcmp(b"a", {}))
attempt("huge int", lambda: libc.abs(2 ** 70))
attempt("int wraps to C int", lambda: libc.abs(2 ** 32 + 9))
class Wrapped:
    def __init__(self, v):
        self._as_parameter_ = v
print("_as_parameter_:", libc.abs(Wrapped(-12)), libc.strlen(Wrapped(b"four")))

# conversion of declared arguments
libc.abs.argtypes = [c_int]
attempt("declared str", lambda: libc.abs("x"))
attempt("declared float", lambda: libc.abs(2.5))
attempt("declared None", lambda: libc.abs(None))
libc.strlen.argtypes = [c_char_p]
attempt("char_p from str", lambda: libc.strlen("text"))
attempt("char_p from int list", lambda: libc.strlen([1, 2]))
libc.strlen.argtypes = [POINTER(c_char)]
attempt("POINTER(c_char) from bytes", lambda: libc.strlen(b"four"))
libc.qsort.argtypes = [c_void_p, c_size_t, c_size_t, c_void_p]
attempt("void_p from float", lambda: libc.qsort(1.5, 0, 0, None))
class Point(Structure):
    _fields_ = [("x", c_int), ("y", c_int)]
PointPtr = POINTER(Point)
libc.memset.argtypes = [PointPtr, c_int, c_size_t]
attempt("pointer from int", lambda: libc.memset(5, 0, 0))
attempt("pointer from other pointer", lambda: libc.memset(pointer(c_int()), 0, 0))
attempt("pointer from byref of other", lambda: libc.memset(byref(c_int()), 0, 0))
pt = Point(1, 2)
libc.memset.restype = None
print("pointer from instance and byref:", libc.memset(pt, 0, 4), pt.x, libc.memset(byref(pt), 0, 8), pt.y)

# argument counts
libc.abs.argtypes = [c_int]
attempt("too few", lambda: libc.abs())
libc.labs.argtypes = [c_long, c_long]
attempt("too few 2", lambda: libc.labs(1))
attempt("keyword ignored", lambda: libc.toupper(ord("a"), ignored=1))

# declarations
f = libc.atoi
attempt("argtypes not sequence", lambda: setattr(f, "argtypes", 5))
attempt("argtypes item", lambda: setattr(f, "argtypes", [c_char_p, 5]))
attempt("restype", lambda: setattr(f, "restype", 5))
attempt("errcheck", lambda: setattr(f, "errcheck", 5))
f.argtypes = [c_char_p]
f.argtypes = None
print("argtypes reset:", f.argtypes, f.restype.__name__, f.errcheck)
f.restype = None
print("void restype:", f(b"55"))
f.restype = lambda v: "converted %d" % v
print("callable restype:", f(b"55"))
f.restype = c_int
def check(result, func, args):
    if result < 0:
        raise ValueError("negative result %d from %s%r" % (result, func.__name__, args))
    return result * 2
f.errcheck = check
print("errcheck:", f(b"21"))
attempt("errcheck raises", lambda: f(b"-3"))
attempt("errcheck None", lambda: setattr(f, "errcheck", None))
del f.errcheck
print("errcheck removed:", f(b"-3"))

# prototypes
attempt("no _flags_", lambda: type("F", (ctypes._CFuncPtr,), {}))
attempt("bad _argtypes_", lambda: type("F", (ctypes._CFuncPtr,), {"_flags_": 1, "_argtypes_": 3}))
attempt("bad _restype_", lambda: type("F", (ctypes._CFuncPtr,), {"_flags_": 1, "_restype_": 3}))
attempt("abstract function", lambda: ctypes._CFuncPtr())
attempt("unexpected kw", lambda: CFUNCTYPE(c_int, spam=True))

# exceptions inside callbacks are reported and swallowed
Cmp = CFUNCTYPE(c_int, POINTER(c_int), POINTER(c_int))
def failing(a, b):
    raise KeyError("from the comparator")
data = (c_int * 3)(3, 1, 2)
libc.qsort.argtypes = None
libc.qsort(data, 3, sizeof(c_int), Cmp(failing))
print("qsort survived:", sorted(data))
def bad_result(a, b):
    return "not an int"
libc.qsort(data, 3, sizeof(c_int), Cmp(bad_result))
print("qsort survived again:", sorted(data))
print("still running")

# misuse that must raise, not crash
attempt("huge array", lambda: (c_char * (2 ** 58))())
attempt("array type too large", lambda: c_int * (2 ** 62))
attempt("str _fields_", lambda: type("S", (Structure,), {"_fields_": "ab"}))
attempt("generator _fields_", lambda: type("S", (Structure,), {"_fields_": (f for f in [("a", c_int)])}))
attempt("resize foreign memory", lambda: resize(c_int.from_address(addressof(c_long())), 64))
attempt("in_dll without a library", lambda: c_int.in_dll(5, "x"))
attempt("CDLL(5)", lambda: CDLL(5))
attempt("delete contents", lambda: delattr(pointer(c_int(1)), "contents"))
attempt("from_address too big", lambda: c_int.from_address(2 ** 70))
