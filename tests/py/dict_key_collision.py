# Keys that compare equal (1, 1.0, True) collide and keep the first key object.
d = {1: "int", 1.0: "float", True: "bool"}
print(d, len(d))
d = {True: "bool", 1: "int"}
print(d)
d = {1.0: "a"}
d[1] = "b"
d[True] = "c"
print(d, d[1], d[1.0], d[True])
d = {0: "zero", False: "false", 0.0: "fzero", -0.0: "negzero"}
print(d)
d = {}
d[2] = "two"
d[2.0] = "two float"
d[3.5] = "x"
print(d, 2 in d, 2.0 in d, 3.5 in d)
del d[2.0]
print(d)
s = {1, 1.0, True}
print(s, len(s))
s = {True, 1, 1.0}
print(s)
s = {0.0, 0, False}
print(s)
keys = [1, 1.0, True, "1", (1,), (1.0,), (True,)]
d = {}
for k in keys:
    d[k] = d.get(k, 0) + 1
print(d)
print({10 ** 20: "big", 1e20: "float"}, {2 ** 53: "i", float(2 ** 53): "f"})
print(dict.fromkeys([1, True, 1.0, 2]), {x: x for x in [1, 1.0, True]})
d = {"k": 1}
d["k"] = 2
print(list(d.items()))
