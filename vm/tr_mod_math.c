/* tr_mod_math.c — the `math` module: CPython 3.11's float functions and the
 * exact integer ones (factorial, gcd, lcm, comb, perm, isqrt on GMP).
 *
 * The one-argument float functions are a table: name, C function and the
 * domain rule that turns an errno/NaN result into CPython's ValueError
 * ("math domain error") or OverflowError ("math range error").  Arguments
 * go through to_double, which accepts ints (any size), bools, floats and
 * objects with __float__/__index__, with CPython's TypeError otherwise. */
#include <errno.h>
#include <float.h>
#include <limits.h>
#include <math.h>
#include <string.h>

#include "tr_module.h"
#include "tr_num.h"

#include <gc.h>

static int to_double(TrValue v, double *out) {
    if (TR_IS_FLOAT(v)) {
        *out = v.u.f;
        return 0;
    }
    if (tr_is_int(v)) return tr_number_to_double(v, out);
    TrValue f = tr_call1(tr_obj(&tr_float_type), v);
    if (TR_IS_UNDEF(f)) {
        if (tr_exc_matches(tr_TypeError) || tr_exc_matches(tr_ValueError)) {
            tr_exc_clear();
            tr_raise(tr_TypeError, "must be real number, not %s", tr_typeof(v)->name);
        }
        return -1;
    }
    *out = f.u.f;
    return 0;
}

/* Finish a libm result: CPython's errors for domain and range failures. */
static TrValue result(double x, double r, bool can_overflow) {
    if (isnan(r) && !isnan(x)) return tr_raise(tr_ValueError, "math domain error");
    if (isinf(r) && isfinite(x)) {
        if (can_overflow) return tr_raise(tr_OverflowError, "math range error");
        return tr_raise(tr_ValueError, "math domain error");
    }
    return tr_float(r);
}

/* frexp of a positive int too large for a double: m in [0.5, 1) correctly
 * rounded (CPython's _PyLong_Frexp).  The int is cut to 1000 bits with the
 * dropped bits folded into the lowest one, which rounds the same way. */
static void frexp_bigint(TrValue v, double *m, long *e) {
    TrMpzView w;
    mpz_srcptr z = tr_mpz_view(v, &w);
    long shift = (long)mpz_sizeinbase(z, 2) - 1000;
    mpz_t q;
    mpz_init(q);
    mpz_tdiv_q_2exp(q, z, (mp_bitcnt_t)shift);
    if (mpz_scan1(z, 0) < (mp_bitcnt_t)shift) mpz_setbit(q, 0);
    double d;
    tr_mpz_to_double(q, &d);
    int e2;
    *m = frexp(d, &e2);
    *e = e2 + shift;
}

/* CPython's loghelper: fn(x) for x > 0; an int too large for a double goes
 * through frexp so that log(10**400) works. */
static int log_of(TrValue v, double (*fn)(double), double *out) {
    double x;
    if (tr_is_int(v)) {
        if (tr_int_sign(v) <= 0) goto domain;
        if (tr_number_to_double(v, &x) == 0) {
            *out = fn(x);
            return 0;
        }
        if (!tr_exc_matches(tr_OverflowError)) return -1;
        tr_exc_clear();
        long e;
        frexp_bigint(v, &x, &e);
        *out = fn(x) + fn(2.0) * (double)e;
        return 0;
    }
    if (to_double(v, &x) < 0) return -1;
    if (x <= 0) goto domain;
    *out = fn(x);
    return 0;
domain:
    tr_raise(tr_ValueError, "math domain error");
    return -1;
}

typedef double (*Fn1)(double);
/* overflow: an infinite result from a finite argument is OverflowError (exp,
 * cosh...) rather than a domain error (log(0)...) */
