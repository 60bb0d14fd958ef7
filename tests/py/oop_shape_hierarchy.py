# A shape hierarchy: an abstract base that refuses to be used directly,
# polymorphic area/perimeter, class-level registries and counters,
# alternate constructors, comparison by area, and scaling via operators.
import math


class Shape:
    count = 0
    registry = {}

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Shape.registry[cls.__name__.lower()] = cls

    def __init__(self):
        if type(self) is Shape:
            raise TypeError("Shape is abstract; instantiate a subclass")
        Shape.count += 1
        type(self).made = getattr(type(self), "made", 0) + 1

    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must implement area()")

    def perimeter(self):
        raise NotImplementedError(f"{type(self).__name__} must implement perimeter()")

    def describe(self):
        return f"{type(self).__name__:<9} area={self.area():8.3f} perimeter={self.perimeter():7.3f}"

    def __lt__(self, other):
        return self.area() < other.area()

    def __eq__(self, other):
        return isinstance(other, Shape) and math.isclose(self.area(), other.area())

    __hash__ = None

    def __mul__(self, k):
        return self.scaled(k)

    __rmul__ = __mul__

    @classmethod
    def create(cls, kind, *dims):
        try:
            return cls.registry[kind](*dims)
        except KeyError:
            raise ValueError(f"unknown shape {kind!r}; known: {', '.join(sorted(cls.registry))}") from None


class Circle(Shape):
    def __init__(self, r):
        super().__init__()
        if r <= 0:
            raise ValueError("radius must be positive")
        self.r = r

    def area(self): return math.pi * self.r ** 2
    def perimeter(self): return 2 * math.pi * self.r
    def scaled(self, k): return Circle(self.r * k)
    def __repr__(self): return f"Circle({self.r})"


class Rectangle(Shape):
    def __init__(self, w, h):
        super().__init__()
        self.w, self.h = w, h

    def area(self): return self.w * self.h
    def perimeter(self): return 2 * (self.w + self.h)
    def scaled(self, k): return type(self)(*(d * k for d in self.dims()))
    def dims(self): return (self.w, self.h)
    def __repr__(self): return f"{type(self).__name__}{self.dims()}"


class Square(Rectangle):
    def __init__(self, s):
        super().__init__(s, s)

    def dims(self): return (self.w,)


class Triangle(Shape):
    def __init__(self, a, b, c):
        super().__init__()
        if not (a + b > c and a + c > b and b + c > a):
            raise ValueError(f"sides {a}, {b}, {c} violate the triangle inequality")
        self.sides = (a, b, c)

    @classmethod
    def equilateral(cls, s):
        return cls(s, s, s)

    def area(self):
        a, b, c = self.sides
        s = (a + b + c) / 2
        return math.sqrt(s * (s - a) * (s - b) * (s - c))

    def perimeter(self): return sum(self.sides)
    def scaled(self, k): return Triangle(*(x * k for x in self.sides))
    def __repr__(self): return f"Triangle{self.sides}"


class Blob(Shape):
    pass


shapes = [Circle(1), Rectangle(2, 3), Square(2), Triangle(3, 4, 5), Triangle.equilateral(2), Shape.create("circle", 0.5)]
for s in shapes:
    print(s.describe(), repr(s))
print(sorted(shapes), max(shapes), min(shapes, key=lambda s: s.perimeter()))
print(Square(2) == Rectangle(1, 4), Square(3) * 2, 2 * Circle(1.5), Triangle(3, 4, 5) * 3, Square(1) < Circle(1))
print(Shape.count, {c.__name__: getattr(c, "made", 0) for c in (Circle, Rectangle, Square, Triangle)})
print(sorted(Shape.registry), isinstance(Square(1), Rectangle), issubclass(Square, Shape), Square.__mro__[1].__name__)

for attempt in (lambda: Shape(), lambda: Blob().area(), lambda: Circle(-1), lambda: Triangle(1, 1, 5),
                lambda: Shape.create("hexagon", 1), lambda: Shape.create("square", 1, 2), lambda: hash(Circle(1))):
    try:
        attempt()
    except (TypeError, ValueError, NotImplementedError) as e:
        print(f"{type(e).__name__}: {e}")
total_area = sum(s.area() for s in shapes)
print(f"total area {total_area:.4f}, mean perimeter {sum(s.perimeter() for s in shapes) / len(shapes):.4f}")
