# Insertion order is preserved through updates and deletions.
d = {}
for k in ["zeta", "alpha", "mu", "beta"]:
    d[k] = len(k)
print(d, list(d), list(d.values()))
d["alpha"] = 0
print(d)
del d["zeta"]
d["zeta"] = 99
print(d)
d.pop("mu")
d["mu"] = 1
print(list(d.items()))
num = {}
for i in [5, 3, 9, 1, 3, 5, 7]:
    num[i] = num.get(i, 0) + 1
print(num, list(num))
print(dict(sorted(num.items())), dict(sorted(num.items(), key=lambda kv: -kv[1])))
first = next(iter(d))
last = list(d)[-1]
print(first, last)
merged = {**{"b": 1, "a": 2}, **{"c": 3, "b": 4}}
print(merged)
u = {"x": 1}
u.update({"y": 2, "x": 3})
print(u)
big = {i: i for i in range(1000)}
for i in range(0, 1000, 2):
    del big[i]
print(len(big), list(big)[:5], list(big)[-3:])
for i in range(10):
    big[-i] = i
print(list(big)[-10:], list(big)[:3])
