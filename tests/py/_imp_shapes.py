"""A module imported by import_* programs."""
print("initialising", __name__)
PI = 3.14159
_private = "hidden"
__all__ = ["area", "Square", "PI"]


def area(r):
    return PI * r * r


class Square:
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2

    def __repr__(self):
        return f"Square({self.side})"


if __name__ == "__main__":
    print("never printed on import")
