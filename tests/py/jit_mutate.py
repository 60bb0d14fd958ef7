# Loops that change the list they iterate over: iteration is index based,
# as in CPython, and the compiled loop re-reads the list's length.
# expect-jit: functions compiled >= 1


def grow():
    xs = [1, 2, 3]
    out = []
    for x in xs:
        out.append(x)
        if x < 100:
            xs.append(x * 10)
    return out, len(xs)


print(grow())


def shrink():
    xs = list(range(12))
    visited = []
    for x in xs:
        visited.append(x)
        if x % 3 == 0:
            xs.remove(x)
    return visited, xs


print(shrink())


def rewrite():
    xs = [1, 2, 3, 4, 5]
    for i in range(len(xs)):
        xs[i] = xs[i] * xs[i]
        if i + 1 < len(xs):
            xs[i + 1] += 1
    return xs


print(rewrite())


def clear_midway():
    xs = list(range(10))
    seen = []
    for x in xs:
        seen.append(x)
        if x == 4:
            del xs[5:]
    return seen


print(clear_midway())
