# int() conversions from floats, strings, bools.
for v in [3.7, -3.7, 0.9999, -0.9999, 1e15, -1e15, 2.5, -2.5, 1e20, 123456789012345678.0, -0.0]:
    print(repr(v)* int(v))
for s in ["0", "-0", "+5", "  42  ", "\t-17\n", "1_000", "1_000_000", "007", "-00",
          "123456789012345678901234567890", "  -9223372036854775809 "]:
    print(repr(s), int(s))
print(int(True), int(False), int(), int(-5), int(2 ** 70))
print(int("12") + int("3"), int("-12") - int("+3"))
for bad in ["", " ", "abc", "1.5", "1e3", "1__0", "_1", "1_", "0x10", "--1", "+-1", "1 2", "None"]:
    try:
        print(int(bad))
    except ValueError as e:
        print(type(e).__name__, e)
for bad in [None, [1], (1,), {}]:
    try:
        print(int(bad))
    except TypeError as e:
        print(type(e).__name__)
print(int(float("1e3")), int(float(" -2.5 ")), int(str(10 ** 30)) == 10 ** 30)
print(int("  +0  "), int("-1") * int("-1"))
