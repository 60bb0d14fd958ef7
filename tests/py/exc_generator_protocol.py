# Exceptions and the generator protocol: StopIteration values returned to
# `yield from` (from generators and from iterator classes), GeneratorExit
# on close(), throw() into a generator, StopIteration raised inside a
# generator becoming RuntimeError, and cleanup in finally.


def worker(name, items):
    total = 0
    try:
        for item in items:
            got = yield f"{name}:{item}"
            if got:
                total += got
    except GeneratorExit:
        print(f"  {name} closed early")
        raise
    finally:
        print(f"  {name} cleanup, total={total}")
    return total


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration("liftoff")
        self.n -= 1
        return self.n + 1


def supervisor():
    a = yield from worker("a", [1, 2])
    b = yield from Countdown(2)
    c = yield from iter([])          # a builtin iterator: value None
    return (a, b, c)


gen = supervisor()
print(next(gen), gen.send(10), gen.send(5), next(gen))
try:
    next(gen)
except StopIteration as e:
    print("supervisor returned", e.value, e.args)

# close() raises GeneratorExit at the paused yield
g = worker("b", range(5))
print(next(g), g.send(3))
g.close()
print(g.close(), "closing twice is fine")
try:
    next(g)
except StopIteration as e:
    print("exhausted after close:", e.value)

# throw() raises inside the generator; it can handle it and keep going
def resilient():
    results = []
    while True:
        try:
            x = yield len(results)
            results.append(x)
        except ValueError as e:
            results.append(f"recovered({e})")
        except KeyError:
            return results


r = resilient()
next(r)
r.send("first")
print(r.throw(ValueError("bad input")))
r.send("second")
try:
    r.throw(KeyError("stop"))
except StopIteration as e:
    print("final results:", e.value)
try:
    r.throw(ValueError("after the end"))
except ValueError as e:
    print("thrown into a finished generator:", e)

# an unhandled throw() propagates out of the generator
g = worker("c", "xyz")
next(g)
try:
    g.throw(IndexError("boom"))
except IndexError as e:
    print("propagated:", e)

# StopIteration escaping a generator body is turned into RuntimeError
def leaky():
    yield 1
    next(iter([]))          # raises StopIteration inside the generator
    yield 2


try:
    print(list(leaky()))
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", type(e.__cause__).__name__)

# generators that ignore GeneratorExit are an error
def stubborn():
    while True:
        try:
            yield "still here"
        except GeneratorExit:
            print("  refusing to close")
        except ValueError:
            return "gave up"


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    s.throw(ValueError)
except StopIteration as e:
    print("stopped with", e.value)

# return value of a generator used directly
def answer():
    yield "thinking"
    return 42


a = answer()
print(next(a))
try:
    next(a)
except StopIteration as e:
    print("StopIteration value:", e.value, repr(e))
