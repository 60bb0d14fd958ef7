# ctypes against the suite's own C library (tests/ffi/trffi_test.c, path in
# TRFFI_TEST_LIB): structures passed and returned by value (in registers and
# in memory) and by pointer, nested structures, arrays inside structures,
# unions, arrays by pointer, out-parameters, floats and doubles mixed with
# integers (more arguments than registers), 64-bit and narrow integers,
# strings, and global variables.
import os
from ctypes import *

lib = CDLL(os.environ["TRFFI_TEST_LIB"])

def fn(name, restype, *argtypes):
    f = getattr(lib, name)
    f.restype = restype
    f.argtypes = argtypes
    return f

class Point(Structure):
    _fields_ = [("x", c_int), ("y", c_int)]
    def __repr__(self):
        return "Point(%d, %d)" % (self.x, self.y)

class Rect(Structure):
    _fields_ = [("a", Point), ("b", Point)]

class Vec3(Structure):
    _fields_ = [("x", c_double), ("y", c_double), ("z", c_double)]
    def astuple(self):
        return (self.x, self.y, self.z)

class Mixed(Structure):
    _fields_ = [("tag", c_char), ("f", c_float), ("i", c_int), ("d", c_double)]

class Record(Structure):
    _fields_ = [("id", c_int), ("name", c_char * 12), ("scores", c_short * 3)]

class Complexf(Structure):
    _fields_ = [("re", c_float), ("im", c_float)]

class Node(Structure):
    pass
Node._fields_ = [("value", c_int), ("next", POINTER(Node))]

class Word(Union):
    _fields_ = [("i", c_int32), ("f", c_float), ("bytes", c_uint8 * 4)]

# structures by value, returned by value, by pointer
make_point = fn("tr_make_point", Point, c_int, c_int)
p = make_point(3, -7)
print("make_point:", p, type(p).__name__)
print("point_sum:", fn("tr_point_sum", c_int, Point)(Point(40, 2)))
scale = fn("tr_point_scale", None, POINTER(Point), c_int)
scale(byref(p), 3)
print("scaled byref:", p)
scale(p, -1)
print("scaled (auto byref):", p)
dist = fn("tr_point_dist", c_double, POINTER(Point), POINTER(Point))
print("dist:", dist(Point(0, 0), Point(3, 4)), dist(pointer(Point(1, 1)), byref(Point(4, 5))))

r = Rect(Point(0, 0), Point(4, 5))
print("rect_area:", fn("tr_rect_area", c_int, Rect)(r))
g = fn("tr_rect_grow", Rect, Rect, c_int)(r, 2)
print("rect_grow:", g.a, g.b, "original:", r.a, r.b)

add = fn("tr_vec3_add", Vec3, Vec3, Vec3)
v = add(Vec3(1, 2, 3), Vec3(0.5, 0.25, 0.125))
print("vec3_add:", v.astuple())
print("vec3_dot:", fn("tr_vec3_dot", c_double, POINTER(Vec3), POINTER(Vec3))(byref(v), byref(Vec3(2, 2, 2))))
print("vec3_scale:", fn("tr_vec3_scale", Vec3, Vec3, c_double)(v, -2).astuple())

m = fn("tr_mixed_make", Mixed, c_char, c_float, c_int, c_double)(b"M", 1.5, -4, 2.25)
print("mixed:", m.tag, m.f, m.i, m.d, sizeof(Mixed) == lib.tr_sizeof_mixed())
print("mixed_total:", fn("tr_mixed_total", c_double, Mixed)(m))
c = fn("tr_cmul", Complexf, Complexf, Complexf)(Complexf(1, 2), Complexf(3, -1))
print("cmul:", c.re, c.im)

# a large structure (returned through memory by the callee)
class Big(Structure):
    _fields_ = [("v", c_double * 10), ("n", c_int)]
big = fn("tr_big_make", Big, c_int)(7)
print("big:", sizeof(Big), big.n, list(big.v), fn("tr_big_sum", c_double, Big)(big))

# arrays inside structures
rec = Record()
total = fn("tr_record_fill", c_int, POINTER(Record), c_int, c_char_p)(byref(rec), 7, b"a long name here")
print("record:", total, rec.id, rec.name, list(rec.scores), sizeof(Record) == lib.tr_sizeof_record())
print("record_total:", fn("tr_record_total", c_int, Record)(rec))
rec.name = b"short"
rec.scores[1] = 1000
print("record_total edited:", lib.tr_record_total(rec))

# linked structures
nodes = (Node * 4)()
for i in range(4):
    nodes[i].value = (i + 1) * 10
    if i:
        nodes[i - 1].next = pointer(nodes[i])
print("list_sum:", fn("tr_list_sum", c_int, POINTER(Node))(nodes), lib.tr_list_length(byref(nodes[1])),
      lib.tr_list_length(None))

