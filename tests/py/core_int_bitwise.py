# Bitwise ops on small ints, including negatives and bool.
vals = [0, 1, 2, 5, 7, 12, 255, -1, -2, -5, -128]
for a in vals:
    row = []
    for b in [3, -3, 0, 0xF0]:
        row.append((a & b, a | b, a ^ b))
    print(a, ~a, row)
print(True & False, True | False, True ^ True, type(True & True).__name__)
print(True & 3, False | 4, ~True, ~False)
print(6 & 3 | 8, 6 & (3 | 8), 1 | 2 ^ 3 & 4)
print(0b1010 & 0b0110, 0b1010 | 0b0110, 0b1010 ^ 0b0110)
print(bin(0b1010 & 0b0110), bin(~0b1010), bin(-10))
print(0xFF ^ 0xAA, hex(0xFF ^ 0xAA), 0xDEADBEEF & 0xFFFF)
x = 0b11110000
x &= 0b10101010
print(bin(x))
x |= 0b1
print(bin(x))
x ^= 0b11111111
print(bin(x))
# bit tricks
for n in [1, 6, 8, 12, 1024, 1023]:
    print(n, "lowbit", n & -n, "pow2", n & (n - 1) == 0, "bitlen", len(bin(n)) - 2)
# masks
mask = (1 << 8) - 1
for v in [300, -300, 65535, -1]:
    print(v, v & mask, (v >> 8) & mask)
