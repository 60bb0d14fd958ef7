# Bitwise operations on big and negative ints.
a = 2 ** 100 + 12345
b = 2 ** 90 - 1
print(a & b)
print(a | b)
print(a ^ b)
print(~a)
print(~-a)
print(-a & b)
print(-a | b)
print(-a ^ b)
print(-a & -b)
print(-a | -b)
print(-a ^ -b)
print(a >> 50, a >> 100, a >> 101, a >> 1000)
print(-a >> 50, -a >> 100, -a >> 1000)
print(1 << 100, 1 << 64, 1 << 63, -1 << 63, -1 << 64)
print(12345 << 70)
print((12345 << 70) >> 70)
print(0xFFFFFFFFFFFFFFFF & -1, 0xFFFFFFFFFFFFFFFF ^ -1)
print((2 ** 64 - 1) & 2 ** 63, (2 ** 64) | 1)
print(-1 & (2 ** 128 - 1))
print(hex(-1 & (2 ** 128 - 1)))
print(bin(2 ** 70 + 5))
print(hex(a), hex(-a), oct(b))
x = 0
for i in range(0, 130, 13):
    x |= 1 << i
print(x, bin(x).count("1"))
y = x
cnt = 0
while y:
    y &= y - 1
    cnt += 1
print("popcount", cnt)
print((x >> 65) & 0xFF, x & ~(1 << 0), x ^ x)
print(-(2 ** 63) >> 1, -(2 ** 63) >> 63, -(2 ** 63) >> 64)
print((2 ** 63) >> 63, (2 ** 64) >> 1, (2 ** 64 - 1) >> 32)
print(~(2 ** 63), ~(-(2 ** 63)), ~(2 ** 64))
# shifting by large counts
print(5 << 0, 5 >> 0, 1 << 200 >> 199)
try:
    print(1 << -1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(1 >> -1)
except ValueError as e:
    print(type(e).__name__, e)
