# inf, nan and signed zero semantics.
inf = float("inf")
ninf = float("-inf")
nan = float("nan")
print(inf, ninf, nan, repr(inf), repr(nan), str(ninf))
print(inf + 1, inf - inf, inf * 0, inf * -1, inf / inf, 1 / inf, -1 / inf)
print(inf > 10 ** 400, ninf < -10 ** 400, inf == inf, ninf == -inf)
print(nan == nan, nan != nan, nan < 1, nan > 1, nan <= nan, nan >= nan)
print(nan is nan, [nan] == [nan], nan in [nan], (nan,) == (nan,))
x = float("nan")
print(x == x, x in [x], [x] == [x], x in {x})
print(max(1.0, nan), min(nan, 1.0))
print(float("INF"), float("-Infinity"), float("+inf"), float("NaN"), float("-nan"))
print(inf * inf, ninf * ninf, ninf * inf, 1e308 * 10 == inf)
print(-0.0, 0.0 == -0.0, str(-0.0), repr(-0.0), -0.0 < 0.0)
print(0.0 * -1, -0.0 * -1, -0.0 + 0.0, -0.0 - 0.0, -0.0 + -0.0)
print(abs(-0.0), -(0.0), 0.0 / -1, -0.0 / 5)
print(1 / inf, -1 / inf, 0.0 * inf == 0.0)
print(inf % 2 == inf % 2, 5.0 % inf, -5.0 % inf, 5.0 // inf, -5.0 // inf)
print(int(-0.0), round(-0.0), round(-0.4), round(-0.5))
print(bool(nan), bool(-0.0), bool(inf), bool(0.0))
print(sorted([3.0, -0.0, 0.0, -1.0, inf, ninf]))
print(hash(-0.0) == hash(0.0), hash(inf), hash(ninf))
for bad in (inf, ninf):
    try:
        print(int(bad))
    except OverflowError as e:
        print(type(e).__name__, e)
try:
    print(int(nan))
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(round(inf))
except OverflowError as e:
    print(type(e).__name__, e)
print(f"{inf} {ninf:+} {nan:>6} {-0.0:.2f} {inf:.3f}")
print("%f %e %g %s" % (inf, ninf, nan, -0.0))
print(format(-0.0, "g"), format(0.0, "+"), format(-0.0, "+.1f"))