# unions by value
print("word_bits:", hex(fn("tr_word_bits", c_int32, Word)(Word(f=1.0))))
w = fn("tr_word_from_float", Word, c_float)(-2.0)
print("word_from_float:", hex(w.i & 0xFFFFFFFF), list(w.bytes), w.f)

# arrays by pointer
nums = (c_int * 5)(1, 2, 3, 4, 5)
print("sum_ints:", fn("tr_sum_ints", c_long, POINTER(c_int), c_int)(nums, len(nums)))
sq = (c_int * 6)()
fn("tr_fill_squares", None, POINTER(c_int), c_int)(sq, 6)
print("fill_squares:", list(sq))
vals = (c_double * 4)(1.5, 2.5, 3.5, 4.5)
print("mean:", fn("tr_mean", c_double, POINTER(c_double), c_size_t)(vals, 4))
rev = fn("tr_reverse", POINTER(c_int), POINTER(c_int), c_int)(nums, 5)
print("reverse:", list(nums), rev[0], rev[4], addressof(rev.contents) == addressof(nums))
pts = (Point * 5)((0, 0), (2, 2), (5, 5), (-1, 3), (3, 1))
inside = fn("tr_count_points_in", c_int, POINTER(Point), c_int, Rect)(pts, 5, Rect(Point(0, 0), Point(3, 3)))
print("points in rect:", inside)
n = 3
A = (c_double * 9)(*range(1, 10))
I = (c_double * 9)(1, 0, 0, 0, 1, 0, 0, 0, 1)
out = (c_double * 9)()
mm = fn("tr_matrix_mul", None, POINTER(c_double), POINTER(c_double), POINTER(c_double), c_int)
mm(A, I, out, n)
print("matmul identity:", list(out) == list(A))
mm(A, A, out, n)
print("matmul square:", list(out))

# numbers
print("mix:", fn("tr_mix", c_double, c_int, c_float, c_double, c_longlong, c_ubyte)(1, 0.5, 0.25, 2 ** 40, 255))
print("fmul:", fn("tr_fmul", c_float, c_float, c_float)(1.1, 3.0))
many = fn("tr_many", c_double, *([c_int] * 8 + [c_double] * 9))
print("many args:", many(1, 2, 3, 4, 5, 6, 7, 8, 0.5, 1.5, 2.5, 3.5, 4.5, 5.5, 6.5, 7.5, 8.5))
print("u64_max:", fn("tr_u64_max", c_uint64)())
print("i64_neg:", fn("tr_i64_neg", c_int64, c_int64)(2 ** 62), lib.tr_i64_neg(5))
print("i8_add wraps:", fn("tr_i8_add", c_int8, c_int8, c_int8)(100, 100))
print("u16_add wraps:", fn("tr_u16_add", c_uint16, c_uint16, c_uint16)(65535, 2))
print("is_even:", [fn("tr_is_even", c_bool, c_int)(v) for v in range(4)])
q, rem = c_int(), c_int()
fn("tr_divmod", None, c_int, c_int, POINTER(c_int), POINTER(c_int))(47, 5, byref(q), byref(rem))
print("divmod:", q.value, rem.value)
lo, hi = c_double(), c_double()
data = (c_double * 5)(3.5, -2.0, 9.25, 0.0, 4.0)
ok = fn("tr_minmax", c_int, POINTER(c_double), c_int, POINTER(c_double), POINTER(c_double))(data, 5, lo, hi)
print("minmax:", ok, lo.value, hi.value)

# strings
buf = create_string_buffer(b"mixed Case text")
fn("tr_upcase", None, c_char_p)(buf)
print("upcase:", buf.value)
print("count_char:", fn("tr_count_char", c_int, c_char_p, c_char)(b"banana", b"a"))
print("greeting:", fn("tr_greeting", c_char_p)())
idbuf = create_string_buffer(32)
length = fn("tr_format_id", c_int, c_char_p, c_size_t, c_char_p, c_int)(idbuf, sizeof(idbuf), b"item", -407)
print("format_id:", length, idbuf.value, lib.tr_format_id(idbuf, 4, b"item", 1))
print("wide_len:", fn("tr_wide_len", c_size_t, c_wchar_p)("naïve café"))
print("wide_count:", fn("tr_wide_count", c_int, c_wchar_p, c_wchar)("ünïcödé ü", "ü"))

# global variables
counter = c_int.in_dll(lib, "tr_counter")
print("in_dll:", counter.value, lib.tr_bump(), counter.value)
counter.value = 100
print("written global:", lib.tr_bump())
print("double global:", c_double.in_dll(lib, "tr_ratio").value)
origin = Point.in_dll(lib, "tr_origin")
print("struct global:", origin)
try:
    c_int.in_dll(lib, "tr_no_such_global")
except ValueError as exc:
    print("ValueError:", str(exc).split(": ", 1)[1])  # after the library's path
