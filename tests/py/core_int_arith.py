# Basic integer arithmetic, including edge cases around zero and signs.
a = 17
b = 5
print(a + b, a - b, a * b)
print(b - a, -a * b, -a * -b)
print(a + 0, a * 0, 0 - a, 0 * -1)
print(1 + 2 * 3, (1 + 2) * 3, 2 * 3 ** 2, -2 ** 2, (-2) ** 2)
print(100 - 1 - 1, 100 - (1 - 1))
print(7 * 6 * 5 * 4 * 3 * 2 * 1)
print(123456789 * 987654321)
print(999999999 + 1, -999999999 - 1)
x = 0
for i in range(1, 101):
    x += i
print("sum 1..100 =", x)
x = 1
for i in range(1, 21):
    x *= i
print("20! =", x)
print(type(a + b).__name__, type(a * b).__name__)
print(int(True) + 1, True + True, True * 10, False - 1)
print(3 - -3, 3 + -3, -(-3), +(-3))
print(1_000_000 + 1, 0x10 + 0o10 + 0b10, 0XFF, 0O777, 0B1111)
print(10 ** 0, 10 ** 1, 10 ** 2, 10 ** 18)
print(2 ** 10 - 1, 2 ** 31 - 1, 2 ** 31, 2 ** 32)
print(-2 ** 31, -(2 ** 32))
# operator precedence with mixed ops
print(2 + 3 * 4 - 5 // 2 % 3)
print((2 + 3) * (4 - 5) // 2)
print(-7 + 3 * -2, 7 - -7 * 2)
vals = [0, 1, -1, 2, -2, 1000, -1000]
for v in vals:
    print(v, v * v, v * v * v, v + v, v - 2 * v)
# arithmetic on very small and large combos
print(1 * 1 * 1 * 1, 0 * 99999999999, -0, 0 == -0)
print(int("000123") + 1, int("-0") * 5)
print(sum([1, 2, 3]) * 2 - len("abc"))
