# type() of built-in values and their names.
vals = [1, -5, 2 ** 100, 1.5, float("nan"), True, None, "s", "", b"b", [], [1], (), (1,),
        {}, {1: 2}, set(), {1}, frozenset(), range(3), slice(1, 2), type]
for v in vals:
    print(type(v), type(v).__name__)
def f():
    pass
print(type(f).__name__, type(lambda: 0).__name__)
print(type({}.keys()).__name__, type({}.values()).__name__, type({}.items()).__name__)
print(type(type(1)), type(int), int.__name__, str.__name__, type.__name__)
print(type(1) == int, type(1) is int, type(1.0) == float, type("x") == str)
print(type(3 / 1).__name__, type(3 // 1).__name__, type(3 ** -1).__name__, type(2 ** 2).__name__)
print(type(1 + True).__name__, type(True + True).__name__, type(1 + 1.0).__name__)
print(type("a" * 3).__name__, type([1] * 3).__name__, type(b"a" + b"b").__name__)
print(type(ValueError("x")).__name__, type(KeyError).__name__)
print(str(int), repr(float), str(type(None)), repr(bool))
