# Integers around machine word boundaries (+-2**31, +-2**63, +-2**64).
edges = [2 ** 31 - 1, 2 ** 31, -2 ** 31, -2 ** 31 - 1,
         2 ** 62, 2 ** 63 - 1, 2 ** 63, 2 ** 63 + 1,
         -2 ** 63, -2 ** 63 - 1, -2 ** 63 + 1,
         2 ** 64 - 1, 2 ** 64, 2 ** 64 + 1, -2 ** 64, -2 ** 64 - 1]
for e in edges:
    print(e, e + 1, e - 1, e * 2, -e, e // 2, e % 1000)
max64 = 9223372036854775807
min64 = -9223372036854775808
print(max64 + 1)
print(min64 - 1)
print(max64 * max64)
print(min64 * min64)
print(min64 * -1)
print(-min64)
print(abs(min64))
print(min64 // -1)
print(min64 % -1)
print(divmod(min64, -1))
print(max64 + max64 + 2 == 2 ** 64)
print(max64 - min64)
print(min64 - max64)
print(2 ** 64 - 2 ** 63 == 2 ** 63)
print(max64 * 2 + 1, (max64 * 2 + 1) // 2)
# overflow during incremental addition
x = max64 - 5
for i in range(10):
    x += 1
    print(x, x > max64)
y = min64 + 5
for i in range(10):
    y -= 1
    print(y, y < min64)
# multiplication crossing the boundary
print(3037000499 * 3037000499, 3037000500 * 3037000500)
print(4294967296 * 4294967296, 4294967295 * 4294967297)
print(-4294967296 * 4294967296, 2 ** 32 * -(2 ** 31))
# comparisons across boundary
print(2 ** 63 > 2 ** 63 - 1, -2 ** 63 < -2 ** 63 + 1, 2 ** 64 == 18446744073709551616)
print(max64 == 2 ** 63 - 1, min64 == -(2 ** 63))
# shrinking back to small
z = 2 ** 64
z -= 2 ** 64 - 3
print(z, type(z).__name__, z * 7)
print(int("9223372036854775808"), int("-9223372036854775809"))
print(str(2 ** 63), repr(-2 ** 63), len(str(2 ** 64)))
