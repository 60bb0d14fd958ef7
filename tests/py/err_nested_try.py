# Nested try blocks and propagation through function calls.
def level3(x):
    return 100 // x
def level2(x):
    try:
        return level3(x)
    except TypeError:
        return "level2 handled TypeError"
def level1(x):
    try:
        return level2(x)
    except ZeroDivisionError as e:
        return "level1 handled: %s" % e
print(level1(5), level1("s"), level1(0), sep=" | ")
def process(items):
    results = []
    for item in items:
        try:
            try:
                v = int(item)
            except ValueError:
                v = float(item)
            results.append(10 / v)
        except ValueError:
            results.append("bad:" + item)
        except ZeroDivisionError:
            results.append("div0")
    return results
print(process(["2", "2.5", "x", "0", "-4", "0.0"]))
log = []
try:
    log.append(1)
    try:
        log.append(2)
        try:
            log.append(3)
            raise KeyError("deep")
        finally:
            log.append("f3")
        log.append("skipped")
    except IndexError:
        log.append("wrong handler")
    finally:
        log.append("f2")
except KeyError as e:
    log.append("caught " + str(e))
finally:
    log.append("f1")
print(log)
def handler_raises():
    try:
        raise ValueError("original")
    except ValueError:
        try:
            raise TypeError("inner")
        except TypeError as e:
            return "recovered from " + str(e)
print(handler_raises())
depth = 0
def recurse(n):
    global depth
    try:
        if n == 0:
            raise IndexError("bottom")
        return recurse(n - 1)
    finally:
        depth += 1
try:
    recurse(10)
except IndexError as e:
    print(e, depth)
