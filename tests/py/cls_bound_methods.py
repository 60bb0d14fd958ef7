# Bound methods as values: __self__, __func__, equality, calling through the
# class, storing methods in containers, and builtin methods.


class Greeter:
    def __init__(self, name):
        self.name = name

    def greet(self, other="world"):
        return f"{self.name} greets {other}"

    def __eq__(self, other):
        return isinstance(other, Greeter) and self.name == other.name

    def __hash__(self):
        return hash(self.name)


g = Greeter("ann")
m = g.greet
print(m(), m("bob"), m.__self__ is g, m.__func__ is Greeter.greet, m.__name__, m.__qualname__)
print(Greeter.greet(g, "cy"), type(m).__name__, type(Greeter.greet).__name__, callable(m))

# each attribute access makes a new bound method object, but they compare equal
print(g.greet is g.greet, g.greet == g.greet, g.greet != g.greet)
g2 = Greeter("ann")
# method equality compares __self__ by identity (3.8+), not with __eq__
print(g == g2, g.greet == g2.greet, hash(g.greet) == hash(g.greet))
print(g.greet == Greeter.greet, Greeter.greet == Greeter.greet)

# bound methods keep their receiver alive and see attribute changes
def make():
    return Greeter("temp").greet


f = make()
print(f(), f.__self__.name)
g.name = "annie"
print(m())

# storing methods in containers
ops = {"upper": str.upper, "title": str.title}
text = "hello there"
print({k: fn(text) for k, fn in ops.items()})
bound = [text.upper, text.split, text.count]
print(bound[0](), bound[1](), bound[2]("e"))
stack = []
push, pop = stack.append, stack.pop
for i in range(3):
    push(i * i)
print(stack, pop(), stack, push.__self__ is stack, push.__name__)


# callbacks registered as bound methods
class Button:
    def __init__(self):
        self.handlers = []

    def on_click(self, fn):
        self.handlers.append(fn)

    def click(self):
        return [h() for h in self.handlers]


class Counter:
    def __init__(self):
        self.n = 0

    def incr(self):
        self.n += 1
        return self.n


c1, c2 = Counter(), Counter()
btn = Button()
btn.on_click(c1.incr)
btn.on_click(c2.incr)
btn.on_click(c1.incr)
print(btn.click(), btn.click(), c1.n, c2.n)
print(btn.handlers[0] == btn.handlers[2], btn.handlers[0] == btn.handlers[1])


# methods of classmethod/staticmethod
class Util:
    factor = 3

    @classmethod
    def scale(cls, x):
        return cls.factor * x

    @staticmethod
    def add(a, b):
        return a + b


s = Util.scale
print(s(2), s.__self__ is Util, Util().scale.__self__ is Util, Util.add(1, 2), Util().add(3, 4))
print(type(Util.scale).__name__, type(Util.add).__name__, type(Util.__dict__["scale"]).__name__)

# methods assigned to instances are not bound
u = Util()
u.fn = lambda x: x * 10
print(u.fn(4), type(u.fn).__name__)
# functions assigned to the class become methods
Util.triple = lambda self, x: x * 3
print(u.triple(5), type(u.triple).__name__)

# sorting with a bound method as key
weights = {"a": 3, "b": 1, "c": 2}
print(sorted(weights, key=weights.get), max(weights, key=weights.__getitem__))
print(list(map(Greeter("z").greet, ["p", "q"])))
