/* tr_float.c — the float type: arithmetic with CPython's special cases,
 * exact int/float comparison, hashing, repr, parsing, rounding, methods.
 *
 * Floats are unboxed doubles.  The repr is CPython's: the shortest decimal
 * string that reads back as the same double (found with correctly rounded
 * "%.*e" + strtod), laid out positionally unless the exponent is < -4 or
 * >= 16.  round(x, n) is exact: the double's binary value is scaled by a
 * power of ten in GMP integers, rounded half-even, and converted back with
 * one correct rounding, matching CPython's dtoa-based double_round.  Mixed
 * int/float comparisons never convert the int (2**53 + 1 != 2.0**53).  The
 * interpreter and tr_ops.c inline float + - * and float==float compares;
 * everything else comes here. */
#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "tr_iters.h"
#include "tr_num.h"

static bool is_number(TrValue v) { return v.tag == TR_TAG_FLOAT || tr_is_int(v); }

static bool is_digit(char c) { return c >= '0' && c <= '9'; }

/* ---- hashing (CPython's _Py_HashDouble) ---------------------------------------- */

#define HASH_BITS 61
#define HASH_MODULUS (((uint64_t)1 << HASH_BITS) - 1)
#define HASH_INF 314159

/* NaN hashes to 0: CPython uses the object's identity, which an unboxed
 * value does not have; NaN != NaN makes any constant valid. */
int64_t tr_hash_double(double v) {
    if (isinf(v)) return v > 0 ? HASH_INF : -HASH_INF;
    if (isnan(v)) return 0;
    int e;
    double m = frexp(v, &e);
    int sign = 1;
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    /* process 28 bits at a time; this should work well both for binary and
     * hexadecimal floating point. */
    uint64_t x = 0;
    while (m) {
        x = ((x << 28) & HASH_MODULUS) | x >> (HASH_BITS - 28);
        m *= 268435456.0; /* 2**28 */
        e -= 28;
        uint64_t y = (uint64_t)m; /* pull out integer part */
        m -= (double)y;
        x += y;
        if (x >= HASH_MODULUS) x -= HASH_MODULUS;
    }
    /* adjust for the exponent; first reduce it modulo HASH_BITS */
    e = e >= 0 ? e % HASH_BITS : HASH_BITS - 1 - ((-1 - e) % HASH_BITS);
    x = ((x << e) & HASH_MODULUS) | x >> (HASH_BITS - e);
    int64_t h = (int64_t)x * sign;
    return h == -1 ? -2 : h;
}

static int float_hash(TrValue self, int64_t *out) {
    *out = tr_hash_double(tr_float_of(self));
    return 0;
}

/* ---- repr ------------------------------------------------------------------------ */

/* The correctly rounded p-significant-digit decimal of d > 0: digits (no
 * point) into out, the decimal exponent of the first digit into *exp10.
 * Returns whether it reads back as d. */
static bool decimal_digits(double d, int p, char *out, int *exp10) {
    char tmp[48];
    snprintf(tmp, sizeof tmp, "%.*e", p - 1, d);
    const char *q = tmp;
    int k = 0;
    for (; *q && *q != 'e'; q++)
        if (*q != '.') out[k++] = *q;
    out[k] = 0;
    *exp10 = atoi(q + 1);
    return strtod(tmp, NULL) == d;
}

/* Add one unit in the last place to a digit string (carrying into a new
 * leading digit: "99" e0 -> "10" e1, keeping the length). */
static void digits_increment(char *digits, int *exp10) {
    int n = (int)strlen(digits), i = n - 1;
    while (i >= 0 && digits[i] == '9') digits[i--] = '0';
    if (i >= 0) {
        digits[i]++;
        return;
    }
    digits[0] = '1';
    (*exp10)++;
}

static bool digits_read_back(const char *digits, int exp10, double d) {
    char tmp[48];
    snprintf(tmp, sizeof tmp, "%c.%se%d", digits[0], digits + 1, exp10);
    return strtod(tmp, NULL) == d;
}

/* Shortest round-tripping digits of d > 0 (finite); returns their count.
 * Round-tripping is monotonic in the digit count, so a binary search finds
 * the shortest correctly rounded string.  At a power of two the gap below d
 * is half the gap above, so the shortest string may instead be the upper
 * neighbour of the correctly rounded one: scan those cases linearly. */
