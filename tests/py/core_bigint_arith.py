# Arbitrary-precision integer arithmetic.
a = 123456789012345678901234567890
b = 987654321098765432109876543210
print(a + b)
print(b - a)
print(a - b)
print(a * b)
print(b // a, b % a)
print(-b // a, -b % a)
print(divmod(b, -a))
print(a * a * a)
print(pow(a, 3) == a * a * a)
print(2 ** 200)
print(3 ** 100)
print(-3 ** 101)
print((-3) ** 101)
print(7 ** 77 % 1000000007)
print(pow(7, 77, 1000000007))
print(10 ** 50 // 7)
print(10 ** 50 % 7)
print((10 ** 50 + 1) * (10 ** 50 - 1) == 10 ** 100 - 1)
print(10 ** 100 - 1)
f = 1
for i in range(1, 51):
    f *= i
print("50! =", f)
print(len(str(f)), f % 10 ** 12, f // 10 ** 50)
# factorial quotients
print(f // (2 ** 47))
g = f
n = 0
while g % 10 == 0:
    g //= 10
    n += 1
print("trailing zeros:", n)
# digit sum
print(sum(int(c) for c in str(2 ** 1000)))
# comparisons
print(a < b, a > b, a == a + 0, a != b, -a < a)
print(max(a, b, -a), min(a, b, -b))
# mixing with small ints
print(a + 1, a - 1, a * 0, a * -1, a // 1, a % 2, a % 10)
print(a // 10 ** 29, a % 10 ** 5)
# big int to float
print(float(2 ** 80), float(-2 ** 100), float(10 ** 20))
print(2 ** 80 / 2 ** 78, (10 ** 30) / (10 ** 28))
print(int(1e20), int(-1.5e19), int(2.0 ** 70))
# negative big int str and abs
n = -(10 ** 40) - 12345
print(n, abs(n), str(n)[:5], len(str(n)))
print(sum([10 ** 20] * 10), sum(range(10 ** 6, 10 ** 6 + 10)) * 10 ** 15)
