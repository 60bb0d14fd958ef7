# hex(), oct(), bin() and format equivalents.
for n in [0, 1, 7, 8, 15, 16, 255, 256, -1, -255, 2 ** 32, 2 ** 63 - 1, -(2 ** 63), 2 ** 64, 10 ** 20, True]:
    print(n, hex(n), oct(n), bin(n))
    print("  ", format(n, "x"), format(n, "o"), format(n, "b"), format(n, "#x"), format(n, "#X"), format(n, "#o"), format(n, "#b"))
print(hex(0xdeadbeef), hex(-0xABC), oct(0o755), bin(0b1001))
print("%x %X %o %#x %#o" % (255, 255, 8, 255, 8))
try:
    hex(1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    bin("1")
except TypeError as e:
    print(type(e).__name__, e)
print(len(bin(2 ** 100)) - 2, hex(2 ** 100).count("0"))
