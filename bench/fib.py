# Recursive calls: call overhead and small-int arithmetic (fib(n) makes
# about 1.6**n calls).
import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main(n):
    print("fib(%d) = %d" % (n, fib(n)))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 33)
