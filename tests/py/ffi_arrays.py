# ctypes arrays and pointers: array types (c_int * n), indexing, slicing,
# iteration, slice assignment, nested arrays, arrays of structures,
# create_string_buffer / create_unicode_buffer (.value, .raw), pointer(),
# POINTER(T), .contents, pointer indexing and slicing, cast, byref,
# addressof, memmove/memset, string_at, from_buffer(_copy), from_address.
from ctypes import *

def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as exc:
        print(label, "->", type(exc).__name__ + ":", exc)

IntArray5 = c_int * 5
a = IntArray5(1, 2, 3)
print(IntArray5.__name__, IntArray5._length_, IntArray5._type_.__name__, sizeof(IntArray5),
      IntArray5 is c_int * 5, (5 * c_int) is IntArray5)
print("items:", len(a), a[0], a[2], a[4], a[-1], a[-5], list(a), [x * 10 for x in a])
print("slices:", a[1:3], a[::2], a[::-1], a[3:1], a[-2:])
a[-1] = 50
a[0:2] = [7, 8]
a[::2] = (0, 0, 0)
print("assigned:", list(a), sum(a), 3 in a, 8 in a)
attempt("index 5", lambda: a[5])
attempt("index -6", lambda: a[-6])
attempt("index str", lambda: a["x"])
attempt("too many init", lambda: IntArray5(1, 2, 3, 4, 5, 6))
attempt("slice size", lambda: a.__setitem__(slice(0, 2), [1]))
attempt("item type", lambda: a.__setitem__(0, "x"))
attempt("delete", lambda: a.__delitem__(0))
attempt("negative length", lambda: c_int * -1)
attempt("float length", lambda: c_int * 1.5)
print("empty:", len((c_int * 0)()), bool((c_int * 0)()), bool(a))

# doubles, nested arrays, arrays of structures
d = (c_double * 3)(0.5, 1, 2.25)
print("doubles:", list(d), d[1:])
Matrix = (c_int * 3) * 2
m = Matrix((1, 2, 3), (4, 5, 6))
print("matrix:", [list(row) for row in m], m[1][2], sizeof(Matrix), Matrix.__name__)
m[0][1] = 20
row = m[1]
row[0] = 40
print("matrix views:", [list(r) for r in m])

class Point(Structure):
    _fields_ = [("x", c_int), ("y", c_int)]
pts = (Point * 3)(Point(1, 2), (3, 4))
pts[2].x = 5
pts[2] = Point(9, 9) if pts[2].x == 5 else Point(0, 0)
print("structs:", [(p.x, p.y) for p in pts], type(pts[0]).__name__)
attempt("struct item type", lambda: pts.__setitem__(0, 5))

# a class statement can define an array type too
class Triple(Array):
    _type_ = c_double
    _length_ = 3
print("Array subclass:", list(Triple(1.5, 2)), sizeof(Triple))
for ns in [{"_type_": c_int}, {"_length_": 2}, {"_length_": 2, "_type_": 5},
           {"_length_": -1, "_type_": c_int}, {"_length_": "x", "_type_": c_int}]:
    try:
        type("A", (Array,), ns)
    except Exception as exc:
        print(type(exc).__name__ + ":", exc)

# character buffers
s = create_string_buffer(b"hello")
print("string buffer:", sizeof(s), len(s), s.value, s.raw, s[0], s[1:4], s[::-1], type(s).__name__)
s.value = b"hi"
print("value set:", s.value, s.raw)
s.raw = b"HEL"
print("raw set:", s.value, s.raw)
attempt("value too long", lambda: setattr(s, "value", b"1234567"))
attempt("raw too long", lambda: setattr(s, "raw", b"1234567"))
attempt("value str", lambda: setattr(s, "value", "text"))
s[0] = b"J"
s[1] = 65
print("items set:", s.raw, b"".join(c for c in s))
print("sized:", create_string_buffer(4).raw, create_string_buffer(b"ab", 5).raw,
      c_buffer(b"old").value)
attempt("buffer from str", lambda: create_string_buffer("text"))
w = create_unicode_buffer("grüße")
print("unicode buffer:", w.value, len(w), w[2], w[1:3], sizeof(w), sizeof(c_wchar))
w.value = "ok"
print("unicode value:", w.value, w[:4], create_unicode_buffer(3)[:])
chars = (c_char * 4)(b"a", b"b")
print("char array:", chars.raw, chars.value)

