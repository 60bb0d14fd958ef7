# int(x, base) parsing including base 0 and prefixes.
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0XfF", 16), int("-ff", 16))
print(int("777", 8), int("0o777", 8), int("101", 2), int("0b101", 2), int("-0b101", 2))
print(int("z", 36), int("ZZ", 36), int("10", 36), int("hello", 36))
print(int("12", 3), int("1_0_1", 2), int("  1a  ", 16), int("0", 7))
print(int("0x1f", 0), int("0o17", 0), int("0b11", 0), int("123", 0), int("-0x10", 0), int("0", 0))
print(int("0_0", 0), int("0x_ff", 0), int("00", 0), int("1_000", 0))
print(int("ffffffffffffffffffffffff", 16), int("-8000000000000000", 16))
print(int("1" * 70, 2), int("7" * 30, 8))
for s, b in [("12", 2), ("9", 8), ("g", 16), ("0x1f", 10), ("012", 0), ("0b2", 0),
             ("", 16), ("0x", 16), ("1.0", 10), ("zz", 35), ("_1", 16)]:
    try:
        print(int(s, b))
    except ValueError as e:
        print(type(e).__name__, e)
for b in [1, 37, -1]:
    try:
        print(int("1", b))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    print(int(12, 10))
except TypeError as e:
    print(type(e).__name__, e)
for n in [0, 1, 255, -255, 2 ** 64, -(2 ** 63)]:
    print(n, int(hex(n), 16), int(oct(n), 8), int(bin(n), 2), int(hex(n), 0), int(bin(n), 0))
