from . import Circle, Rect
from .. import units as u
from ..shapes import Shape


def parse(line):
    kind, *nums = line.split()
    unit = nums.pop() if nums and nums[-1] in u.FACTORS else "cm"
    values = [float(n) for n in nums]
    if kind == "circle":
        return Circle(*values, unit=unit)
    if kind == "rect":
        return Rect(*values, unit=unit)
    raise ValueError(f"unknown shape {kind!r}")


def describe(shape):
    assert isinstance(shape, Shape)
    return f"{shape!r} area={shape.area():.2f}"
