# dict keys/values/items views: repr, dynamic, set operations.
d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
print(len(k), len(v), len(it), "a" in k, 2 in v, ("c", 3) in it, ("c", 4) in it)
d["d"] = 4
print(k, v, it)
del d["a"]
print(list(k), list(v), list(it))
print(sorted(k & {"b", "x"}), sorted(k | {"z"}), sorted(k - {"b"}), sorted(k ^ {"b", "q"}))
print(sorted(it & {("b", 2), ("c", 0)}), k == {"b", "c", "d"}, k <= {"b", "c", "d", "e"})
print({}.keys(), {}.values(), {}.items(), list({}.items()))
print(list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
print(dict(d.items()), list(zip(d.keys(), d.values())))
print(str(d.keys()), repr({"x": [1]}.values()), {1: (2,)}.items())
try:
    d.keys()[0]
except TypeError as e:
    print(type(e).__name__, e)
for key, val in d.items():
    print(key, val, end="; ")
print()
print(isinstance(d.keys(), type({}.keys())), sum(d.values()), max(d.keys()))
