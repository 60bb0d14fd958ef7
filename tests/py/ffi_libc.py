# ctypes over the C library: find_library, CDLL, default int results,
# restype/argtypes, bytes/str/int argument conversion, variadic snprintf,
# output buffers, out-parameters through byref, and errno.
import ctypes
import ctypes.util
from ctypes import (CDLL, cdll, byref, c_char_p, c_double, c_int, c_long,
                    c_size_t, c_void_p, create_string_buffer, sizeof, POINTER,
                    c_char, get_errno, set_errno)

print("find_library:", ctypes.util.find_library("c"), ctypes.util.find_library("m"),
      ctypes.util.find_library("no_such_library_xyz"))

libc = CDLL(ctypes.util.find_library("c"))
same = cdll.LoadLibrary("libc.so.6")
print(type(libc).__name__, libc._name, same._name)

# default restype is c_int, int arguments are C ints
print("abs:", libc.abs(-42), libc.abs(7), libc.labs(-123456))
print("strlen:", libc.strlen(b"hello"), libc.strlen(b""), libc.strlen(b"a\0b"))
print("atoi:", libc.atoi(b"  -31337xyz"), libc.atoi(b"12"))
print("toupper:", chr(libc.toupper(ord("q"))), libc.isdigit(ord("7")) != 0, libc.isdigit(ord("x")))
print("strcmp:", libc.strcmp(b"apple", b"apple"), libc.strcmp(b"a", b"b") < 0)
print("bool/None args:", libc.abs(True), libc.abs(False))

# restype and argtypes
libc.strlen.restype = c_size_t
libc.strlen.argtypes = [c_char_p]
print("strlen declared:", libc.strlen(b"declared"), libc.strlen.restype.__name__,
      [t.__name__ for t in libc.strlen.argtypes])
libc.labs.argtypes = (c_long,)
libc.labs.restype = c_long
print("labs big:", libc.labs(-(2 ** 40)), libc.labs(-(2 ** 62)))

libc.strchr.restype = c_char_p
print("strchr:", libc.strchr(b"hello world", ord("w")), libc.strchr(b"hello", ord("z")))
libc.strrchr.restype = c_char_p
libc.strrchr.argtypes = [c_char_p, c_int]
print("strrchr:", libc.strrchr(b"a/b/c.txt", ord("/")))
libc.wcschr.restype = ctypes.c_wchar_p
libc.wcschr.argtypes = [ctypes.c_wchar_p, ctypes.c_wchar]
print("wcschr:", libc.wcschr("naïve café", "c"), libc.wcschr("abc", "z"))
libc.getenv.restype = c_char_p
print("getenv unset:", libc.getenv(b"TAURARO_SURELY_NOT_SET_123"))

# a function pointer fetched twice is cached on the library object
print("cached:", libc.strlen is libc.strlen, libc["strlen"] is libc.strlen)

# snprintf: variadic; ints and bytes as they are, doubles wrapped in c_double
buf = create_string_buffer(80)
n = libc.snprintf(buf, sizeof(buf), b"%d|%5d|%-4d|%x|%s|%c",
                  42, -7, 3, 255, b"text", ord("Z"))
print("snprintf:", n, buf.value)
n = libc.snprintf(buf, sizeof(buf), b"%.3f %e %g %08.2f",
                  c_double(3.14159265), c_double(12345.678), c_double(0.0001), c_double(-2.5))
print("snprintf doubles:", n, buf.value)
n = libc.snprintf(buf, 10, b"%s", b"truncated output here")
print("snprintf truncated:", n, buf.value, len(buf.raw))
libc.sprintf(buf, b"%ld-%lu", c_long(-(2 ** 40)), c_long(2 ** 41))
print("sprintf longs:", buf.value)

# output buffers and in-place changes
s = create_string_buffer(b"ctypes in tauraro")
libc.memset(s, ord("*"), 6)
print("memset:", s.value)
dst = create_string_buffer(20)
libc.strcpy(dst, b"copied")
libc.strcat(dst, b"+more")
print("strcpy/strcat:", dst.value, libc.strlen(dst))
libc.strncpy.restype = c_char_p
print("strncpy:", libc.strncpy(dst, b"XYZ", 2), dst.value)

# strtol with an out-parameter: char ** through byref
libc.strtol.restype = c_long
libc.strtol.argtypes = [c_char_p, POINTER(c_char_p), c_int]
end = c_char_p()
v = libc.strtol(b"0x1fz rest", byref(end), 16)
print("strtol:", v, end.value)
v = libc.strtol(b"777", None, 8)
print("strtol octal:", v)

# sscanf writes through pointers
a, b = c_int(), c_double()
word = create_string_buffer(16)
count = libc.sscanf(b"17 2.5 words", b"%d %lf %15s", byref(a), byref(b), word)
print("sscanf:", count, a.value, b.value, word.value)

# qsort / bsearch with c_void_p-style pointers to ints
CMP = ctypes.CFUNCTYPE(c_int, POINTER(c_int), POINTER(c_int))
def by_value(x, y):
    return (x[0] > y[0]) - (x[0] < y[0])
nums = (c_int * 8)(42, -1, 17, 8, 99, 0, 17, -50)
libc.qsort(nums, len(nums), sizeof(c_int), CMP(by_value))
print("qsort:", list(nums))
libc.bsearch.restype = POINTER(c_int)
key = c_int(17)
hit = libc.bsearch(byref(key), nums, len(nums), sizeof(c_int), CMP(by_value))
print("bsearch:", hit[0], bool(hit))
key.value = 5
print("bsearch miss:", bool(libc.bsearch(byref(key), nums, len(nums), sizeof(c_int), CMP(by_value))))

# errno through use_errno
libc_e = CDLL("libc.so.6", use_errno=True)
set_errno(0)
libc_e.strtol.restype = c_long
r = libc_e.strtol(b"99999999999999999999999", None, 10)
print("errno ERANGE:", r == 2 ** 63 - 1, get_errno() == 34)
print("set_errno returns old:", set_errno(0) == 34, get_errno())

# time and a NULL argument
print("time > 2020:", libc.time(None) > 1577836800)
