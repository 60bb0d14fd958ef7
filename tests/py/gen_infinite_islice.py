# Infinite generators consumed lazily with itertools.islice, takewhile and
# next(): primes, Fibonacci numbers, Collatz sequences, a random walk.
from itertools import islice, takewhile, count, dropwhile
import random


def naturals(start=1):
    n = start
    while True:
        yield n
        n += 1


def primes():
    """Incremental sieve: maps each upcoming composite to its witnesses."""
    composites = {}
    for n in naturals(2):
        if n not in composites:
            yield n
            composites[n * n] = [n]
        else:
            for p in composites.pop(n):
                composites.setdefault(n + p, []).append(p)


def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def collatz(n):
    while True:
        yield n
        if n == 1:
            return
        n = 3 * n + 1 if n % 2 else n // 2


def random_walk(seed):
    rng = random.Random(seed)
    pos = 0
    while True:
        pos += rng.choice((-1, 1))
        yield pos


print("first primes:", list(islice(primes(), 15)))
print("primes 100..110th:", list(islice(primes(), 100, 110)))
print("every 3rd fib:", list(islice(fibonacci(), 0, 30, 3)))
print("fib under 1000:", list(takewhile(lambda f: f < 1000, fibonacci())))
big = next(f for f in fibonacci() if len(str(f)) >= 50)
print("first 50-digit fib:", big)
print("collatz(27) length:", sum(1 for _ in collatz(27)), "max:", max(collatz(27)))
print("longest collatz under 1000:", max(range(1, 1000), key=lambda n: sum(1 for _ in collatz(n))))
walk = random_walk(7)
print("walk:", list(islice(walk, 12)))
print("walk continues:", list(islice(walk, 5)))
print("first time at +5:", next(i for i, p in enumerate(random_walk(7), 1) if p == 5))

squares = (n * n for n in count(1))
print("squares past 500:", list(islice(dropwhile(lambda s: s <= 500, squares), 4)))

twin = ((p, q) for p, q in zip(primes(), islice(primes(), 1, None)) if q - p == 2)
print("twin primes:", list(islice(twin, 8)))


def interleave(*gens):
    gens = list(gens)
    while gens:
        for g in list(gens):
            try:
                yield next(g)
            except StopIteration:
                gens.remove(g)


print(list(interleave(iter("abc"), islice(naturals(), 5), iter([None]))))


def running_total(iterable):
    total = 0
    for x in iterable:
        total += x
        yield total


print("triangular:", list(islice(running_total(naturals()), 10)))
gen = primes()
print(next(gen), next(gen), next(gen))
for p in gen:
    if p > 50:
        print("first prime over 50:", p)
        break
print("and the next:", next(gen))
