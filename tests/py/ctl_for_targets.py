# for-loop targets: tuples, nested unpacking, subscripts, starred.
for a, b in [(1, 2), (3, 4)]:
    print(a, b)
for (a, b), c in [((1, 2), 3), ((4, 5), 6)]:
    print(a, b, c)
for first, *rest in [[1, 2, 3], [4], "xyz"]:
    print(first, rest)
d = {}
for d["key"] in ["a", "b", "c"]:
    pass
print(d)
lst = [0, 0, 0]
for i, lst[i] in enumerate("pqr"):
    pass
print(lst)
for i, (ch, n) in enumerate(zip("ab", [10, 20])):
    print(i, ch, n)
for [x, y] in [[1, 2], (3, 4), "ab"]:
    print(x, y)
for _ in range(2):
    print("underscore", _)
total = 0
for n in range(5):
    total += n
    n = 100
print(total, n)
pairs = {"x": 1, "y": 2}
for k, v in sorted(pairs.items(), reverse=True):
    print(k, v)
items = [1, 2, 3]
for item in items:
    if item == 2:
        items.append(4)
print(items)
