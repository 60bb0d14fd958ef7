# A program read from standard input (`tauraro < prog.py` and
# `tauraro - args < prog.py`): its module name and file, sys.argv and
# sys.path[0], functions, classes and imports working as in a script,
# and the exit status it asks for.
import os
import sys
from collections import Counter

print("__name__:", __name__, "| __file__:", globals().get("__file__"))
print("argv:", sys.argv)
print("path[0]:", repr(sys.path[0]), "| cwd importable:", os.path.abspath(sys.path[0] or ".") == os.getcwd())


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


class Stack:
    def __init__(self):
        self.items = []

    def push(self, x):
        self.items.append(x)
        return self

    def pop(self):
        return self.items.pop()


s = Stack().push(1).push(2).push(3)
print("fib:", [fib(i) for i in range(10)], "| stack pop:", s.pop(), s.items)
print("counter:", Counter("mississippi").most_common(2))
try:
    {}["missing"]
except KeyError as e:
    print("caught", repr(e))
status = len(sys.argv) + 2
print("exiting with", status)
sys.exit(status)
