# Truth testing: __bool__ first, then __len__, default true; where Python
# tests truth implicitly (if, while, and/or, not, filter, any/all, assert).


class Queue:
    def __init__(self, *items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)

    def pop(self):
        return self.items.pop(0)


class Flagged:
    def __init__(self, ok):
        self.ok = ok
        self.checked = 0

    def __bool__(self):
        self.checked += 1
        return self.ok


class BothDefined:
    def __bool__(self):
        return False

    def __len__(self):
        return 10


class Neither:
    pass


print(bool(Queue()), bool(Queue(1)), bool(Flagged(True)), bool(Flagged(False)))
print(bool(BothDefined()), len(BothDefined()), bool(Neither()), not Neither(), not Queue())

q = Queue("a", "b", "c")
drained = []
while q:
    drained.append(q.pop())
print(drained, len(q), bool(q))

f_yes, f_no = Flagged(True), Flagged(False)
print(f_yes and "yes", (f_no and "never") is f_no, f_no or "fallback", (f_yes or f_no) is f_yes)
print(f_yes.checked, f_no.checked)
r = f_no and f_yes      # and returns the first falsy operand itself, no bool() result
print(r is f_no, f_no.checked)
print([x for x in [Queue(), Queue(0), Flagged(False), Neither(), 0, "", "x"] if x].__len__())
print(list(filter(None, [Queue(), Queue(1, 2), Flagged(True)]))[0].__class__.__name__)
print(any([Queue(), Flagged(False)]), all([Queue(1), Flagged(True), Neither()]))
x = Queue(1) if Queue() else "empty queue is falsy"
print(x)
try:
    assert Queue(), "queue must not be empty"
except AssertionError as e:
    print("AssertionError:", e)


# __bool__ must return a bool; __len__ must be a non-negative int
class BadBool:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        return self.v


class BadLen:
    def __init__(self, v):
        self.v = v

    def __len__(self):
        return self.v


for obj in (BadBool(1), BadBool("yes"), BadBool(None), BadLen(-1), BadLen(1.0), BadLen("2")):
    try:
        print(bool(obj))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
for obj in (BadBool(0), BadLen(-5)):
    try:
        if obj:
            pass
    except (TypeError, ValueError) as e:
        print("in if:", type(e).__name__ + ":", e)
    try:
        print(not obj)
    except (TypeError, ValueError) as e:
        print("in not:", type(e).__name__ + ":", e)

# bool of a subclass returning an int subclass from __len__
print(bool(BadLen(True)), len(BadLen(False)))


# a sparse vector that is falsy when all components are zero
class Sparse:
    def __init__(self, **comps):
        self.comps = {k: v for k, v in comps.items() if v}

    def __bool__(self):
        return bool(self.comps)

    def __len__(self):
        return len(self.comps)

    def __add__(self, other):
        out = dict(self.comps)
        for k, v in other.comps.items():
            out[k] = out.get(k, 0) + v
        return Sparse(**out)

    def __repr__(self):
        return f"Sparse({', '.join(f'{k}={v}' for k, v in sorted(self.comps.items()))})"


a = Sparse(x=1, y=0, z=-2)
b = Sparse(x=-1, z=2)
print(a, b, a + b, bool(a + b), len(a), bool(Sparse()), [v for v in (a, b, a + b) if v])
total = Sparse()
for part in (a, b, Sparse(w=5)):
    total = total + part
    print("running:", total or "zero vector")
