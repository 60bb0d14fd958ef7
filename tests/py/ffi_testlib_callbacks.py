# Callbacks into Python from the suite's C library (tests/ffi/trffi_test.c,
# path in TRFFI_TEST_LIB): int and double callbacks, a callback with a
# context pointer, a comparator over structures (qsort inside C), a
# callback receiving a structure by value, mixed argument types with a
# float result, string arguments, and C functions returning function
# pointers.
import os
from ctypes import *

lib = CDLL(os.environ["TRFFI_TEST_LIB"])

class Point(Structure):
    _fields_ = [("x", c_int), ("y", c_int)]

IntFn = CFUNCTYPE(c_int, c_int)
lib.tr_apply.argtypes = [IntFn, c_int]
lib.tr_apply_twice.argtypes = [IntFn, c_int]
triple = IntFn(lambda v: v * 3)
print("apply:", lib.tr_apply(triple, 14), lib.tr_apply_twice(triple, 2))
print("apply lambda:", lib.tr_apply(IntFn(lambda v: -v), 5), lib.tr_apply_twice(IntFn(lambda v: v + 1), 40))

DblFn = CFUNCTYPE(c_double, c_double)
lib.tr_integrate.restype = c_double
lib.tr_integrate.argtypes = [DblFn, c_double, c_double, c_int]
print("integrate x^2 on [0,3]:", round(lib.tr_integrate(DblFn(lambda x: x * x), 0, 3, 1000), 6))
import math
print("integrate sin on [0,pi]:", round(lib.tr_integrate(DblFn(math.sin), 0, math.pi, 2000), 6))

# a context pointer passed through C untouched
Visit = CFUNCTYPE(None, c_int, c_int, c_void_p)
lib.tr_for_each.argtypes = [POINTER(c_int), c_int, Visit, c_void_p]
seen = []
def visit(index, value, ctx):
    total = cast(ctx, POINTER(c_long))
    total[0] += value
    seen.append((index, value))
acc = c_long(0)
data = (c_int * 5)(3, 1, 4, 1, 5)
calls = lib.tr_for_each(data, len(data), Visit(visit), byref(acc))
print("for_each:", calls, acc.value, seen)

# comparator over structures, called by qsort inside the library
PointCmp = CFUNCTYPE(c_int, POINTER(Point), POINTER(Point))
lib.tr_sort_points.argtypes = [POINTER(Point), c_int, PointCmp]
lib.tr_sort_points.restype = None
pts = (Point * 6)((3, 1), (-2, 5), (0, 0), (7, -7), (1, 1), (-4, -1))
def by_norm(a, b):
    na = a[0].x ** 2 + a[0].y ** 2
    nb = b[0].x ** 2 + b[0].y ** 2
    return (na > nb) - (na < nb) or a[0].x - b[0].x
lib.tr_sort_points(pts, len(pts), PointCmp(by_norm))
print("sorted by norm:", [(p.x, p.y) for p in pts])
lib.tr_sort_points(pts, len(pts), PointCmp(lambda a, b: a.contents.y - b.contents.y or a.contents.x - b.contents.x))
print("sorted by y:", [(p.x, p.y) for p in pts])

# a structure by value into the callback
Reduce = CFUNCTYPE(c_double, c_double, Point)
lib.tr_reduce_points.argtypes = [POINTER(Point), c_int, Reduce]
lib.tr_reduce_points.restype = c_double
print("reduce:", lib.tr_reduce_points(pts, len(pts), Reduce(lambda acc, p: acc + p.x * 0.5 - p.y)))

# mixed argument types and a float result
Mixed = CFUNCTYPE(c_float, c_char, c_short, c_longlong, c_float, c_double)
lib.tr_call_mixed.argtypes = [Mixed, c_char]
lib.tr_call_mixed.restype = c_float
got = []
def mixed(c, s, ll, f, d):
    got.append((c, s, ll, f, d))
    return s + f + d
print("mixed:", lib.tr_call_mixed(Mixed(mixed), b"q"), got)

# strings from C into the callback
Word = CFUNCTYPE(c_int, c_char_p, c_int)
lib.tr_each_word.argtypes = [c_char_p, Word]
words = []
def on_word(w, n):
    words.append(w.decode())
    return n * n
print("each_word:", lib.tr_each_word(b"  the quick  brown fox ", Word(on_word)), words)

# a C function returning a function pointer
lib.tr_pick_op.restype = IntFn
lib.tr_pick_op.argtypes = [c_int]
add_ten, negate = lib.tr_pick_op(0), lib.tr_pick_op(1)
print("returned function pointers:", add_ten(5), negate(5), type(add_ten).__name__)
print("C pointer into C:", lib.tr_apply(add_ten, 1), lib.tr_apply_twice(negate, 9))

# a Python callback passed to C, called back again from Python
square = IntFn(lambda v: v * v)
print("through both:", lib.tr_apply(square, 12), square(12),
      lib.tr_apply(IntFn(lambda v: lib.tr_apply(square, v) + 1), 3))
