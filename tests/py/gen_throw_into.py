# throw(): exception classes and instances thrown into generators at
# different states, handled or not, and retry logic built on throw().

class Retry(Exception):
    pass


def worker(tasks):
    done = []
    for task in tasks:
        attempts = 0
        while True:
            attempts += 1
            try:
                result = yield f"run {task} (attempt {attempts})"
                done.append((task, result, attempts))
                break
            except Retry as r:
                print(f"  retrying {task}: {r}")
                if attempts >= 3:
                    print(f"  giving up on {task}")
                    done.append((task, None, attempts))
                    break
    return done


w = worker(["fetch", "parse", "store"])
print(next(w))
print(w.throw(Retry("timeout")))
print(w.send("ok-fetch"))
print(w.throw(Retry, "bad data"))
print(w.throw(Retry("still bad")))
print(w.throw(Retry("third")))
try:
    w.send("stored")
except StopIteration as e:
    print("result:", e.value)


def unstarted():
    print("  this body never runs")
    yield 1


g = unstarted()
try:
    g.throw(ValueError("early"))
except ValueError as e:
    print("thrown before start propagates:", e)
print("and the generator is finished:", list(g))


def finished():
    yield 1


g = finished()
list(g)
try:
    g.throw(KeyError("late"))
except KeyError as e:
    print("thrown after finish:", repr(e))


def converter():
    while True:
        try:
            yield
        except ZeroDivisionError:
            raise ValueError("converted") from None


g = converter()
next(g)
try:
    g.throw(ZeroDivisionError)
except ValueError as e:
    print("converted:", e, e.__cause__, e.__suppress_context__)


def handles_and_yields():
    count = 0
    while True:
        try:
            yield count
        except (TypeError, KeyError) as e:
            count += 100
            print("  absorbed", type(e).__name__)


g = handles_and_yields()
print(next(g), g.throw(TypeError), g.throw(KeyError("k")), next(g))
try:
    g.throw(TypeError, TypeError("instance as value"))
except TypeError as e:
    print("unexpected", e)
else:
    print("absorbed instance-valued throw")

try:
    g.throw(42)
except TypeError as e:
    print(e)


def context_preserved():
    try:
        raise OSError("outer problem")
    except OSError:
        yield "in handler"


g = context_preserved()
next(g)
try:
    g.throw(RuntimeError("during handling"))
except RuntimeError as e:
    print(type(e.__context__).__name__, e.__context__)