static int shortest_digits(double d, char *digits, int *exp10) {
    int e;
    if (frexp(d, &e) == 0.5) {
        for (int p = 1; p < 17; p++) {
            if (decimal_digits(d, p, digits, exp10)) goto found;
            char up[24];
            int uexp = *exp10;
            strcpy(up, digits);
            digits_increment(up, &uexp);
            if (digits_read_back(up, uexp, d)) {
                strcpy(digits, up);
                *exp10 = uexp;
                goto found;
            }
        }
        decimal_digits(d, 17, digits, exp10);
    } else {
        int lo = 1, hi = 17;
        while (lo < hi) {
            int mid = (lo + hi) / 2;
            if (decimal_digits(d, mid, digits, exp10)) hi = mid;
            else lo = mid + 1;
        }
        decimal_digits(d, lo, digits, exp10);
    }
found:;
    int n = (int)strlen(digits);
    while (n > 1 && digits[n - 1] == '0') digits[--n] = 0;
    return n;
}

int tr_float_repr_buf(double d, char *buf, size_t n) {
    if (isnan(d)) return snprintf(buf, n, "nan");
    if (isinf(d)) return snprintf(buf, n, d > 0 ? "inf" : "-inf");
    if (d == 0) return snprintf(buf, n, signbit(d) ? "-0.0" : "0.0");
    char digits[24], out[64];
    int exp10;
    int nd = shortest_digits(fabs(d), digits, &exp10);
    int decpt = exp10 + 1; /* digits[0] has weight 10**(decpt - 1) */
    char *p = out;
    if (signbit(d)) *p++ = '-';
    if (decpt <= -4 || decpt > 16) {
        *p++ = digits[0];
        if (nd > 1) p += sprintf(p, ".%s", digits + 1);
        sprintf(p, "e%+03d", exp10);
    } else if (decpt <= 0) {
        p += sprintf(p, "0.");
        for (int i = 0; i < -decpt; i++) *p++ = '0';
        strcpy(p, digits);
    } else if (decpt >= nd) {
        p += sprintf(p, "%s", digits);
        for (int i = nd; i < decpt; i++) *p++ = '0';
        strcpy(p, ".0");
    } else {
        memcpy(p, digits, (size_t)decpt);
        p += decpt;
        sprintf(p, ".%s", digits + decpt);
    }
    return snprintf(buf, n, "%s", out);
}

TrStr *tr_float_repr(double d) {
    char buf[64];
    int n = tr_float_repr_buf(d, buf, sizeof buf);
    return tr_str_new(buf, n);
}

static TrValue float_repr(TrValue self) { return tr_obj(tr_float_repr(tr_float_of(self))); }

/* ---- parsing ---------------------------------------------------------------------- */

static bool ascii_ieq(const char *a, const char *b) {
    for (; *a && *b; a++, b++)
        if ((*a | 0x20) != *b) return false;
    return *a == *b;
}

/* A decimal float literal as float() accepts it (CPython's
 * _PyOS_ascii_strtod on the whole string; no hex). */
static int parse_decimal(const char *s, double *out) {
    const char *p = s;
    bool neg = false;
    if (*p == '+' || *p == '-') neg = *p++ == '-';
    if (ascii_ieq(p, "inf") || ascii_ieq(p, "infinity")) {
        *out = neg ? -INFINITY : INFINITY;
        return 0;
    }
    if (ascii_ieq(p, "nan")) {
        *out = neg ? -NAN : NAN;
        return 0;
    }
    int nd = 0;
    while (is_digit(*p)) p++, nd++;
    if (*p == '.')
        for (p++; is_digit(*p); p++) nd++;
    if (!nd) return -1;
    if (*p == 'e' || *p == 'E') {
        p++;
        if (*p == '+' || *p == '-') p++;
        if (!is_digit(*p)) return -1;
        while (is_digit(*p)) p++;
    }
    if (*p) return -1;
    *out = strtod(s, NULL); /* glibc's strtod is correctly rounded */
    return 0;
}

/* Underscores are allowed only between digits; returns a copy without them,
 * or NULL when one is misplaced (CPython's
 * _Py_string_to_number_with_underscores). */
