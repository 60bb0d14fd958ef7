# Float floor division and modulo with negative operands.
pairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (7, 2.5), (-7, 2.5),
         (0.5, 0.25), (-0.5, 0.25), (1.0, 0.1), (5.0, 5.0), (-5.0, 5.0),
         (0.0, 3.0), (-0.0, 3.0), (0.0, -3.0), (3.0, 0.5), (-3.0, 0.5),
         (1e20, 3.0), (-1e20, 7.0), (2.5, -0.5), (100.0, 7.0)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b))
print(-1.0 % 10, 1.0 % -10, -1e-20 % 1.0, 1e-20 % -1.0)
print(7 // 2.0, -7 // 2.0, 7 % 2.0, -7 % 2.0, type(7 // 2.0).__name__)
print(divmod(-7, 2.0), divmod(7.0, -2), divmod(1, 0.5))
x = 10.0
x //= 3
print(x)
x = -10.0
x %= 3
print(x)
for a in [1.5, -1.5, 2.5, -2.5]:
    print(a, a // 1, a % 1, -(a // -1))
for bad in [(1.0, 0.0), (1, 0.0), (0.0, 0)]:
    try:
        print(divmod(bad[0], bad[1]))
    except ZeroDivisionError as e:
        print(type(e).__name__)
    try:
        print(bad[0] % bad[1])
    except ZeroDivisionError as e:
        print(type(e).__name__)
