# Thousands separators , and _ for ints and floats.
for v in [0, 7, 999, 1000, 12345, -12345, 1234567, 10 ** 9, -(10 ** 12) - 1, 2 ** 64, 10 ** 30]:
    print(f"{v:,} {v:_} {v:>16,} {v:016,} {v:+,} {v:_x} {v:_b} {v:_o} {v:#_x}")
for v in [0.0, 1234.5, -1234567.891, 1e10, 0.001, 123456789.125, float("inf")]:
    print(f"{v:,} {v:,.2f} {v:_.3f} {v:,.0f} {v:>18,.2f} {v:018,.2f} {v:,e} {v:,g} {v:,.1%}")
print("{:,}".format(1234), "{:_}".format(1234), format(1234567, ","), format(-1234.5, ",.1f"))
print(f"{1000000:010,}", f"{1000000:011,}", f"{1000000:012,}", f"{123:08,}", f"{-1234:09,}")
print(f"{12345678:_X}", f"{255:_b}", f"{65535:#_x}")
try:
    print(format(1234, ",x"))
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(format("abc", ","))
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(format(1, ",_"))
except ValueError as e:
    print(type(e).__name__)
