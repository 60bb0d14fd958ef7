# Generator pipelines: chained generators, generator expressions, lazy evaluation order.
def numbers(n):
    for i in range(n):
        print("produce", i)
        yield i
def squares(it):
    for x in it:
        yield x * x
def evens(it):
    return (x for x in it if x % 2 == 0)
pipe = evens(squares(numbers(5)))
print("pipeline built")
for v in pipe:
    print("consume", v)
def take(n, it):
    for i, x in enumerate(it):
        if i >= n: return
        yield x
def naturals():
    n = 0
    while True:
        yield n
        n += 1
print(list(take(5, (x * 3 for x in naturals()))))
print(sum(x for x in range(100) if x % 7 == 0), max(len(w) for w in "a bb ccc".split()), sorted((x % 3, x) for x in range(6)))
g = (i for i in range(3)); print(next(g), next(g), next(g), next(g, "done"))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib(); print([next(f) for _ in range(12)])
print(type(g).__name__, iter(g) is g)
