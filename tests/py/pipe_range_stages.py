# Lazy pipelines over ranges: stages written as generator functions and
# chained, with a trace that shows items flow one at a time (no stage
# runs ahead), early termination that stops upstream work, fan-in with
# zip/chain, and a stage that keeps state (dedupe, windowing).
from itertools import chain, islice, count

trace = []


def source(n):
    for i in range(n):
        trace.append(f"src {i}")
        yield i


def mapped(fn, items, name):
    for x in items:
        y = fn(x)
        trace.append(f"{name} {x}->{y}")
        yield y


def filtered(pred, items, name):
    for x in items:
        keep = pred(x)
        trace.append(f"{name} {x} {'keep' if keep else 'drop'}")
        if keep:
            yield x


pipeline = filtered(lambda v: v % 3 == 0, mapped(lambda v: v * v, source(10), "sq"), "div3")
print("nothing ran yet:", trace)
print("first two results:", next(pipeline), next(pipeline))
print("trace so far:")
for t in trace:
    print("  ", t)
trace.clear()
print("rest:", list(pipeline), "| steps:", len(trace))


def dedupe(items):
    seen = set()
    for x in items:
        if x not in seen:
            seen.add(x)
            yield x


def window(items, size):
    buf = []
    for x in items:
        buf.append(x)
        if len(buf) > size:
            buf.pop(0)
        if len(buf) == size:
            yield tuple(buf)


def take_until(items, limit):
    total = 0
    for x in items:
        if total + x > limit:
            return
        total += x
        yield x


mods = (n % 7 for n in range(30))
print("dedupe:", list(dedupe(mods)))
print("windows:", list(window(range(6), 3)))
print("take until budget 20:", list(take_until(count(1), 20)))

trace.clear()
stopped = take_until(mapped(lambda v: v + 1, source(1000), "inc"), 10)
print("early stop:", list(stopped), "| source items produced:", sum(1 for t in trace if t.startswith("src")))

evens = (n for n in range(0, 20, 2))
odds = (n for n in range(1, 20, 2))
print("zip fan-in:", [a + b for a, b in islice(zip(evens, odds), 4)], "| leftovers:", next(evens), next(odds))
print("chain fan-in:", list(chain(range(3), (x * 10 for x in range(3)), "ab")))

stages = [lambda it: (x for x in it if x % 2), lambda it: (x * 3 for x in it), lambda it: window(it, 2)]
data = range(12)
for stage in stages:
    data = stage(data)
print("composed stages:", list(data))


def running_stats(items):
    n = total = 0
    lo = hi = None
    for x in items:
        n += 1
        total += x
        lo = x if lo is None or x < lo else lo
        hi = x if hi is None or x > hi else hi
        yield n, total / n, lo, hi


*_, final = running_stats(x * 1.5 for x in range(-3, 8))
print("final running stats:", final)
primes = (n for n in count(2) if all(n % d for d in range(2, int(n ** 0.5) + 1)))
print("primes through a pipeline:", list(islice((p * 2 for p in primes if p > 10), 5)))
