# True division always yields a float.
for a, b in [(1, 2), (3, 4), (-3, 4), (10, 5), (0, 3), (7, -2), (1, 3), (2, 3), (22, 7),
             (10 ** 20, 10 ** 10), (2 ** 64, 2), (1, 2 ** 64), (10 ** 30 + 1, 10 ** 30), (-1, 3)]:
    print(a, b, a / b, type(a / b).__name__)
print(5 / 2.0, 5.0 / 2, True / 2, 1 / True, 0.0 / -1)
print(10 ** 400 // 10 ** 398, 10 ** 400 / 10 ** 398, 1 / 10 ** 400)
print((2 ** 1000) / (2 ** 999), (3 ** 300) / (3 ** 299))
try:
    print(10 ** 400 / 1)
except OverflowError as e:
    print(type(e).__name__, e)
x = 7
x /= 2
print(x)
x /= 0.5
print(x)
for d in [0, 0.0, -0.0, False]:
    try:
        print(1 / d)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
