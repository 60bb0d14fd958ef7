# yield from: the subgenerator's return value, and delegation of send(),
# throw() and close() through one or more levels of delegating generators.

def averager():
    """Receives numbers by send(); returns (count, mean) when sent None."""
    total = 0.0
    count = 0
    mean = None
    while True:
        term = yield mean
        if term is None:
            break
        total += term
        count += 1
        mean = total / count
    return count, mean


def grouper(results, key):
    """Delegates to averager and stores what it returns."""
    while True:
        results[key] = yield from averager()


def report(data):
    results = {}
    for key, values in data.items():
        group = grouper(results, key)
        next(group)
        for value in values:
            group.send(value)
        group.send(None)
    for key in sorted(results):
        count, mean = results[key]
        print(f"{count:2} {key:5} averaging {mean:.2f}")


report({"girls;kg": [40.9, 38.5, 44.3, 42.2, 45.2, 41.7, 44.5, 38.0, 40.6, 44.5],
        "boys;m": [1.38, 1.5, 1.32, 1.25, 1.37, 1.48, 1.25, 1.49, 1.46]})


def inner():
    try:
        while True:
            try:
                got = yield "ready"
                print("  inner got", got)
            except KeyError as e:
                print("  inner handled KeyError", e)
                yield "recovered"
    finally:
        print("  inner finally")


def middle():
    r = yield from inner()
    print("  middle: inner returned", r)


def outer():
    yield from middle()
    yield "outer tail"


g = outer()
print(next(g))
print(g.send("hello"))
print(g.throw(KeyError("k1")))
print(g.send("after throw"))
try:
    g.throw(ValueError("not handled"))
except ValueError as e:
    print("propagated:", e)
print("after propagation, next ->", next(g, "exhausted"))


def closing_inner():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("  closing_inner sees GeneratorExit")
        raise


def closing_outer():
    try:
        yield from closing_inner()
    finally:
        print("  closing_outer finally")


c = closing_outer()
print(next(c))
c.close()
print("closed; next ->", next(c, "done"))


def chain_of(*iterables):
    for it in iterables:
        got = yield from it
        if got is not None:
            print("  sub returned", got)


def returns_value(n):
    for i in range(n):
        yield i
    return f"sum={sum(range(n))}"


print(list(chain_of("ab", range(2), returns_value(3), (x * x for x in [4, 5]))))


def flatten(obj):
    if isinstance(obj, (list, tuple)):
        for item in obj:
            yield from flatten(item)
    else:
        yield obj


print(list(flatten([1, [2, [3, (4, 5)], []], [[[6]]], 7])))

# yield from a plain iterator: send(None) works; send(value) needs a .send
it = (lambda: (yield from iter([10, 20])))()
print(next(it), it.send(None))
try:
    it2 = (lambda: (yield from iter([1, 2])))()
    next(it2)
    it2.send("x")
except AttributeError as e:
    print("AttributeError:", e)