static const struct { const char *name; Fn1 fn; bool overflow; } unary[] = {
    {"sqrt", sqrt, false}, {"exp", exp, true}, {"expm1", expm1, true}, {"log2", log2, false},
    {"log10", log10, false}, {"log1p", log1p, false}, {"fabs", fabs, false},
    {"sin", sin, false}, {"cos", cos, false}, {"tan", tan, false}, {"asin", asin, false},
    {"acos", acos, false}, {"atan", atan, false}, {"sinh", sinh, true}, {"cosh", cosh, true},
    {"tanh", tanh, false}, {"asinh", asinh, false}, {"acosh", acosh, false},
    {"atanh", atanh, false}, {"erf", erf, false}, {"erfc", erfc, false},
    {"gamma", tgamma, true}, {"lgamma", lgamma, true}, {"cbrt", cbrt, false},
    {"exp2", exp2, true},
};
enum { NUNARY = sizeof unary / sizeof unary[0] };

/* Natives get no closure, so each table row has its own tiny entry point. */
static TrValue unary_call(int i, TrValue *args, int nargs, TrTuple *kw) {
    if (tr_check_args(unary[i].name, nargs, kw, 1, 1) < 0) return TR_ERR;
    double x;
    if (i == 3 || i == 4) { /* log2, log10: ints of any size */
        if (log_of(args[0], unary[i].fn, &x) < 0) return TR_ERR;
        return tr_float(x);
    }
    if (to_double(args[0], &x) < 0) return TR_ERR;
    if ((i == 0 && x < 0) || (i == 5 && x <= -1))
        return tr_raise(tr_ValueError, "math domain error");
    if ((i == 21 || i == 22) && x <= 0 && x == floor(x))
        return tr_raise(tr_ValueError, "math domain error");
    errno = 0;
    return result(x, unary[i].fn(x), unary[i].overflow);
}
#define U(i) static TrValue u##i(TrValue *a, int n, TrTuple *k) { return unary_call(i, a, n, k); }
U(0) U(1) U(2) U(3) U(4) U(5) U(6) U(7) U(8) U(9) U(10) U(11) U(12) U(13) U(14) U(15) U(16)
U(17) U(18) U(19) U(20) U(21) U(22) U(23) U(24)
#undef U
static const TrNativeFn unary_fns[NUNARY] = {u0, u1, u2, u3, u4, u5, u6, u7, u8, u9, u10, u11, u12,
                                             u13, u14, u15, u16, u17, u18, u19, u20, u21, u22, u23,
                                             u24};

static TrValue m_log(TrValue *args, int nargs, TrTuple *kw) {
    if (tr_check_args("log", nargs, kw, 1, 2) < 0) return TR_ERR;
    double r[2];
    for (int i = 0; i < nargs; i++)
        if (log_of(args[i], log, &r[i]) < 0) return TR_ERR;
    if (nargs == 2) {
        if (r[1] == 0) return tr_raise(tr_ZeroDivisionError, "float division by zero");
        return tr_float(r[0] / r[1]);
    }
    return tr_float(r[0]);
}

static TrValue two_doubles(const char *name, TrValue *args, int nargs, TrTuple *kw, double *a,
                           double *b) {
    if (tr_check_args(name, nargs, kw, 2, 2) < 0) return TR_ERR;
    if (to_double(args[0], a) < 0 || to_double(args[1], b) < 0) return TR_ERR;
    return tr_none();
}

static TrValue m_pow(TrValue *args, int nargs, TrTuple *kw) {
    double x, y;
    if (TR_IS_UNDEF(two_doubles("pow", args, nargs, kw, &x, &y))) return TR_ERR;
    if (x == 0 && y < 0) return tr_raise(tr_ValueError, "math domain error");
    if (x < 0 && isfinite(x) && isfinite(y) && y != floor(y))
        return tr_raise(tr_ValueError, "math domain error");
    double r = pow(x, y);
    if (isinf(r) && isfinite(x) && isfinite(y)) return tr_raise(tr_OverflowError, "math range error");
    return tr_float(r);
}

