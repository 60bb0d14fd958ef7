# Bare raise re-raises the active exception; raising new exceptions in handlers.
def risky(v):
    if v < 0:
        raise ValueError("negative: %d" % v)
    return v * 2
def wrapper(v):
    try:
        return risky(v)
    except ValueError:
        print("  wrapper saw error, re-raising")
        raise
for v in [3, -1]:
    try:
        print("result", wrapper(v))
    except ValueError as e:
        print("outer caught:", e)
def convert(s):
    try:
        return int(s)
    except ValueError:
        raise TypeError("cannot convert %r" % s)
try:
    convert("xyz")
except TypeError as e:
    print(type(e).__name__, e)
def cleanup_then_raise():
    log = []
    try:
        try:
            {}["k"]
        except KeyError:
            log.append("handling")
            raise
        finally:
            log.append("finally")
    except KeyError as e:
        log.append("outer " + type(e).__name__ + " " + str(e))
    return log
print(cleanup_then_raise())
count = 0
def retry(fn, attempts):
    global count
    for i in range(attempts):
        try:
            return fn(i)
        except ZeroDivisionError as e:
            count += 1
            last = e
    raise ValueError("all attempts failed")
print(retry(lambda i: 10 // (i - 2) if i < 2 else 10 // (i - 2), 4))
try:
    retry(lambda i: 1 // 0, 3)
except ValueError as e:
    print(e, count)
try:
    try:
        raise IndexError("first")
    except IndexError:
        raise KeyError("second")
except KeyError as e:
    print(type(e).__name__, e)
def raise_in_else():
    try:
        pass
    except Exception:
        pass
    else:
        raise AttributeError("from else")
try:
    raise_in_else()
except AttributeError as e:
    print(type(e).__name__, e)
