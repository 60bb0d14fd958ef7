# The ** operator and pow() builtin.
print(2 ** 0, 2 ** 1, 2 ** 10, 0 ** 0, 0 ** 5, 1 ** 1000)
print((-1) ** 0, (-1) ** 1, (-1) ** 2, (-1) ** 999, (-2) ** 3)
print(2 ** -1, 2 ** -2, 10 ** -3, (-2) ** -1, 4 ** -0.5)
print(type(2 ** -1).__name__, type(2 ** 2).__name__)
print(2 ** 64, 2 ** 100, 10 ** 30, (-10) ** 21)
print(0.0 ** 0, 0 ** 0.0, 2.0 ** 3, 2 ** 3.0, 9 ** 0.5, 2.25 ** 0.5)
print(1.5 ** 2, (-1.5) ** 2, (-2.0) ** 3, 0.5 ** 10)
print(pow(2, 10), pow(2, -1), pow(3, 4, 5), pow(3, 200, 7), pow(-3, 3, 7))
print(pow(2, 100, 10 ** 9 + 7), pow(5, 0, 7), pow(5, 3, 1), pow(0, 0, 3))
print(pow(10 ** 20, 3, 10 ** 9 + 9), pow(123456789, 987654321, 1000000007))
print(pow(3, 5, -7), pow(-3, 5, -7))
print(pow(3, -1, 7), pow(2, -1, 5), pow(7, -2, 11))
# right associativity
print(2 ** 3 ** 2, (2 ** 3) ** 2, -2 ** -2)
x = 3
x **= 4
print(x)
x **= 10
print(x)
y = 2.0
y **= 10
print(y)
# errors
try:
    print(0 ** -1)
except ZeroDivisionError as e:
    print(type(e).__name__)
try:
    print(0.0 ** -1)
except ZeroDivisionError as e:
    print(type(e).__name__)
try:
    print(pow(2, 3, 0))
except ValueError as e:
    print(type(e).__name__)
try:
    print(pow(2.0, 3, 5))
except TypeError as e:
    print(type(e).__name__)
try:
    print(2.0 ** 10000)
except OverflowError as e:
    print(type(e).__name__)
print(len(str(7 ** 500)), str(7 ** 500)[:20], 7 ** 500 % 1000)
print(pow(2, 0.5) == 2 ** 0.5, 16 ** 0.25 == 2.0)