static TrValue m_atan2(TrValue *args, int nargs, TrTuple *kw) {
    double y, x;
    if (TR_IS_UNDEF(two_doubles("atan2", args, nargs, kw, &y, &x))) return TR_ERR;
    return tr_float(atan2(y, x));
}

static TrValue m_fmod(TrValue *args, int nargs, TrTuple *kw) {
    double x, y;
    if (TR_IS_UNDEF(two_doubles("fmod", args, nargs, kw, &x, &y))) return TR_ERR;
    if (y == 0 && !isnan(x)) return tr_raise(tr_ValueError, "math domain error");
    if (isinf(x) && !isnan(y)) return tr_raise(tr_ValueError, "math domain error");
    return tr_float(fmod(x, y));
}

static TrValue m_copysign(TrValue *args, int nargs, TrTuple *kw) {
    double x, y;
    if (TR_IS_UNDEF(two_doubles("copysign", args, nargs, kw, &x, &y))) return TR_ERR;
    return tr_float(copysign(x, y));
}

static TrValue m_remainder(TrValue *args, int nargs, TrTuple *kw) {
    double x, y;
    if (TR_IS_UNDEF(two_doubles("remainder", args, nargs, kw, &x, &y))) return TR_ERR;
    if ((y == 0 && !isnan(x)) || (isinf(x) && !isnan(y))) return tr_raise(tr_ValueError, "math domain error");
    return tr_float(remainder(x, y));
}

static TrValue m_nextafter(TrValue *args, int nargs, TrTuple *kw) {
    double x, y;
    if (TR_IS_UNDEF(two_doubles("nextafter", args, nargs, kw, &x, &y))) return TR_ERR;
    return tr_float(nextafter(x, y));
}

static TrValue m_ldexp(TrValue *args, int nargs, TrTuple *kw) {
    if (tr_check_args("ldexp", nargs, kw, 2, 2) < 0) return TR_ERR;
    double x;
    int64_t e;
    if (to_double(args[0], &x) < 0) return TR_ERR;
    if (!tr_is_int(args[1])) return tr_raise(tr_TypeError, "Expected an int as second argument to ldexp.");
    if (tr_int_to_int64(args[1], &e) < 0) {
        tr_exc_clear();
        e = tr_int_sign(args[1]) > 0 ? 100000 : -100000;
    }
    if (e > 100000) e = 100000;
    if (e < -100000) e = -100000;
    double r = ldexp(x, (int)e);
    if (isinf(r) && isfinite(x)) return tr_raise(tr_OverflowError, "math range error");
    return tr_float(r);
}

static TrValue m_frexp(TrValue *args, int nargs, TrTuple *kw) {
    if (tr_check_args("frexp", nargs, kw, 1, 1) < 0) return TR_ERR;
    double x;
    if (to_double(args[0], &x) < 0) return TR_ERR;
    int e = 0;
    double m = isfinite(x) ? frexp(x, &e) : x;
    TrValue items[2] = {tr_float(m), tr_int(e)};
    return tr_obj(tr_tuple_from(items, 2));
}

static TrValue m_modf(TrValue *args, int nargs, TrTuple *kw) {
    if (tr_check_args("modf", nargs, kw, 1, 1) < 0) return TR_ERR;
    double x, ip;
    if (to_double(args[0], &x) < 0) return TR_ERR;
    double fp = isinf(x) ? copysign(0.0, x) : modf(x, &ip);
    if (isinf(x)) ip = x;
    TrValue items[2] = {tr_float(fp), tr_float(ip)};
    return tr_obj(tr_tuple_from(items, 2));
}

