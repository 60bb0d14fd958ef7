# Tuple/list unpacking, nested targets.
a, b = 1, 2
print(a, b)
(a, b), c = (3, 4), 5
print(a, b, c)
[x, y, z] = "xyz"
print(x, y, z)
a, (b, (c, d)) = 1, (2, (3, 4))
print(a, b, c, d)
for i, (k, v) in enumerate({"p": 1, "q": 2}.items()):
    print(i, k, v)
pts = [(1, 2), (3, 4), (5, 6)]
for x, y in pts:
    print(x * y, end=" ")
print()
a, b = range(2)
print(a, b)
a, b, c = {"one": 1, "two": 2, "three": 3}
print(a, b, c)
s1, s2 = {7}, {8}
print(s1, s2)
h, = [42]
print(h)
[h] = (43,)
print(h)
(m), n = 1, 2
print(m, n)
lst = [0, 0]
lst[0], lst[1] = "a", "b"
print(lst)
d = {}
d["x"], d["y"] = 1, 2
print(d)
for bad in [(1, 2, 3), (1,), ()]:
    try:
        p, q = bad
        print(p, q)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    p, q = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    (p, q), r = (1, 2, 3), 4
except ValueError as e:
    print(type(e).__name__, e)
