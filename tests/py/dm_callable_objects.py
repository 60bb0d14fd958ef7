# Callable objects: __call__ with positional/keyword/default arguments,
# memoizers and counters as classes, callable(), instances used where
# functions are expected, and callable classes vs instances.


class Polynomial:
    def __init__(self, *coeffs):
        self.coeffs = coeffs          # highest degree first

    def __call__(self, x):
        result = 0
        for c in self.coeffs:
            result = result * x + c
        return result

    def __repr__(self):
        terms = []
        deg = len(self.coeffs) - 1
        for i, c in enumerate(self.coeffs):
            p = deg - i
            if c:
                terms.append(f"{c}x^{p}" if p > 1 else f"{c}x" if p == 1 else f"{c}")
        return " + ".join(terms) or "0"


p = Polynomial(2, 0, -3, 1)
print(p, p(0), p(1), p(2), [p(x) for x in range(-2, 3)], list(map(p, [3, 4])), callable(p))
print(sorted([-2, 1, 0, 2], key=Polynomial(1, 0, 0)), max(range(-3, 3), key=p))


class Memoize:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
        self.hits = 0

    def __call__(self, *args):
        if args in self.cache:
            self.hits += 1
            return self.cache[args]
        value = self.cache[args] = self.fn(*args)
        return value


@Memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(40), fib.hits, len(fib.cache), type(fib).__name__, callable(fib))


class CallCounter:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0

    def __call__(self, *args, **kwargs):
        self.calls += 1
        return self.fn(*args, **kwargs)


def greet(name, greeting="hello", *, punct="!"):
    return f"{greeting}, {name}{punct}"


counted = CallCounter(greet)
print(counted("ann"), counted("bob", "hi"), counted("cy", punct="?"), counted(greeting="yo", name="di"), counted.calls)
try:
    counted()
except TypeError as e:
    print("TypeError:", e)


class Adder:
    def __init__(self, n):
        self.n = n

    def __call__(self, x, y=0, *rest, scale=1, **extra):
        return (self.n + x + y + sum(rest)) * scale, sorted(extra)


add5 = Adder(5)
print(add5(1), add5(1, 2), add5(1, 2, 3, 4), add5(1, scale=10), add5(0, flag=True, z=1))
args, kw = (1, 2), {"scale": 2}
print(add5(*args, **kw), add5(*[1, 2, 3], **{"k": 0}))


# classes are callable too; instances only when __call__ is defined
class Plain:
    pass


print(callable(Plain), callable(Plain()), callable(Adder), callable(add5), callable(len), callable(3))
try:
    Plain()()
except TypeError as e:
    print("TypeError:", e)

# __call__ looked up on the type, not the instance
obj = Plain()
obj.__call__ = lambda: "instance attr"
try:
    obj()
except TypeError as e:
    print("TypeError:", e)
Plain.__call__ = lambda self: "class attr"
print(obj(), Plain()())


# a pipeline of callables
class Pipeline:
    def __init__(self, *steps):
        self.steps = steps

    def __call__(self, value):
        for step in self.steps:
            value = step(value)
        return value

    def __or__(self, other):
        return Pipeline(*self.steps, other)


clean = Pipeline(str.strip, str.lower) | (lambda s: s.replace(" ", "_")) | "<{}>".format
print(clean("  Hello World  "))
steps = Pipeline(abs, Polynomial(1, 1), str, len)
print(steps(-99), steps(5), [Pipeline(float, int)(x) for x in ("3", 7, True)])


# the bound __call__ method and functools helpers on callable objects
import functools

half = functools.partial(Adder(0), scale=0.5)
print(half(4, 6), add5.__call__(1), functools.reduce(lambda acc, f: f(acc), [abs, Polynomial(1, 1), Polynomial(2, 0)], -4))
print(type(add5.__call__).__name__, add5.__call__.__self__ is add5, Adder.__call__(add5, 10))
