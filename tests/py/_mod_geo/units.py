"""Unit conversion used by the shapes and the io subpackage."""
FACTORS = {"mm": 0.1, "cm": 1.0, "m": 100.0, "in": 2.54}


def to_cm(value, unit):
    try:
        return value * FACTORS[unit]
    except KeyError:
        raise ValueError(f"unknown unit {unit!r}") from None


print("loading", __name__)
