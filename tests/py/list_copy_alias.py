# Aliasing versus copying of lists.
a = [1, [2, 3], 4]
b = a
c = a[:]
d = a.copy()
e = list(a)
f = [x for x in a]
a[0] = 100
a[1].append(99)
print(a, b, c, d, e, f)
print(a is b, a is c, c is d, a[1] is c[1], a[1] is f[1])
def mutate(lst):
    lst.append("m")
    lst = ["rebound"]
    lst.append("r")
    return lst
x = [1]
y = mutate(x)
print(x, y)
def grow(lst=None):
    if lst is None:
        lst = []
    lst.append(len(lst))
    return lst
print(grow(), grow(), grow([5]))
rows = [[0] * 3] * 3
rows[0][0] = 1
print(rows)
rows = [[0] * 3 for _ in range(3)]
rows[0][0] = 1
print(rows)
orig = [1, 2, 3]
rev = orig[::-1]
rev[0] = 0
print(orig, rev)