/* floor/ceil/trunc return ints; other types through their dunders. */
static TrValue rounding(const char *name, const char *dunder, double (*fn)(double), TrValue *args,
                        int nargs, TrTuple *kw) {
    if (tr_check_args(name, nargs, kw, 1, 1) < 0) return TR_ERR;
    if (tr_is_int(args[0])) return TR_IS_BOOL(args[0]) ? tr_int(args[0].u.i) : args[0];
    if (!TR_IS_FLOAT(args[0])) {
        TrValue m = tr_type_lookup(tr_typeof(args[0]), tr_str_intern(dunder));
        if (!TR_IS_UNDEF(m)) return tr_call1(m, args[0]);
    }
    double x;
    if (to_double(args[0], &x) < 0) return TR_ERR;
    return tr_int_from_double(fn(x));
}
static TrValue m_floor(TrValue *a, int n, TrTuple *k) { return rounding("floor", "__floor__", floor, a, n, k); }
static TrValue m_ceil(TrValue *a, int n, TrTuple *k) { return rounding("ceil", "__ceil__", ceil, a, n, k); }
static TrValue m_trunc(TrValue *a, int n, TrTuple *k) { return rounding("trunc", "__trunc__", trunc, a, n, k); }

static TrValue predicate(const char *name, int which, TrValue *args, int nargs, TrTuple *kw) {
    if (tr_check_args(name, nargs, kw, 1, 1) < 0) return TR_ERR;
    double x;
    if (to_double(args[0], &x) < 0) return TR_ERR;
    return tr_bool(which == 0 ? isfinite(x) : which == 1 ? isinf(x) : isnan(x));
}
static TrValue m_isfinite(TrValue *a, int n, TrTuple *k) { return predicate("isfinite", 0, a, n, k); }
static TrValue m_isinf(TrValue *a, int n, TrTuple *k) { return predicate("isinf", 1, a, n, k); }
static TrValue m_isnan(TrValue *a, int n, TrTuple *k) { return predicate("isnan", 2, a, n, k); }

static TrValue m_isclose(TrValue *args, int nargs, TrTuple *kw) {
    TrValue a, b, rt, at;
    TrValue *outs[] = {&a, &b, &rt, &at};
    if (tr_parse_args("isclose", args, nargs, kw, "a,b|$rel_tol,abs_tol", outs) < 0) return TR_ERR;
    double x, y, rel = 1e-9, abs_tol = 0.0;
    if (to_double(a, &x) < 0 || to_double(b, &y) < 0) return TR_ERR;
    if (!TR_IS_UNDEF(rt) && to_double(rt, &rel) < 0) return TR_ERR;
    if (!TR_IS_UNDEF(at) && to_double(at, &abs_tol) < 0) return TR_ERR;
    if (rel < 0 || abs_tol < 0) return tr_raise(tr_ValueError, "tolerances must be non-negative");
    if (x == y) return tr_bool(true);
    if (isinf(x) || isinf(y)) return tr_bool(false);
    double diff = fabs(y - x);
    return tr_bool((diff <= fabs(rel * y)) || (diff <= fabs(rel * x)) || diff <= abs_tol);
}

static TrValue m_hypot(TrValue *args, int nargs, TrTuple *kw) {
    if (tr_check_args("hypot", nargs, kw, 0, 1 << 20) < 0) return TR_ERR;
    double acc = 0, maxv = 0;
    bool inf = false, nan = false;
    double vals[64], *v = nargs <= 64 ? vals : GC_MALLOC_ATOMIC(sizeof(double) * (size_t)nargs);
    for (int i = 0; i < nargs; i++) {
        if (to_double(args[i], &v[i]) < 0) return TR_ERR;
        v[i] = fabs(v[i]);
        if (isinf(v[i])) inf = true;
        if (isnan(v[i])) nan = true;
        if (v[i] > maxv) maxv = v[i];
    }
    if (inf) return tr_float(INFINITY);
    if (nan) return tr_float(NAN);
    if (maxv == 0 || nargs <= 1) return tr_float(maxv);
    if (nargs == 2) return tr_float(hypot(v[0], v[1]));
    for (int i = 0; i < nargs; i++) {
        double t = v[i] / maxv;
        acc += t * t;
    }
    return tr_float(maxv * sqrt(acc));
}

