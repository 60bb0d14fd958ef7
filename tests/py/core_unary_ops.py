# Unary minus, plus, invert and not.
for v in [0, 1, -1, 7, -7, 2 ** 63, -2 ** 63, 2 ** 100, True, False]:
    print(repr(v), -v, +v, ~v, not v, -(-v) == v, ~~v == v)
for f in [0.0, -0.0, 1.5, -2.25, float("inf")]:
    print(repr(f), -f, +f, not f, -(-f))
print(- - 1, - + - 1, ~ - 1, - ~ 1, not not 1, not - 1)
print(-2 ** 2, (-2) ** 2, -(2 ** 2), 2 ** -1, ~2 ** 2)
print(-3 // 2, -(3 // 2), -3 % 2, -(3 % 2))
x = 5
x = -x
print(x, -x, abs(x))
print(not [], not [0], not "", not " ", not 0.0, not None)
print(type(-True).__name__, type(+False).__name__, type(~True).__name__, -True, +True)
try:
    print(-"a")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(~1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(+[1])
except TypeError as e:
    print(type(e).__name__, e)
