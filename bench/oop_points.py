# Method calls and attribute access on user classes.
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def dot(self, other):
        return self.x * other.x + self.y * other.y


def run(n):
    acc = Vec(0, 0)
    d = 0
    for i in range(n):
        v = Vec(i, i + 1)
        acc = acc.add(v)
        d += acc.dot(v) % 1000
    return acc.x, acc.y, d


print(run(1_000_000))
