# Dict creation, access, update, delete, iteration order.
d = {"one": 1, "two": 2, "three": 3}
print(d, len(d), d["two"], "one" in d, 1 in d)
d["four"] = 4
d["one"] = 100
print(d)
del d["two"]
print(d, list(d))
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(k, "->", v)
print({}, dict(), len({}), bool({}), {"a": 1} == {"a": 1}, {"a": 1, "b": 2} == {"b": 2, "a": 1})
mixed = {1: "int", 2.5: "float", "s": "str", (1, 2): "tuple", None: "none", True: "bool?", frozenset([1]): "fs"}
print(mixed, len(mixed))
print(mixed[1], mixed[(1, 2)], mixed[None], mixed[frozenset([1])])
try:
    d["missing"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    d[[1]] = 2
except TypeError as e:
    print(type(e).__name__, e)
d2 = {}
for word in "a b a c b a".split():
    d2[word] = d2.get(word, 0) + 1
print(d2)
d3 = {k: k * k for k in range(5)}
print(d3, sum(d3.values()), max(d3, key=d3.get))
d3.clear()
print(d3)
print({"x": [1, 2], "y": {"z": 3}}["y"]["z"])
d4 = {"b": 1, "a": 2}
d4["c"] = 3
d4.pop("b")
d4["b"] = 4
print(d4, list(d4.keys()))
