# Int arithmetic in a compiled loop overflows int64: the overflow check
# deoptimizes, the interpreter promotes to a big int, and the loop is
# recompiled for the wider type.
# expect-jit: exit int overflow >= 1
# expect-jit: loops compiled >= 2


def doubling(n):
    x = 1
    for _ in range(n):
        x = x * 2
    return x


for n in (10, 62, 63, 64, 100):
    print(n, doubling(n))


def sums(limit):
    s = 9223372036854775000
    steps = 0
    while steps < limit:
        s += 100
        steps += 1
    return s, s - 9223372036854775807


print(sums(20))


def negate_min():
    vals = []
    x = -9223372036854775807
    for _ in range(3):
        x -= 1
        vals.append(-x)
    return vals


print(negate_min())


def shifts():
    out = []
    v = 1
    for i in range(0, 70, 7):
        out.append(v << i)
    return out


print(shifts())
