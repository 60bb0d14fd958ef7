# Recursion limits: RecursionError instead of a crash, recovery afterwards,
# sys.setrecursionlimit both ways, and recursion through dunder methods,
# generators, eval/exec and callbacks.
import sys


def countdown(n):
    return 0 if n == 0 else 1 + countdown(n - 1)


def deepest():
    reached = 0

    def dive(k):
        nonlocal reached
        reached = k
        dive(k + 1)

    try:
        dive(1)
    except RecursionError as e:
        return reached, str(e)


print("default limit", sys.getrecursionlimit())
print("deepest call before the error", deepest())
print("still fine afterwards", countdown(500))

# raise the limit: deep but finite recursion works
sys.setrecursionlimit(60000)
print("50000 deep", countdown(50000))
sys.setrecursionlimit(1000)
try:
    countdown(5000)
except RecursionError as e:
    print("back to 1000:", e)

# lower the limit
sys.setrecursionlimit(100)
print("limit 100, deepest", deepest()[0])
sys.setrecursionlimit(1000)


def refuse(k):
    if k == 0:
        try:
            sys.setrecursionlimit(5)
        except RecursionError as e:
            return str(e)
        return "accepted"
    return refuse(k - 1)


print(refuse(10))
for bad in (0, -5):
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    sys.setrecursionlimit("deep")
except TypeError as e:
    print("TypeError:", e)


# mutual recursion
def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


print("mutual 900:", is_even(900))
try:
    is_even(10**6)
except RecursionError:
    print("mutual recursion: RecursionError")


class Node:
    def __init__(self, child=None):
        self.child = child

    def __repr__(self):
        return "Node(%r)" % (self.child,)

    def __eq__(self, other):
        return isinstance(other, Node) and self.child == other.child

    def __hash__(self):
        return hash(self.child) + 1


chain = None
for _ in range(3):
    chain = Node(chain)
print(repr(chain), chain == Node(Node(Node())), hash(chain) == hash(Node(Node(Node()))))
for _ in range(5000):
    chain = Node(chain)
for what, fn in (("repr", repr), ("eq", lambda c: c == Node(c.child)), ("hash", hash)):
    try:
        fn(chain)
        print(what, "of a 5000-deep chain worked")
    except RecursionError:
        print(what, "of a 5000-deep chain: RecursionError")


class Forever:
    def __getattr__(self, name):
        return getattr(self, name + "x")


try:
    Forever().a
except RecursionError:
    print("__getattr__ recursion: RecursionError")


def nested_gen(n):
    if n:
        yield from nested_gen(n - 1)
    yield n


print("generators 400 deep:", sum(nested_gen(400)))
try:
    sum(nested_gen(5000))
except RecursionError:
    print("generators 5000 deep: RecursionError")


def via_eval(n):
    return n if n == 0 else eval("via_eval(n - 1)")


print("eval recursion 200:", via_eval(200))
try:
    via_eval(5000)
except RecursionError:
    print("eval recursion: RecursionError")

ns = {}
exec("def ex(n):\n    exec('r = ex(n + 1)', {'ex': ex, 'n': n})\n", ns)
try:
    ns["ex"](0)
except RecursionError:
    print("exec recursion: RecursionError")


def key(v):
    return key(v)


try:
    sorted([3, 1, 2], key=key)
except RecursionError:
    print("sorted key recursion: RecursionError")

try:
    list(map(lambda v: key(v), [1]))
except RecursionError:
    print("map callback recursion: RecursionError")


def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


sys.setrecursionlimit(3000)
print("fact(1200) has", len(str(fact(1200))), "digits")
sys.setrecursionlimit(1000)

# the error leaves the interpreter usable at every depth
results = []
for limit in (50, 200, 1000):
    sys.setrecursionlimit(limit)
    try:
        countdown(10**6)
    except RecursionError:
        results.append(countdown(limit // 2))
sys.setrecursionlimit(1000)
print("recovered:", results)
