# close(): GeneratorExit at the suspension point, finally blocks, a
# generator that ignores GeneratorExit, close() on finished/unstarted
# generators, and the value close() returns.

log = []


def resource(name):
    log.append(f"open {name}")
    try:
        for i in range(3):
            yield f"{name}:{i}"
    finally:
        log.append(f"close {name}")


r = resource("db")
print(next(r), next(r))
r.close()
print(log)
r.close()
print("second close is a no-op", log[-1])

fresh = resource("never")
fresh.close()
print("unstarted close ran nothing:", [e for e in log if "never" in e])

done = resource("full")
print(list(done))
done.close()
print(log[-2:])


def stubborn():
    try:
        yield "first"
    except GeneratorExit:
        print("  ignoring GeneratorExit")
    yield "still here"
    print("  stubborn finishing")


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
print("still suspended, next ->", next(s, "end"))


def swallow_and_return():
    try:
        yield 1
    except GeneratorExit:
        print("  caught, returning normally")
        return "ignored value"


g = swallow_and_return()
next(g)
print("close returned", g.close())


def raises_other():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("cleanup failed")


g = raises_other()
next(g)
try:
    g.close()
except ValueError as e:
    print("close raised", type(e).__name__, e)


def nested_finally():
    try:
        try:
            yield "a"
        finally:
            print("  inner finally")
    finally:
        print("  outer finally")


g = nested_finally()
next(g)
g.close()


def counts_exit():
    caught = 0
    try:
        yield
    except BaseException as e:
        caught += 1
        print("  BaseException handler got", type(e).__name__, isinstance(e, Exception))
        raise


g = counts_exit()
next(g)
g.close()
print(issubclass(GeneratorExit, BaseException), issubclass(GeneratorExit, Exception))


def with_context():
    class Ctx:
        def __enter__(self):
            print("  enter")
            return self

        def __exit__(self, et, ev, tb):
            print("  exit with", et.__name__ if et else None)
            return False

    with Ctx():
        yield 1
        yield 2


g = with_context()
next(g)
g.close()

# a generator used by a for loop that breaks: explicit close runs finally now
gen = resource("loop")
for item in gen:
    if item.endswith("1"):
        break
gen.close()
print(log[-3:])

# throw GeneratorExit explicitly behaves like close but propagates
g = resource("thrown")
next(g)
try:
    g.throw(GeneratorExit)
except GeneratorExit:
    print("GeneratorExit propagated from throw", log[-1])