static char *strip_underscores(const char *s, int64_t n) {
    char *out = tr_alloc_atomic((size_t)n + 1), prev = 0;
    int64_t k = 0;
    for (int64_t i = 0; i < n; prev = s[i++]) {
        if (s[i] == '_') {
            if (!is_digit(prev)) return NULL;
        } else {
            if (prev == '_' && !is_digit(s[i])) return NULL;
            out[k++] = s[i];
        }
    }
    if (prev == '_') return NULL;
    out[k] = 0;
    return out;
}

TrValue tr_float_parse_value(const char *s, int64_t len, TrValue orig) {
    int64_t n;
    char *buf = tr_num_ascii(s, len, !tr_isinstance(orig, &tr_bytes_type), &n);
    double d;
    if ((int64_t)strlen(buf) != n) goto bad; /* embedded NUL */
    if (memchr(buf, '_', (size_t)n) && !(buf = strip_underscores(buf, n))) goto bad;
    if (parse_decimal(buf, &d) < 0) goto bad;
    return tr_float(d);
bad:
    if (TR_IS_UNDEF(orig)) orig = tr_obj(tr_str_new(s, len));
    return tr_raise(tr_ValueError, "could not convert string to float: %R", orig);
}

TrValue tr_float_parse(const char *s, int64_t len) { return tr_float_parse_value(s, len, tr_undef()); }

/* ---- arithmetic --------------------------------------------------------------------- */

static bool is_odd_integer(double x) { return fmod(fabs(x), 2.0) == 1.0; }

/* x ** y with CPython's float_pow special cases and errors. */
TrValue tr_float_pow(double x, double y) {
    if (y == 0) return tr_float(1.0);
    if (isnan(x)) return tr_float(x);
    if (isnan(y)) return tr_float(x == 1.0 ? 1.0 : y);
    if (isinf(y)) {
        double ax = fabs(x);
        if (ax == 1.0) return tr_float(1.0);
        return tr_float((y > 0) == (ax > 1.0) ? fabs(y) : 0.0);
    }
    if (isinf(x)) {
        bool odd = is_odd_integer(y);
        if (y > 0) return tr_float(odd ? x : fabs(x));
        return tr_float(odd ? copysign(0.0, x) : 0.0);
    }
    if (x == 0) {
        if (y < 0) return tr_raise(tr_ZeroDivisionError, "0.0 cannot be raised to a negative power");
        return tr_float(is_odd_integer(y) ? x : 0.0);
    }
    bool negate = false;
    if (x < 0) {
        if (y != floor(y)) /* CPython returns a complex here */
            return tr_raise(tr_ValueError, "complex numbers are not supported");
        x = -x;
        negate = is_odd_integer(y);
    }
    if (x == 1.0) return tr_float(negate ? -1.0 : 1.0);
    double r = pow(x, y);
    if (isinf(r)) return tr_raise(tr_OverflowError, "(34, 'Numerical result out of range')");
    return tr_float(negate ? -r : r);
}

/* CPython's _float_div_mod: floor quotient and remainder with the sign of
 * the divisor, with signed zeros as CPython produces them (b != 0). */
static void float_divmod(double a, double b, double *floordiv, double *mod) {
    double m = fmod(a, b);
    double div = (a - m) / b;
    if (m) {
        if ((b < 0) != (m < 0)) {
            m += b;
            div -= 1.0;
        }
    } else {
        m = copysign(0.0, b);
    }
    if (div) {
        *floordiv = floor(div);
        if (div - *floordiv > 0.5) *floordiv += 1.0;
    } else {
        *floordiv = copysign(0.0, a / b);
    }
    *mod = m;
}

static TrValue f_add(double a, double b) { return tr_float(a + b); }
static TrValue f_sub(double a, double b) { return tr_float(a - b); }
static TrValue f_mul(double a, double b) { return tr_float(a * b); }

static TrValue f_truediv(double a, double b) {
    if (b == 0) return tr_raise(tr_ZeroDivisionError, "float division by zero");
    return tr_float(a / b);
}

static TrValue f_floordiv(double a, double b) {
    if (b == 0) return tr_raise(tr_ZeroDivisionError, "float floor division by zero");
    double q, m;
    float_divmod(a, b, &q, &m);
    return tr_float(q);
}

