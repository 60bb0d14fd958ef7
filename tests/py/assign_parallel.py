# Parallel assignment `a, b = x, y`: the right side is evaluated in full
# before any target is stored, targets are stored left to right, and the
# subexpressions of each target are evaluated when it is stored.
log = []


class Logged:
    def __init__(self, name):
        self.name = name
        self.data = {}

    def __getitem__(self, k):
        log.append("get %s[%r]" % (self.name, k))
        return self.data.get(k, 0)

    def __setitem__(self, k, v):
        log.append("set %s[%r]=%r" % (self.name, k, v))
        self.data[k] = v

    def __setattr__(self, k, v):
        if k not in ("name", "data"):
            log.append("setattr %s.%s=%r" % (self.name, k, v))
        object.__setattr__(self, k, v)


def val(x):
    log.append("val %r" % (x,))
    return x


def idx(x):
    log.append("idx %r" % (x,))
    return x


a, b = 1, 2
a, b = b, a
print(a, b)

x, y, z = 1, 2, 3
x, y, z = z, x, y
print(x, y, z)

p = [10, 20, 30, 40]
i, j = 0, 3
p[i], p[j] = p[j], p[i]
print(p)
i, p[i] = 2, 99          # i is stored before p[i] is evaluated
print(i, p)

o = Logged("o")
o[idx("k1")], o[idx("k2")] = val(1), val(2)
print(log)
log.clear()
o.u, o.v = val("u"), val("v")
print(log, o.u, o.v)
log.clear()

(m, n), q = (val(1), val(2)), val(3)
print(m, n, q, log)
log.clear()
[r, s] = [s1, s2] = val(5), val(6)
print(r, s, s1, s2, log)
log.clear()
r, s = [val("r"), val("s")]
print(r, s, log)

try:
    a, b = 1, 2, 3
except ValueError as e:
    print("ValueError:", e)

try:
    a, b = 1, undefined_name
except NameError as e:
    print("NameError:", e, a, b)


def fib_pairs(n):
    a, b = 0, 1
    out = []
    for _ in range(n):
        out.append(a)
        a, b = b, a + b
    return out


print(fib_pairs(12))


def rotate(seq):
    first, *rest = seq
    return rest + [first]


print(rotate([1, 2, 3]))


def cells():
    a, b = "a", "b"

    def inner():
        nonlocal a, b
        a, b = b, a
    inner()
    return a, b


print(cells())
g1, g2 = "g1", "g2"
g1, g2 = g2, g1
print(g1, g2)
