# Decorator factories taking arguments.
def repeat(times):
    def deco(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return deco
@repeat(3)
def hi(name):
    return "hi " + name
print(hi("x"))
def prefix(p, sep=": "):
    def deco(fn):
        def wrapper(msg):
            return p + sep + fn(msg)
        return wrapper
    return deco
@prefix("INFO")
def info(m):
    return m
@prefix("WARN", sep=" | ")
@prefix("inner")
def warn(m):
    return m.upper()
print(info("started"), warn("careful"))
def validate(*types):
    def deco(fn):
        def wrapper(*args):
            for a, t in zip(args, types):
                if not isinstance(a, t):
                    raise TypeError("expected %s, got %s" % (t.__name__, type(a).__name__))
            return fn(*args)
        return wrapper
    return deco
@validate(int, int)
def add(a, b):
    return a + b
print(add(2, 3))
try:
    add(2, "3")
except TypeError as e:
    print("TypeError:", e)
def clamp(lo, hi):
    def deco(fn):
        return lambda *a: max(lo, min(hi, fn(*a)))
    return deco
@clamp(0, 100)
def score(x):
    return x * 10
print([score(v) for v in [-5, 3, 50]])
handlers = {}
def on(event):
    def deco(fn):
        handlers.setdefault(event, []).append(fn)
        return fn
    return deco
@on("start")
def h1():
    return "h1 started"
@on("start")
def h2():
    return "h2 started"
@on("stop")
def h3():
    return "h3 stopped"
for ev in ["start", "stop", "other"]:
    print(ev, [h() for h in handlers.get(ev, [])])
