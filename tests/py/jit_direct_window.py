# Direct calls from compiled code to compiled callees that are too big to
# inline: the callee's window is in the caller's native frame, reused by
# every call from that site, and the caller clears only the callee's named
# locals past its parameters.  Whatever the interpreter may read when the
# callee's code leaves (a type guard, an overflow) or calls locals() must be
# right: unbound locals unbound (UnboundLocalError, not a value left by the
# previous call from the same site), temporaries and parameters as the
# callee's own code wrote them.
# jit-args: --jit-threshold 20
# expect-jit: functions compiled >= 2


def big(a, b, flag):
    # more than the inlining limit of instructions, with a local bound on
    # one path only
    t = a * 3 + b * 5 - (a ^ b) + (a | b) - (a & b)
    u = t * 2 + a - b + (t >> 1) + (t << 1) - (a % 7) + (b % 11)
    if flag:
        w = u + t
    v = u - t + a * b - (a + b) * (a - b) + t % 13 + u % 17
    return w + v  # unbound when not flag


def peek(a, flag):
    s = a * 2 + 1 + (a >> 2) + (a << 3) - (a % 5) + (a ^ 3) + (a | 8) - (a & 6)
    s = s * 3 + a - (s % 7) + (s >> 1) + (s ^ a) - (s | 1) + (s & 255)
    if flag:
        extra = s - a
    names = sorted(k for k in locals() if not k.startswith("."))
    return names, s


def driver(n):
    out = []
    for i in range(n):
        try:
            out.append(big(i, i + 1, i % 5 != 4))
        except UnboundLocalError as e:
            out.append("unbound: " + str(e))
        names, s = peek(i, i % 3 == 0)
        out.append((names, s))
    # now a bool and big ints reach the callee: its code leaves
    for v in (True, 2**70, -(2**62), 7):
        try:
            out.append(big(v, 3, False))
        except UnboundLocalError as e:
            out.append("unbound: " + str(e))
        except TypeError as e:
            out.append("TypeError: " + str(e))
        out.append(big(v, 3, True))
    return out


res = driver(60)
print(len(res))
for r in res[:12]:
    print(r)
for r in res[-12:]:
    print(r)
