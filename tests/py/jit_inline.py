# Small functions called from compiled loops are inlined into the caller's
# code.  The inlined copies must still behave as the function does: int
# overflow inside them, exceptions raised in them (caught by the caller or
# not), defaults and closure cells, a callee redefined while the loop runs,
# and the traceback of an exception that leaves the inlined code.
# expect-jit: calls inlined >= 4
# expect-jit: exit exception >= 1


def area(w, h):
    return w * h


def scaled(x, k=3):
    return x * k + 1


def make_adder(n):
    def add(x):
        return x + n
    return add


add5 = make_adder(5)


def checked(x):
    if x == 13:
        raise ValueError("unlucky %d" % x)
    return x - 1


def f(n):
    total = 0
    for i in range(n):
        total += area(i, i + 1) + scaled(i) + add5(i)
    return total


print(f(50))


def overflow(n):
    acc = 1
    out = []
    for i in range(n):
        acc = area(acc, 7)
        out.append(acc.bit_length())
    return out


print(overflow(30))


def products(n):
    k = 2305843009213693952  # 2**61: int64 overflows from i = 4 on
    out = []
    for i in range(n):
        out.append(area(i, k))
    return out


print(products(8))


def catches(n):
    seen = []
    for i in range(n):
        try:
            seen.append(checked(i))
        except ValueError as e:
            seen.append(str(e))
    return seen


print(catches(20))


def halves(x):
    return x / 2


def floats(n):
    s = 0.0
    for i in range(n):
        s += halves(i) + halves(float(i))
    return s


print(floats(100))


def shape(x):
    return x + 1


def redefine(n):
    global shape
    out = []
    for i in range(n):
        out.append(shape(i))
        if i == 5:
            def shape(x):
                return x * 100
    return out


print(redefine(10))


def uncaught(n):
    for i in range(n):
        checked(i)


try:
    uncaught(20)
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print("uncaught:", e, names)
