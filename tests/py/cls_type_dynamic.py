# type(x), three-argument type(), isinstance/issubclass with tuples,
# __name__/__qualname__/__module__/__class__.


class Animal:
    sound = "..."

    def speak(self):
        return f"{type(self).__name__} says {self.sound}"


def make_animal(name, sound, extra=None):
    ns = {"sound": sound}
    if extra:
        ns.update(extra)
    return type(name, (Animal,), ns)


Dog = make_animal("Dog", "woof")
Cat = make_animal("Cat", "meow", {"lives": 9, "purr": lambda self: "prr"})
print(Dog().speak(), Cat().speak(), Cat.lives, Cat().purr())
print(Dog.__name__, Dog.__qualname__, Dog.__bases__, Dog.__mro__)
print(repr(Dog), str(Cat), Dog.__module__)
print(type(Dog()) is Dog, type(Dog) is type, type(type) is type, type(object) is type)
print(isinstance(Dog(), Animal), isinstance(Dog(), (int, str, Cat)), isinstance(Cat(), (int, (str, Animal))))
print(issubclass(Dog, Animal), issubclass(Dog, (Cat, Animal)), issubclass(Animal, Dog), issubclass(Dog, object))

# empty bases and a dict with methods
def init(self, x):
    self.x = x


Box = type("Box", (), {"__init__": init, "__repr__": lambda self: f"Box({self.x!r})", "size": 1})
b = Box([1, 2])
print(b, Box.__bases__, Box.size, type(b).__name__, b.__class__ is Box, b.__class__.__name__)

# type() of builtin values
values = [1, 1.5, "s", b"b", [1], (1,), {1: 2}, {1}, frozenset(), None, True, range(2), len, type, Box]
print([type(v).__name__ for v in values])
print([v.__class__.__name__ for v in values[:6]])

# names of nested classes and functions
class Outer:
    class Inner:
        class Deep:
            def method(self):
                pass

    def func(self):
        def local():
            pass
        return local


print(Outer.Inner.__name__, Outer.Inner.__qualname__, Outer.Inner.Deep.__qualname__)
print(Outer.Inner.Deep.method.__qualname__, Outer().func().__qualname__, Outer.func.__name__)


def factory():
    class Local:
        pass
    return Local


print(factory().__qualname__, factory().__name__, factory() is factory())

# isinstance with a tuple that contains a tuple, and errors
print(isinstance(3, (str, (float, (int,)))), isinstance("x", ()), issubclass(bool, (int,)))
for args in [(3, 4), (3, "int"), (3, (int, "x"))]:
    try:
        print(isinstance(*args))
    except TypeError as e:
        print("TypeError:", e)
try:
    issubclass(3, int)
except TypeError as e:
    print("TypeError:", e)

# type() argument errors
for args in [(), (1, 2), ("X", 1, {})]:
    try:
        type(*args)
    except TypeError as e:
        print("TypeError:", e)

# a class created by type() can be subclassed by a class statement and vice versa
class Puppy(Dog):
    sound = "yip"


Kitten = type("Kitten", (Cat,), {})
print(Puppy().speak(), Kitten().speak(), Kitten.lives, [c.__name__ for c in Kitten.__mro__])
print(type(Puppy()).__mro__[1] is Dog, Kitten.__name__, Kitten.__qualname__)

# changing __name__ and __qualname__
Kitten.__name__ = "SmallCat"
print(Kitten.__name__, Kitten.__qualname__, Kitten().speak())
