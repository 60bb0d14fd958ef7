# break, continue, return and loop-else in compiled loops.
# expect-jit: returns from compiled code >= 1
# expect-jit: functions compiled >= 4


def find(xs, target):
    for i in range(len(xs)):
        if xs[i] == target:
            return i
    else:
        return -1


print(find([5, 3, 8, 1], 8), find([5, 3, 8, 1], 7))


def evens(n):
    out = []
    i = 0
    while True:
        i += 1
        if i > n:
            break
        if i % 2:
            continue
        out.append(i)
    else:
        out.append("never")
    return out


print(evens(11))


def primes(limit):
    found = []
    for n in range(2, limit):
        for p in found:
            if p * p > n:
                found.append(n)
                break
            if n % p == 0:
                break
        else:
            found.append(n)
    return found


print(primes(60))


def countdown(n):
    steps = []
    while n > 0:
        n -= 1
        if n == 3:
            continue
        steps.append(n)
    else:
        steps.append("done")
    return steps


print(countdown(6))


def early(xs):
    total = 0
    for x in xs:
        if x < 0:
            return ("negative", total)
        total += x
    return ("sum", total)


print(early([1, 2, 3]), early([4, 5, -1, 9]))
