# ctypes over the math library: double and float signatures, ints converted
# by argtypes, out-parameters, and results compared with the math module.
import math
from ctypes import (CDLL, byref, c_double, c_float, c_int, c_long, c_longdouble,
                    POINTER, ArgumentError)
from ctypes.util import find_library

libm = CDLL(find_library("m"))

def declare(name, restype, *argtypes):
    f = getattr(libm, name)
    f.restype = restype
    f.argtypes = argtypes
    return f

cos = declare("cos", c_double, c_double)
sin = declare("sin", c_double, c_double)
pow_ = declare("pow", c_double, c_double, c_double)
sqrt = declare("sqrt", c_double, c_double)
atan2 = declare("atan2", c_double, c_double, c_double)
hypot = declare("hypot", c_double, c_double, c_double)
floor = declare("floor", c_double, c_double)
fabs = declare("fabs", c_double, c_double)
sqrtf = declare("sqrtf", c_float, c_float)
powf = declare("powf", c_float, c_float, c_float)
lround = declare("lround", c_long, c_double)
ldexp = declare("ldexp", c_double, c_double, c_int)
frexp = declare("frexp", c_double, c_double, POINTER(c_int))
modf = declare("modf", c_double, c_double, POINTER(c_double))
fmal = declare("fmal", c_longdouble, c_longdouble, c_longdouble, c_longdouble)

print("cos:", cos(0), cos(math.pi), cos(1.0) == math.cos(1.0))
print("sin:", sin(0.5), sin(0.5) == math.sin(0.5))
print("pow:", pow_(2, 10), pow_(2.0, 0.5), pow_(10, -2))
print("sqrt:", sqrt(2), sqrt(144), sqrt(-1.0) != sqrt(-1.0))
print("atan2:", atan2(1, 1) * 4, hypot(3, 4))
print("floor/fabs:", floor(-2.5), floor(7.99), fabs(-0.125))
print("float results:", sqrtf(2.0), powf(1.5, 2), sqrtf(2.0) == c_float(math.sqrt(2)).value)
print("lround:", lround(2.5), lround(-2.5), lround(1e15 + 0.4))
print("ldexp:", ldexp(0.75, 4), ldexp(1, -3))

e = c_int()
m = frexp(48.0, byref(e))
print("frexp:", m, e.value, math.frexp(48.0))
whole = c_double()
frac = modf(-3.75, byref(whole))
print("modf:", frac, whole.value)
print("fmal:", fmal(2, 3, 0.5))

# a declared double parameter accepts ints and objects with __float__
class Meters:
    def __init__(self, v):
        self.v = v
    def __float__(self):
        return float(self.v)
print("__float__:", sqrt(Meters(81)), pow_(True, 5))

# undeclared functions: a c_double argument goes as a double, but the
# result is read as int unless restype says otherwise
libm.fmax.restype = c_double
print("fmax:", libm.fmax(c_double(1.5), c_double(-8.0)))

for bad in ["2.0", None, [1.0]]:
    try:
        sqrt(bad)
    except ArgumentError as exc:
        print("ArgumentError:", exc)

# compare a table of values with the math module
xs = [0.1 * i for i in range(-10, 11)]
agree = sum(1 for x in xs if cos(x) == math.cos(x) and sin(x) == math.sin(x))
print("agree with math:", agree, "of", len(xs))
print("sum of squares:", sum(pow_(x, 2) for x in range(1, 11)))
