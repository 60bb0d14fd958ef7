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


def loop_control():
    for i in range(5):
        try:
            if i == 1:
                log("continue")
                continue
            if i == 3:
                log("break")
                break
            log(f"body {i}")
        finally:
            log(f"finally {i}")
    else:
        log("else (not reached)")
    return "loop over"


show("break/continue through finally", loop_control())


def break_in_finally():
    for i in range(3):
        try:
            raise RuntimeError(f"error {i}")
        finally:
            log(f"finally {i}")
            break      # discards the RuntimeError
    return "broke out"


show("break in finally", break_in_finally())


def continue_in_finally():
    for i in range(3):
        try:
            if i == 1:
                raise ValueError("skipped")
            log(f"ok {i}")
        finally:
            if i == 1:
                continue
    return "continued"


show("continue in finally", continue_in_finally())


def nested_finally():
    try:
        try:
            log("inner try")
            return "inner"
        finally:
            log("inner finally")
    finally:
        log("outer finally")


show("nested finally", nested_finally())


def while_retry():
    attempts = 0
    while True:
        attempts += 1
        try:
            if attempts < 3:
                raise ConnectionError(f"attempt {attempts}")
            log(f"success on {attempts}")
            return attempts
        except ConnectionError as e:
            log(f"retry after {e}")
            continue
        finally:
            log(f"cleanup {attempts}")


show("retry loop", while_retry())


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
