# ctypes simple types: construction, .value, repr, wrap-around of integer
# types, sizes and alignments, conversions and their error messages,
# from_param, subclasses, and the metaclass machinery behind them.
import ctypes
from ctypes import *

def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as exc:
        print(label, "->", type(exc).__name__ + ":", exc)

# reprs and values
print(c_int(5), c_int(), c_uint(7), c_short(-3), c_ushort(9), c_byte(-8), c_ubyte(200))
print(c_long(-1), c_ulong(1), c_longlong(2), c_ulonglong(3), c_size_t(4), c_ssize_t(-4))
print(c_float(0.5), c_double(1.25), c_longdouble(2.5), c_bool(1), c_bool(0), c_bool("x"))
print(c_char(b"a"), c_char(66), c_char(), c_wchar("é"), c_void_p(None), c_void_p(0), c_void_p(1234))
print(c_char_p(b"bytes").value, c_char_p().value, c_wchar_p("wide ünïcode").value, c_wchar_p(None).value)
print(py_object(42), py_object("text").value, py_object([1, 2]).value)

# aliases resolve to the LP64 types, as in CPython on Linux
print(c_int8, c_int16, c_int32, c_int64, c_uint8, c_uint64, c_longlong is c_long, c_size_t is c_ulong)

# integer types wrap around instead of overflowing
print("wrap:", c_byte(300).value, c_ubyte(-1).value, c_short(70000).value, c_ushort(-2).value)
print("wrap:", c_int(2 ** 31).value, c_uint(-1).value, c_int(2 ** 32 + 5).value, c_int(2 ** 100 + 3).value)
print("wrap:", c_long(2 ** 63).value, c_ulong(-1).value, c_longlong(-(2 ** 70) - 1).value)
print("float:", c_float(0.1).value, c_float(1e40).value, c_double(2 ** 60).value, c_double(True).value)

# .value is writable
n = c_int(1)
n.value = 99
n.value += 1
print("assign:", n, n.value)
f = c_double(0)
f.value = 7
print("assign:", f, type(f.value).__name__)

# sizes and alignments
for t in (c_char, c_byte, c_short, c_int, c_long, c_longlong, c_float, c_double,
          c_longdouble, c_bool, c_wchar, c_char_p, c_wchar_p, c_void_p, c_size_t):
    print(t.__name__, sizeof(t), alignment(t), sizeof(t()), t._type_)

# truthiness: any non-zero byte
print("bool:", bool(c_int(0)), bool(c_int(-1)), bool(c_double(0.0)), bool(c_double(-0.0)),
      bool(c_char_p()), bool(c_char_p(b"")))

# conversion errors, with CPython's messages
attempt("c_int(1.5)", lambda: c_int(1.5))
attempt("c_int('3')", lambda: c_int("3"))
attempt("c_double('x')", lambda: c_double("x"))
attempt("c_double(2**2000)", lambda: c_double(2 ** 2000))
attempt("c_char(300)", lambda: c_char(300))
attempt("c_char(b'ab')", lambda: c_char(b"ab"))
attempt("c_char('a')", lambda: c_char("a"))
attempt("c_wchar(b'a')", lambda: c_wchar(b"a"))
attempt("c_wchar('ab')", lambda: c_wchar("ab"))
attempt("c_char_p('s')", lambda: c_char_p("s"))
attempt("c_wchar_p(b's')", lambda: c_wchar_p(b"s"))
attempt("c_void_p('s')", lambda: c_void_p("s"))
attempt("c_int(1, 2)", lambda: c_int(1, 2))
attempt("c_int.value delete", lambda: delattr(c_int(1), "value"))
attempt("hash(c_int(1))", lambda: hash(c_int(1)))
attempt("py_object()", lambda: py_object().value)
attempt("c_void_p(2**64 + 16)", lambda: c_void_p(2 ** 64 + 16))
attempt("c_void_p.from_param(2**64)", lambda: c_void_p.from_param(2 ** 64))
attempt("c_int with __index__", lambda: c_int(type("I", (), {"__index__": lambda self: 12})()).value)

# from_param: what a declared argument of that type accepts
print(c_int.from_param(5), c_double.from_param(2), c_char.from_param(b"x"), c_ubyte.from_param(300))
inst = c_int(3)
print(c_int.from_param(inst) is inst, c_char_p.from_param(None))
attempt("c_int.from_param('x')", lambda: c_int.from_param("x"))
attempt("c_int.from_param(c_long(3))", lambda: c_int.from_param(c_long(3)))
attempt("c_char_p.from_param(5)", lambda: c_char_p.from_param(5))
class HasParam:
    _as_parameter_ = 21
print("_as_parameter_:", c_int.from_param(HasParam()))

# equality is identity, as in CPython
a = c_int(5)
print("eq:", a == c_int(5), a == a, a != c_int(5))

# subclasses of simple types keep their instances (no automatic .value)
class Celsius(c_double):
    def describe(self):
        return "%.1f C" % self.value
t = Celsius(21.5)
print(t.describe(), t.value, isinstance(t, c_double), type(t).__mro__[1].__name__)
class Count(c_int):
    def __init__(self, v=0):
        c_int.__init__(self, v * 2)
print("subclass init:", Count(4).value, Count().value)

# metaclasses and base classes
print(type(c_int).__name__, type(c_int), c_int.__mro__)
print(type(Structure), type(Union), type(Array), type(ctypes._Pointer), type(ctypes._CFuncPtr))
print([k.__name__ for k in type(c_int).__mro__])

# defining simple types
class my_int16(ctypes._SimpleCData):
    _type_ = "h"
print(my_int16(40000), sizeof(my_int16))
for code in [None, 5, "xx", "y"]:
    try:
        ns = {} if code is None else {"_type_": code}
        type("bad", (ctypes._SimpleCData,), ns)
    except Exception as exc:
        print(type(exc).__name__ + ":", str(exc).replace("\n", " "))
attempt("abstract", lambda: ctypes._SimpleCData())
attempt("abstract Structure", lambda: Structure())
