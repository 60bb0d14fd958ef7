# Polymorphism through a base class with NotImplementedError, __str__ vs __repr__, sorting by key.
import math
class Shape:
    def area(self): raise NotImplementedError(f"{type(self).__name__}.area")
    def perimeter(self): raise NotImplementedError
    def __str__(self): return f"{type(self).__name__} with area {self.area():.2f}"
class Circle(Shape):
    def __init__(self, r): self.r = r
    def area(self): return math.pi * self.r ** 2
    def perimeter(self): return 2 * math.pi * self.r
    def __repr__(self): return f"Circle(r={self.r})"
class Rect(Shape):
    def __init__(self, w, h): self.w, self.h = w, h
    def area(self): return self.w * self.h
    def perimeter(self): return 2 * (self.w + self.h)
    def __repr__(self): return f"Rect({self.w}x{self.h})"
class Square(Rect):
    def __init__(self, s): super().__init__(s, s)
    def __repr__(self): return f"Square({self.w})"
shapes = [Circle(1), Rect(2, 3), Square(2), Circle(0.5)]
for s in sorted(shapes, key=lambda s: s.area()):
    print(s, "|", repr(s), "|", round(s.perimeter(), 3))
print([str(s) for s in shapes[:2]], isinstance(shapes[2], Rect), type(shapes[2]).__mro__[1].__name__)
try:
    Shape().area()
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(f"{shapes[0]}", "%s / %r" % (shapes[1], shapes[1]), "{!s} {!r}".format(shapes[3], shapes[3]))
