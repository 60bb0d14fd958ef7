# Integer loops: Collatz chains (while loop, branches, shifts) and a
# multiply-add hash over a counted loop.  Every value fits in 64 bits.
import sys


def collatz(limit):
    total = 0
    best = 0
    best_start = 0
    for start in range(1, limit):
        x = start
        steps = 0
        while x != 1:
            if x & 1:
                x = 3 * x + 1
            else:
                x >>= 1
            steps += 1
        total += steps
        if steps > best:
            best = steps
            best_start = start
    return total, best, best_start


def mix(count):
    h = 0
    i = 0
    while i < count:
        h = (h * 31 + i) % 1000003
        if h % 3 == 0:
            h += i // 7
        i += 1
    return h


def main(n):
    total, best, best_start = collatz(n)
    print("collatz(%d): total %d, longest %d from %d" % (n, total, best, best_start))
    print("mix(%d) = %d" % (4 * n, mix(4 * n)))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 120000)
