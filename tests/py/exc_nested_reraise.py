# Nested handlers, bare raise (also from a helper called in a handler),
# re-raising a different exception, the `as` name being unbound after the
# handler, exception tuples, and handler matching order.
import sys


def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return f"lookup:{type(e).__name__}"
    except ArithmeticError as e:
        return f"arith:{type(e).__name__}"
    except (TypeError, ValueError):
        return "type-or-value"
    except Exception:
        return "other"


print([classify(e) for e in (KeyError(), IndexError(), ZeroDivisionError(), OverflowError(),
                             ValueError(), UnicodeError(), TypeError(), RuntimeError())])

# the first matching handler wins, even if a later one is more specific
try:
    raise FileNotFoundError("f")
except OSError:
    print("OSError handler")
except FileNotFoundError:
    print("never reached")

# handler types computed at runtime
handlers = (ValueError, ZeroDivisionError)
try:
    1 / 0
except handlers as e:
    print("dynamic tuple caught", type(e).__name__)
errors = [KeyError, TypeError]
try:
    {}[1]
except tuple(errors):
    print("tuple() of a list works")


def log_and_reraise():
    # bare raise in a function called from a handler re-raises the handled exception
    print("  logging", repr(sys.exc_info()[1]))
    raise


def process(x):
    try:
        return 10 // x
    except ZeroDivisionError:
        log_and_reraise()


try:
    process(0)
except ZeroDivisionError as e:
    print("propagated:", e)

# nested try: inner handler re-raises a new exception, outer sees both
try:
    try:
        int("abc")
    except ValueError as inner:
        print("inner caught:", inner)
        try:
            raise RuntimeError("cleanup failed")
        except RuntimeError as deeper:
            print("deeper caught:", deeper, "| context:", repr(deeper.__context__))
        raise                          # re-raises the ValueError, not the RuntimeError
except ValueError as outer:
    print("outer caught:", outer)

# the except target is deleted at the end of the handler
try:
    raise KeyError("x")
except KeyError as err:
    pass
try:
    print(err)
except NameError as e:
    print("NameError:", e)

# ... even if the name existed before
err = "previous value"
try:
    raise ValueError
except ValueError as err:
    pass
print("err" in dir(), "err" in globals())

# sys.exc_info inside and outside handlers, and after nested handling
print(sys.exc_info())
try:
    raise IndexError("outer")
except IndexError:
    try:
        raise KeyError("inner")
    except KeyError:
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info()[0].__name__, sys.exc_info()[1])
print(sys.exc_info() == (None, None, None), sys.exception())

# bare raise without an active exception
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)


# re-raising a caught exception later (outside the handler) keeps its identity
saved = None
try:
    [].pop()
except IndexError as e:
    saved = e
try:
    raise saved
except IndexError as e:
    print(e is saved, e)


# handlers inside loops and functions with early exits
def first_int(values):
    for v in values:
        try:
            return int(v)
        except (TypeError, ValueError):
            continue
    return None


print(first_int(["x", None, "4", "5"]), first_int([]), first_int([[], "7"]))

# raising a class instead of an instance, and raising non-exceptions
for thing in (ValueError, ValueError("inst"), 42, "text", object):
    try:
        raise thing
    except ValueError as e:
        print("ValueError", repr(e))
    except TypeError as e:
        print("TypeError:", e)

# except with a non-exception class
try:
    try:
        raise ValueError("v")
    except 42:
        pass
except TypeError as e:
    print("TypeError:", e)