# pointers
i = c_int(42)
p = pointer(i)
print("pointer:", type(p).__name__, p.contents, p[0], p.contents.value, bool(p))
p[0] = 43
print("write through:", i.value)
p.contents = c_int(7)
print("retarget:", p[0], i.value)
LP = POINTER(c_int)
print("POINTER cache:", LP is POINTER(c_int), LP.__name__, LP._type_.__name__, type(LP).__name__)
null = LP()
print("null:", bool(null))
attempt("null index", lambda: null[0])
attempt("null contents", lambda: null.contents)
attempt("pointer(5)", lambda: pointer(5))
attempt("POINTER(5)", lambda: POINTER(5))
attempt("LP(5)", lambda: LP(5))
pp = pointer(p)
print("pointer to pointer:", pp.contents.contents.value, pp[0][0])

arr = (c_int * 6)(10, 20, 30, 40, 50, 60)
pa = cast(arr, POINTER(c_int))
print("pointer arithmetic:", pa[0], pa[5], pa[1:4], pa[:6:2], pa[4:1:-1])
attempt("open slice", lambda: pa[:])
attempt("step without start", lambda: pa[:3:-1])
pa[2] = 33
print("written:", arr[2])
mid = cast(byref(arr, 2 * sizeof(c_int)), POINTER(c_int))
print("byref offset:", mid[0], mid[-1], mid[1])

# cast between pointer types and to integers
print("cast to void*:", cast(pointer(i), c_void_p).value == addressof(i))
print("addressof:", addressof(arr) == cast(arr, c_void_p).value, addressof(arr[0:1] and arr) != 0)
raw = (c_ubyte * 4)(0x78, 0x56, 0x34, 0x12)
print("reinterpret:", hex(cast(raw, POINTER(c_uint))[0]), cast(raw, POINTER(c_ushort))[1])
print("cast bytes:", cast(b"abc", c_char_p).value, cast(c_char_p(b"xyz"), POINTER(c_char))[1])
whole = cast(arr, POINTER(c_int * 6)).contents
print("array view:", list(whole), whole[5])
attempt("cast to c_int", lambda: cast(arr, c_int))
attempt("cast float", lambda: cast(1.5, c_void_p))

# byref and addressof need ctypes instances
attempt("byref(5)", lambda: byref(5))
attempt("addressof(5)", lambda: addressof(5))
attempt("sizeof(5)", lambda: sizeof(5))
print("byref type:", type(byref(i)).__name__)

# memory helpers
src = (c_int * 4)(1, 2, 3, 4)
dst = (c_int * 4)()
memmove(dst, src, sizeof(c_int) * 3)
print("memmove:", list(dst))
memset(dst, 0, sizeof(c_int))
print("memset:", list(dst))
text = b"string_at test"
print("string_at:", string_at(text), string_at(text, 6), string_at(create_string_buffer(b"buf")))
print("wstring_at:", wstring_at(create_unicode_buffer("wide")), wstring_at(c_wchar_p("abc"), 2))
print("bytes():", bytes(src), bytes(c_short(258)), bytes(Point(1, 2)))

copy = (c_int * 3).from_buffer_copy(b"\x01\x00\x00\x00\x02\x00\x00\x00\x03\x00\x00\x00")
print("from_buffer_copy:", list(copy))
shared = c_int.from_buffer(src, sizeof(c_int))
shared.value = 200
print("from_buffer:", list(src), shared.value)
alias = c_int.from_address(addressof(src) + 2 * sizeof(c_int))
alias.value = -3
print("from_address:", list(src), Point.from_buffer_copy(bytes(Point(5, 6))).y)
attempt("buffer too small", lambda: (c_int * 8).from_buffer(src))
attempt("negative offset", lambda: c_int.from_buffer(src, -1))
attempt("readonly", lambda: c_int.from_buffer(b"abcd"))

# resize grows an owned buffer
small = c_int(1)
resize(small, 32)
print("resize:", sizeof(small), small.value)
attempt("resize below", lambda: resize(c_int(), 2))
