/* tr_bigint.c — GMP glue for Python ints: views, normalisation, exact
 * conversions to double, hashing, and int <-> text.
 *
 * GMP allocates through the collector (atomic blocks: limbs hold no
 * pointers; free is a no-op), so big ints need no finalisers and a
 * temporary mpz_t in a C local stays alive through the stack scan.  The
 * conversions to double are correctly rounded (round-half-even), following
 * CPython's long_true_divide, because `float(2**53 + 1)` and `10**30 / 7`
 * must print what CPython prints.  Text conversion follows PyLong_FromString
 * (sign, whitespace, prefixes, underscores between digits) and CPython
 * 3.11's 4300-digit limit on decimal conversion. */
#include <float.h>
#include <gc.h>
#include <math.h>
#include <string.h>

#include "tr_num.h"

/* sys.set_int_max_str_digits (CPython's default; 0 means no limit). */
int64_t tr_int_max_str_digits = 4300;

/* ---- GMP memory: the collector owns every limb ----------------------------- */

static void *gmp_alloc(size_t n) {
    void *p = GC_MALLOC_ATOMIC(n);
    return p ? p : tr_alloc_atomic(n); /* tr_alloc_atomic reports out of memory */
}

static void *gmp_realloc(void *p, size_t old, size_t n) {
    (void)old;
    return tr_realloc(p, n);
}

static void gmp_free(void *p, size_t n) {
    (void)p;
    (void)n;
}

void tr_bigint_init(void) { mp_set_memory_functions(gmp_alloc, gmp_realloc, gmp_free); }

/* ---- views and results ------------------------------------------------------ */

mpz_srcptr tr_mpz_view(TrValue v, TrMpzView *w) {
    if (v.tag == TR_TAG_OBJ) return TR_AS(TrBigInt, v)->z;
    int64_t i = v.u.i;
    w->limb = i < 0 ? -(uint64_t)i : (uint64_t)i;
    return mpz_roinit_n(w->z, &w->limb, i < 0 ? -1 : i > 0);
}

TrValue tr_int_from_mpz(mpz_ptr z) {
    if (mpz_fits_slong_p(z)) return tr_int(mpz_get_si(z));
    TrBigInt *o = tr_new_object(&tr_int_type, sizeof *o);
    o->z[0] = z[0]; /* take the limbs; the caller's mpz_t is dead */
    return tr_obj(o);
}

bool tr_is_bigint(TrValue v) {
    return v.tag == TR_TAG_OBJ &&
           (v.u.o->type == &tr_int_type || (v.u.o->type->flags & TR_TF_INT_SUBCLASS));
}

bool tr_is_int(TrValue v) { return tr_num_small(v) || tr_is_bigint(v); }

int tr_int_sign(TrValue v) {
    if (tr_num_small(v)) return (v.u.i > 0) - (v.u.i < 0);
    if (tr_is_bigint(v)) return mpz_sgn(TR_AS(TrBigInt, v)->z);
    return 0;
}

