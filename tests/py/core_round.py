# round(): banker's rounding, ndigits including negative values.
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 2.675, 1e16, -7.5]:
    print(repr(v), round(v), type(round(v)).__name__)
for v in [0.125, 0.375, 2.675, 1.005, 0.5, 12.345, -12.345, 1234.5678]:
    print(v, round(v, 0), round(v, 1), round(v, 2), round(v, 3), round(v, -1), round(v, -2))
for n in [0, 5, 15, 25, 35, 45, 1234, 1250, 1350, -1250, -1251, 10 ** 20 + 5 * 10 ** 18]:
    print(n, round(n), round(n, 1), round(n, -1), round(n, -2), round(n, -3), type(round(n, -1)).__name__)
print(round(2.5, None), round(7), round(-7), round(True))
print(round(1e300, 2), round(-0.0), round(-0.0, 1), round(0.04, 1))
print(round(123.456, -1), round(123.456, -2), round(123.456, -3), round(5.0, -1), round(15.0, -1))
print(round(0.1 + 0.2, 15), round(0.1 + 0.2, 16), round(0.1 + 0.2, 17))
print(round(float("inf"), 2), round(float("nan"), 2))
try:
    round(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
try:
    round("1.5")
except TypeError as e:
    print(type(e).__name__)
