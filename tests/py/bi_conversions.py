# Constructors str/list/tuple/dict/set/frozenset/bool/int/float from various inputs.
print(str(), str(12), str(1.5), str([1, "a"]), str(None), str(b"x"), str(-0.0))
print(list(), list("ab"), list((1, 2)), list({"k": 1}), list(range(3)), list({5}), list(b"AB"))
print(tuple(), tuple([1]), tuple("xy"), tuple({"a": 1}.items()))
print(dict(), dict([(1, 2)]), dict(a=1), set(), sorted(set("hello")), sorted(frozenset([3, 1])))
print(bool(), bool(0), bool("0"), int(), float(), int("12"), float("1.5"), int(2.9), int(-2.9))
print(str(10 ** 20), repr("s"), str("s"), list(str(123)), int("".join(["4", "2"])))
print(type(str(1)).__name__, type(list("a")).__name__, type(tuple()).__name__, type(frozenset()).__name__)
l = [1, 2]
print(list(l) is l, list(l) == l, tuple(tuple(l)) == (1, 2))
print(list(map(int, "1 2 3".split())), [float(x) for x in ["1", "2.5", "-inf"]])
print(str(True) + str(False), int(True) + int(False), float(True))
print(list(zip(*[(1, "a"), (2, "b")])))
