# Multiple-target assignment and evaluation order.
a = b = c = 5
print(a, b, c)
x = y = []
x.append(1)
print(x, y, x is y)
i = 0
lst = [10, 20, 30]
i, lst[i] = 1, 99
print(i, lst)
d = {}
d["a"] = d["b"] = 0
print(d)
p = q = r = "same"
print(p + q + r)
m, n = n2, m2 = 1, 2
print(m, n, n2, m2)
first = second = [1, 2, 3]
second[0] = "changed"
print(first)
a, b = 1, 2
a, b = b, a
print(a, b)
a, b, c = c, a, b
print(a, b, c)
t = 1, 2, 3
print(t, type(t).__name__)
single = 1,
print(single)
x = (y := 5) + 1
print(x, y)
lst = [0, 0, 0]
k = 0
k = lst[k] = 2
print(k, lst)
g = h = 3
g += 1
print(g, h)
