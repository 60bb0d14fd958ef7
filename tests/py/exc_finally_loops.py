# break and continue crossing finally blocks in for and while loops,
# break/continue inside finally discarding the exception, nested finally
# blocks on return, and a retry loop whose finally runs every attempt.

trace = []


def log(x):
    trace.append(x)


def show(label, result):
    print(f"{label}: {result!r} {trace}")
    trace.clear()


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
