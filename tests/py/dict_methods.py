# get/pop/popitem/setdefault/update/copy/clear/fromkeys.
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.get("a", 99))
print(d.setdefault("a", 50), d.setdefault("c", 3), d.setdefault("d"), d)
print(d.pop("d"), d.pop("zz", "default"), d)
try:
    d.pop("zz")
except KeyError as e:
    print(type(e).__name__, e)
d.update({"b": 20, "e": 5})
print(d)
d.update([("f", 6), ("a", 10)])
print(d)
d.update(g=7, h=8)
print(d)
d.update({"i": 9}, j=10)
print(d)
d.update()
print(d.popitem(), d.popitem(), d)
c = d.copy()
c["a"] = "changed"
print(d["a"], c["a"], c is d)
print(dict.fromkeys("abc"), dict.fromkeys(["x", "y"], 0), dict.fromkeys([]), dict.fromkeys(range(3), []))
shared = dict.fromkeys(["p", "q"], [])
shared["p"].append(1)
print(shared)
c.clear()
print(c, len(c))
try:
    {}.popitem()
except KeyError as e:
    print(type(e).__name__, e)
try:
    d.update([("a", 1, 2)])
except ValueError as e:
    print(type(e).__name__, e)
groups = {}
for w in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(w[0], []).append(w)
print(groups)
m = {"x": 1} | {"y": 2} | {"x": 3}
print(m)
