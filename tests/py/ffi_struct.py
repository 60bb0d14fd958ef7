# ctypes Structure and Union: layout (offsets, sizes, alignment as gcc's),
# field descriptors, nested structures and arrays, char arrays as bytes,
# _pack_, bit fields, inheritance, initialisers and their errors, late
# _fields_ for recursive types, and libc functions taking and returning
# structures (div/ldiv by value, gmtime/strftime by pointer).
from ctypes import *

def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as exc:
        print(label, "->", type(exc).__name__ + ":", exc)

class Point(Structure):
    _fields_ = [("x", c_int), ("y", c_int)]

class Packet(Structure):
    _fields_ = [("kind", c_char), ("origin", Point), ("weight", c_double),
                ("samples", c_short * 3), ("label", c_char * 8), ("note", c_char_p),
                ("flag", c_bool)]

print(Point.x, Point.y)
for name, *_ in Packet._fields_:
    field = getattr(Packet, name)
    print(name, field, field.offset, field.size)
print("sizes:", sizeof(Point), alignment(Point), sizeof(Packet), alignment(Packet))

p = Point(3, 4)
print("point:", p.x, p.y, Point(y=9).y, Point().x, Point(1).y)
p.x, p.y = -1, 2 ** 33 + 7
print("assigned:", p.x, p.y)

pk = Packet(b"A", Point(1, 2), 2.5, (10, 20, 30), b"name", b"note", True)
print("packet:", pk.kind, pk.origin.x, pk.origin.y, pk.weight, list(pk.samples),
      pk.label, pk.note, pk.flag)
# nested structures and arrays are views into the outer memory
pk.origin.x = 100
pk.samples[2] = -5
o = pk.origin
o.y = 200
print("views:", pk.origin.x, pk.origin.y, list(pk.samples))
pk.origin = Point(7, 8)
print("replaced:", o.x, o.y)
pk.samples = (1, 2)
pk.label = b"longer!!"
pk.note = None
print("assign:", list(pk.samples), pk.label, pk.note)
print("raw bytes:", bytes(Point(1, -1)))

attempt("too many", lambda: Point(1, 2, 3))
attempt("duplicate", lambda: Point(1, x=2))
attempt("bad type", lambda: Point("a"))
attempt("wrong struct", lambda: setattr(pk, "origin", 5))
attempt("label too long", lambda: setattr(pk, "label", b"123456789"))
attempt("samples too long", lambda: setattr(pk, "samples", (1, 2, 3, 4)))
attempt("delete field", lambda: delattr(pk, "weight"))
attempt("weight str", lambda: setattr(pk, "weight", "heavy"))
pk.extra = "python attribute"
print("extra:", pk.extra, Point(z=3).z)

# _pack_
class Packed(Structure):
    _pack_ = 1
    _fields_ = [("a", c_char), ("b", c_int), ("c", c_short), ("d", c_double)]
class Packed2(Structure):
    _pack_ = 2
    _fields_ = [("a", c_char), ("b", c_int), ("c", c_char)]
print("packed:", sizeof(Packed), Packed.b, Packed.c, Packed.d, sizeof(Packed2), Packed2.b, Packed2.c)
pp = Packed(b"z", -2, 3, 0.5)
print("packed values:", pp.a, pp.b, pp.c, pp.d)

# bit fields
class Flags(Structure):
    _fields_ = [("ready", c_uint, 1), ("mode", c_uint, 3), ("level", c_int, 4),
                ("count", c_ushort, 10), ("big", c_ulonglong, 40)]
print(Flags.ready, Flags.mode, Flags.level, Flags.count, Flags.big, sizeof(Flags))
fl = Flags(1, 5, -3, 1000, 2 ** 39 + 1)
print("bits:", fl.ready, fl.mode, fl.level, fl.count, fl.big)
fl.mode = 9
fl.level = 7
print("bits wrapped:", fl.mode, fl.level, fl.ready, fl.count, bytes(fl)[:4])
for spec in [("a", c_double, 3), ("a", c_int, 0), ("a", c_int, 33), ("a", c_char, 2)]:
    try:
        type("B", (Structure,), {"_fields_": [spec]})
    except Exception as exc:
        print(type(exc).__name__ + ":", exc)

# unions share their memory
class Number(Union):
    _fields_ = [("i", c_int), ("f", c_float), ("b", c_ubyte * 4), ("d", c_double)]
n = Number()
n.f = 1.0
print("union:", n.i, list(n.b), sizeof(Number), alignment(Number), Number.i, Number.d)
n.i = -1
print("union:", list(n.b), Number(7).i)

# inheritance: fields are appended after the base's
class Point3(Point):
    _fields_ = [("z", c_int)]
q = Point3(1, 2, 3)
print("derived:", q.x, q.y, q.z, sizeof(Point3), Point3.z, isinstance(q, Point))
class Tagged(Point):
    pass
print("no _fields_:", sizeof(Tagged), Tagged.x)
Tagged._fields_ = [("tag", c_char)]
print("late _fields_:", sizeof(Tagged), Tagged.tag, Tagged(1, 2, b"t").tag)
class Fixed(Structure):
    _fields_ = [("a", c_int)]
