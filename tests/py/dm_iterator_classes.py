# Iterator protocol with classes: __iter__ returning self or a fresh
# iterator, __next__ raising StopIteration, iterables consumed by builtins,
# and the difference between re-iterable containers and one-shot iterators.


class Countdown:
    """A one-shot iterator."""

    def __init__(self, start):
        self.n = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


c = Countdown(3)
print(list(c), list(c), iter(c) is c)
print(sum(Countdown(4)), max(Countdown(5)), sorted(Countdown(3)), tuple(Countdown(2)), set(Countdown(3)))
print([x * x for x in Countdown(3)], dict(zip("abc", Countdown(3))), list(enumerate(Countdown(2))))
print(any(x > 4 for x in Countdown(5)), all(Countdown(3)), "-".join(map(str, Countdown(4))))


class Span:
    """A re-iterable container: each iter() gets a new iterator."""

    def __init__(self, lo, hi, step=1):
        self.lo, self.hi, self.step = lo, hi, step

    def __iter__(self):
        return SpanIterator(self)

    def __len__(self):
        return max(0, (self.hi - self.lo + self.step - 1) // self.step)

    def __contains__(self, x):
        return self.lo <= x < self.hi and (x - self.lo) % self.step == 0


class SpanIterator:
    def __init__(self, span):
        self.span = span
        self.cur = span.lo

    def __iter__(self):
        return self

    def __next__(self):
        if self.cur >= self.span.hi:
            raise StopIteration
        v = self.cur
        self.cur += self.span.step
        return v


s = Span(0, 10, 3)
print(list(s), list(s), len(s), 6 in s, 7 in s, [(a, b) for a in Span(0, 2) for b in Span(0, 2)])
it1, it2 = iter(s), iter(s)
print(next(it1), next(it1), next(it2), next(it1), next(it2))
print(next(it1, "done"), next(it1, "done"))
try:
    next(it1)
except StopIteration as e:
    print("StopIteration", e.args, e.value)


# an iterator over a tree, with state in a stack
class Node:
    def __init__(self, value, *children):
        self.value = value
        self.children = list(children)

    def __iter__(self):
        return TreeIter(self)


class TreeIter:
    def __init__(self, root):
        self.stack = [root]

    def __iter__(self):
        return self

    def __next__(self):
        if not self.stack:
            raise StopIteration
        node = self.stack.pop()
        self.stack.extend(reversed(node.children))
        return node.value


tree = Node(1, Node(2, Node(4), Node(5)), Node(3, Node(6, Node(7))))
print(list(tree), sum(tree), [v for v in tree if v % 2 == 0])


# iter(callable, sentinel) and iterators that raise other errors
class Reader:
    def __init__(self, chunks):
        self.chunks = list(chunks)

    def read(self):
        return self.chunks.pop(0) if self.chunks else ""


r = Reader(["ab", "cd", "ef"])
print(list(iter(r.read, "")))


class Faulty:
    def __init__(self):
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.i += 1
        if self.i == 3:
            raise ValueError("corrupt record 3")
        return self.i


got = []
try:
    for x in Faulty():
        got.append(x)
except ValueError as e:
    print("ValueError:", e, got)


# errors for broken protocols
class NoNext:
    def __iter__(self):
        return 42


class NotIter:
    def __next__(self):
        return 1


for obj in (NoNext(), NotIter()):
    try:
        for _ in obj:
            break
    except TypeError as e:
        print("TypeError:", e)
try:
    next(Span(0, 1))
except TypeError as e:
    print("TypeError:", e)


# a class usable with zip/map and unpacking, plus islice
import itertools


class Naturals:
    def __iter__(self):
        n = 0
        while True:
            yield n
            n += 1


print(list(itertools.islice(Naturals(), 5)), list(zip(Naturals(), "xyz")), list(map(lambda a, b: a * b, Naturals(), [5, 6, 7])))
first, second, *rest = Span(1, 6)
print(first, second, rest)