static TrValue m_dist(TrValue *args, int nargs, TrTuple *kw) {
    if (tr_check_args("dist", nargs, kw, 2, 2) < 0) return TR_ERR;
    TrList *p = tr_list_of(args[0]), *q = p ? tr_list_of(args[1]) : NULL;
    if (!q) return TR_ERR;
    if (p->len != q->len) return tr_raise(tr_ValueError, "both points must have the same number of dimensions");
    TrValue *diffs = GC_MALLOC(sizeof(TrValue) * (size_t)(p->len + 1));
    for (int64_t i = 0; i < p->len; i++) {
        double a, b;
        if (to_double(p->items[i], &a) < 0 || to_double(q->items[i], &b) < 0) return TR_ERR;
        diffs[i] = tr_float(a - b);
    }
    return m_hypot(diffs, (int)p->len, NULL);
}

static TrValue m_degrees(TrValue *args, int nargs, TrTuple *kw) {
    if (tr_check_args("degrees", nargs, kw, 1, 1) < 0) return TR_ERR;
    double x;
    if (to_double(args[0], &x) < 0) return TR_ERR;
    return tr_float(x * (180.0 / M_PI));
}

static TrValue m_radians(TrValue *args, int nargs, TrTuple *kw) {
    if (tr_check_args("radians", nargs, kw, 1, 1) < 0) return TR_ERR;
    double x;
    if (to_double(args[0], &x) < 0) return TR_ERR;
    return tr_float(x * (M_PI / 180.0));
}

/* Shewchuk's exact summation with CPython's final rounding correction. */
static TrValue m_fsum(TrValue *args, int nargs, TrTuple *kw) {
    if (tr_check_args("fsum", nargs, kw, 1, 1) < 0) return TR_ERR;
    TrList *items = tr_list_of(args[0]);
    if (!items) return TR_ERR;
    int64_t n = 0, cap = 32;
    double *p = GC_MALLOC_ATOMIC(sizeof(double) * (size_t)cap);
    double special = 0.0, inf_sum = 0.0;
    for (int64_t k = 0; k < items->len; k++) {
        double x;
        if (to_double(items->items[k], &x) < 0) return TR_ERR;
        double xsave = x;
        int64_t i = 0;
        for (int64_t j = 0; j < n; j++) {
            double y = p[j];
            if (fabs(x) < fabs(y)) {
                double t = x;
                x = y;
                y = t;
            }
            double hi = x + y, lo = y - (hi - x);
            if (lo != 0.0) p[i++] = lo;
            x = hi;
        }
        n = i;
        if (x != 0.0) {
            if (!isfinite(x)) {
                if (isfinite(xsave)) return tr_raise(tr_OverflowError, "intermediate overflow in fsum");
                if (isinf(xsave)) inf_sum += xsave;
                special += xsave;
                n = 0;
            } else {
                if (n == cap) {
                    double *np = GC_MALLOC_ATOMIC(sizeof(double) * (size_t)cap * 2);
                    memcpy(np, p, sizeof(double) * (size_t)n);
                    p = np;
                    cap *= 2;
                }
                p[n++] = x;
            }
        }
    }
    if (special != 0.0) {
        if (isnan(inf_sum)) return tr_raise(tr_ValueError, "-inf + inf in fsum");
        return tr_float(special);
    }
    double hi = 0.0;
    if (n > 0) {
        hi = p[--n];
        double lo = 0;
        while (n > 0) {
            double x = hi, y = p[--n];
            hi = x + y;
            double yr = hi - x;
            lo = y - yr;
            if (lo != 0.0) break;
        }
        if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
            double y = lo * 2.0, x = hi + y, yr = x - hi;
            if (y == yr) hi = x;
        }
    }
    return tr_float(hi);
}

/* ---- integer functions (GMP) ----------------------------------------------- */

