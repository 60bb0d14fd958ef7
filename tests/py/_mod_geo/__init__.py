"""A small geometry package for mod_package_relative.py."""
from .shapes import Circle, Rect
from . import units

__all__ = ["Circle", "Rect", "total_area"]
VERSION = "2.1"
print("loading package", __name__, "package", __package__)


def total_area(shapes):
    return sum(s.area() for s in shapes)
