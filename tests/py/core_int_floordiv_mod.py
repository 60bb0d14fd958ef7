# Floor division and modulo on ints with every sign combination.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (6, 3), (-6, 3), (6, -3),
         (0, 5), (0, -5), (1, 7), (-1, 7), (1, -7), (-1, -7), (13, 13),
         (100, 7), (-100, 7), (100, -7), (-100, -7)]
for a, b in pairs:
    q = a // b
    r = a % b
    print(a, b, "->", q, r, q * b + r == a, divmod(a, b))
# the sign of the result of % follows the divisor
print(-1 % 10, 1 % -10, -11 % 10, 11 % -10)
print(-3 // 1, 3 // -1, -1 // 1000, 1 // -1000)
# big operands
big = 10 ** 30 + 7
print(big // 3, big % 3, -big // 3, -big % 3)
print(big // -3, big % -3, divmod(-big, -3))
print(2 ** 100 // 2 ** 50, 2 ** 100 % (2 ** 50 - 1))
print((-(2 ** 70)) // 7, (-(2 ** 70)) % 7)
print(12345678901234567890 // 1234567890, 12345678901234567890 % 1234567890)
# mixing with bool
print(True // 1, 7 // True, 7 % True, False // 3)
# augmented
x = -17
x //= 5
print(x)
x = -17
x %= 5
print(x)
# errors
for a, b in [(1, 0), (0, 0), (-5, 0)]:
    try:
        print(a // b)
    except ZeroDivisionError as e:
        print("floordiv:", type(e).__name__, e)
    try:
        print(a % b)
    except ZeroDivisionError as e:
        print("mod:", type(e).__name__, e)
    try:
        print(divmod(a, b))
    except ZeroDivisionError as e:
        print("divmod:", type(e).__name__, e)
