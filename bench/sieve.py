# The sieve of Eratosthenes on a list of flags, run for several limits up
# to n.  Prints the number of primes below n, their sum and the largest.
import sys


def sieve(limit):
    flags = [True] * limit
    flags[0] = flags[1] = False
    i = 2
    while i * i < limit:
        if flags[i]:
            for j in range(i * i, limit, i):
                flags[j] = False
        i += 1
    return flags


def main(n):
    checks = 0
    last = 0
    for limit in range(n // 4, n + 1, n // 4):
        flags = sieve(limit)
        count = 0
        total = 0
        largest = 0
        for k in range(limit):
            if flags[k]:
                count += 1
                total += k
                largest = k
        checks = (checks * 7 + count) % 1000000007
        last = limit
    print("primes below %d: %d, sum %d, largest %d" % (last, count, total, largest))
    print("check %d" % checks)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 3000000)