static int to_mpz(const char *fname, TrValue v, mpz_t out) {
    if (!tr_is_int(v)) {
        if (TR_IS_FLOAT(v)) {
            tr_raise(tr_TypeError, "'float' object cannot be interpreted as an integer");
            return -1;
        }
        int64_t i;
        if (tr_index_value(v, &i) < 0) return -1;
        mpz_init_set_si(out, i);
        return 0;
    }
    (void)fname;
    TrMpzView w;
    mpz_init_set(out, tr_mpz_view(v, &w));
    return 0;
}

static TrValue m_factorial(TrValue *args, int nargs, TrTuple *kw) {
    if (tr_check_args("factorial", nargs, kw, 1, 1) < 0) return TR_ERR;
    if (TR_IS_FLOAT(args[0]))
        return tr_raise(tr_TypeError, "'float' object cannot be interpreted as an integer");
    mpz_t n;
    if (to_mpz("factorial", args[0], n) < 0) return TR_ERR;
    if (mpz_sgn(n) < 0) return tr_raise(tr_ValueError, "factorial() not defined for negative values");
    if (!mpz_fits_ulong_p(n) || mpz_get_ui(n) > 100000000UL)
        return tr_raise(tr_OverflowError, "factorial() argument should not exceed %ld", (long)LONG_MAX);
    mpz_t r;
    mpz_init(r);
    mpz_fac_ui(r, mpz_get_ui(n));
    return tr_int_from_mpz(r);
}

static TrValue gcd_lcm(bool lcm, TrValue *args, int nargs, TrTuple *kw) {
    if (tr_check_args(lcm ? "lcm" : "gcd", nargs, kw, 0, 1 << 20) < 0) return TR_ERR;
    mpz_t acc;
    mpz_init_set_ui(acc, lcm ? 1 : 0);
    for (int i = 0; i < nargs; i++) {
        mpz_t x;
        if (to_mpz(lcm ? "lcm" : "gcd", args[i], x) < 0) return TR_ERR;
        if (lcm) mpz_lcm(acc, acc, x);
        else mpz_gcd(acc, acc, x);
    }
    return tr_int_from_mpz(acc);
}
static TrValue m_gcd(TrValue *a, int n, TrTuple *k) { return gcd_lcm(false, a, n, k); }
static TrValue m_lcm(TrValue *a, int n, TrTuple *k) { return gcd_lcm(true, a, n, k); }

static TrValue m_isqrt(TrValue *args, int nargs, TrTuple *kw) {
    if (tr_check_args("isqrt", nargs, kw, 1, 1) < 0) return TR_ERR;
    mpz_t n;
    if (to_mpz("isqrt", args[0], n) < 0) return TR_ERR;
    if (mpz_sgn(n) < 0) return tr_raise(tr_ValueError, "isqrt() argument must be nonnegative");
    mpz_sqrt(n, n);
    return tr_int_from_mpz(n);
}

static TrValue comb_perm(bool comb, TrValue *args, int nargs, TrTuple *kw) {
    const char *name = comb ? "comb" : "perm";
    if (tr_check_args(name, nargs, kw, comb ? 2 : 1, 2) < 0) return TR_ERR;
    mpz_t n, k;
    if (to_mpz(name, args[0], n) < 0) return TR_ERR;
    if (nargs == 1 || TR_IS_NONE(args[1])) mpz_init_set(k, n);
    else if (to_mpz(name, args[1], k) < 0) return TR_ERR;
    if (mpz_sgn(n) < 0) return tr_raise(tr_ValueError, "n must be a non-negative integer");
    if (mpz_sgn(k) < 0) return tr_raise(tr_ValueError, "k must be a non-negative integer");
    mpz_t r;
    mpz_init(r);
    if (mpz_cmp(k, n) > 0) return tr_int(0);
    if (!mpz_fits_ulong_p(k)) return tr_raise(tr_OverflowError, "k must not exceed %ld", (long)LONG_MAX);
    unsigned long kk = mpz_get_ui(k);
    if (comb) {
        mpz_bin_ui(r, n, kk);
    } else {
        mpz_set_ui(r, 1);
        mpz_t f;
        mpz_init_set(f, n);
        for (unsigned long i = 0; i < kk; i++) {
            mpz_mul(r, r, f);
            mpz_sub_ui(f, f, 1);
        }
    }
    return tr_int_from_mpz(r);
}
static TrValue m_comb(TrValue *a, int n, TrTuple *k) { return comb_perm(true, a, n, k); }
static TrValue m_perm(TrValue *a, int n, TrTuple *k) { return comb_perm(false, a, n, k); }

