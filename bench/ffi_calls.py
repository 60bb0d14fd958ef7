# Calls into C through ctypes: libc's labs and libm's hypot with declared
# argtypes/restype in a loop, and qsort calling back into Python, so the
# per-call cost of the foreign function interface dominates.
import sys
from ctypes import CDLL, CFUNCTYPE, POINTER, c_double, c_int, c_long, sizeof
from ctypes.util import find_library

libc = CDLL(find_library("c"))
libm = CDLL(find_library("m"))
labs = libc.labs
labs.argtypes = [c_long]
labs.restype = c_long
hypot = libm.hypot
hypot.argtypes = [c_double, c_double]
hypot.restype = c_double

CMP = CFUNCTYPE(c_int, POINTER(c_int), POINTER(c_int))


def by_value(a, b):
    return a[0] - b[0]


def main(n):
    total = 0
    for i in range(n):
        total += labs(i - n // 2)
    dist = 0.0
    for i in range(n // 2):
        dist += hypot(i * 0.5, 3.0)
    size = max(n // 50, 10)
    nums = (c_int * size)(*[(i * 7919) % size for i in range(size)])
    libc.qsort(nums, size, sizeof(c_int), CMP(by_value))
    print("labs sum %d, hypot sum %.6f, sorted %s" % (total, dist, list(nums[:5]) == sorted(nums[:5])))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 2000000)
