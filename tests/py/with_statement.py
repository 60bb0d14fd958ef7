# with: several managers, suppression, exceptions in __exit__, early exits, generators.
import sys
class CM:
    def __init__(self, name, suppress=False):
        self.name = name; self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None, v, sys.exc_info()[0] is t)
        return self.suppress

with CM("a") as a, CM("b") as b:
    print("body", a.name, b.name)
with CM("s", True):
    raise ValueError("boom")
print("after suppressed")
try:
    with CM("x"):
        1/0
except ZeroDivisionError as e:
    print("caught", e)
def f():
    for i in range(3):
        with CM(i):
            if i == 1:
                continue
            if i == 2:
                return "ret"
            print("loop body", i)
print(f())
try:
    with 5:
        pass
except TypeError as e:
    print(e)
class Bad:
    def __enter__(self): return 1
try:
    with Bad():
        pass
except TypeError as e:
    print(e)
class Raiser(CM):
    def __exit__(self, *a):
        raise KeyError("from exit")
try:
    with Raiser("r"):
        raise ValueError("inner")
except KeyError as e:
    print("got", repr(e), repr(e.__context__))
def g():
    with CM("gen"):
        yield 1
        yield 2
print(list(g()))
