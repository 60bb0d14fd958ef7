# iter(callable, sentinel): reading fixed-size chunks from a file, polling
# a queue until a marker, rolling dice until a six, and callable_iterator
# behaviour after the sentinel.
import os
import random
import tempfile
from functools import partial
from collections import deque

tmp = tempfile.mkdtemp()
path = os.path.join(tmp, "blocks.bin")
with open(path, "wb") as f:
    f.write(bytes(range(26)) * 3 + b"tail")

with open(path, "rb") as f:
    blocks = list(iter(partial(f.read, 16), b""))
print(len(blocks), [len(b) for b in blocks], blocks[-1])

text_path = os.path.join(tmp, "lines.txt")
with open(text_path, "w") as f:
    f.write("alpha\nbeta\n\ngamma\nEND\nnot reached\n")

with open(text_path) as f:
    for line in iter(f.readline, "END\n"):
        print("line:", repr(line))

queue = deque(["job1", "job2", None, "job3"])
jobs = list(iter(queue.popleft, None))
print("jobs before marker:", jobs, "left:", list(queue))

rng = random.Random(2024)
rolls = list(iter(lambda: rng.randint(1, 6), 6))
print("rolls before a six:", rolls)


class Counter:
    def __init__(self):
        self.n = 0

    def __call__(self):
        self.n += 1
        return self.n


c = Counter()
it = iter(c, 4)
print(type(it).__name__, list(it), "counter at", c.n)
print("after sentinel it stays exhausted:", next(it, "empty"), "counter at", c.n)

c2 = Counter()
squares = (n * n for n in iter(c2, 6))
print("squares:", list(squares))

try:
    iter(42, 0)
except TypeError as e:
    print("TypeError:", e)


def failing():
    raise ValueError("boom")


try:
    list(iter(failing, None))
except ValueError as e:
    print("exception from the callable propagates:", e)

state = {"calls": 0}


def stopper():
    state["calls"] += 1
    if state["calls"] > 3:
        raise StopIteration
    return state["calls"]


print("StopIteration from the callable ends it:", list(iter(stopper, None)))

words = iter("the quick brown fox".split())
print("sentinel compared with ==:", list(iter(lambda: next(words, "fox"), "fox")))

os.remove(path)
os.remove(text_path)
os.rmdir(tmp)
print("cleaned up:", os.path.exists(tmp))