static TrValue f_mod(double a, double b) {
    if (b == 0) return tr_raise(tr_ZeroDivisionError, "float modulo");
    double m = fmod(a, b);
    if (m) {
        if ((b < 0) != (m < 0)) m += b;
    } else {
        m = copysign(0.0, b);
    }
    return tr_float(m);
}

typedef TrValue (*FloatBinFn)(double, double);
static const FloatBinFn float_ops[TR_BIN_COUNT] = {
    [TR_BIN_ADD] = f_add,           [TR_BIN_SUB] = f_sub,   [TR_BIN_MUL] = f_mul,
    [TR_BIN_TRUEDIV] = f_truediv,   [TR_BIN_FLOORDIV] = f_floordiv,
    [TR_BIN_MOD] = f_mod,           [TR_BIN_POW] = tr_float_pow,
};

/* float op float, float op int, int op float (operands in source order). */
TrValue tr_float_binop(int op, TrValue a, TrValue b) {
    op &= 0xff;
    a = tr_float_unbox(a);
    b = tr_float_unbox(b);
    if (op >= TR_BIN_COUNT || !float_ops[op]) return TR_NOTIMPL;
    if ((!TR_IS_FLOAT(a) && !TR_IS_FLOAT(b)) || !is_number(a) || !is_number(b)) return TR_NOTIMPL;
    double x, y;
    if (tr_number_to_double(a, &x) < 0 || tr_number_to_double(b, &y) < 0) return TR_ERR;
    return float_ops[op](x, y);
}

static TrValue float_unop(int op, TrValue a) {
    a = tr_float_unbox(a);
    if (!TR_IS_FLOAT(a)) return TR_NOTIMPL;
    if (op == TR_UN_NEG) return tr_float(-a.u.f);
    if (op == TR_UN_POS) return a;
    return TR_NOTIMPL;
}

/* ---- comparison ---------------------------------------------------------------------- */

/* cmp_table[op][c + 1] for c = -1, 0, 1; an unordered pair (NaN) is only != */
static const bool cmp_table[6][3] = {
    [TR_LT] = {1, 0, 0}, [TR_LE] = {1, 1, 0}, [TR_EQ] = {0, 1, 0},
    [TR_NE] = {1, 0, 1}, [TR_GT] = {0, 0, 1}, [TR_GE] = {0, 1, 1},
};
#define UNORDERED 2

static int sgn(double x) { return (x > 0) - (x < 0); }

/* Compare int-like a with d exactly. */
static int cmp_int_double(TrValue a, double d) {
    if (isnan(d)) return UNORDERED;
    if (tr_num_small(a) && a.u.i >= -((int64_t)1 << 53) && a.u.i <= ((int64_t)1 << 53))
        return sgn((double)a.u.i - d);
    TrMpzView v;
    return sgn(mpz_cmp_d(tr_mpz_view(a, &v), d)); /* exact, infinities allowed */
}

static int cmp_numbers(TrValue a, TrValue b) {
    if (TR_IS_FLOAT(a) && TR_IS_FLOAT(b)) {
        if (isnan(a.u.f) || isnan(b.u.f)) return UNORDERED;
        return (a.u.f > b.u.f) - (a.u.f < b.u.f);
    }
    if (TR_IS_FLOAT(b)) return cmp_int_double(a, b.u.f);
    if (TR_IS_FLOAT(a)) {
        int c = cmp_int_double(b, a.u.f);
        return c == UNORDERED ? c : -c;
    }
    if (tr_num_small(a) && tr_num_small(b)) return (a.u.i > b.u.i) - (a.u.i < b.u.i);
    TrMpzView va, vb;
    return sgn(mpz_cmp(tr_mpz_view(a, &va), tr_mpz_view(b, &vb)));
}

TrValue tr_num_richcmp(TrValue a, TrValue b, int op) {
    a = tr_float_unbox(a);
    b = tr_float_unbox(b);
    if (!is_number(a) || !is_number(b) || op < TR_LT || op > TR_GE) return TR_NOTIMPL;
    int c = cmp_numbers(a, b);
    if (c == UNORDERED) return tr_bool(op == TR_NE);
    return tr_bool(cmp_table[op][c + 1]);
}

/* ---- rounding --------------------------------------------------------------------------- */

