"""Subpackage: reading and writing shapes."""
from ..shapes import Circle, Rect
from .. import VERSION as PARENT_VERSION

print("loading subpackage", __name__, "parent version", PARENT_VERSION)
