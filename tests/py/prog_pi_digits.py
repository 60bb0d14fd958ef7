# Digits of pi and e with big-integer arithmetic (Machin formula, series for e).
def arctan_inv(x, scale):
    total = term = scale // x
    x2 = x * x
    n = 1
    sign = -1
    while term:
        term //= x2
        total += sign * (term // (2 * n + 1))
        sign = -sign
        n += 1
    return total
def pi_digits(digits):
    guard = 10
    scale = 10 ** (digits + guard)
    pi = 4 * (4 * arctan_inv(5, scale) - arctan_inv(239, scale))
    return pi // 10 ** guard
p = str(pi_digits(300))
print(p[0] + "." + p[1:101])
for i in range(1, 301, 60):
    print(p[i:i + 60])
counts = [p.count(str(d)) for d in range(10)]
print(counts, sum(counts))
print(p.find("999999"), p.find("14159"), p.find("2718"))
def e_digits(digits):
    guard = 10
    scale = 10 ** (digits + guard)
    total = 0
    term = scale
    k = 0
    while term:
        total += term
        k += 1
        term //= k
    return total // 10 ** guard
e = str(e_digits(200))
print(e[0] + "." + e[1:101])
print(e[101:201])
def sqrt_digits(n, digits):
    x = n * 10 ** (2 * digits)
    r = x
    y = (r + x // r) // 2
    while y < r:
        r = y
        y = (r + x // r) // 2
    return r
s2 = str(sqrt_digits(2, 100))
print(s2[0] + "." + s2[1:])
print(sqrt_digits(10 ** 6, 0), sqrt_digits(99, 5))
