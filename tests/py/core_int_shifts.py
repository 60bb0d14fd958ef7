# Left and right shifts on ints.
for n in [0, 1, 3, 255, -1, -3, -256, 1000000]:
    print(n, [n << k for k in (0, 1, 5, 31, 32, 33, 63, 64, 65)])
    print(n, [n >> k for k in (0, 1, 2, 7, 8, 31, 63, 64, 100)])
print(1 << 62, 1 << 63, 1 << 64)
print(-1 >> 1, -2 >> 1, -3 >> 1, -4 >> 2, -5 >> 1)
print(7 >> 1, 7 >> 2, 7 >> 3, 7 >> 4)
print(2 ** 63 >> 62, (2 ** 63 - 1) >> 62, (2 ** 63 - 1) << 1)
x = 1
for i in range(70):
    x <<= 1
print(x)
for i in range(68):
    x >>= 1
print(x)
x = -1
x <<= 100
print(x)
x >>= 99
print(x)
print(True << 3, False << 3, 8 >> True)
print((5 << 2) + 1, 5 << 2 + 1, 1 + 2 << 3)
try:
    print(1 << -5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(2.0 << 1)
except TypeError as e:
    print(type(e).__name__, e)
