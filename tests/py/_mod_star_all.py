"""Exports only what __all__ names, including a private-looking helper."""
import math

__all__ = ["area", "Circle", "_scale"]

PI_ROUNDED = 3.14


def area(r):
    return math.pi * r * r


def _scale(x, k=2):
    return x * k


def perimeter(r):
    return 2 * math.pi * r


class Circle:
    def __init__(self, r):
        self.r = r