int tr_int_to_int64(TrValue v, int64_t *out) {
    if (tr_num_small(v)) {
        *out = v.u.i;
        return 0;
    }
    if (!tr_is_bigint(v)) {
        tr_raise(tr_TypeError, "'%s' object cannot be interpreted as an integer", tr_type_name(v));
        return -1;
    }
    mpz_srcptr z = TR_AS(TrBigInt, v)->z;
    if (!mpz_fits_slong_p(z)) {
        tr_raise(tr_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    *out = mpz_get_si(z);
    return 0;
}

/* ---- exact conversions to double --------------------------------------------- */

int tr_mpz_to_double(mpz_srcptr z, double *out) {
    size_t bits = mpz_sizeinbase(z, 2);
    if (bits <= 64) { /* the hardware's uint64 -> double rounds correctly */
        double d = (double)mpz_get_ui(z);
        *out = mpz_sgn(z) < 0 ? -d : d;
        return 0;
    }
    if (bits > DBL_MAX_EXP) return -1;
    /* Keep the top 55 bits with a sticky bit below them: the hardware's
     * uint64 -> double conversion then rounds half-even correctly. */
    mp_bitcnt_t shift = bits - (DBL_MANT_DIG + 2);
    mpz_t t;
    mpz_init(t);
    mpz_tdiv_q_2exp(t, z, shift);
    uint64_t top = mpz_get_ui(t);
    if (mpz_scan1(z, 0) < shift) top |= 1;
    double d = ldexp((double)top, (int)shift);
    if (isinf(d)) return -1;
    *out = mpz_sgn(z) < 0 ? -d : d;
    return 0;
}

/* a / b correctly rounded (CPython's long_true_divide); b != 0. */
int tr_mpz_div_to_double(mpz_srcptr a0, mpz_srcptr b0, double *out) {
    bool neg = (mpz_sgn(a0) < 0) != (mpz_sgn(b0) < 0);
    mpz_t a, b;
    mpz_roinit_n(a, mpz_limbs_read(a0), (mp_size_t)mpz_size(a0)); /* |a0| */
    mpz_roinit_n(b, mpz_limbs_read(b0), (mp_size_t)mpz_size(b0));
    if (mpz_sgn(a) == 0) {
        *out = neg ? -0.0 : 0.0;
        return 0;
    }
    long diff = (long)mpz_sizeinbase(a, 2) - (long)mpz_sizeinbase(b, 2);
    /* the quotient lies in [2**(diff-1), 2**(diff+1)) */
    if (diff > DBL_MAX_EXP) return -1;
    if (diff < DBL_MIN_EXP - DBL_MANT_DIG - 1) {
        *out = neg ? -0.0 : 0.0;
        return 0;
    }
    /* scale so the quotient has DBL_MANT_DIG + 2 or + 3 bits (fewer when the
     * result is subnormal), then round the extra bits by hand */
    long shift = (diff > DBL_MIN_EXP ? diff : DBL_MIN_EXP) - DBL_MANT_DIG - 2;
    bool inexact = false;
    mpz_t x, q, r;
    mpz_inits(x, q, r, NULL);
    if (shift > 0) {
        inexact = mpz_scan1(a, 0) < (mp_bitcnt_t)shift;
        mpz_tdiv_q_2exp(x, a, (mp_bitcnt_t)shift);
    } else {
        mpz_mul_2exp(x, a, (mp_bitcnt_t)-shift);
    }
    mpz_tdiv_qr(q, r, x, b);
    if (mpz_sgn(r)) inexact = true;
    uint64_t qv = mpz_get_ui(q);
    int xbits = 64 - __builtin_clzll(qv);
    int extra = (xbits > DBL_MIN_EXP - shift ? xbits : (int)(DBL_MIN_EXP - shift)) - DBL_MANT_DIG;
    uint64_t mask = (uint64_t)1 << (extra - 1);
    uint64_t low = qv | (uint64_t)inexact;
    if ((low & mask) && (low & (3 * mask - 1))) qv += mask;
    qv &= ~(2 * mask - 1);
    double dx = (double)qv; /* exact: at most DBL_MANT_DIG significant bits */
    if (shift + xbits >= DBL_MAX_EXP &&
        (shift + xbits > DBL_MAX_EXP || dx == ldexp(1.0, xbits)))
        return -1;
    double res = ldexp(dx, (int)shift);
    *out = neg ? -res : res;
    return 0;
}

int tr_number_to_double(TrValue v, double *out) {
    switch (v.tag) {
    case TR_TAG_FLOAT: *out = v.u.f; return 0;
    case TR_TAG_INT:
    case TR_TAG_BOOL: *out = (double)v.u.i; return 0;
    default: break;
    }
    if (tr_is_boxed_float(v)) {
        *out = tr_float_of(v);
        return 0;
    }
    if (!tr_is_bigint(v)) {
        tr_raise(tr_TypeError, "must be real number, not %s", tr_type_name(v));
        return -1;
    }
    if (tr_mpz_to_double(TR_AS(TrBigInt, v)->z, out) < 0) {
        tr_raise(tr_OverflowError, "int too large to convert to float");
        return -1;
    }
    return 0;
}

TrValue tr_int_from_finite_double(double d) {
    double t = trunc(d);
    if (t >= -0x1p63 && t < 0x1p63) return tr_int((int64_t)t);
    mpz_t z;
    mpz_init_set_d(z, t);
    return tr_int_from_mpz(z);
}

TrValue tr_int_from_double(double d) {
    if (isinf(d)) return tr_raise(tr_OverflowError, "cannot convert float infinity to integer");
    if (isnan(d)) return tr_raise(tr_ValueError, "cannot convert float NaN to integer");
    return tr_int_from_finite_double(d);
}

/* ---- hashing (CPython: reduction modulo the Mersenne prime 2**61 - 1) ------ */

#define TR_HASH_MODULUS (((uint64_t)1 << 61) - 1)

int64_t tr_hash_int64(int64_t i) {
    uint64_t m = i < 0 ? -(uint64_t)i : (uint64_t)i;
    int64_t h = (int64_t)(m % TR_HASH_MODULUS);
    if (i < 0) h = -h;
    return h == -1 ? -2 : h;
}

int64_t tr_mpz_hash(mpz_srcptr z) {
    int64_t h = (int64_t)mpz_tdiv_ui(z, TR_HASH_MODULUS); /* |z| mod P */
    if (mpz_sgn(z) < 0) h = -h;
    return h == -1 ? -2 : h;
}

/* ---- int -> text ------------------------------------------------------------ */

static TrStr *digit_limit_error(void) {
    tr_raise(tr_ValueError,
             "Exceeds the limit (%lld digits) for integer string conversion; use "
             "sys.set_int_max_str_digits() to increase the limit",
             (long long)tr_int_max_str_digits);
    return NULL;
}

static const char *const base_prefix[17] = {[2] = "0b", [8] = "0o", [16] = "0x"};

/* Digits of a small magnitude in `base`, written backwards from `end`. */
static char *u64_digits(uint64_t m, int base, char *end) {
    static const char digs[] = "0123456789abcdefghijklmnopqrstuvwxyz";
    char *p = end;
    do {
        *--p = digs[m % (unsigned)base];
        m /= (unsigned)base;
    } while (m);
    return p;
}

TrStr *tr_int_to_str(TrValue v, int base) {
    if (base < 2 || base > 36) base = 10;
    const char *prefix = base <= 16 && base_prefix[base] ? base_prefix[base] : "";
    if (tr_num_small(v)) {
        char buf[80];
        char *end = buf + sizeof buf;
        uint64_t m = v.u.i < 0 ? -(uint64_t)v.u.i : (uint64_t)v.u.i;
        char *p = u64_digits(m, base, end);
        size_t pl = strlen(prefix);
        p -= pl;
        memcpy(p, prefix, pl);
        if (v.u.i < 0) *--p = '-';
        return tr_str_new(p, end - p);
    }
    if (!tr_is_bigint(v)) {
        tr_raise(tr_TypeError, "'%s' object cannot be interpreted as an integer", tr_type_name(v));
        return NULL;
    }
    mpz_srcptr z = TR_AS(TrBigInt, v)->z;
    mpz_t mag;
    mpz_roinit_n(mag, mpz_limbs_read(z), (mp_size_t)mpz_size(z));
    int64_t lim = tr_int_max_str_digits;
    if (base == 10 && lim > 0 && mpz_sizeinbase(mag, 10) > (size_t)lim + 1) return digit_limit_error();
    char *digits = mpz_get_str(NULL, base, mag);
    int64_t nd = (int64_t)strlen(digits);
    if (base == 10 && lim > 0 && nd > lim) return digit_limit_error();
    TrBuf b;
    tr_buf_init(&b, nd + 4);
    if (mpz_sgn(z) < 0) tr_buf_putc(&b, '-');
    tr_buf_puts(&b, prefix);
    tr_buf_put(&b, digits, nd);
    return tr_buf_finish(&b);
}

/* ---- text -> int ------------------------------------------------------------- */

/* CPython transforms a str argument of int()/float() first: non-ASCII
 * whitespace becomes ' ', Unicode decimal digits become ASCII digits; other
 * non-ASCII characters can never be valid (marked \x01 here).  Then leading
 * and trailing whitespace goes.  Bytes get only the ASCII treatment.
 * Returns a NUL-terminated copy and its length in *outlen. */
char *tr_num_ascii(const char *s, int64_t len, bool text, int64_t *outlen) {
    char *out = tr_alloc_atomic((size_t)len + 1);
    int64_t k = 0;
    for (int64_t i = 0; i < len;) {
        unsigned char c = (unsigned char)s[i];
        if (!text) {
            out[k++] = c < 0x80 ? (char)c : '\x01';
            i++;
            continue;
        }
        uint32_t cp = c;
        int nb = 1;
        if (c >= 0x80) cp = tr_utf8_decode(s + i, &nb);
        i += nb;
        int d;
        if (cp < 0x80) out[k++] = (char)cp; /* ASCII stays: \x1c is no space here */
        else if (tr_unicode_isspace(cp)) out[k++] = ' ';
        else if ((d = tr_unicode_decimal(cp)) >= 0) out[k++] = (char)('0' + d);
        else out[k++] = '\x01';
    }
    int64_t a = 0, e = k;
    while (a < e && strchr(" \t\n\v\f\r", out[a]) && out[a]) a++;
    while (e > a && strchr(" \t\n\v\f\r", out[e - 1]) && out[e - 1]) e--;
    memmove(out, out + a, (size_t)(e - a));
    out[e - a] = 0;
    *outlen = e - a;
    return out;
}

static int digit_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
}

/* The value of nd validated digits (NUL-terminated) in base. */
static TrValue digits_value(char *digits, int64_t nd, int base, bool neg) {
    int64_t acc = 0;
    bool small = true;
    for (int64_t i = 0; i < nd && small; i++)
        small = !__builtin_mul_overflow(acc, base, &acc) &&
                !__builtin_add_overflow(acc, digit_value(digits[i]), &acc);
    if (small) return tr_int(neg ? -acc : acc);
    mpz_t z;
    mpz_init(z);
    mpz_set_str(z, digits, base);
    if (neg) mpz_neg(z, z);
    return tr_int_from_mpz(z);
}

TrValue tr_int_from_digits(const char *digits, int base) {
    size_t n = strlen(digits);
    char *clean = tr_alloc_atomic(n + 1);
    int64_t nd = 0;
    for (size_t i = 0; i < n; i++)
        if (digits[i] != '_') clean[nd++] = digits[i];
    clean[nd] = 0;
    if (nd == 0) return tr_int(0);
    return digits_value(clean, nd, base, false);
}

static bool is_prefix_char(char c, int base) {
    c = (char)(c | 0x20);
    return (base == 16 && c == 'x') || (base == 8 && c == 'o') || (base == 2 && c == 'b');
}

/* int(text, base): PyLong_FromString's grammar.  `orig` is the argument
 * (str or bytes) quoted in the error message; UNDEF means "the text". */
TrValue tr_int_parse_value(const char *s, int64_t len, int base, TrValue orig) {
    if (base != 0 && (base < 2 || base > 36))
        return tr_raise(tr_ValueError, "int() base must be >= 2 and <= 36, or 0");
    bool text = !tr_isinstance(orig, &tr_bytes_type);
    int64_t n;
    char *buf = tr_num_ascii(s, len, text, &n);
    const char *p = buf, *end = buf + n;
    bool neg = false;
    if (p < end && (*p == '+' || *p == '-')) neg = *p++ == '-';
    int b = base;
    bool zeros_only = false; /* base 0 forbids leading zeros on nonzero values */
    if (b == 0) {
        if (p + 1 < end && p[0] == '0' && is_prefix_char(p[1], 16)) b = 16;
        else if (p + 1 < end && p[0] == '0' && is_prefix_char(p[1], 8)) b = 8;
        else if (p + 1 < end && p[0] == '0' && is_prefix_char(p[1], 2)) b = 2;
        else {
            zeros_only = p < end && p[0] == '0';
            b = 10;
        }
    }
    if (p + 1 < end && p[0] == '0' && is_prefix_char(p[1], b)) {
        p += 2;
        if (p < end && *p == '_') p++; /* one underscore may follow a prefix */
    }
    char *digits = tr_alloc_atomic((size_t)(end - p) + 1);
    int64_t nd = 0;
    char prev = '_'; /* so a leading underscore is rejected */
    for (; p < end; prev = *p++) {
        if (*p == '_') {
            if (prev == '_') goto bad;
        } else if (digit_value(*p) < b) {
            digits[nd++] = *p;
        } else {
            break;
        }
    }
    if (p != end || nd == 0 || prev == '_') goto bad;
    digits[nd] = 0;
    if (zeros_only)
        for (int64_t i = 0; i < nd; i++)
            if (digits[i] != '0') goto bad;
    if ((b & (b - 1)) != 0 && tr_int_max_str_digits > 0 && nd > tr_int_max_str_digits)
        return tr_raise(tr_ValueError,
                        "Exceeds the limit (%lld digits) for integer string conversion: value has "
                        "%lld digits; use sys.set_int_max_str_digits() to increase the limit",
                        (long long)tr_int_max_str_digits, (long long)nd);
    return digits_value(digits, nd, b, neg);
bad:
    if (TR_IS_UNDEF(orig)) orig = tr_obj(tr_str_new(s, len));
    return tr_raise(tr_ValueError, "invalid literal for int() with base %d: %.200R", base, orig);
}

TrValue tr_int_parse(const char *s, int64_t len, int base) {
    return tr_int_parse_value(s, len, base, tr_undef());
}
