# functools: reduce, partial, lru_cache, cache, wraps, cmp_to_key, total_ordering.
from functools import *
import functools
print(reduce(lambda a, b: a * b, range(1, 6)), reduce(lambda a, b: a + b, [], 7))
try: reduce(max, [])
except TypeError as e: print(e)
def add(a, b, c=0): return a + b + c
p = partial(add, 1, c=10); print(p(2), p.args, p.keywords, partial(p, 5)())
@lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
@lru_cache(maxsize=2)
def sq(x): return x * x
for v in [1, 2, 1, 3, 2, 1]: sq(v)
print(sq.cache_info()); sq.cache_clear(); print(sq.cache_info())
@cache
def c2(x): return x + 1
print(c2(1), c2(1), c2.cache_info())
def deco(f):
    @wraps(f)
    def inner(*a): return f(*a)
    return inner
@deco
def documented(x):
    "doc here"
    return x
print(documented.__name__, documented.__doc__, documented(3), documented.__wrapped__.__name__)
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) > V(2), V(2) >= V(2), V(1) >= V(2))
