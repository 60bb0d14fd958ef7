# Float arithmetic with exactly representable or correctly rounded results.
a = 7.5
b = 2.0
print(a + b, a - b, a * b, a / b, a // b, a % b)
print(-a + b, -a - b, -a * b, -a / b, -a // b, -a % b)
print(0.1 + 0.2, 0.1 + 0.2 == 0.3, 0.5 + 0.25 == 0.75)
print(1.0 / 3, 2.0 / 3, 1 / 10, 3 / 4, 7 / 8)
print(1 / 2, 5 / 5, 0 / 7, -0 / 7, 10 / -4)
print(type(4 / 2).__name__, 4 / 2, 2 ** 0.5, 16 ** 0.5)
print(1.5 * 2, 1.5 * 3, 0.1 * 10, 0.1 * 3)
print(1e308 + 1e308, -1e308 - 1e308, 1e308 * 1e308)
print(1e-320, 1e-320 / 10, 5e-324 / 2)
print(3 + 0.5, 3 - 0.5, 3 * 0.5, 3 / 0.5, True + 0.5)
print(10 ** 20 + 0.0, 10 ** 20 * 1.0, (2 ** 53 + 1) + 0.0)
x = 0.0
for i in range(10):
    x += 0.1
print(x, x == 1.0, abs(x - 1.0) < 1e-9)
x = 1.0
for i in range(10):
    x /= 2
print(x)
x = 3.0
x *= 4
x -= 0.5
x /= 2
x //= 1.5
x %= 3
print(x)
print(round(2.675, 2), round(0.1 + 0.2, 10), round(1 / 3, 5))
print(float(7) / float(2), float("1e3") + 1, float(-5) // 2)
print(abs(-2.5), abs(2.5), abs(-0.0), -(0.0), -(-0.0))
print(max(1.5, 2, -3.0), min(1.5, 2, -3.0), sum([0.5, 0.25, 0.125]))
print(1.0 == 1, 1.5 == 3 / 2, 0.1 * 3 == 0.3, 0.1 * 4 == 0.4)
try:
    print(1.0 / 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(1.0 // 0.0)
except ZeroDivisionError as e:
    print(type(e).__name__)
try:
    print(1.0 % 0.0)
except ZeroDivisionError as e:
    print(type(e).__name__)
try:
    print(1 / 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