static TrValue m_prod(TrValue *args, int nargs, TrTuple *kw) {
    TrValue it, start;
    TrValue *outs[] = {&it, &start};
    if (tr_parse_args("prod", args, nargs, kw, "iterable|$start", outs) < 0) return TR_ERR;
    TrValue acc = TR_IS_UNDEF(start) ? tr_int(1) : start;
    TrList *items = tr_list_of(it);
    if (!items) return TR_ERR;
    for (int64_t i = 0; i < items->len; i++) {
        acc = tr_binop(TR_BIN_MUL, acc, items->items[i]);
        if (TR_IS_UNDEF(acc)) return TR_ERR;
    }
    return acc;
}

static TrValue m_ulp(TrValue *args, int nargs, TrTuple *kw) {
    if (tr_check_args("ulp", nargs, kw, 1, 1) < 0) return TR_ERR;
    double x;
    if (to_double(args[0], &x) < 0) return TR_ERR;
    if (isnan(x)) return tr_float(x);
    x = fabs(x);
    if (isinf(x)) return tr_float(x);
    double x2 = nextafter(x, INFINITY);
    if (isinf(x2)) {
        x2 = nextafter(x, -INFINITY);
        return tr_float(x - x2);
    }
    return tr_float(x2 - x);
}

static const TrMethodDef math_functions[] = {
    {"log", m_log, 0}, {"pow", m_pow, 0}, {"atan2", m_atan2, 0}, {"fmod", m_fmod, 0},
    {"copysign", m_copysign, 0}, {"remainder", m_remainder, 0}, {"nextafter", m_nextafter, 0},
    {"ldexp", m_ldexp, 0}, {"frexp", m_frexp, 0}, {"modf", m_modf, 0}, {"floor", m_floor, 0},
    {"ceil", m_ceil, 0}, {"trunc", m_trunc, 0}, {"isfinite", m_isfinite, 0},
    {"isinf", m_isinf, 0}, {"isnan", m_isnan, 0}, {"isclose", m_isclose, 0},
    {"hypot", m_hypot, 0}, {"dist", m_dist, 0}, {"degrees", m_degrees, 0},
    {"radians", m_radians, 0}, {"fsum", m_fsum, 0}, {"factorial", m_factorial, 0},
    {"gcd", m_gcd, 0}, {"lcm", m_lcm, 0}, {"isqrt", m_isqrt, 0}, {"comb", m_comb, 0},
    {"perm", m_perm, 0}, {"prod", m_prod, 0}, {"ulp", m_ulp, 0},
    {NULL, NULL, 0},
};

TrModule *tr_module_init_math(void) {
    TrModule *m = tr_module_new("math");
    tr_module_add_functions(m, math_functions);
    for (int i = 0; i < NUNARY; i++)
        tr_module_add(m, unary[i].name, tr_native_new(unary[i].name, unary_fns[i], NULL, 0));
    tr_module_add(m, "pi", tr_float(M_PI));
    tr_module_add(m, "e", tr_float(M_E));
    tr_module_add(m, "tau", tr_float(2 * M_PI));
    tr_module_add(m, "inf", tr_float(INFINITY));
    tr_module_add(m, "nan", tr_float(NAN));
    return m;
}