attempt("final", lambda: setattr(Fixed, "_fields_", []))
class Plain(Point):
    pass
print("instance first:", Plain(5, 6).y)
attempt("then final", lambda: setattr(Plain, "_fields_", [("w", c_int)]))

# recursive structures: _fields_ assigned after the class statement
class Node(Structure):
    pass
Node._fields_ = [("value", c_int), ("next", POINTER(Node))]
nodes = [Node(i * i) for i in range(5)]
for a, b in zip(nodes, nodes[1:]):
    a.next = pointer(b)
total, cur = 0, pointer(nodes[0])
while cur:
    total += cur.contents.value
    cur = cur.contents.next
print("linked list:", total, bool(nodes[-1].next), sizeof(Node))

# field declaration errors
for fields in [[("a",)], [("a", 5)], 5, [(5, c_int)]]:
    try:
        type("Bad", (Structure,), {"_fields_": fields})
    except Exception as exc:
        print(type(exc).__name__ + ":", exc)
attempt("bad _pack_", lambda: type("Bad", (Structure,), {"_pack_": -1, "_fields_": [("a", c_int)]}))

# structures with libc
libc = CDLL("libc.so.6")
class div_t(Structure):
    _fields_ = [("quot", c_int), ("rem", c_int)]
class ldiv_t(Structure):
    _fields_ = [("quot", c_long), ("rem", c_long)]
libc.div.restype = div_t
libc.ldiv.restype = ldiv_t
libc.ldiv.argtypes = [c_long, c_long]
r = libc.div(17, 5)
print("div:", r.quot, r.rem, type(r).__name__)
r = libc.div(-17, 5)
print("div negative:", r.quot, r.rem)
r = libc.ldiv(-(10 ** 12), 7)
print("ldiv:", r.quot, r.rem)

class tm(Structure):
    _fields_ = [("tm_sec", c_int), ("tm_min", c_int), ("tm_hour", c_int),
                ("tm_mday", c_int), ("tm_mon", c_int), ("tm_year", c_int),
                ("tm_wday", c_int), ("tm_yday", c_int), ("tm_isdst", c_int),
                ("tm_gmtoff", c_long), ("tm_zone", c_char_p)]
libc.gmtime.restype = POINTER(tm)
libc.gmtime.argtypes = [POINTER(c_long)]
stamp = c_long(1234567890)
t = libc.gmtime(byref(stamp)).contents
print("gmtime:", t.tm_year + 1900, t.tm_mon + 1, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec,
      t.tm_wday, t.tm_yday, t.tm_zone)
libc.strftime.argtypes = [c_char_p, c_size_t, c_char_p, POINTER(tm)]
out = create_string_buffer(64)
n = libc.strftime(out, sizeof(out), b"%Y-%m-%d %H:%M:%S %a", byref(t))
print("strftime:", n, out.value)
mine = tm(tm_year=100, tm_mon=0, tm_mday=1)
libc.strftime(out, sizeof(out), b"%d/%m/%Y", mine)
print("strftime own tm:", out.value)
libc.timegm.restype = c_long
libc.timegm.argtypes = [POINTER(tm)]
print("timegm:", libc.timegm(t), libc.timegm(byref(mine)))

# _anonymous_: the members of an unnamed union/structure field are reachable directly
class Value(Union):
    _fields_ = [("as_int", c_int), ("as_float", c_float)]
class Halves(Structure):
    _fields_ = [("lo", c_short), ("hi", c_short)]
class Tagged2(Structure):
    _anonymous_ = ("v", "h")
    _fields_ = [("tag", c_int), ("v", Value), ("h", Halves)]
print(Tagged2.as_int, Tagged2.as_float, Tagged2.lo, Tagged2.hi, Tagged2.v)
tv = Tagged2(tag=1)
tv.as_float = 1.0
tv.hi = -2
print("anonymous:", tv.as_int, tv.v.as_float, tv.h.hi, tv.hi, tv.tag)
class Wrapper(Structure):
    _anonymous_ = ["inner"]
    _fields_ = [("flag", c_char), ("inner", Tagged2)]
wr = Wrapper()
wr.lo, wr.as_int = 5, 77
print("nested anonymous:", Wrapper.lo, wr.inner.h.lo, wr.inner.v.as_int)
for ns in [{"_anonymous_": ("x",), "_fields_": [("a", c_int)]},
           {"_anonymous_": 5, "_fields_": [("a", c_int)]},
           {"_anonymous_": ("a",), "_fields_": [("a", c_int)]}]:
    try:
        type("T", (Structure,), ns)
    except Exception as exc:
        print(type(exc).__name__ + ":", exc)

# wide-character fields: c_wchar arrays read as str, c_wchar_p as str
class Label(Structure):
    _fields_ = [("text", c_wchar * 6), ("note", c_wchar_p)]
lab = Label("héllo", "😀 ok")
print("wide:", lab.text, lab.note, Label.text)
lab.text = "ab"
print("wide assigned:", lab.text, len(lab.note))
attempt("wide too long", lambda: setattr(lab, "text", "toolong!"))
