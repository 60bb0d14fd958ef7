# Generator expressions: laziness, the eagerly evaluated first iterable,
# scoping of the loop variable, single-use exhaustion, nesting and use as
# the only argument of a call.

trace = []


def source(n):
    for i in range(n):
        trace.append(f"produce {i}")
        yield i


g = (x * 10 for x in source(3))
print("created, trace:", trace)
print("first:", next(g), "trace:", trace)
print("rest:", list(g), "trace length:", len(trace))
print("exhausted:", list(g))

# the outermost iterable is evaluated when the expression is created
try:
    bad = (x for x in 42)
except TypeError as e:
    print("TypeError at creation:", e)

data = [1, 2, 3]
gen = (x + 1 for x in data)
data = [100]                      # rebinding does not affect gen
print("uses the original list:", list(gen))

items = [1, 2, 3]
gen = (x for x in items)
items.append(4)                   # mutation of the same object is seen
print("sees appended item:", list(gen))

# inner iterables and conditions are evaluated lazily, in the genexpr's scope
factor = 2
g = (x * factor for x in range(3))
factor = 5
print("late-bound factor:", list(g))

x = "outer"
total = sum(x for x in range(5))
print("loop variable does not leak:", x, total)

print("sum of squares:", sum(i * i for i in range(1, 11)))
print("any/all:", any(c.isdigit() for c in "abc1"), all(len(w) > 2 for w in ["abc", "de"]))
print("min/max with key:", min((w for w in "the quick brown fox".split()), key=len),
      max((len(w), w) for w in "jumps over lazy dog".split()))
print("joined:", "-".join(str(n) for n in range(5)))
print("dict from pairs:", dict((c, ord(c)) for c in "abc"))
print("sorted:", sorted((n % 7, n) for n in range(20, 27)))

matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
flat = (v for row in matrix for v in row if v % 2)
print("flattened odd:", list(flat))
transposed = list(tuple(row[i] for row in matrix) for i in range(3))
print("transposed:", transposed)

nested = ((i, j) for i in range(3) for j in range(i))
print("pairs below diagonal:", list(nested))

pipeline = (w.upper() for w in (line.strip() for line in ["  a ", "b  ", "", " c"]) if w)
print("pipeline:", list(pipeline))

g = (n for n in range(3))
print(type(g).__name__, g.__name__ if hasattr(g, "__name__") else "-", iter(g) is g)


def first_match(pred, seq):
    return next((s for s in seq if pred(s)), None)


print("first match:", first_match(lambda s: s > 10, [3, 8, 12, 20]), first_match(str.isupper, "abc"))

counter = 0


def counted(v):
    global counter
    counter += 1
    return v


found = any(counted(n) > 3 for n in range(100))
print("any short-circuits after", counter, "calls:", found)

# a generator expression can be sent None and closed like any generator
g = (c for c in "xyz")
print(next(g), g.send(None))
g.close()
print("after close:", list(g))