/* Beyond these, round(x, n) is x itself / a signed zero (CPython's bounds;
 * 0.30103 > log10(2)). */
#define NDIGITS_MAX ((int)((DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103))
#define NDIGITS_MIN (-(int)((DBL_MAX_EXP + 1) * 0.30103))

/* round(x, nd) for finite x: |x| = mant * 2**e exactly, so x * 10**nd is a
 * ratio of integers; round it half-even, then divide back with one correct
 * rounding.  This is what CPython's dtoa-based double_round computes. */
static TrValue double_round(double x, int nd) {
    int e;
    double m = frexp(fabs(x), &e);
    mpz_t num, den, p, q, r;
    mpz_inits(num, den, p, q, r, NULL);
    mpz_set_d(num, ldexp(m, DBL_MANT_DIG)); /* integral, exact */
    e -= DBL_MANT_DIG;
    mpz_set_ui(den, 1);
    if (e > 0) mpz_mul_2exp(num, num, (mp_bitcnt_t)e);
    else mpz_mul_2exp(den, den, (mp_bitcnt_t)-e);
    mpz_ui_pow_ui(p, 10, (unsigned long)abs(nd));
    if (nd >= 0) mpz_mul(num, num, p);
    else mpz_mul(den, den, p);
    mpz_fdiv_qr(q, r, num, den);
    mpz_mul_2exp(r, r, 1);
    int c = mpz_cmp(r, den);
    if (c > 0 || (c == 0 && mpz_odd_p(q))) mpz_add_ui(q, q, 1);
    double res = 0.0;
    int rc;
    if (nd >= 0) {
        rc = tr_mpz_div_to_double(q, p, &res);
    } else {
        mpz_mul(q, q, p);
        rc = tr_mpz_to_double(q, &res);
    }
    if (rc < 0) return tr_raise(tr_OverflowError, "rounded value too large to represent");
    return tr_float(copysign(res, x));
}

TrValue tr_float_round(double x, TrValue ndigits) {
    if (TR_IS_UNDEF(ndigits) || TR_IS_NONE(ndigits)) {
        double r = round(x); /* half away from zero ... */
        if (fabs(x - r) == 0.5) r = 2.0 * round(x / 2.0); /* ... made half-even */
        return tr_int_from_double(r);
    }
    if (!tr_is_int(ndigits))
        return tr_raise(tr_TypeError, "'%s' object cannot be interpreted as an integer",
                        tr_type_name(ndigits));
    int64_t huge = (int64_t)1 << 40; /* clips like PyNumber_AsSsize_t */
    int64_t nd = tr_num_small(ndigits) ? ndigits.u.i : tr_int_sign(ndigits) > 0 ? huge : -huge;
    if (!isfinite(x) || nd > NDIGITS_MAX) return tr_float(x);
    if (nd < NDIGITS_MIN) return tr_float(0.0 * x);
    return double_round(x, (int)nd);
}

/* ---- construction --------------------------------------------------------------------- */

/* Call x.name() if x's type defines it; UNDEF without an exception if not. */
static TrValue call_hook(TrValue x, const char *name) {
    if (!TR_IS_OBJ(x) || TR_IS_UNDEF(tr_type_lookup(x.u.o->type, tr_str_intern(name)))) return tr_undef();
    TrValue r = tr_call_method(x, name, NULL, 0);
    return TR_IS_UNDEF(r) ? TR_ERR : r;
}

static TrValue float_from_object(TrValue x) {
    double d;
    if (TR_IS_FLOAT(x)) return x;
    if (tr_is_int(x)) return tr_number_to_double(x, &d) < 0 ? TR_ERR : tr_float(d);
    if (tr_isinstance(x, &tr_str_type))
        return tr_float_parse_value(TR_AS(TrStr, x)->data, TR_AS(TrStr, x)->len, x);
    if (tr_isinstance(x, &tr_bytes_type))
        return tr_float_parse_value((const char *)TR_AS(TrBytes, x)->data, TR_AS(TrBytes, x)->len, x);
    TrValue r = call_hook(x, "__float__");
    if (!TR_IS_UNDEF(r)) {
        if (TR_IS_FLOAT(r)) return r;
        return tr_raise(tr_TypeError, "%s.__float__ returned non-float (type %s)", tr_type_name(x),
                        tr_type_name(r));
    }
    if (tr_exc_pending()) return TR_ERR;
    r = call_hook(x, "__index__");
    if (!TR_IS_UNDEF(r)) {
        if (!tr_is_int(r))
            return tr_raise(tr_TypeError, "__index__ returned non-int (type %s)", tr_type_name(r));
        return tr_number_to_double(r, &d) < 0 ? TR_ERR : tr_float(d);
    }
    if (tr_exc_pending()) return TR_ERR;
    return tr_raise(tr_TypeError, "float() argument must be a string or a real number, not '%s'",
                    tr_type_name(x));
}

