# try/except/else/finally with return, break and continue crossing finally
# blocks, return in finally overriding, and the order of every clause.

trace = []


def log(x):
    trace.append(x)


def show(label, result):
    print(f"{label}: {result!r} {trace}")
    trace.clear()


def plain(fail):
    try:
        log("try")
        if fail:
            raise ValueError("fail")
    except ValueError:
        log("except")
    else:
        log("else")
    finally:
        log("finally")
    log("after")
    return "done"


show("no error", plain(False))
show("error", plain(True))


def return_in_try():
    try:
        log("try")
        return "from try"
    finally:
        log("finally runs before the return completes")


show("return in try", return_in_try())


def finally_overrides():
    try:
        return "try value"
    finally:
        return "finally value"


show("finally overrides return", finally_overrides())


def finally_swallows():
    try:
        raise KeyError("lost")
    finally:
        return "exception discarded"


show("return in finally discards exception", finally_swallows())


def return_value_evaluated_first():
    x = [1]
    try:
        return x
    finally:
        x.append(2)   # mutates the object being returned


show("returned object mutated in finally", return_value_evaluated_first())


def counter_return():
    n = 0
    try:
        n += 1
        return n
    finally:
        n += 100      # rebinding does not change the pending return value
        log(n)


show("rebinding in finally", counter_return())


def else_return():
    try:
        log("try")
    except Exception:
        return "except"
    else:
        return "else"
    finally:
        log("finally")


show("return from else", else_return())


def exception_in_else():
    try:
        log("try")
    except ValueError:
        log("not this handler")
    else:
        raise ValueError("raised in else")
    finally:
        log("finally")


try:
    exception_in_else()
except ValueError as e:
    log(f"caught outside: {e}")
show("exception in else", None)


def exception_in_finally():
    try:
        raise KeyError("first")
    finally:
        raise ValueError("second")


try:
    exception_in_finally()
except ValueError as e:
    show("exception in finally replaces", (str(e), repr(e.__context__)))


def generator_finally():
    try:
        yield 1
        yield 2
    finally:
        log("generator finally")


g = generator_finally()
print(next(g))
g.close()
show("generator closed", list(generator_finally()))
