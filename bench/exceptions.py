# Exceptions in a loop: raising and catching user exception classes with
# attributes, built-in errors from int(), dict and list lookups, try/finally
# and else clauses, re-raising, exception chaining, and with-statements.
import sys


class AppError(Exception):
    def __init__(self, code, detail):
        super().__init__(detail)
        self.code = code


class RetryError(AppError):
    pass


class Guard:
    def __init__(self, log):
        self.log = log

    def __enter__(self):
        self.log[0] += 1
        return self

    def __exit__(self, kind, value, tb):
        if kind is not None and issubclass(kind, KeyError):
            self.log[1] += 1
            return True
        return False


def check(i):
    if i % 7 == 0:
        raise RetryError(i % 5, "retry %d" % i)
    if i % 5 == 0:
        raise AppError(i % 3, "bad %d" % i)
    return i


def parse(tokens):
    good = 0
    bad = 0
    for t in tokens:
        try:
            good += int(t)
        except ValueError:
            bad += 1
    return good, bad


def lookups(n):
    table = {i: i * i for i in range(0, 100, 3)}
    items = list(range(50))
    hits = 0
    misses = 0
    for i in range(n):
        try:
            hits += table[i % 100]
            hits += items[i % 60]
        except KeyError:
            misses += 1
        except IndexError:
            misses += 2
    return hits, misses


def chained(n):
    depth_total = 0
    for i in range(n):
        try:
            try:
                raise ValueError(i)
            except ValueError as e:
                raise AppError(i % 4, "wrapped") from e
        except AppError as e:
            depth_total += e.code + (1 if isinstance(e.__cause__, ValueError) else 0)
    return depth_total


def main(n):
    codes = 0
    retries = 0
    finals = 0
    passed = 0
    for i in range(n):
        try:
            passed += check(i)
        except RetryError as e:
            retries += 1
            codes += e.code
        except AppError as e:
            codes += e.code * 2 + len(e.args[0])
        else:
            passed += 1
        finally:
            finals += 1
    print("check: passed %d, retries %d, codes %d, finally %d" % (passed, retries, codes, finals))
    tokens = [str(i) if i % 4 else "x%d" % i for i in range(n // 2)]
    print("parse: good %d, bad %d" % parse(tokens))
    print("lookups: hits %d, misses %d" % lookups(n))
    print("chained: %d" % chained(n // 4))
    log = [0, 0]
    total = 0
    for i in range(n // 4):
        with Guard(log):
            total += {1: 1, 2: 2}[i % 4]
    print("with: entered %d, suppressed %d, total %d" % (log[0], log[1], total))
    reraised = 0
    for i in range(n // 10):
        try:
            try:
                check(i * 5)
            except AppError:
                reraised += 1
                raise
        except Exception as e:
            reraised += e.code
    print("reraised %d" % reraised)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 400000)
