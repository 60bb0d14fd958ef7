# Nested `for ... in range(ints)` loops, whose state compiled code keeps
# in registers (RANGEPREP, FORRANGE), next to iterators that are objects.
# What must hold: an iterator the user holds (iter(range) in a variable,
# then looped over), a range loop running in another frame of the same
# function (recursion, generators), and one left half-used by break or by
# an exception; exits from compiled code in the middle of an inner loop
# must resume with the right position.  (At threshold 1 these functions
# are compiled before they ran, without profiles, so the loops stay
# generic; threshold 5 lets the interpreter see their types first.)
# jit-args: --jit-threshold 5
# expect-jit: loops compiled >= 5


def nest(n):
    t = 0
    for i in range(n):
        for j in range(i, n):
            t += i * j
        for k in range(n - i):
            t -= k
    return t


def user_iter(n):
    out = []
    for rep in range(3):
        it = iter(range(n))
        for x in it:  # the user's iterator, in the loop's register slot
            if x == 2:
                break
        for y in range(10):  # a fused loop that may use the same slot
            out.append(y)
        out.append(next(it, "done"))  # it must still be at 3
        out.append(list(it))
    return out


def rec(depth, width):
    s = 0
    for i in range(width):
        for j in range(width):
            s += i - j + depth
        if depth > 0 and i == 1:
            s += rec(depth - 1, width)  # a new frame, same loops
    return s


def gen(n):
    for i in range(n):
        for j in range(i):
            yield i * 10 + j


def interleaved(n):
    a = gen(n)
    b = gen(n)
    out = []
    for _ in range(n * n):
        x = next(a, None)
        y = next(b, None)
        if x is None and y is None:
            break
        out.append((x, y))
    return out


def broken(n):
    t = 0
    for i in range(n):
        for j in range(100):
            if j == i:
                break
            t += j
        try:
            for j in range(5):
                if j == 3 and i % 2:
                    raise KeyError(i)
                t += 1
        except KeyError:
            t += 1000
    return t


def deopt(n):
    # the inner loop sees ints, then a float and a string: the compiled
    # code leaves in the middle of it and the interpreter goes on
    vals = [1] * 50 + [2.5] + [1] * 10 + ["x"]
    t = 0
    s = ""
    for i in range(n):
        for j in range(len(vals)):
            v = vals[(i * 7 + j) % len(vals)]
            if isinstance(v, str):
                s += v
            else:
                t += v * j
    return t, len(s)


def big_steps():
    out = []
    for i in range(3):
        for j in range(2**62, 2**62 + 3 * i):
            out.append(j - 2**62)
        for j in range(5, -5, -3 - i):
            out.append(j)
        for j in range(-(2**63), -(2**63) + 2):
            out.append(j)
    return out


print(nest(60))
print(user_iter(6))
print(rec(3, 5))
print(interleaved(6)[:12], len(interleaved(6)))
print(broken(40))
print(deopt(30))
print(big_steps())
