# Closures and higher-order functions: adders and counters with nonlocal
# state, function composition, map/filter/lambda, a hand-written reduce,
# decorators that wrap calls, and memoization through a closed-over dict.
import sys


def make_adder(k):
    def add(x):
        return x + k
    return add


def make_counter():
    count = 0

    def tick(step):
        nonlocal count
        count += step
        return count
    return tick


def compose(f, g):
    return lambda x: f(g(x))


def reduce(fn, items, acc):
    for item in items:
        acc = fn(acc, item)
    return acc


def counted(fn):
    calls = [0]

    def wrapper(*args):
        calls[0] += 1
        return fn(*args)
    wrapper.calls = calls
    return wrapper


def memoize(fn):
    cache = {}

    def lookup(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    return lookup


@counted
def weight(a, b):
    return (a * 3 + b) % 1009


@memoize
def partitions(n):
    # p(n) by Euler's pentagonal recurrence, each p(k) through the memo
    if n < 0:
        return 0
    if n == 0:
        return 1
    total = 0
    k = 1
    while True:
        g1 = k * (3 * k - 1) // 2
        if g1 > n:
            break
        sign = 1 if k % 2 == 1 else -1
        total += sign * partitions(n - g1)
        g2 = k * (3 * k + 1) // 2
        if g2 <= n:
            total += sign * partitions(n - g2)
        k += 1
    return total


def main(n):
    adders = [make_adder(k) for k in range(10)]
    fns = [compose(adders[i], adders[(i * 3) % 10]) for i in range(10)]
    total = 0
    for i in range(n):
        total += fns[i % 10](i)
    print("composed adders: %d" % total)
    tick = make_counter()
    for i in range(n):
        tick(i % 5)
    print("counter: %d" % tick(0))
    squares = list(map(lambda x: x * x, filter(lambda x: x % 3 != 0, range(n))))
    print("map/filter: %d values, sum %d" % (len(squares), sum(squares)))
    r = reduce(lambda acc, x: (acc * 7 + x) % 1000003, range(n), 1)
    print("reduce: %d" % r)
    w = reduce(weight, range(n // 2), 0)
    print("decorated: %d after %d calls" % (w, weight.calls[0]))
    key_fns = [lambda x, m=m: (x * m) % 97 for m in range(1, 8)]
    best = max(range(n // 10), key=lambda x: sum(f(x) for f in key_fns))
    print("max by closures: %d" % best)
    m = n // 200
    p = 0
    for k in range(m + 1):
        # in increasing order, so the memo keeps the recursion shallow
        p = partitions(k)
    print("p(%d) = %d" % (m, p))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 800000)
