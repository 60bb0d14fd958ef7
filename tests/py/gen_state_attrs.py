# Generator objects from the outside: gi_running, gi_suspended, gi_code,
# gi_yieldfrom, __name__/__qualname__, "generator already executing",
# iter(g) is g, and generators stored and resumed from data structures.

def ticker(limit):
    for i in range(limit):
        yield i


g = ticker(2)
print(type(g).__name__, g.__name__, g.__qualname__, iter(g) is g)
print("gi_code:", g.gi_code.co_name, g.gi_code is ticker.__code__)
print("before start: running", g.gi_running, "suspended", g.gi_suspended)
next(g)
print("after next:   running", g.gi_running, "suspended", g.gi_suspended)
list(g)
print("finished:     running", g.gi_running, "suspended", g.gi_suspended)


class Holder:
    def gen(self):
        yield self


print(Holder().gen().__qualname__)


def self_aware():
    me = yield
    print("  inside: gi_running =", me.gi_running)
    try:
        next(me)
    except ValueError as e:
        print("  ValueError:", e)
    yield "done"


s = self_aware()
next(s)
print(s.send(s))


def inner():
    yield "i1"
    yield "i2"


def outer():
    yield "o1"
    yield from inner()
    yield "o2"


o = outer()
print(next(o), o.gi_yieldfrom)
print(next(o), type(o.gi_yieldfrom).__name__, o.gi_yieldfrom.__name__)
print(next(o), next(o), o.gi_yieldfrom)

# round-robin scheduler of generator "tasks"
from collections import deque


def task(name, steps):
    for i in range(steps):
        print(f"  {name} step {i}")
        yield
    return name


ready = deque([task("A", 3), task("B", 1), task("C", 2)])
finished = []
while ready:
    t = ready.popleft()
    try:
        next(t)
        ready.append(t)
    except StopIteration as e:
        finished.append(e.value)
print("finished order:", finished)

gens = {n: ticker(n) for n in range(1, 4)}
print({n: list(g) for n, g in gens.items()})
print({n: list(g) for n, g in gens.items()})


def make_counter():
    count = 0

    def gen():
        nonlocal count
        while True:
            count += 1
            yield count

    return gen


counter_gen = make_counter()
a, b = counter_gen(), counter_gen()
print(next(a), next(b), next(a), next(b))
print(hash(a) == hash(a), a == a, a != b)
print(bool(ticker(0)), len(list(ticker(0))))
