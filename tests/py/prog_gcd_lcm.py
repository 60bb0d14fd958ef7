# GCD, LCM, extended Euclid and modular inverse.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
def lcm(a, b):
    return abs(a * b) // gcd(a, b) if a and b else 0
def ext_gcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = ext_gcd(b, a % b)
    return g, y, x - (a // b) * y
pairs = [(12, 18), (17, 5), (0, 7), (7, 0), (-12, 18), (2 ** 40, 2 ** 30 * 3), (123456789, 987654321), (10 ** 20, 10 ** 15 + 5)]
for a, b in pairs:
    g, x, y = ext_gcd(a, b)
    print(a, b, gcd(a, b), lcm(a, b), (g, x, y), a * x + b * y == g)
acc = 1
for i in range(1, 31):
    acc = lcm(acc, i)
print("lcm(1..30) =", acc)
def modinv(a, m):
    g, x, _ = ext_gcd(a, m)
    if g != 1:
        raise ValueError("%d has no inverse mod %d" % (a, m))
    return x % m
for a, m in [(3, 7), (10, 17), (2, 4), (123, 1000003), (6, 9)]:
    try:
        inv = modinv(a, m)
        print(a, m, inv, a * inv % m, inv == pow(a, -1, m))
    except ValueError as e:
        print("ValueError:", e)
def reduce_fraction(n, d):
    g = gcd(n, d)
    n, d = n // g, d // g
    if d < 0:
        n, d = -n, -d
    return n, d
for n, d in [(6, 8), (-6, 8), (6, -8), (0, 5), (100, 25), (2 ** 50, 6 ** 20)]:
    print(n, d, reduce_fraction(n, d))
def add_frac(a, b):
    return reduce_fraction(a[0] * b[1] + b[0] * a[1], a[1] * b[1])
s = (0, 1)
for k in range(1, 21):
    s = add_frac(s, (1, k))
print("H(20) =", s, s[0] / s[1])
