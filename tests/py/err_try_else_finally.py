# try/except/else/finally ordering.
def run(x):
    log = []
    try:
        log.append("try")
        r = 10 // x
        log.append("after op")
    except ZeroDivisionError:
        log.append("except")
    else:
        log.append("else %d" % r)
    finally:
        log.append("finally")
    return log
print(run(2))
print(run(0))
def only_finally(x):
    out = []
    try:
        try:
            out.append("inner try")
            1 // x
        finally:
            out.append("inner finally")
    except ZeroDivisionError:
        out.append("outer except")
    return out
print(only_finally(1), only_finally(0))
def multi(v):
    try:
        if v == 0:
            raise ValueError("zero")
        if v == 1:
            raise KeyError("one")
        if v == 2:
            raise IndexError("two")
        if v == 3:
            return {}["missing"]
        return "ok"
    except ValueError as e:
        return "ValueError: %s" % e
    except (KeyError, IndexError) as e:
        return "%s: %s" % (type(e).__name__, e)
    finally:
        print("  finally for", v)
for v in range(5):
    print(multi(v))
try:
    pass
except Exception:
    print("never")
else:
    print("else after empty try")
finally:
    print("finally after empty try")
def nested_else():
    try:
        x = 1
    except Exception:
        return "except"
    else:
        try:
            1 / 0
        except ZeroDivisionError:
            return "inner except in else"
    finally:
        print("outer finally")
print(nested_else())
e = "before"
try:
    raise ValueError("bound")
except ValueError as e:
    print("inside", e)
try:
    print(e)
except NameError as ne:
    print("e unbound after except:", type(ne).__name__)
