# Exceptions (finally with return/break/continue, chaining, hierarchy) and generators (send/throw/close, yield from, PEP 479).
import sys
def f(n):
    try:
        if n == 0: return "zero"
        if n == 1: raise ValueError("one")
        return "other"
    except ValueError as e:
        return "caught " + str(e)
    finally:
        print("finally", n)
print(f(0), f(1), f(2))
def g():
    for i in range(5):
        try:
            if i == 1: continue
            if i == 3: break
            print("body", i)
        finally:
            print("fin", i)
    return i
print(g())
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise KeyError("k") from e
except KeyError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)
try:
    try:
        {}["x"]
    except KeyError:
        int("abc")
except ValueError as e:
    print(repr(e), repr(e.__context__))
try:
    raise
except RuntimeError as e:
    print(e)
def reraiser():
    try:
        raise TypeError("t")
    except TypeError:
        raise
try: reraiser()
except TypeError as e: print("reraised", e)
try: raise SystemExit(3)
except SystemExit as e: print("exit code", e.code)
for exc in [BaseException, Exception, ArithmeticError, LookupError, UnicodeError, RuntimeError, NotImplementedError, GeneratorExit, AssertionError, ImportError, ModuleNotFoundError, OSError, FileNotFoundError, EOFError, KeyboardInterrupt, StopIteration, RecursionError, UnboundLocalError]:
    print(exc.__name__, [c.__name__ for c in exc.__mro__])
print(repr(ValueError()), str(ValueError()), repr(ValueError(1, 2)), str(ValueError(1, 2)), str(KeyError("a")), repr(KeyError("a")))
try: assert 1 == 2, "msg"
except AssertionError as e: print("assert", e)
try: assert False
except AssertionError as e: print("assert2", repr(e))
class MyErr(ValueError): pass
try: raise MyErr
except (TypeError, ValueError) as e: print("tuple catch", type(e).__name__, isinstance(e, ValueError))
print(sys.exc_info())
def gen():
    x = yield 1
    print("got", x)
    try:
        yield 2
    except ValueError as e:
        print("thrown", e)
        yield 3
    finally:
        print("gen closing")
    return "done"
g2 = gen(); print(next(g2), g2.send("hello"), g2.throw(ValueError("v")))
g2.close()
def deleg():
    r = yield from gen()
    print("result", r)
d = deleg(); print(list(d))
def bad():
    yield 1
    raise StopIteration
try: print(list(bad()))
except RuntimeError as e: print("pep479", e)
print(list(iter(iter([1, 2, 3, 0, 5]).__next__, 0)))
ge = (x * x for x in range(4)); print(sum(ge), list(ge))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print([x for _, x in zip(range(10), fib())])
e = ValueError("x"); e.args = ("y",); print(e)
try:
    raise ValueError("abc") from None
except ValueError as e: print(e.__suppress_context__, e.__cause__)
