# Exceptions raised inside compiled loops, caught inside the loop body and
# outside the loop, with correct traceback-free messages.
# expect-jit: exit exception >= 1


def lookups(keys, table):
    out = []
    for k in keys:
        try:
            out.append(table[k])
        except KeyError as e:
            out.append("missing " + repr(e.args[0]))
    return out


print(lookups(["a", "b", "zz", "c", "yy"], {"a": 1, "b": 2, "c": 3}))


def parse_all(items):
    total = 0
    bad = []
    for s in items:
        try:
            total += int(s)
        except ValueError as e:
            bad.append(str(e))
    return total, bad


print(parse_all(["1", "2", "x", "4", "5y"]))


def first_failure(xs):
    try:
        acc = 0
        for x in xs:
            acc += 10 // x
        return acc
    except ZeroDivisionError as e:
        return "caught outside: %s" % e


print(first_failure([1, 2, 5]))
print(first_failure([1, 2, 0, 4]))


def nested_finally(n):
    log = []
    for i in range(n):
        try:
            try:
                if i % 3 == 2:
                    raise RuntimeError("r%d" % i)
                log.append(i)
            finally:
                log.append("f")
        except RuntimeError as e:
            log.append(str(e))
    return log


print(nested_finally(7))


def raise_out(n):
    for i in range(n):
        if i == 4:
            raise IndexError("stop at %d" % i)


try:
    raise_out(10)
except IndexError as e:
    print("escaped:", e)
