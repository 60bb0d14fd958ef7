# divmod on ints, floats, big ints.
for a in [17, -17, 0, 1, -1, 100, 2 ** 64 + 3, -(2 ** 64) - 3]:
    for b in [5, -5, 1, -1, 3, 2 ** 33]:
        q, r = divmod(a, b)
        assert q * b + r == a
        print(a, b, q, r)
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7, 2.5), divmod(-0.5, 1))
print(divmod(True, 2), divmod(10, True))
print(type(divmod(5, 2)).__name__, divmod(5, 2)[0])
h, rem = divmod(100000, 3600)
m, s = divmod(rem, 60)
print("%02d:%02d:%02d" % (h, m, s))
n = 123456789
digits = []
while n:
    n, d = divmod(n, 10)
    digits.append(d)
print(digits)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    divmod("a", 1)
except TypeError as e:
    print(type(e).__name__, e)
