# PEP 479: a StopIteration escaping a generator frame becomes
# RuntimeError("generator raised StopIteration"), with the original as
# __cause__; return inside a generator is the proper way to stop.

def first_items(iterables):
    for it in iterables:
        yield next(iter(it))   # an empty iterable raises StopIteration here


try:
    print(list(first_items(["abc", [1, 2], ""])))
except RuntimeError as e:
    print(type(e).__name__, "-", e)
    print("cause:", type(e.__cause__).__name__, "suppress:", e.__suppress_context__)


def safe_first_items(iterables):
    for it in iterables:
        try:
            yield next(iter(it))
        except StopIteration:
            return


print(list(safe_first_items(["abc", [1, 2], "", "never"])))


def explicit_stop():
    yield 1
    raise StopIteration("stop value")


g = explicit_stop()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e, "| cause args:", e.__cause__.args)
print("generator finished:", next(g, "exhausted"))


def subclass_stop():
    class MyStop(StopIteration):
        pass
    yield "x"
    raise MyStop()


try:
    list(subclass_stop())
except RuntimeError as e:
    print("subclass also converted:", type(e.__cause__).__name__)


def returns_value():
    yield 1
    return {"status": "ok"}


g = returns_value()
next(g)
try:
    next(g)
except StopIteration as e:
    print("StopIteration.value =", e.value, "args =", e.args)


def delegator():
    value = yield from returns_value()
    yield value["status"]


print(list(delegator()))


def gen_in_gen():
    inner = iter([])
    yield from (next(inner) for _ in range(3))


try:
    list(gen_in_gen())
except RuntimeError as e:
    print("genexpr converts too:", e)


class Countdown:
    """A class iterator may raise StopIteration normally."""

    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


print(list(Countdown(4)))


def wraps_class_iter():
    it = Countdown(2)
    while True:
        yield next(it)   # the third next() raises inside a generator


try:
    print(list(wraps_class_iter()))
except RuntimeError as e:
    print("wrapped:", e)


def stop_caught_inside():
    try:
        raise StopIteration("handled locally")
    except StopIteration as e:
        yield f"caught {e}"
    yield "continues"


print(list(stop_caught_inside()))

# zip/map drive next() themselves: a StopIteration from a plain function
# passed to map just ends the map (no generator frame is involved)
def stopper(x):
    if x == 3:
        raise StopIteration
    return x * 10


print(list(map(stopper, [1, 2, 3, 4])))
