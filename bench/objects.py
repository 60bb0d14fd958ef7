# Object allocation and method calls: small vectors, a class hierarchy with
# overridden methods, super() calls, properties and a linked list of nodes.
import sys


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def scale(self, k):
        return Vec(self.x * k, self.y * k)

    def dot(self, other):
        return self.x * other.x + self.y * other.y


class Shape:
    def __init__(self, origin):
        self.origin = origin

    def area(self):
        return 0

    def describe(self):
        return self.area() + self.origin.x


class Rect(Shape):
    def __init__(self, origin, w, h):
        super().__init__(origin)
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h


class Square(Rect):
    def __init__(self, origin, side):
        super().__init__(origin, side, side)

    @property
    def side(self):
        return self.w


class Tri(Shape):
    def __init__(self, origin, b, h):
        Shape.__init__(self, origin)
        self.b = b
        self.h = h

    def area(self):
        return self.b * self.h // 2


class Node:
    def __init__(self, value, next_node):
        self.value = value
        self.next = next_node


def vectors(n):
    acc = Vec(0, 0)
    d = 0
    for i in range(n):
        v = Vec(i % 100, (i * 7 + 3) % 97)
        acc = acc.add(v.scale(2))
        d = (d + acc.dot(v)) % 1000003
    return acc.x, acc.y, d


def shapes(n):
    total = 0
    sides = 0
    for i in range(n):
        o = Vec(i % 10, 0)
        k = i % 3
        if k == 0:
            s = Rect(o, i % 13, i % 7)
        elif k == 1:
            s = Square(o, i % 11)
            sides += s.side
        else:
            s = Tri(o, i % 17, i % 5)
        total += s.describe()
    return total, sides


def linked(n):
    head = None
    for i in range(n):
        head = Node(i, head)
    total = 0
    count = 0
    node = head
    while node is not None:
        total += node.value * (count % 3)
        count += 1
        node = node.next
    return count, total


def main(n):
    print("vectors:", vectors(n))
    print("shapes:", shapes(n))
    print("linked:", linked(n))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 300000)
