# The math module's float API beyond the basics: special values and their
# errors, rounding functions with __floor__/__ceil__/__trunc__, integer
# helpers, fsum/prod/dist/hypot, and classification predicates.
import math

print("constants:", math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print("rounding:", [(f(x)) for f in (math.floor, math.ceil, math.trunc) for x in (2.5, -2.5, 7, -0.0)])
print("big floor:", math.floor(1e20), math.ceil(-1e20), type(math.floor(1.5)).__name__)
for fn, arg in [(math.floor, math.inf), (math.ceil, -math.inf), (math.trunc, math.nan), (math.floor, math.nan)]:
    try:
        fn(arg)
    except (OverflowError, ValueError) as e:
        print(f"{fn.__name__}({arg}) -> {type(e).__name__}: {e}")


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __floor__(self):
        return self.cents // 100

    def __ceil__(self):
        return -(-self.cents // 100)

    def __trunc__(self):
        return int(self.cents / 100)

    def __float__(self):
        return self.cents / 100


m = Money(-250)
print("dunder rounding:", math.floor(m), math.ceil(m), math.trunc(m), math.sqrt(Money(400)))

print("exp/log:", math.exp(0), math.exp(-1), math.log(math.e), math.log(1024, 2), math.log(0.5, 4))
print("log2/log10:", math.log2(1 / 1024), math.log10(1e-5), math.log1p(-0.5), math.expm1(2))
print("log of big int:", math.log(10 ** 400), math.log10(10 ** 400), math.log2(2 ** 1000 + 1))
print("pow:", math.pow(2, 0.5), math.pow(-8, 3), math.pow(0, 0), math.pow(math.inf, 0), math.pow(1, math.nan))
print("sqrt:", math.sqrt(0), math.sqrt(2.25), math.sqrt(1e308), math.isqrt(99), math.isqrt(10 ** 30))
print("trig:", round(math.sin(math.pi / 6), 15), round(math.cos(math.pi / 3), 15), math.atan2(-1, -1), math.atan2(0, -1))
print("hyperbolic:", math.sinh(0), math.cosh(0), math.tanh(100), math.asinh(0), math.acosh(1), math.atanh(0))
print("angles:", math.degrees(math.tau), math.radians(-90), math.degrees(1))
print("fsum vs sum:", math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100]))
print("prod:", math.prod(range(1, 11)), math.prod([0.5, 4]), math.prod([2, 3], start=10), math.prod([]))
print("dist/hypot:", math.dist((1, 2, 3), (4, 6, 3)), math.hypot(), math.hypot(-5), math.hypot(3, 4, 12))
print("fmod/remainder:", math.fmod(-7, 3), -7 % 3, math.remainder(10, 4), math.remainder(-7, 2), math.fmod(5.5, 2))
print("modf/frexp/ldexp:", math.modf(-3.75), math.frexp(0.1), math.frexp(0), math.ldexp(0.8, -3), math.ldexp(1, 1023))
print("copysign:", math.copysign(1, -0.0), math.copysign(-2, 3), math.copysign(math.inf, -1))
print("isclose:", math.isclose(0.1 + 0.2, 0.3), math.isclose(1e-10, 0), math.isclose(1e-10, 0, abs_tol=1e-9),
      math.isclose(100, 101, rel_tol=0.01), math.isclose(math.inf, math.inf))
print("classify:", [(x, math.isfinite(x), math.isinf(x), math.isnan(x)) for x in (1.0, math.inf, math.nan)])
print("integers:", math.gcd(), math.gcd(0, 0), math.gcd(-12, 18), math.lcm(), math.lcm(0, 5), math.lcm(-4, 6))
print("comb/perm:", math.comb(52, 5), math.comb(5, 7), math.perm(10, 3), math.perm(3, 5), math.factorial(20))
print("ulp/nextafter:", math.ulp(1e16), math.nextafter(0, 1), math.nextafter(1.0, 0.0) < 1.0)
print("gamma:", math.gamma(6), round(math.gamma(0.5) ** 2, 12), math.lgamma(1), round(math.lgamma(10), 10))
print("erf:", math.erf(0), round(math.erf(2), 12), round(math.erfc(-1), 12))
print("cbrt/exp2:", math.cbrt(27), math.cbrt(-8), math.exp2(10), math.exp2(-1))

errors = ["math.log(-1)", "math.log(1, 1)", "math.sqrt(-0.1)", "math.acos(1.5)", "math.exp(710)",
          "math.pow(-8, 1/3)", "math.ldexp(1, 5000)", "math.comb(-1, 2)", "math.perm(5, -1)",
          "math.isqrt(-4)", "math.factorial(-3)", "math.gcd(1.5)", "math.fsum([math.inf, -math.inf])",
          "math.dist((1, 2), (1,))", "math.lgamma(-2)", "math.log('x')", "math.prod(None)"]
for expr in errors:
    try:
        print(expr, "=", eval(expr))
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(f"{expr:32} {type(e).__name__}: {e}")
