# Globals rebound inside a running loop (to another type, too) and a
# builtin shadowed by a global in the middle of a run.
# expect-jit: loops compiled >= 2
# expect-jit: exit type guard >= 1

factor = 2


def scale(xs):
    global factor
    out = []
    for x in xs:
        out.append(x * factor)
        if x == 3:
            factor = 0.5
        if x == 5:
            factor = "ab"
    return out


print(scale([1, 2, 3, 4, 5, 6]))

counter = 0
for i in range(10):
    counter += i
    if i == 6:
        counter = float(counter)
print(counter)


def lengths(items):
    out = []
    for it in items:
        out.append(len(it))
    return out


print(lengths(["a", "bb", [1, 2, 3]]))


def shadow_mid():
    global len
    out = []
    for i in range(6):
        out.append(len("abc"))
        if i == 2:
            len = lambda s: 100
    return out


print(shadow_mid())
print(lengths(["x", "yy"]))
del len
print(lengths(["x", "yy"]))
