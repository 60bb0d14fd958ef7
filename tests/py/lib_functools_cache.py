# functools caching and composition: lru_cache with maxsize, typed and
# cache_info/cache_clear, cache, cached recursion, partial objects (args,
# keywords, nesting, repr-free use), reduce with and without initial, and
# wraps preserving metadata.
import functools
from functools import lru_cache, cache, partial, reduce, wraps


@lru_cache(maxsize=None)
def ways(n, coins=(1, 2, 5)):
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])


print("ways to make 100:", ways(100), ways.cache_info())


@lru_cache(maxsize=3)
def square(x):
    print(f"  computing {x}")
    return x * x


for v in [1, 2, 3, 1, 4, 2, 1]:
    square(v)
print(square.cache_info())
square.cache_clear()
print("after clear:", square.cache_info())


@lru_cache(maxsize=8, typed=True)
def kind(x):
    return type(x).__name__


print([kind(1), kind(1.0), kind(True), kind(1)], kind.cache_info())


@lru_cache
def bare(x):
    return x + 1


print("bare decorator:", bare(1), bare(1), bare.cache_info().hits, bare.cache_info().maxsize)


@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print("fib(200):", fib(200), fib.cache_info().currsize)
calls = []


@lru_cache(maxsize=None)
def keyed(a, b=0, *, c=0):
    calls.append((a, b, c))
    return a + b + c


print(keyed(1, 2), keyed(1, b=2), keyed(1, 2, c=0), keyed(1, 2), "calls:", calls)
try:
    keyed([1])
except TypeError as e:
    print("TypeError:", e)
print("wrapped:", keyed.__wrapped__(5), keyed.__name__)


def power(base, exponent, *, mod=None):
    return pow(base, exponent, mod)


square_of = partial(power, exponent=2)
cube_mod_7 = partial(power, exponent=3, mod=7)
print(square_of(9), cube_mod_7(4), partial(power, 2)(10), partial(partial(power, 3), 4)())
p = partial(power, 2, mod=1000)
print(p.func is power, p.args, p.keywords, p(20), p(20, mod=10))
to_int = partial(int, base=2)
print("binary:", [to_int(s) for s in ["101", "1111", "0"]])
print(sorted(["b10", "a2", "c1"], key=partial(lambda s, i: s[i:], i=1)))

print("reduce:", reduce(lambda a, b: a * b, range(1, 8)), reduce(lambda acc, w: acc + len(w), ["ab", "cde"], 0))
print("max via reduce:", reduce(lambda a, b: a if a > b else b, [3, 9, 2]), reduce(lambda a, b: a + b, [[1], [2, 3]], []))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print("TypeError:", e)


def logged(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        result = fn(*args, **kwargs)
        print(f"  {fn.__name__}{args} -> {result}")
        return result
    return wrapper


@logged
def area(w, h):
    """Area of a rectangle."""
    return w * h


area(3, 4)
print(area.__name__, area.__doc__, area.__wrapped__(2, 2), area.__qualname__)
compose = lambda *fs: reduce(lambda f, g: lambda x: g(f(x)), fs)
print("composed:", compose(str.strip, str.upper, partial(str.replace, old=" ", new="_") if False else str.title)("  hello world "))
