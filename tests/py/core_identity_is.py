# is / is not semantics for singletons and containers.
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c, b is not a)
print(None is None, True is True, False is not True)
t = ()
u = ()
print(t == u, len(t) == len(u))
d1 = {}
d2 = d1
d2["k"] = 1
print(d1, d1 is d2)
c.append(3)
print(a, c, a is c)
def same(x, y):
    return x is y
print(same(a, b), same(a, a[:]), same(None, None))
x = a
x += [9]
print(a, x is a)
y = (1, 2)
z = y
y += (3,)
print(y, z, y is z)
s = [a, a]
print(s[0] is s[1], s)
s[0].append(0)
print(s)
m = [[0] * 2] * 3
m[0][0] = 5
print(m, m[0] is m[2])
n = [[0] * 2 for _ in range(3)]
n[0][0] = 5
print(n, n[0] is n[2])
print(id(a) == id(b), id(a) == id(c))
print(type(1) is int, type(True) is int, type(True) is bool, type([]) is list)
print(type(None) is type(None), type("") is str, type(1.0) is not int)
