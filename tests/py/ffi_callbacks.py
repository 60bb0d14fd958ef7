# ctypes callbacks (libffi closures): CFUNCTYPE prototypes, qsort with a
# Python comparator over ints, doubles, strings and structures, bsearch,
# callbacks called directly from Python, closures keeping state, and the
# prototype cache.
from ctypes import *

libc = CDLL("libc.so.6")

IntCmp = CFUNCTYPE(c_int, POINTER(c_int), POINTER(c_int))
print(IntCmp.__name__, IntCmp._restype_.__name__, [t.__name__ for t in IntCmp._argtypes_],
      IntCmp._flags_, IntCmp is CFUNCTYPE(c_int, POINTER(c_int), POINTER(c_int)))

calls = []
def ascending(a, b):
    calls.append(1)
    return a[0] - b[0]

values = [31, -4, 15, 9, 26, 5, 3, 58, -97, 93, 23, 84, 62, 64]
arr = (c_int * len(values))(*values)
libc.qsort(arr, len(arr), sizeof(c_int), IntCmp(ascending))
print("ascending:", list(arr), len(calls) > 0)
libc.qsort(arr, len(arr), sizeof(c_int), IntCmp(lambda a, b: b[0] - a[0]))
print("descending:", list(arr))
by_digit_sum = IntCmp(lambda a, b: sum(map(int, str(abs(a[0])))) - sum(map(int, str(abs(b[0])))) or a[0] - b[0])
libc.qsort(arr, len(arr), sizeof(c_int), by_digit_sum)
print("digit sum:", list(arr))

# doubles through c_void_p arguments and casts
DblCmp = CFUNCTYPE(c_int, c_void_p, c_void_p)
def cmp_double(pa, pb):
    a = cast(pa, POINTER(c_double))[0]
    b = cast(pb, POINTER(c_double))[0]
    return (a > b) - (a < b)
ds = (c_double * 6)(2.5, -1.0, 3.75, 0.0, 1e-3, -7.5)
libc.qsort(ds, len(ds), sizeof(c_double), DblCmp(cmp_double))
print("doubles:", list(ds))

# an array of C strings
words = [b"pear", b"apple", b"fig", b"banana", b"cherry"]
cstrs = (c_char_p * len(words))(*words)
StrCmp = CFUNCTYPE(c_int, POINTER(c_char_p), POINTER(c_char_p))
libc.qsort(cstrs, len(cstrs), sizeof(c_char_p), StrCmp(lambda a, b: libc.strcmp(a[0], b[0])))
print("strings:", list(cstrs))
libc.qsort(cstrs, len(cstrs), sizeof(c_char_p), StrCmp(lambda a, b: len(a[0]) - len(b[0]) or libc.strcmp(a[0], b[0])))
print("by length:", list(cstrs))

# structures
class Person(Structure):
    _fields_ = [("name", c_char * 12), ("age", c_int)]
people = (Person * 4)(Person(b"Ada", 36), Person(b"Linus", 21), Person(b"Grace", 85), Person(b"Alan", 41))
PersonCmp = CFUNCTYPE(c_int, POINTER(Person), POINTER(Person))
libc.qsort(people, len(people), sizeof(Person), PersonCmp(lambda a, b: a[0].age - b[0].age))
print("by age:", [(p.name, p.age) for p in people])
libc.qsort(people, len(people), sizeof(Person),
           PersonCmp(lambda a, b: libc.strcmp(a.contents.name, b.contents.name)))
print("by name:", [p.name.decode() for p in people])

# bsearch returns a pointer into the array
libc.bsearch.restype = POINTER(Person)
key = Person(b"Grace", 0)
found = libc.bsearch(byref(key), people, len(people), sizeof(Person),
                     PersonCmp(lambda a, b: libc.strcmp(a[0].name, b[0].name)))
print("bsearch:", found.contents.name, found.contents.age, addressof(found.contents) == addressof(people[2]))

# callbacks are callable from Python too (through libffi and back)
Square = CFUNCTYPE(c_long, c_long)
sq = Square(lambda v: v * v)
print("direct:", sq(12), sq(-3), sq(2 ** 31))
Mix = CFUNCTYPE(c_double, c_int, c_float, c_double, c_char, c_bool)
mix = Mix(lambda i, f, d, ch, b: i + f + d + (ord(ch) if b else 0))
print("mixed args:", mix(1, 0.5, 0.25, b"A", True), mix(2, 1.5, 1.0, b"A", False))
Void = CFUNCTYPE(None, c_int)
seen = []
print("void result:", Void(seen.append)(99), seen)
Narrow = CFUNCTYPE(c_ubyte, c_int)
print("narrow result wraps:", Narrow(lambda v: v)(300), CFUNCTYPE(c_short, c_int)(lambda v: v)(70000))
Text = CFUNCTYPE(c_int, c_char_p, c_wchar_p)
print("string args:", Text(lambda b, s: len(b) * 100 + len(s))(b"four", "three"))
ByPtr = CFUNCTYPE(c_int, POINTER(c_int))
bump = ByPtr(lambda p: p.contents.value + 1)
print("pointer arg:", bump(byref(c_int(41))), bump(pointer(c_int(-1))))
class Pair(Structure):
    _fields_ = [("a", c_int), ("b", c_double)]
ByValue = CFUNCTYPE(c_double, Pair)
print("struct by value:", ByValue(lambda p: p.a * p.b)(Pair(3, 1.5)))

# state in closures and bound methods
class Accumulator:
    def __init__(self):
        self.total = 0
    def add(self, v):
        self.total += v
        return self.total
acc = Accumulator()
cb = CFUNCTYPE(c_int, c_int)(acc.add)
print("bound method:", [cb(v) for v in (1, 2, 3, 4)], acc.total)

# a prototype made from an address, and calling a C function through one
AbsProto = CFUNCTYPE(c_int, c_int)
c_abs = AbsProto(cast(libc.abs, c_void_p).value)
print("from address:", c_abs(-17), bool(c_abs), bool(AbsProto()))
print("prototype from dll:", AbsProto(("abs", libc))(-5))

# errors making callbacks
for bad in [lambda: IntCmp(5.5), lambda: CFUNCTYPE(Person)(lambda: None)]:
    try:
        bad()
    except TypeError as exc:
        print("TypeError:", exc)
try:
    CFUNCTYPE(c_int, c_int)(abs)()
except TypeError as exc:
    print("TypeError:", exc)
