# Functions and modules read from globals inside compiled loops and
# recursion: unrelated globals changing every iteration (the dict's version
# moves, the binding does not), the function rebound or deleted mid-loop,
# a module attribute replaced, a recursive function that rebinds itself.
# expect-jit: loops compiled >= 2
import math

total = 0


def double(x):
    return 2 * x


def triple(x):
    return 3 * x


def churn(n):
    global total
    s = 0
    for i in range(n):
        s += double(i)
        total += 1          # the globals change at every step
        if i == n // 2:
            globals()["extra_%d" % i] = i   # a new key: the table may grow
    return s


print(churn(200), total)


def rebind(n):
    global double
    s = 0
    for i in range(n):
        s += double(i)
        if i == 50:
            double = triple
    return s


print(rebind(100))


def vanish(n):
    global triple
    s = 0
    for i in range(n):
        s += triple(i)
        if i == 30:
            del triple
    return s


try:
    print(vanish(100))
except NameError as e:
    print("NameError:", e)


def floors(n):
    s = 0
    for i in range(n):
        s += math.floor(i / 3)
        if i == 40:
            math.floor = math.ceil
    return s


print(floors(100))


def fib(n):
    global fib
    if n < 2:
        return n
    if n == 12:
        fib = fib_slow
    return fib(n - 1) + fib(n - 2)


def fib_slow(n):
    return n if n < 2 else fib_slow(n - 1) + fib_slow(n - 2) + 0


print(fib(20), fib(20))
