# Inlined callees that never touch their frame (arithmetic that leaves only
# by exits) run on a window the caller does not clear and get a frame only
# when an exit hands them to the interpreter.  Everything the interpreter
# then needs must be in that window: the arguments, values computed so far,
# and unbound locals as unbound (UnboundLocalError, not a stale value from
# an earlier call in the same stack slot); tracebacks must show the callee.
# jit-args: --jit-threshold 20
# expect-jit: calls inlined >= 3
# expect-jit: exit int overflow >= 1


def tri(i, j):
    return (i + j) * (i + j + 1) // 2 + i + 1


def recip(i, j):
    return 1.0 / (tri(i, j) - 7)


def pick(a, b):
    if a > b:
        x = a - b
    return x * 2  # unbound when a <= b


def grow(v, k):
    return v * k + 1


def run():
    t = 0
    for i in range(60):
        for j in range(30):
            t += tri(i, j)
    print("tri", t)

    # int overflow inside the inlined code: big ints from the interpreter
    v = 3
    k = 7
    for i in range(300):
        if i == 250:
            k = 1000003
        v = grow(v, k)  # overflows a few calls after k changes
        if i < 250:
            v %= 100000
    print("grow", v % 1000000007, v.bit_length())

    # ZeroDivisionError inside the inlined code (tri(0, 3) == 7)
    s = 0.0
    for i in range(40):
        for j in range(5):
            try:
                s += recip(i % 4, j)
            except ZeroDivisionError as e:
                tb = e.__traceback__
                names = []
                while tb is not None:
                    names.append(tb.tb_frame.f_code.co_name)
                    tb = tb.tb_next
                print("zero at", i % 4, j, names, e)
    print("recip %.6f" % s)

    # an unbound local inside the inlined code, after calls that bound it
    n = 0
    for i in range(100):
        a, b = (i, 50) if i != 77 else (3, 9)
        try:
            n += pick(a, b) if a > b or i == 77 else 0
        except UnboundLocalError as e:
            print("unbound at", i, type(e).__name__)
    print("pick", n)


run()
