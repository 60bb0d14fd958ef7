# OverflowError from float conversions and big results.
tests = [
    ("float(10**400)", lambda: float(10 ** 400)),
    ("10**400 / 3", lambda: 10 ** 400 / 3),
    ("int(inf)", lambda: int(float("inf"))),
    ("int(-inf)", lambda: int(float("-inf"))),
    ("round(inf)", lambda: round(float("inf"))),
    ("2.0 ** 5000", lambda: 2.0 ** 5000),
    ("10.0 ** 400", lambda: 10.0 ** 400),
    ("1e308 * 10", lambda: 1e308 * 10),
    ("10**400 * 1.0", lambda: 10 ** 400 * 1.0),
    ("10**400 + 0.5", lambda: 10 ** 400 + 0.5),
    ("10**400 // 3", lambda: len(str(10 ** 400 // 3))),
]
for label, fn in tests:
    try:
        print(label, "=", fn())
    except OverflowError as e:
        print(label, "-> OverflowError")
        print("   is ArithmeticError:", isinstance(e, ArithmeticError))
try:
    float(2 ** 1024)
except OverflowError as e:
    print(type(e).__name__, e)
print(float(2 ** 1023), float(2 ** 1024 - 2 ** 971), float(2 ** 1024 - 2 ** 970 - 1))
try:
    float(2 ** 1024 - 2 ** 970)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
