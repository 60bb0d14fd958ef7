# send(), throw(), close(), return values through StopIteration and yield from.
def accumulator():
    total = 0
    while True:
        x = yield total
        if x is None: break
        total += x
    return total
a = accumulator(); next(a)
print(a.send(5), a.send(10))
try:
    a.send(None)
except StopIteration as e:
    print("returned", e.value)
def echo():
    try:
        while True:
            try:
                v = yield
                print("echo", v)
            except ValueError as e:
                print("caught", e)
    finally:
        print("closing echo")
e = echo(); next(e); e.send(1); e.throw(ValueError("bad")); e.send(2); e.close(); print("closed")
try:
    e.send(3)
except StopIteration:
    print("send after close: StopIteration")
def delegate():
    r = yield from accumulator()
    print("sub returned", r)
    yield r * 2
d = delegate(); next(d); d.send(3); d.send(4); print(d.send(None))
def gen_raises():
    yield 1
    raise KeyError("inside")
g = gen_raises(); print(next(g))
try: next(g)
except KeyError as k: print("KeyError", k)
def never_started(): yield 1
ns = never_started(); ns.close(); print(list(ns))
try:
    g2 = accumulator(); g2.send(5)
except TypeError as t:
    print(t)
def catches_exit():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
c = catches_exit(); next(c); c.close()
def bad_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2
b = bad_exit(); next(b)
try: b.close()
except RuntimeError as r: print(r)
