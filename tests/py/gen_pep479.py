# PEP 479: StopIteration raised inside a generator becomes RuntimeError.
def g():
    yield 1
    next(iter([]))
    yield 2
try:
    print(list(g()))
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", type(e.__cause__).__name__)
def h():
    yield from range(2)
    raise StopIteration("explicit")
try:
    print(list(h()))
except RuntimeError as e:
    print("RuntimeError:", e)
def fine():
    yield 1
    return
print(list(fine()))
