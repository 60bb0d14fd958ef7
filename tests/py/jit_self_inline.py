# Small recursive functions are unrolled once under the JIT: the self-call
# becomes an inline copy whose own self-calls call the compiled version.
# These cases change the argument types, raise, overflow the stack and
# rebind the name between the copy and the version it calls.
# expect-jit: functions compiled >= 4
# expect-jit: calls inlined >= 4
import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print([fib(k) for k in range(15)])
print(fib(20), fib(20.0), fib(True))


def ext_gcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = ext_gcd(b, a % b)
    return g, y, x - (a // b) * y


for a, b in [(240, 46), (2 ** 70 + 3, 2 ** 40 - 1), (7.5, 2.5), (10, 0)]:
    print(a, b, ext_gcd(a, b))


def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)


print(depth(500))
try:
    depth(100000)
except RecursionError as e:
    print("RecursionError:", e)
print(depth(300))


def countdown(n):
    if n < 0:
        raise ValueError("below zero at %r" % (n,))
    if n == 0:
        return "done"
    return countdown(n - 1)


print(countdown(50))
for start in (3, 2.5):
    try:
        countdown(start - 10)
    except ValueError as e:
        print("ValueError:", e)


def mixed(n):
    # the result type changes with depth: int, then str at the bottom
    if n == 0:
        return "z"
    r = mixed(n - 1)
    return r * 2 if isinstance(r, str) and len(r) < 8 else r


print(mixed(10), [mixed(k) for k in range(5)])


def walk(t):
    if t is None:
        return 0
    return t[0] + walk(t[1]) + walk(t[2])


tree = None
for v in range(40):
    tree = (v, tree, None) if v % 2 else (v, None, tree)
print(walk(tree))


def rebound(n):
    return n if n < 1 else rebound(n - 1) + 1


for k in range(30):
    rebound(5)
saved = rebound
rebound = lambda n: -100
print(saved(5))
rebound = saved
print(rebound(5))
sys.setrecursionlimit(1000)
