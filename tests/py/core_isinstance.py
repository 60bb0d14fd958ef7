# isinstance with single types and tuples of types.
vals = [0, True, 1.5, "s", b"b", [1], (1,), {1: 2}, {1}, frozenset(), None, range(1)]
types = [int, bool, float, str, bytes, list, tuple, dict, set, frozenset, type(None), range]
for v in vals:
    print(repr(v), [t.__name__ for t in types if isinstance(v, t)])
print(isinstance(True, int), isinstance(True, bool), isinstance(1, bool), isinstance(1, (str, int)))
print(isinstance(1.0, (int, str)), isinstance("x", (int, (float, str))), isinstance([], ()))
print(isinstance(ValueError("x"), Exception), isinstance(KeyError("x"), LookupError))
print(isinstance(ZeroDivisionError(), ArithmeticError), isinstance(IndexError(), (KeyError, LookupError)))
def kind(x):
    if isinstance(x, bool):
        return "bool"
    if isinstance(x, int):
        return "int"
    if isinstance(x, float):
        return "float"
    if isinstance(x, (list, tuple)):
        return "seq[" + ",".join(kind(e) for e in x) + "]"
    if isinstance(x, dict):
        return "map"
    return "other"
print([kind(v) for v in [1, True, 2.0, [1, (2.0, False)], {}, "s"]])
try:
    isinstance(1, 5)
except TypeError as e:
    print(type(e).__name__)
