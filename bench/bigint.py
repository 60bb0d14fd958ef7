# Big-int arithmetic: digits of pi by Gibbons' unbounded spigot, a factorial
# and its digit sum, big Fibonacci numbers by fast doubling, and modular
# exponentiation.  Only the tails and digit sums are printed.
import sys


def pi_digits(count):
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    digits = []
    while len(digits) < count:
        if 4 * q + r - t < m * t:
            digits.append(m)
            q, r, m = 10 * q, 10 * (r - m * t), (10 * (3 * q + r)) // t - 10 * m
        else:
            q, r, t, k, m, x = (q * k, (2 * q + r) * x, t * x, k + 1,
                                (q * (7 * k + 2) + r * x) // (t * x), x + 2)
    return digits


def factorial(n):
    f = 1
    for i in range(2, n + 1):
        f *= i
    return f


def fib_pair(n):
    # (F(n), F(n+1)) by fast doubling
    if n == 0:
        return 0, 1
    a, b = fib_pair(n // 2)
    c = a * (2 * b - a)
    d = a * a + b * b
    if n % 2 == 0:
        return c, d
    return d, c + d


def to_decimal(v):
    # str() of a whole big number is limited to 4300 digits in CPython 3.11,
    # so convert in 1000-digit chunks (big divmod on the way)
    chunks = []
    while v >= 10 ** 1000:
        v, low = divmod(v, 10 ** 1000)
        chunks.append(str(low).zfill(1000))
    chunks.append(str(v))
    return "".join(reversed(chunks))


def digit_sum(s):
    return sum(int(ch) for ch in s)


def main(n):
    digits = pi_digits(n)
    print("pi: %d digits, last ten %s, digit sum %d"
          % (len(digits), "".join(str(d) for d in digits[-10:]), sum(digits)))
    f = factorial(3 * n)
    s = to_decimal(f)
    print("%d!: %d digits, digit sum %d, ends %s" % (3 * n, len(s), digit_sum(s), s.rstrip("0")[-8:]))
    fib, _ = fib_pair(40 * n)
    print("F(%d) mod 10**12 = %d, bits %d" % (40 * n, fib % 10 ** 12, fib.bit_length()))
    acc = 0
    for i in range(1, n // 4 + 1):
        acc = (acc * 31 + pow(i, 10 ** 6 + i, 2 ** 127 - 1)) % (2 ** 89 - 1)
    print("powmod check %d" % acc)
    mixed = (f // (fib + 1)) ^ (fib << 7)
    print("mixed: %d bits, ones %d" % (mixed.bit_length(), bin(mixed).count("1")))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 4000)
