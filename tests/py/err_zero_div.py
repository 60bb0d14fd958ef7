# ZeroDivisionError from every arithmetic path.
cases = [
    ("1 / 0", lambda: 1 / 0),
    ("1 // 0", lambda: 1 // 0),
    ("1 % 0", lambda: 1 % 0),
    ("1.0 / 0", lambda: 1.0 / 0),
    ("1 / 0.0", lambda: 1 / 0.0),
    ("0 / 0", lambda: 0 / 0),
    ("big / 0", lambda: 10 ** 30 / 0),
    ("big // 0", lambda: 10 ** 30 // 0),
    ("big % 0", lambda: -(10 ** 30) % 0),
    ("divmod(5, 0)", lambda: divmod(5, 0)),
    ("True / False", lambda: True / False),
]
for label, fn in cases:
    try:
        print(label, "=", fn())
    except ZeroDivisionError as e:
        print(label, "->", type(e).__name__ + ":", e)
def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return float("inf") if a > 0 else float("-inf") if a < 0 else float("nan")
print(safe_div(1, 0), safe_div(-1, 0), safe_div(0, 0), safe_div(6, 3))
x = 10
try:
    x /= 0
except ZeroDivisionError as e:
    print("augmented:", e, x)
try:
    x //= 0
except ArithmeticError as e:
    print("as ArithmeticError:", type(e).__name__, e)
try:
    1 % 0
except Exception as e:
    print("as Exception:", type(e).__name__, isinstance(e, ZeroDivisionError), isinstance(e, ArithmeticError))
results = []
for d in [2, 1, 0, -1]:
    try:
        results.append(12 // d)
    except ZeroDivisionError:
        results.append(None)
print(results)
