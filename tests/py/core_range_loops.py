# for loops over range(...): one, two and three int arguments, negative
# steps, step 0 (ValueError each time round), bounds at the ends of int64
# and beyond, a bool argument, a range object kept in a variable and used
# again, iterators taken by hand, and range reached as a module attribute
# and a class attribute (method-call forms of the call).  The JIT makes the iterator directly
# for `for i in range(ints)` when the range object itself is never read.
import sys
def f(n):
    t = 0
    for i in range(n):
        for j in range(i + 1, n):
            t += j
        for k in range(n, i, -2):
            t -= k
        for k in range(-3, i, 3):
            t ^= k
        try:
            for k in range(0, i, 0):
                pass
        except ValueError as e:
            t += 1
    r = range(3)
    for x in r:
        t += x
    for x in range(sys.maxsize - 2, sys.maxsize):
        t += x % 7
    for x in range(-sys.maxsize - 1, -sys.maxsize + 1):
        t += x % 5
    big = 0
    for x in range(2**63 - 2, 2**63 + 2):
        big += x
    for x in range(True, 3):
        t += x
    return t, big
print(f(40))


def kept(n):
    r = range(0, n, 2)
    total = 0
    for x in r:
        total += x
    it = iter(range(n))
    first = next(it)
    rest = [y for y in it]
    return total, r, len(r), first, rest[-3:], r[-1]


print(kept(25))

import builtins


class Holder:
    range = range


def attrs(n):
    t = 0
    for i in builtins.range(n):
        t += i
    for i in Holder.range(2, n):
        t += i
    for i in Holder().range(n, 0, -3):
        t -= i
    return t


print(attrs(10), attrs(50))
for n in range(3):
    for m in range(n):
        print(n, m, end="; ")
print()