static TrValue float_new(TrType *type, TrValue *args, int nargs, TrTuple *kwnames) {
    if (kwnames && kwnames->len) return tr_raise(tr_TypeError, "float() takes no keyword arguments");
    if (nargs > 1) return tr_raise(tr_TypeError, "float expected at most 1 argument, got %d", nargs);
    TrValue v = nargs ? float_from_object(args[0]) : tr_float(0.0);
    if (type == &tr_float_type || TR_IS_UNDEF(v)) return v;
    TrFloatBox *o = tr_new_object(type, (size_t)type->basicsize);
    o->f = v.u.f;
    tr_instance_init_dict(type, o);
    return tr_obj(o);
}

/* ---- slots and methods ------------------------------------------------------------------ */

/* format(x, "") is str(x): a subclass's own __repr__/__str__ shows. */
static TrValue float_format(TrValue self, TrStr *spec) {
    if (spec->len == 0 && tr_is_boxed_float(self)) {
        TrStr *s = tr_to_str(self);
        return s ? tr_obj(s) : TR_ERR;
    }
    return tr_format_float(tr_float_unbox(self), spec);
}

static int float_truth(TrValue self) { return tr_float_of(self) != 0.0; }

static TrValue float_getattr(TrValue self, TrStr *name) {
    if (!strcmp(name->data, "real")) return tr_float_unbox(self);
    if (!strcmp(name->data, "imag")) return tr_float(0.0);
    return tr_generic_getattr(self, name);
}

#define NOARGS(name)                                                                  \
    if (tr_check_args(name, nargs - 1, kwnames, 0, 0) < 0) return TR_ERR

static TrValue m_is_integer(TrValue *args, int nargs, TrTuple *kwnames) {
    NOARGS("is_integer");
    double x = tr_float_of(args[0]);
    return tr_bool(isfinite(x) && floor(x) == x);
}

static TrValue m_as_integer_ratio(TrValue *args, int nargs, TrTuple *kwnames) {
    NOARGS("as_integer_ratio");
    double x = tr_float_of(args[0]);
    if (isinf(x)) return tr_raise(tr_OverflowError, "cannot convert Infinity to integer ratio");
    if (isnan(x)) return tr_raise(tr_ValueError, "cannot convert NaN to integer ratio");
    int e;
    double m = frexp(x, &e);
    for (int i = 0; i < 300 && m != floor(m); i++) {
        m *= 2.0;
        e--;
    }
    mpz_t num, den;
    mpz_init_set_d(num, m);
    mpz_init_set_ui(den, 1);
    if (e > 0) mpz_mul_2exp(num, num, (mp_bitcnt_t)e);
    else mpz_mul_2exp(den, den, (mp_bitcnt_t)-e);
    TrValue items[2] = {tr_int_from_mpz(num), tr_int_from_mpz(den)};
    return tr_obj(tr_tuple_from(items, 2));
}

/* float.hex(): CPython's layout, e.g. 0x1.8000000000000p+0. */
static TrValue m_hex(TrValue *args, int nargs, TrTuple *kwnames) {
    NOARGS("hex");
    double x = tr_float_of(args[0]);
    if (!isfinite(x)) return float_repr(args[0]);
    if (x == 0) return tr_str_value(signbit(x) ? "-0x0.0p+0" : "0x0.0p+0");
    static const char hexd[] = "0123456789abcdef";
    int e;
    double m = frexp(fabs(x), &e);
    int shift = 1 - (DBL_MIN_EXP - e > 0 ? DBL_MIN_EXP - e : 0);
    m = ldexp(m, shift);
    e -= shift;
    char s[32];
    int k = 0;
    s[k++] = hexd[(int)m];
    m -= (int)m;
    s[k++] = '.';
    for (int i = 0; i < (DBL_MANT_DIG - 1) / 4; i++) {
        m *= 16.0;
        s[k++] = hexd[(int)m];
        m -= (int)m;
    }
    s[k] = 0;
    return tr_obj(tr_str_format("%s0x%sp%c%d", x < 0 ? "-" : "", s, e < 0 ? '-' : '+', e < 0 ? -e : e));
}

