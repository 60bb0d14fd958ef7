# A module compiled by `tauraroc --shared` and imported by a JIT-run script.
import _shhelper

CONSTANT = 42


def triangle(n):
    total = 0
    for i in range(n + 1):
        total += i
    return total


class Counter:
    def __init__(self):
        self.n = 0

    def bump(self, k=1):
        self.n += k
        return self.n


def squares(n):
    for i in range(n):
        yield i * i


def describe():
    return "%s/%s" % (__name__, _shhelper.tag())
