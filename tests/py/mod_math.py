# The math module (vm/tr_mod_math.c).
import math
print(math.pi, math.e, math.tau, math.inf, math.nan, math.sqrt(2), math.exp(1), math.log(100, 10), math.log(8, 2), math.log2(1024), math.log10(0.001))
print(math.floor(-2.5), math.ceil(2.1), math.trunc(-3.9), math.floor(10**20), type(math.floor(2.0)).__name__, math.fabs(-3), math.factorial(25), math.gcd(12, 18, 27), math.lcm(4, 6, 10))
print(math.isqrt(10**20 + 1), math.comb(10, 3), math.perm(5, 2), math.perm(4), math.prod([1, 2, 3, 4]), math.prod([]), math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.hypot(3, 4), math.hypot(1, 2, 2), math.dist((0, 0), (3, 4)), math.degrees(math.pi), math.radians(180), math.isclose(1.0, 1.0 + 1e-10), math.isclose(1, 1.1))
print(math.sin(0), math.cos(0), round(math.tan(math.pi / 4), 12), math.atan2(1, 1), math.asin(1), math.acos(1), math.atan(1), math.sinh(1), math.cosh(1), math.tanh(1))
print(math.asinh(1), math.acosh(2), math.atanh(0.5), math.erf(1), math.erfc(1), math.gamma(5), math.expm1(1e-10), math.log1p(1e-10))
print(math.frexp(8.0), math.ldexp(0.5, 4), math.modf(3.25), math.modf(-2.5), math.copysign(3, -0.0), math.fmod(7, -3), math.remainder(7, 3), math.isfinite(1e308), math.isinf(-math.inf), math.isnan(math.nan))
print(math.pow(2, 10), math.pow(2, -1), math.log(2**1000), math.nextafter(1, 2), math.ulp(1.0))
for bad in ["math.sqrt(-1)", "math.log(0)", "math.exp(1000)", "math.factorial(-1)", "math.factorial(2.5)", "math.sqrt('x')", "math.acos(2)", "math.pow(0, -1)", "math.fmod(1, 0)", "math.gamma(0)"]:
    try:
        eval(bad)
    except (ValueError, OverflowError, TypeError) as e:
        print(bad, type(e).__name__, e)
