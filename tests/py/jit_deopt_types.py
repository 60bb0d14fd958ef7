# A loop whose values change type while it runs: the compiled loop guards
# the types it saw, deoptimizes when they change, and the interpreter
# finishes each instruction generically.
# With a threshold of 3 the interpreter profiles a few iterations first, so
# the compiled code guards the types it saw.
# jit-args: --jit-threshold 3
# expect-jit: loops compiled >= 1
# expect-jit: exit type guard >= 1


def doubled(values):
    out = []
    for v in values:
        x = v + v
        out.append(x)
    return out


print(doubled([1, 2, 3, 1.5, 2.5, "a", "bc", [1], [2, 3], (4,), 7]))


def running_total(values):
    total = 0
    for v in values:
        total = total + v
    return total


print(running_total([1, 2, 3, 4.5, 5, 6]))
print(running_total([10**20, 1, 2]))


def phases():
    x = 0
    seen = []
    for i in range(12):
        if i == 3:
            x = 0.5
        elif i == 6:
            x = "s"
        elif i == 9:
            x = [0]
        x = x + x
        seen.append(type(x).__name__ + ":" + repr(x)[:20])
    return seen


for line in phases():
    print(line)
