# `for x in range(...)` keeps its state (next value, count left, step) in
# registers rather than in an iterator object, but only when the name
# `range` turns out to be the builtin and the arguments are ints: each
# other case must behave exactly as iterating over whatever the call
# returned.  Shadowing (global, local, argument, builtins), arguments with
# __index__, bools and big ints, bad calls, counts at and past the int64
# limit, generators suspended inside such loops, comprehensions, closures
# over the loop variable, and loops left by break, return and exceptions.
import builtins
import sys


def plain(n):
    out = []
    for i in range(n):
        out.append(i)
    for i in range(2, n):
        out.append(-i)
    for i in range(n, -n, -3):
        out.append(i * 10)
    for i in range(-n, n, 4):
        out.append(i * 100)
    return out


print(plain(7))


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


def odd_args():
    out = []
    for i in range(Idx(3)):
        out.append(i)
    for i in range(True, Idx(4), True):
        out.append(i)
    for i in range(2**64, 2**64 + 3):
        out.append(i - 2**64)
    for i in range(-(2**63), 2**63 - 1):  # more values than fit in a count
        out.append(i)
        if len(out) > 12:
            break
    for i in range(0, 2**63 - 1, 2**62):
        out.append(i)
    for i in range(2**63 - 3, 2**63 - 1):
        out.append(i)
    return out


print(odd_args())


def bad_calls():
    out = []
    for args in [(), (1, 2, 3, 4), (1.5,), ("3",), (1, 5, 0), (None,)]:
        try:
            for i in range(*args):
                out.append(i)
        except (TypeError, ValueError) as e:
            out.append(type(e).__name__ + ": " + str(e))
    try:
        for i in range(stop=3):
            out.append(i)
    except TypeError as e:
        out.append(str(e))
    try:
        for i in range(0, 10, 0):
            out.append(i)
    except ValueError as e:
        out.append(str(e))
    try:
        for i in range(3.0):
            out.append(i)
    except TypeError as e:
        out.append(str(e))
    return out


print(bad_calls())


def local_range(n):
    range = lambda k: ["a"] * k  # a local named range
    out = []
    for x in range(n):
        out.append(x)
    return out


def arg_range(range, n):
    return [x for x in range(n)] + [y for _ in "ab" for y in range(n)]


print(local_range(3), arg_range(lambda k: "xyz"[:k], 2), arg_range(range, 3))

saved = range


def fake_range(*args):
    return iter(["fake"] + list(args))


def uses_global():
    return [x for x in "q" for x in range(4, 1, -1)] + [i for i in range(2)]


print(uses_global())
range = fake_range  # a module global now shadows the builtin
print(uses_global())
del range
builtins.range = fake_range  # and now the builtin itself
print(uses_global())
builtins.range = saved
print(uses_global())


def gen(n):
    for i in range(n):
        for j in range(i, 0, -1):
            yield (i, j)
    yield "end"


g1, g2 = gen(4), gen(3)
print([next(g1), next(g2), next(g1), next(g1), next(g2)], list(g1), list(g2))


def loop_var_games(n):
    out = []
    for i in range(n):
        i *= 100  # the next round still gets the next value
        out.append(i)
    for i in range(3):
        pass
    out.append(i)
    for i in range(0):
        out.append("never")
    out.append(i)
    for i in range(5):
        if i == 1:
            continue
        if i == 3:
            break
        out.append(i)
    else:
        out.append("no break")
    for i in range(2):
        out.append(i)
    else:
        out.append("else ran")
    return out


print(loop_var_games(4))


def closures(n):
    fs = []
    for i in range(n):
        fs.append(lambda: i)
    gs = [lambda i=i: i for i in range(n)]
    return [f() for f in fs], [g() for g in gs]


print(closures(4))


def comprehensions(n):
    a = [(i, j) for i in range(n) for j in range(i)]
    b = {i: [j for j in range(i, n)] for i in range(n)}
    c = {j % 3 for i in range(n) for j in range(i, 2 * i)}
    d = sum(i * j for i in range(n) for j in range(n, 0, -2))
    return a, b, c, d


print(comprehensions(4))


def find(n, target):
    for i in range(n):
        for j in range(n):
            if i * j == target:
                return i, j
    return None


print(find(10, 42), find(5, 99))


def raises_inside(n):
    total = 0
    for i in range(n):
        try:
            for j in range(10):
                if j == i:
                    raise KeyError(j)
                total += j
        except KeyError as e:
            total += 1000 * e.args[0]
    return total


print(raises_inside(6))


def recurse(d):
    s = 0
    for i in range(3):
        s += i
        if d:
            s += recurse(d - 1) * 10
    return s


print(recurse(3))


def traceback_line(n):
    for i in range(n):
        1 / (i - 2)


try:
    traceback_line(5)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e, e.__traceback__.tb_next.tb_lineno)


def deep_state(n):
    # a long loop whose values pass int64's middle: wrapping of the value
    # after the last one must not matter
    t = 0
    for i in range(sys.maxsize - n, sys.maxsize):
        t += i % 1000
    for i in range(-sys.maxsize - 1 + n, -sys.maxsize - 1, -1):
        t += i % 1000
    return t


print(deep_state(300))
