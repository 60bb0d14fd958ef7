# float() from strings, ints and special values.
for s in ["1.5", " 1.5 ", "\n-2.25\t", "1e3", "1E-3", "+.5", "-5.", "1_000.5", "1e+16",
          "inf", "-inf", "+inf", "Infinity", "-INFINITY", "nan", "NaN", "  3  ", "0", "-0", "1e400", "-1e400", "1e-400",
          "0.1", "123456789012345678", "9007199254740993", "0000.5000"]:
    print(repr(s), float(s))
print(float(), float(0), float(-7), float(True), float(2 ** 53 + 1), float(10 ** 30))
print(float(1.5), float(-0.0), float("-0.0"))
for bad in ["", "abc", "1.5.5", "1e", "e5", "--1", "1 5", "0x10", "in f", "1__0", "nan1"]:
    try:
        print(float(bad))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    float(10 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    float([1])
except TypeError as e:
    print(type(e).__name__)
try:
    float(None)
except TypeError as e:
    print(type(e).__name__)
print(float("1.7976931348623157e308"), float("5e-324"), float("2.4703282292062328e-324"))