static bool is_hex(char c) { return is_digit(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f'); }

/* float.fromhex(s): validate CPython's grammar, then let strtod (exact for
 * hexadecimal input) do the rounding. */
static TrValue m_fromhex(TrValue *args, int nargs, TrTuple *kwnames) {
    if (tr_check_args("fromhex", nargs - 1, kwnames, 1, 1) < 0) return TR_ERR;
    if (!tr_isinstance(args[1], &tr_str_type))
        return tr_raise(tr_TypeError, "fromhex() argument must be str, not %s", tr_type_name(args[1]));
    TrStr *str = TR_AS(TrStr, args[1]);
    int64_t n;
    char *s = tr_num_ascii(str->data, str->len, false, &n);
    double d;
    const char *p = s;
    bool neg = false;
    if ((int64_t)strlen(s) != n) goto bad;
    if (*p == '+' || *p == '-') neg = *p++ == '-';
    if (ascii_ieq(p, "inf") || ascii_ieq(p, "infinity") || ascii_ieq(p, "nan")) {
        parse_decimal(s, &d);
    } else {
        if (p[0] == '0' && (p[1] | 0x20) == 'x') p += 2;
        TrBuf b;
        tr_buf_init(&b, n + 8);
        tr_buf_puts(&b, neg ? "-0x" : "0x");
        int nd = 0;
        for (; is_hex(*p); p++, nd++) tr_buf_putc(&b, *p);
        if (*p == '.') {
            tr_buf_putc(&b, *p++);
            for (; is_hex(*p); p++, nd++) tr_buf_putc(&b, *p);
        }
        if (!nd) goto bad;
        if ((*p | 0x20) == 'p') {
            tr_buf_putc(&b, *p++);
            if (*p == '+' || *p == '-') tr_buf_putc(&b, *p++);
            if (!is_digit(*p)) goto bad;
            while (is_digit(*p)) tr_buf_putc(&b, *p++);
        }
        if (*p) goto bad;
        tr_buf_putc(&b, 0);
        d = strtod(b.data, NULL);
        if (isinf(d))
            return tr_raise(tr_OverflowError, "hexadecimal value too large to represent as a float");
    }
    if (TR_IS_OBJ(args[0]) && args[0].u.o != (TrObject *)&tr_float_type) return tr_call1(args[0], tr_float(d));
    return tr_float(d);
bad:
    return tr_raise(tr_ValueError, "invalid hexadecimal floating-point string");
}

/* conjugate(), __float__(), __pos__(): the plain float value. */
static TrValue m_self(TrValue *args, int nargs, TrTuple *kwnames) {
    NOARGS("conjugate");
    return tr_float_unbox(args[0]);
}

static TrValue m_int(TrValue *args, int nargs, TrTuple *kwnames) {
    NOARGS("__int__");
    return tr_int_from_double(tr_float_of(args[0]));
}

static TrValue m_floor(TrValue *args, int nargs, TrTuple *kwnames) {
    NOARGS("__floor__");
    return tr_int_from_double(floor(tr_float_of(args[0])));
}

static TrValue m_ceil(TrValue *args, int nargs, TrTuple *kwnames) {
    NOARGS("__ceil__");
    return tr_int_from_double(ceil(tr_float_of(args[0])));
}

static TrValue m_round(TrValue *args, int nargs, TrTuple *kwnames) {
    if (tr_check_args("__round__", nargs - 1, kwnames, 0, 1) < 0) return TR_ERR;
    return tr_float_round(tr_float_of(args[0]), nargs > 1 ? args[1] : tr_undef());
}

static TrValue m_abs(TrValue *args, int nargs, TrTuple *kwnames) {
    NOARGS("__abs__");
    return tr_float(fabs(tr_float_of(args[0])));
}

static TrValue m_neg(TrValue *args, int nargs, TrTuple *kwnames) {
    NOARGS("__neg__");
    return tr_float(-tr_float_of(args[0]));
}

static TrValue m_bool(TrValue *args, int nargs, TrTuple *kwnames) {
    NOARGS("__bool__");
    return tr_bool(tr_float_of(args[0]) != 0.0);
}

static TrValue divmod_pair(TrValue a, TrValue b) {
    a = tr_float_unbox(a);
    b = tr_float_unbox(b);
    if (!is_number(a) || !is_number(b)) return TR_NOTIMPL;
    double x, y, q, m;
    if (tr_number_to_double(a, &x) < 0 || tr_number_to_double(b, &y) < 0) return TR_ERR;
    if (y == 0) return tr_raise(tr_ZeroDivisionError, "float divmod()");
    float_divmod(x, y, &q, &m);
    TrValue items[2] = {tr_float(q), tr_float(m)};
    return tr_obj(tr_tuple_from(items, 2));
}

static TrValue m_divmod(TrValue *args, int nargs, TrTuple *kwnames) {
    if (tr_check_args("__divmod__", nargs - 1, kwnames, 1, 1) < 0) return TR_ERR;
    return divmod_pair(args[0], args[1]);
}

static TrValue m_rdivmod(TrValue *args, int nargs, TrTuple *kwnames) {
    if (tr_check_args("__rdivmod__", nargs - 1, kwnames, 1, 1) < 0) return TR_ERR;
    return divmod_pair(args[1], args[0]);
}

#define RBINOP_METHOD(NAME, OP)                                                  \
    static TrValue m_r##NAME(TrValue *args, int nargs, TrTuple *kwnames) {       \
        if (tr_check_args("__r" #NAME "__", nargs - 1, kwnames, 1, 1) < 0)      \
            return TR_ERR;                                                       \
        return tr_float_binop(OP, args[1], args[0]);                             \
    }
RBINOP_METHOD(add, TR_BIN_ADD)
RBINOP_METHOD(sub, TR_BIN_SUB)
RBINOP_METHOD(mul, TR_BIN_MUL)
RBINOP_METHOD(truediv, TR_BIN_TRUEDIV)
RBINOP_METHOD(floordiv, TR_BIN_FLOORDIV)
RBINOP_METHOD(mod, TR_BIN_MOD)
RBINOP_METHOD(pow, TR_BIN_POW)

static const TrMethodDef float_methods[] = {
    {"is_integer", m_is_integer, 0},
    {"as_integer_ratio", m_as_integer_ratio, 0},
    {"hex", m_hex, 0},
    {"fromhex", m_fromhex, TR_METH_CLASS},
    {"conjugate", m_self, 0},
    {"__float__", m_self, 0},
    {"__pos__", m_self, 0},
    {"__int__", m_int, 0},
    {"__trunc__", m_int, 0},
    {"__floor__", m_floor, 0},
    {"__ceil__", m_ceil, 0},
    {"__round__", m_round, 0},
    {"__abs__", m_abs, 0},
    {"__neg__", m_neg, 0},
    {"__bool__", m_bool, 0},
    {"__divmod__", m_divmod, 0},
    {"__rdivmod__", m_rdivmod, 0},
    {"__radd__", m_radd, 0},
    {"__rsub__", m_rsub, 0},
    {"__rmul__", m_rmul, 0},
    {"__rtruediv__", m_rtruediv, 0},
    {"__rfloordiv__", m_rfloordiv, 0},
    {"__rmod__", m_rmod, 0},
    {"__rpow__", m_rpow, 0},
    {NULL, NULL, 0},
};

TrType tr_float_type = {
    .ob = {&tr_type_type},
    .name = "float",
    .base = &tr_object_type,
    .flags = TR_TF_BASETYPE | TR_TF_FLOAT_SUBCLASS,
    .basicsize = sizeof(TrFloatBox),
    .repr = float_repr,
    .hash = float_hash,
    .richcmp = tr_num_richcmp,
    .truth = float_truth,
    .getattr = float_getattr,
    .binop = tr_float_binop,
    .unop = float_unop,
    .tp_new = float_new,
    .format = float_format,
};

void tr_init_float_type(void) { tr_type_ready(&tr_float_type, float_methods); }
