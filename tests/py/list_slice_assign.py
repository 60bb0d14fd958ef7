# Slice assignment that grows, shrinks and replaces.
a = list(range(10))
a[2:5] = ["x", "y", "z"]
print(a)
a[2:5] = ["only"]
print(a)
a[2:3] = ["p", "q", "r", "s"]
print(a)
a[:0] = ["front"]
print(a)
a[len(a):] = ["back1", "back2"]
print(a)
a[3:3] = []
print(a)
a[1:6] = []
print(a)
a[:] = [1, 2, 3]
print(a)
a[100:200] = [4]
print(a)
a[-100:1] = [0]
print(a)
a[-1:] = "xyz"
print(a)
a[1:3] = range(5)
print(a)
a[5:2] = ["ins"]
print(a)
b = a
a[:] = []
print(a, b, a is b)
c = [1, 2, 3, 4]
c[1:3] = c
print(c)
d = [0, 1, 2]
d[0:1] = (9, 9)
print(d)
try:
    d[0:1] = 5
except TypeError as e:
    print(type(e).__name__, e)
e = [1, 2, 3, 4, 5]
e[-2:] = []
e[:-1] = ["s"]
print(e)
