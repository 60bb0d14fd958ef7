# Closures: counters, accumulators, shared cells.
def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
c1 = make_counter()
c2 = make_counter(100)
print(c1(), c1(), c1(5), c2(), c1(), c2(-50))
def make_acc():
    items = []
    def add(x):
        items.append(x)
        return list(items)
    return add
acc = make_acc()
print(acc(1), acc("two"), acc(None))
def pair():
    value = 0
    def get():
        return value
    def set_(v):
        nonlocal value
        value = v
    return get, set_
g, s = pair()
print(g())
s(42)
print(g())
s("changed")
print(g())
def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner
    return middle()()
print(outer())
def multipliers():
    return [lambda v, k=k: v * k for k in range(1, 4)]
print([m(2) for m in multipliers()])
calls = []
def memoize(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    return wrapper
@memoize
def slow_sq(n):
    calls.append(n)
    return n * n
print(slow_sq(4), slow_sq(4), slow_sq(5), slow_sq(4), calls)
def running_avg():
    total = 0
    n = 0
    def add(v):
        nonlocal total, n
        total += v
        n += 1
        return total / n
    return add
avg = running_avg()
print([avg(v) for v in [10, 20, 30, 40]])
