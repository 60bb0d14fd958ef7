# Integer presentation types d x X o b c and # alternate form.
for v in [0, 1, 10, 255, -255, 4096, 65, 128512, 2 ** 63, -(2 ** 63)]:
    print(f"{v:d}|{v:x}|{v:X}|{v:o}|{v:b}|{v:#x}|{v:#X}|{v:#o}|{v:#b}|{v:10x}|{v:<#10x}|{v:#012x}")
for v in [65, 97, 0x4e2d, 0x1F600, 10]:
    print(repr(f"{v:c}"), repr(f"[{v:>3c}]"))
print(f"{True:d} {False:x} {True:b} {True:>4} {True:04}")
print(f"{42:}", f"{42:5}", f"{-42:05}", f"{42:e}", f"{42:.2f}", f"{42:%}", f"{42:g}")
for spec in ["s", ".2d", "c"]:
    try:
        print(format(42 if spec != "c" else -1, spec))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__)
try:
    print(format(1.5, "d"))
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(format(1.5, "x"))
except ValueError as e:
    print(type(e).__name__, e)
