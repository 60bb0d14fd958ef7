# Extended slice reads, assignment and deletion.
a = list(range(12))
print(a[::2], a[1::2], a[::-1], a[::-3], a[10:2:-2], a[-1:-6:-1], a[2:10:3])
a[::2] = ["e"] * 6
print(a)
a[1::2] = range(100, 106)
print(a)
a[::-3] = "ABCD"
print(a)
a[10:2:-2] = [0, 0, 0, 0]
print(a)
b = list(range(8))
try:
    b[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    b[::-1] = [1]
except ValueError as e:
    print(type(e).__name__, e)
b[::1] = [7]
print(b)
c = list(range(10))
c[::3] = [None] * 4
print(c)
d = list(range(10))
del d[::3]
print(d)
del d[::-2]
print(d)
del d[100::2]
print(d)
e = list(range(6))
e[5:0:-1] = "abcde"
print(e)
f = list(range(6))
f[::-1] = f
print(f)
t = tuple(range(10))
print(t[::2], t[::-4], t[8:1:-3])
s = "abcdefghij"
print(s[::3], s[9:0:-4])
