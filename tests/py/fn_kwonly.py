# Keyword-only parameters after * or *args.
def connect(host, *, port=80, timeout=None):
    return host, port, timeout
print(connect("a"), connect("b", port=8080), connect("c", timeout=5, port=1))
def log(*messages, level="INFO", sep=" "):
    return "[" + level + "] " + sep.join(messages)
print(log("a", "b"), log("x", level="WARN"), log("p", "q", sep="-"), log())
def req(*, a, b=2):
    return a + b
print(req(a=1), req(b=5, a=1))
for call in [lambda: connect("x", 8080), lambda: req(), lambda: req(1), lambda: req(a=1, c=2)]:
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)
def full(a, b=1, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
print(full(1, c=3), full(1, 2, 3, c=4, e=5), full(a=0, c=0, d=0))
try:
    full(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
