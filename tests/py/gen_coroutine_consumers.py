# Coroutine-style consumers driven by send(): a priming decorator, a
# broadcaster fanning values out, a running statistics sink and a
# grep-like filter stage.

def coroutine(func):
    def start(*args, **kwargs):
        cr = func(*args, **kwargs)
        next(cr)
        return cr
    start.__name__ = func.__name__
    return start


@coroutine
def printer(prefix):
    while True:
        item = yield
        print(f"{prefix}: {item}")


@coroutine
def grep(pattern, target):
    try:
        while True:
            line = yield
            if pattern in line:
                target.send(line)
    except GeneratorExit:
        target.close()
        print(f"grep({pattern!r}) closed")


@coroutine
def broadcast(targets):
    while True:
        item = yield
        for t in targets:
            t.send(item)


@coroutine
def stats(results):
    count = 0
    total = 0
    smallest = largest = None
    try:
        while True:
            value = yield count
            count += 1
            total += value
            smallest = value if smallest is None else min(smallest, value)
            largest = value if largest is None else max(largest, value)
    finally:
        results.update(count=count, total=total, min=smallest, max=largest)


lines = [
    "python generators are lazy",
    "coroutines receive values",
    "a pipeline of python stages",
    "send pushes data downstream",
    "close ends the python pipeline",
]

greps = [grep("python", printer("py")), grep("send", printer("send")), grep("zzz", printer("never"))]
fan = broadcast(greps)
for line in lines:
    fan.send(line)
fan.close()
for g in greps:
    g.close()

results = {}
s = stats(results)
for v in [5, 3, 9, 1, 7]:
    seen = s.send(v)
print("stats saw", seen, "values so far")
s.close()
print(sorted(results.items()))

g = grep("x", printer("x"))
g.send("xylophone")
g.send("nothing")
g.close()


@coroutine
def moving_average(window):
    values = []
    avg = None
    while True:
        value = yield avg
        values.append(value)
        if len(values) > window:
            values.pop(0)
        avg = round(sum(values) / len(values), 3)


ma = moving_average(3)
print([ma.send(x) for x in [10, 20, 30, 40, 50, 10]])


@coroutine
def tokenizer(sink):
    buffer = ""
    while True:
        chunk = yield
        if chunk is None:
            if buffer:
                sink.send(buffer)
            buffer = ""
            continue
        buffer += chunk
        *words, buffer = buffer.split(" ")
        for w in words:
            if w:
                sink.send(w)


collected = []


@coroutine
def collector():
    while True:
        collected.append((yield))


tok = tokenizer(collector())
for piece in ["hel", "lo wor", "ld  and", " more", " text"]:
    tok.send(piece)
tok.send(None)
print(collected)

try:
    printer("unused").send(None)
    print("sending None to a primed coroutine is fine")
    raw = printer.__name__
    print("decorated name:", raw)
except Exception as e:
    print("unexpected", e)
