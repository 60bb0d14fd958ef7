/* tr_int.c — the int type: arithmetic, bitwise operators, construction,
 * rounding, methods, and the number start-up (tr_init_numbers).
 *
 * Every operator first tries the unboxed int64 case with an overflow check
 * and otherwise computes with GMP through read-only views (tr_num.h), so a
 * result is a small int whenever it fits.  bool shares these functions: its
 * values are small ints 0/1 (tr_bool.c only adds & | ^ returning bool).
 * Float-producing paths (true division, negative powers) use the correctly
 * rounded conversions in tr_bigint.c and float pow in tr_float.c.  The
 * interpreter's ADD/SUB/MUL and // % fast paths for small ints live in
 * tr_ops.c and tr_eval.c; everything else comes here. */
#include <math.h>
#include <string.h>

#include "tr_iters.h"
#include "tr_num.h"
#include "tr_signal.h"

/* Results above this many bits are refused with MemoryError before GMP is
 * asked for them (GMP aborts the process past 2**37 bits). */
#define TR_INT_MAX_BITS ((double)((uint64_t)1 << 36))

static TrValue memory_error(void) { return tr_raise_memory_error(); }

static bool is_zero(TrValue v) {
    return tr_num_small(v) ? v.u.i == 0 : mpz_sgn(TR_AS(TrBigInt, v)->z) == 0;
}

/* An exact int from any int-like value (bool -> int, subclass -> int). */
static TrValue int_plain(TrValue v) {
    if (tr_num_small(v)) return tr_int(v.u.i);
    if (v.u.o->type == &tr_int_type) return v;
    mpz_t z;
    mpz_init_set(z, TR_AS(TrBigInt, v)->z);
    return tr_int_from_mpz(z);
}

/* ---- binary operators --------------------------------------------------- */

typedef void (*MpzBinFn)(mpz_ptr, mpz_srcptr, mpz_srcptr);

/* The instruction budget's price of big-int work on n limbs: one unit per
 * 4096 limb operations (tr_signal.h; free when the budget is off). */
static int charge_limbs(double limb_ops) {
    return tr_budget_charge(limb_ops > 4e18 ? INT64_MAX : (int64_t)(limb_ops / 4096));
}

static TrValue big_binop(MpzBinFn fn, TrValue a, TrValue b) {
    TrMpzView va, vb;
    mpz_srcptr x = tr_mpz_view(a, &va), y = tr_mpz_view(b, &vb);
    if (charge_limbs((double)mpz_size(x) * (double)mpz_size(y)) < 0) return TR_ERR;
    mpz_t r;
    mpz_init(r);
    fn(r, x, y);
    return tr_int_from_mpz(r);
}

static TrValue int_add(TrValue a, TrValue b) {
    int64_t r;
    if (tr_num_small(a) && tr_num_small(b) && !__builtin_add_overflow(a.u.i, b.u.i, &r))
        return tr_int(r);
    return big_binop(mpz_add, a, b);
}

static TrValue int_sub(TrValue a, TrValue b) {
    int64_t r;
    if (tr_num_small(a) && tr_num_small(b) && !__builtin_sub_overflow(a.u.i, b.u.i, &r))
        return tr_int(r);
    return big_binop(mpz_sub, a, b);
}

static TrValue int_mul(TrValue a, TrValue b) {
    int64_t r;
    if (tr_num_small(a) && tr_num_small(b) && !__builtin_mul_overflow(a.u.i, b.u.i, &r))
        return tr_int(r);
    return big_binop(mpz_mul, a, b);
}

#define EXACT_DOUBLE_LIMIT ((int64_t)1 << 53)

static bool exact_as_double(int64_t i) { return i >= -EXACT_DOUBLE_LIMIT && i <= EXACT_DOUBLE_LIMIT; }

static TrValue int_truediv(TrValue a, TrValue b) {
    if (is_zero(b)) return tr_raise(tr_ZeroDivisionError, "division by zero");
    /* both exactly representable: one correctly rounded IEEE division */
    if (tr_num_small(a) && tr_num_small(b) && exact_as_double(a.u.i) && exact_as_double(b.u.i))
        return tr_float((double)a.u.i / (double)b.u.i);
    TrMpzView va, vb;
    double d;
    if (tr_mpz_div_to_double(tr_mpz_view(a, &va), tr_mpz_view(b, &vb), &d) < 0)
        return tr_raise(tr_OverflowError, "integer division result too large for a float");
    return tr_float(d);
}

static TrValue int_floordiv(TrValue a, TrValue b) {
    if (is_zero(b)) return tr_raise(tr_ZeroDivisionError, "integer division or modulo by zero");
    if (tr_num_small(a) && tr_num_small(b) && !(a.u.i == INT64_MIN && b.u.i == -1))
        return tr_int(tr_floordiv64(a.u.i, b.u.i));
    return big_binop(mpz_fdiv_q, a, b);
}

static TrValue int_mod(TrValue a, TrValue b) {
    if (is_zero(b)) return tr_raise(tr_ZeroDivisionError, "integer modulo by zero");
    if (tr_num_small(a) && tr_num_small(b))
        return tr_int(b.u.i == -1 ? 0 : tr_mod64(a.u.i, b.u.i));
    return big_binop(mpz_fdiv_r, a, b);
}

/* a ** e for int64 with overflow detection; false when it overflows. */
static bool pow64(int64_t a, uint64_t e, int64_t *out) {
    int64_t r = 1;
    for (;;) {
        if ((e & 1) && __builtin_mul_overflow(r, a, &r)) return false;
        e >>= 1;
        if (!e) break;
        if (__builtin_mul_overflow(a, a, &a)) return false;
    }
    *out = r;
    return true;
}

static TrValue int_pow(TrValue a, TrValue b) {
    if (tr_int_sign(b) < 0) { /* negative exponent: float pow, as CPython */
        double x, y;
        if (tr_number_to_double(a, &x) < 0 || tr_number_to_double(b, &y) < 0) return TR_ERR;
        return tr_float_pow(x, y);
    }
    int64_t r;
    if (tr_num_small(a) && tr_num_small(b) && pow64(a.u.i, (uint64_t)b.u.i, &r)) return tr_int(r);
    TrMpzView va;
    mpz_srcptr base = tr_mpz_view(a, &va);
    /* bases whose powers stay small, whatever the exponent */
    if (mpz_cmpabs_ui(base, 1) <= 0) {
        if (mpz_sgn(base) == 0) return tr_int(is_zero(b) ? 1 : 0);
        if (mpz_sgn(base) > 0) return tr_int(1);
        TrMpzView vb;
        return tr_int(mpz_odd_p(tr_mpz_view(b, &vb)) ? -1 : 1);
    }
    if (!tr_num_small(b)) return memory_error();
    uint64_t e = (uint64_t)b.u.i;
    double bits = (double)mpz_sizeinbase(base, 2) * (double)e;
    if (bits > TR_INT_MAX_BITS) return memory_error();
    if (charge_limbs(bits / 64 * (bits / 64)) < 0) return TR_ERR;
    mpz_t z;
    mpz_init(z);
    mpz_pow_ui(z, base, e);
    return tr_int_from_mpz(z);
}

static TrValue int_lshift(TrValue a, TrValue b) {
    if (tr_int_sign(b) < 0) return tr_raise(tr_ValueError, "negative shift count");
    if (is_zero(a)) return tr_int(0);
    if (!tr_num_small(b)) return tr_raise(tr_OverflowError, "too many digits in integer");
    int64_t s = b.u.i;
    if (tr_num_small(a) && s < 63) {
        int64_t r = (int64_t)((uint64_t)a.u.i << s);
        if ((r >> s) == a.u.i) return tr_int(r);
    }
    TrMpzView va;
    mpz_srcptr x = tr_mpz_view(a, &va);
    if ((double)mpz_sizeinbase(x, 2) + (double)s > TR_INT_MAX_BITS) return memory_error();
    if (charge_limbs(((double)mpz_sizeinbase(x, 2) + (double)s) / 64) < 0) return TR_ERR;
    mpz_t z;
    mpz_init(z);
    mpz_mul_2exp(z, x, (mp_bitcnt_t)s);
    return tr_int_from_mpz(z);
}

static TrValue int_rshift(TrValue a, TrValue b) {
    if (tr_int_sign(b) < 0) return tr_raise(tr_ValueError, "negative shift count");
    int sign = tr_int_sign(a);
    if (tr_num_small(a)) {
        if (!tr_num_small(b) || b.u.i >= 63) return tr_int(sign < 0 ? -1 : 0);
        return tr_int(a.u.i >> b.u.i); /* arithmetic shift: floor division */
    }
    TrMpzView va;
    mpz_srcptr x = tr_mpz_view(a, &va);
    if (!tr_num_small(b) || (uint64_t)b.u.i >= mpz_sizeinbase(x, 2)) return tr_int(sign < 0 ? -1 : 0);
    mpz_t z;
    mpz_init(z);
    mpz_fdiv_q_2exp(z, x, (mp_bitcnt_t)b.u.i);
    return tr_int_from_mpz(z);
}

/* GMP's and/ior/xor use two's complement semantics for negatives, as Python. */
static TrValue int_and(TrValue a, TrValue b) {
    if (tr_num_small(a) && tr_num_small(b)) return tr_int(a.u.i & b.u.i);
    return big_binop(mpz_and, a, b);
}

static TrValue int_or(TrValue a, TrValue b) {
    if (tr_num_small(a) && tr_num_small(b)) return tr_int(a.u.i | b.u.i);
    return big_binop(mpz_ior, a, b);
}

static TrValue int_xor(TrValue a, TrValue b) {
    if (tr_num_small(a) && tr_num_small(b)) return tr_int(a.u.i ^ b.u.i);
    return big_binop(mpz_xor, a, b);
}

typedef TrValue (*IntBinFn)(TrValue, TrValue);
static const IntBinFn int_ops[TR_BIN_COUNT] = {
    [TR_BIN_ADD] = int_add,           [TR_BIN_SUB] = int_sub,
    [TR_BIN_MUL] = int_mul,           [TR_BIN_TRUEDIV] = int_truediv,
    [TR_BIN_FLOORDIV] = int_floordiv, [TR_BIN_MOD] = int_mod,
    [TR_BIN_POW] = int_pow,           [TR_BIN_LSHIFT] = int_lshift,
    [TR_BIN_RSHIFT] = int_rshift,     [TR_BIN_AND] = int_and,
    [TR_BIN_OR] = int_or,             [TR_BIN_XOR] = int_xor,
};

TrValue tr_int_binop(int op, TrValue a, TrValue b) {
    op &= 0xff;
    if (op >= TR_BIN_COUNT || !int_ops[op] || !tr_is_int(a) || !tr_is_int(b)) return TR_NOTIMPL;
    return int_ops[op](a, b);
}

static TrValue int_unop(int op, TrValue a) {
    if (!tr_is_int(a)) return TR_NOTIMPL;
    if (tr_num_small(a)) {
        int64_t i = a.u.i;
        switch (op) {
        case TR_UN_NEG:
            if (i != INT64_MIN) return tr_int(-i);
            break;
        case TR_UN_POS: return tr_int(i);
        case TR_UN_INVERT: return tr_int(~i);
        default: return TR_NOTIMPL;
        }
    }
    TrMpzView va;
    mpz_srcptr x = tr_mpz_view(a, &va);
    mpz_t z;
    mpz_init(z);
    switch (op) {
    case TR_UN_NEG: mpz_neg(z, x); break;
    case TR_UN_POS: mpz_set(z, x); break;
    case TR_UN_INVERT: mpz_com(z, x); break;
    default: return TR_NOTIMPL;
    }
    return tr_int_from_mpz(z);
}

/* pow(b, e, m) for ints (Python 3.8+: a negative exponent uses the modular
 * inverse). */
TrValue tr_int_powmod(TrValue b, TrValue e, TrValue m) {
    if (!tr_is_int(b) || !tr_is_int(e) || !tr_is_int(m))
        return tr_raise(tr_TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
    if (is_zero(m)) return tr_raise(tr_ValueError, "pow() 3rd argument cannot be 0");
    TrMpzView vb, ve, vm;
    mpz_srcptr zb = tr_mpz_view(b, &vb), ze = tr_mpz_view(e, &ve), zm = tr_mpz_view(m, &vm);
    mpz_t mod, base, ex, r;
    mpz_inits(mod, base, ex, r, NULL);
    mpz_abs(mod, zm);
    if (mpz_cmp_ui(mod, 1) == 0) return tr_int(0);
    mpz_set(base, zb);
    mpz_set(ex, ze);
    if (mpz_sgn(ex) < 0) {
        if (!mpz_invert(base, base, mod))
            return tr_raise(tr_ValueError, "base is not invertible for the given modulus");
        mpz_neg(ex, ex);
    }
    double nm = (double)mpz_size(mod);
    if (charge_limbs(nm * nm * (double)mpz_sizeinbase(ex, 2)) < 0) return TR_ERR;
    mpz_powm(r, base, ex, mod);
    if (mpz_sgn(zm) < 0 && mpz_sgn(r) != 0) mpz_sub(r, r, mod);
    return tr_int_from_mpz(r);
}

/* ---- rounding ----------------------------------------------------------------- */

/* round(x, ndigits) for ints: x itself unless ndigits < 0, then round half
 * to even at 10**-ndigits. */
TrValue tr_int_round(TrValue x, TrValue nd) {
    if (TR_IS_UNDEF(nd) || TR_IS_NONE(nd) || (tr_is_int(nd) && tr_int_sign(nd) >= 0))
        return int_plain(x);
    if (!tr_is_int(nd))
        return tr_raise(tr_TypeError, "'%s' object cannot be interpreted as an integer", tr_type_name(nd));
    TrMpzView vx;
    mpz_srcptr z = tr_mpz_view(x, &vx);
    size_t ndig = mpz_sizeinbase(z, 10);
    /* 10**k > 2|x| once k exceeds x's digit count: everything rounds to 0 */
    if (!tr_num_small(nd) || nd.u.i < -((int64_t)ndig + 1)) return tr_int(0);
    mpz_t p, q, r;
    mpz_inits(p, q, r, NULL);
    mpz_ui_pow_ui(p, 10, (unsigned long)-nd.u.i);
    mpz_fdiv_qr(q, r, z, p);
    mpz_mul_2exp(r, r, 1);
    int c = mpz_cmp(r, p);
    if (c > 0 || (c == 0 && mpz_odd_p(q))) mpz_add_ui(q, q, 1);
    mpz_mul(q, q, p);
    return tr_int_from_mpz(q);
}

TrValue tr_round(TrValue x, TrValue ndigits) {
    if (TR_IS_NONE(ndigits)) ndigits = tr_undef();
    if (TR_IS_FLOAT(x)) return tr_float_round(x.u.f, ndigits);
    if (tr_is_int(x)) return tr_int_round(x, ndigits);
    return tr_raise(tr_TypeError, "type %s doesn't define __round__ method", tr_type_name(x));
}

/* ---- conversions ----------------------------------------------------------------- */

/* v as an int value: itself, or the result of its __index__. */
static TrValue index_int(TrValue v) {
    if (tr_is_int(v)) return v;
    TrValue f = TR_IS_OBJ(v) ? tr_type_lookup(v.u.o->type, tr_str_intern("__index__")) : tr_undef();
    if (TR_IS_UNDEF(f))
        return tr_raise(tr_TypeError, "'%s' object cannot be interpreted as an integer", tr_type_name(v));
    TrValue r = tr_call_method(v, "__index__", NULL, 0);
    if (TR_IS_UNDEF(r)) return r;
    if (!tr_is_int(r)) return tr_raise(tr_TypeError, "__index__ returned non-int (type %s)", tr_type_name(r));
    return r;
}

int tr_index_value(TrValue v, int64_t *out) {
    if (!tr_num_small(v) && TR_IS_UNDEF(v = index_int(v))) return -1;
    mpz_srcptr z = tr_num_small(v) ? NULL : TR_AS(TrBigInt, v)->z;
    if (z && !mpz_fits_slong_p(z)) {
        tr_raise(tr_OverflowError, "cannot fit 'int' into an index-sized integer");
        return -1;
    }
    *out = z ? mpz_get_si(z) : v.u.i;
    return 0;
}

int tr_index_mask64(TrValue v, uint64_t *out) {
    if (!tr_num_small(v) && TR_IS_UNDEF(v = index_int(v))) return -1;
    if (tr_num_small(v)) {
        *out = (uint64_t)v.u.i;
        return 0;
    }
    mpz_srcptr z = TR_AS(TrBigInt, v)->z;
    uint64_t low = mpz_size(z) ? (uint64_t)mpz_getlimbn(z, 0) : 0; /* of |z| */
    *out = mpz_sgn(z) < 0 ? -low : low;
    return 0;
}

int tr_int_to_word(TrValue v, uint64_t *out) {
    if (tr_num_small(v)) {
        *out = (uint64_t)v.u.i;
        return 0;
    }
    mpz_srcptr z = TR_AS(TrBigInt, v)->z;
    if (mpz_sgn(z) < 0 ? !mpz_fits_slong_p(z) : mpz_sizeinbase(z, 2) > 64) {
        tr_raise(tr_OverflowError, "int too long to convert");
        return -1;
    }
    return tr_index_mask64(v, out);
}

TrValue tr_int_from_uint64(uint64_t u) {
    if (u <= (uint64_t)INT64_MAX) return tr_int((int64_t)u);
    mpz_t z;
    mpz_init_set_ui(z, (unsigned long)u);
    return tr_int_from_mpz(z);
}

/* Call x.name() when x's type defines it: UNDEF with no exception if not. */
static TrValue call_if_defined(TrValue x, const char *name) {
    if (!TR_IS_OBJ(x) || TR_IS_UNDEF(tr_type_lookup(x.u.o->type, tr_str_intern(name)))) return tr_undef();
    TrValue r = tr_call_method(x, name, NULL, 0);
    return TR_IS_UNDEF(r) ? TR_ERR : r;
}

/* int(x) for one argument: CPython's PyNumber_Long. */
static TrValue int_from_object(TrValue x) {
    if (tr_is_int(x)) return int_plain(x);
    if (TR_IS_FLOAT(x)) return tr_int_from_double(x.u.f);
    if (tr_isinstance(x, &tr_str_type))
        return tr_int_parse_value(TR_AS(TrStr, x)->data, TR_AS(TrStr, x)->len, 10, x);
    if (tr_isinstance(x, &tr_bytes_type))
        return tr_int_parse_value((const char *)TR_AS(TrBytes, x)->data, TR_AS(TrBytes, x)->len, 10, x);
    static const char *const hooks[] = {"__int__", "__index__", "__trunc__"};
    for (int i = 0; i < 3; i++) {
        TrValue r = call_if_defined(x, hooks[i]);
        if (TR_IS_UNDEF(r)) {
            if (tr_exc_pending()) return TR_ERR;
            continue;
        }
        if (tr_is_int(r)) return int_plain(r);
        if (i == 2) { /* __trunc__ may return any Integral: take its __index__ */
            TrValue ir = call_if_defined(r, "__index__");
            if (!TR_IS_UNDEF(ir) && tr_is_int(ir)) return int_plain(ir);
            if (tr_exc_pending()) return TR_ERR;
            return tr_raise(tr_TypeError, "__trunc__ returned non-Integral (type %s)", tr_type_name(r));
        }
        return tr_raise(tr_TypeError, "%s returned non-int (type %s)", hooks[i], tr_type_name(r));
    }
    return tr_raise(tr_TypeError,
                    "int() argument must be a string, a bytes-like object or a real number, not '%s'",
                    tr_type_name(x));
}

/* int(), int(x), int(x, base) — x positional-only, base also by keyword. */
static TrValue int_value_new(TrValue *args, int nargs, TrTuple *kwnames) {
    TrValue x = nargs > 0 ? args[0] : tr_undef(), base = nargs > 1 ? args[1] : tr_undef();
    int nkw = kwnames ? (int)kwnames->len : 0;
    if (nargs + nkw > 2)
        return tr_raise(tr_TypeError, "int() takes at most 2 arguments (%d given)", nargs + nkw);
    for (int k = 0; k < nkw; k++) {
        TrStr *name = TR_AS(TrStr, kwnames->items[k]);
        if (strcmp(name->data, "base") != 0)
            return tr_raise(tr_TypeError, "'%U' is an invalid keyword argument for int()", name);
        if (nargs > 1)
            return tr_raise(tr_TypeError, "argument for int() given by name ('base') and position (2)");
        base = args[nargs + k];
    }
    if (TR_IS_UNDEF(x)) {
        if (!TR_IS_UNDEF(base)) return tr_raise(tr_TypeError, "int() missing string argument");
        return tr_int(0);
    }
    if (TR_IS_UNDEF(base)) return int_from_object(x);
    int64_t b;
    if (tr_index_value(base, &b) < 0) {
        if (!tr_exc_matches(tr_OverflowError)) return TR_ERR;
        tr_exc_clear();
        b = -1;
    }
    if ((b != 0 && b < 2) || b > 36)
        return tr_raise(tr_ValueError, "int() base must be >= 2 and <= 36, or 0");
    if (tr_isinstance(x, &tr_str_type))
        return tr_int_parse_value(TR_AS(TrStr, x)->data, TR_AS(TrStr, x)->len, (int)b, x);
    if (tr_isinstance(x, &tr_bytes_type))
        return tr_int_parse_value((const char *)TR_AS(TrBytes, x)->data, TR_AS(TrBytes, x)->len, (int)b, x);
    return tr_raise(tr_TypeError, "int() can't convert non-string with explicit base");
}

/* An instance of an int subclass always holds its value in a TrBigInt
 * (whatever its size), followed by the __dict__ slot of the subtype. */
static TrValue int_new(TrType *type, TrValue *args, int nargs, TrTuple *kwnames) {
    TrValue v = int_value_new(args, nargs, kwnames);
    if (type == &tr_int_type || TR_IS_UNDEF(v)) return v;
    TrBigInt *o = tr_new_object(type, (size_t)type->basicsize);
    TrMpzView w;
    mpz_init_set(o->z, tr_mpz_view(v, &w));
    tr_instance_init_dict(type, o);
    return tr_obj(o);
}

/* ---- slots ------------------------------------------------------------------------- */

static TrValue int_repr(TrValue self) {
    TrStr *s = tr_int_to_str(self, 10);
    return s ? tr_obj(s) : TR_ERR;
}

static int int_hash(TrValue self, int64_t *out) {
    *out = tr_num_small(self) ? tr_hash_int64(self.u.i) : tr_mpz_hash(TR_AS(TrBigInt, self)->z);
    return 0;
}

static int int_truth(TrValue self) { return tr_int_sign(self) != 0; }

/* The numbers-tower attributes (CPython's getset descriptors). */
static TrValue int_getattr(TrValue self, TrStr *name) {
    const char *n = name->data;
    if (!strcmp(n, "real") || !strcmp(n, "numerator")) return int_plain(self);
    if (!strcmp(n, "imag")) return tr_int(0);
    if (!strcmp(n, "denominator")) return tr_int(1);
    return tr_generic_getattr(self, name);
}

/* ---- methods ------------------------------------------------------------------------ */

#define NOARGS(name)                                                                  \
    if (tr_check_args(name, nargs - 1, kwnames, 0, 0) < 0) return TR_ERR

static TrValue m_bit_length(TrValue *args, int nargs, TrTuple *kwnames) {
    NOARGS("bit_length");
    TrMpzView v;
    mpz_srcptr z = tr_mpz_view(args[0], &v);
    return tr_int(mpz_sgn(z) ? (int64_t)mpz_sizeinbase(z, 2) : 0);
}

static TrValue m_bit_count(TrValue *args, int nargs, TrTuple *kwnames) {
    NOARGS("bit_count");
    TrMpzView v;
    mpz_srcptr z = tr_mpz_view(args[0], &v);
    mpz_t mag;
    mpz_roinit_n(mag, mpz_limbs_read(z), (mp_size_t)mpz_size(z));
    return tr_int((int64_t)mpz_popcount(mag));
}

static TrValue m_plain(TrValue *args, int nargs, TrTuple *kwnames) {
    NOARGS("__int__");
    return int_plain(args[0]);
}

static TrValue m_as_integer_ratio(TrValue *args, int nargs, TrTuple *kwnames) {
    NOARGS("as_integer_ratio");
    TrValue items[2] = {int_plain(args[0]), tr_int(1)};
    return tr_obj(tr_tuple_from(items, 2));
}

static TrValue m_float(TrValue *args, int nargs, TrTuple *kwnames) {
    NOARGS("__float__");
    double d;
    return tr_number_to_double(args[0], &d) < 0 ? TR_ERR : tr_float(d);
}

static TrValue m_round(TrValue *args, int nargs, TrTuple *kwnames) {
    if (tr_check_args("__round__", nargs - 1, kwnames, 0, 1) < 0) return TR_ERR;
    return tr_int_round(args[0], nargs > 1 ? args[1] : tr_undef());
}

static TrValue m_bool(TrValue *args, int nargs, TrTuple *kwnames) {
    NOARGS("__bool__");
    return tr_bool(int_truth(args[0]));
}

#define UNOP_METHOD(fname, pyname, op)                                       \
    static TrValue fname(TrValue *args, int nargs, TrTuple *kwnames) {       \
        NOARGS(pyname);                                                      \
        return int_unop(op, args[0]);                                        \
    }
UNOP_METHOD(m_neg, "__neg__", TR_UN_NEG)
UNOP_METHOD(m_pos, "__pos__", TR_UN_POS)
UNOP_METHOD(m_invert, "__invert__", TR_UN_INVERT)

static TrValue m_abs(TrValue *args, int nargs, TrTuple *kwnames) {
    NOARGS("__abs__");
    return int_unop(tr_int_sign(args[0]) < 0 ? TR_UN_NEG : TR_UN_POS, args[0]);
}

static TrValue divmod_pair(TrValue a, TrValue b) {
    if (!tr_is_int(a) || !tr_is_int(b)) return TR_NOTIMPL;
    TrValue q = int_floordiv(a, b);
    if (TR_IS_UNDEF(q)) return TR_ERR;
    TrValue items[2] = {q, int_mod(a, b)};
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

/* Reflected operators (the forward ones are slot wrappers from tr_type_ready). */
#define RBINOP_METHOD(NAME, OP)                                                  \
    static TrValue m_r##NAME(TrValue *args, int nargs, TrTuple *kwnames) {       \
        if (tr_check_args("__r" #NAME "__", nargs - 1, kwnames, 1, 1) < 0)      \
            return TR_ERR;                                                       \
        return tr_int_binop(OP, args[1], args[0]);                               \
    }
RBINOP_METHOD(add, TR_BIN_ADD)
RBINOP_METHOD(sub, TR_BIN_SUB)
RBINOP_METHOD(mul, TR_BIN_MUL)
RBINOP_METHOD(truediv, TR_BIN_TRUEDIV)
RBINOP_METHOD(floordiv, TR_BIN_FLOORDIV)
RBINOP_METHOD(mod, TR_BIN_MOD)
RBINOP_METHOD(pow, TR_BIN_POW)
RBINOP_METHOD(lshift, TR_BIN_LSHIFT)
RBINOP_METHOD(rshift, TR_BIN_RSHIFT)
RBINOP_METHOD(and, TR_BIN_AND)
RBINOP_METHOD(or, TR_BIN_OR)
RBINOP_METHOD(xor, TR_BIN_XOR)

/* byteorder argument of to_bytes/from_bytes: 1 little, 0 big, -1 error. */
static int parse_byteorder(const char *fname, TrValue v) {
    if (TR_IS_UNDEF(v)) return 0;
    if (!tr_isinstance(v, &tr_str_type)) {
        tr_raise(tr_TypeError, "%s() argument 'byteorder' must be str, not %s", fname, tr_type_name(v));
        return -1;
    }
    const char *s = TR_AS(TrStr, v)->data;
    if (!strcmp(s, "little")) return 1;
    if (!strcmp(s, "big")) return 0;
    tr_raise(tr_ValueError, "byteorder must be either 'little' or 'big'");
    return -1;
}

static TrValue m_to_bytes(TrValue *args, int nargs, TrTuple *kwnames) {
    TrValue vlen, vorder, vsigned;
    TrValue *outs[] = {&vlen, &vorder, &vsigned};
    if (tr_parse_args("to_bytes", args + 1, nargs - 1, kwnames, "|length,byteorder$signed", outs) < 0)
        return TR_ERR;
    int64_t len = 1;
    if (!TR_IS_UNDEF(vlen) && tr_index_value(vlen, &len) < 0) return TR_ERR;
    if (len < 0) return tr_raise(tr_ValueError, "length argument must be non-negative");
    int little = parse_byteorder("to_bytes", vorder);
    if (little < 0) return TR_ERR;
    int is_signed = TR_IS_UNDEF(vsigned) ? 0 : tr_truth(vsigned);
    if (is_signed < 0) return TR_ERR;
    TrMpzView v;
    mpz_srcptr z = tr_mpz_view(args[0], &v);
    if (!is_signed && mpz_sgn(z) < 0)
        return tr_raise(tr_OverflowError, "can't convert negative int to unsigned");
    /* bits needed: magnitude bits (of |z| - 1 for negatives), plus a sign bit */
    mpz_t t;
    mpz_init(t);
    if (mpz_sgn(z) < 0) mpz_add_ui(t, z, 1); /* |t| = |z| - 1 */
    else mpz_set(t, z);
    uint64_t need = mpz_sgn(t) ? mpz_sizeinbase(t, 2) : 0;
    if (is_signed && mpz_sgn(z) != 0) need++;
    if (need > (uint64_t)len * 8) return tr_raise(tr_OverflowError, "int too big to convert");
    mpz_fdiv_r_2exp(t, z, (mp_bitcnt_t)len * 8); /* two's complement image */
    unsigned char *buf = tr_alloc_atomic((size_t)len + 1);
    size_t count = 0;
    unsigned char *raw = mpz_export(NULL, &count, 1, 1, 1, 0, t);
    if (count) memcpy(buf + len - (int64_t)count, raw, count);
    if (little)
        for (int64_t i = 0; i < len / 2; i++) {
            unsigned char c = buf[i];
            buf[i] = buf[len - 1 - i];
            buf[len - 1 - i] = c;
        }
    return tr_obj(tr_bytes_new(buf, len));
}

static TrValue m_from_bytes(TrValue *args, int nargs, TrTuple *kwnames) {
    TrValue vbytes, vorder, vsigned;
    TrValue *outs[] = {&vbytes, &vorder, &vsigned};
    if (tr_parse_args("from_bytes", args + 1, nargs - 1, kwnames, "bytes|byteorder$signed", outs) < 0)
        return TR_ERR;
    int little = parse_byteorder("from_bytes", vorder);
    if (little < 0) return TR_ERR;
    int is_signed = TR_IS_UNDEF(vsigned) ? 0 : tr_truth(vsigned);
    if (is_signed < 0) return TR_ERR;
    if (tr_isinstance(vbytes, &tr_str_type))
        return tr_raise(tr_TypeError, "cannot convert 'str' object to bytes");
    if (!tr_isinstance(vbytes, &tr_bytes_type)) {
        vbytes = tr_call1(tr_obj(&tr_bytes_type), vbytes);
        if (TR_IS_UNDEF(vbytes)) return TR_ERR;
    }
    TrBytes *b = TR_AS(TrBytes, vbytes);
    mpz_t z;
    mpz_init(z);
    if (b->len) mpz_import(z, (size_t)b->len, little ? -1 : 1, 1, 1, 0, b->data);
    if (is_signed && b->len && (b->data[little ? b->len - 1 : 0] & 0x80)) {
        mpz_t m;
        mpz_init(m);
        mpz_setbit(m, (mp_bitcnt_t)b->len * 8);
        mpz_sub(z, z, m);
    }
    TrValue r = tr_int_from_mpz(z);
    TrValue cls = args[0];
    if (TR_IS_OBJ(cls) && cls.u.o != (TrObject *)&tr_int_type) return tr_call1(cls, r);
    return r;
}

static const TrMethodDef int_methods[] = {
    {"bit_length", m_bit_length, 0},
    {"bit_count", m_bit_count, 0},
    {"to_bytes", m_to_bytes, 0},
    {"from_bytes", m_from_bytes, TR_METH_CLASS},
    {"as_integer_ratio", m_as_integer_ratio, 0},
    {"conjugate", m_plain, 0},
    {"__int__", m_plain, 0},
    {"__index__", m_plain, 0},
    {"__trunc__", m_plain, 0},
    {"__floor__", m_plain, 0},
    {"__ceil__", m_plain, 0},
    {"__float__", m_float, 0},
    {"__round__", m_round, 0},
    {"__bool__", m_bool, 0},
    {"__neg__", m_neg, 0},
    {"__pos__", m_pos, 0},
    {"__invert__", m_invert, 0},
    {"__abs__", m_abs, 0},
    {"__divmod__", m_divmod, 0},
    {"__rdivmod__", m_rdivmod, 0},
    {"__radd__", m_radd, 0},
    {"__rsub__", m_rsub, 0},
    {"__rmul__", m_rmul, 0},
    {"__rtruediv__", m_rtruediv, 0},
    {"__rfloordiv__", m_rfloordiv, 0},
    {"__rmod__", m_rmod, 0},
    {"__rpow__", m_rpow, 0},
    {"__rlshift__", m_rlshift, 0},
    {"__rrshift__", m_rrshift, 0},
    {"__rand__", m_rand, 0},
    {"__ror__", m_ror, 0},
    {"__rxor__", m_rxor, 0},
    {NULL, NULL, 0},
};

TrType tr_int_type = {
    .ob = {&tr_type_type},
    .name = "int",
    .base = &tr_object_type,
    .flags = TR_TF_BASETYPE | TR_TF_INT_SUBCLASS,
    .basicsize = sizeof(TrBigInt),
    .repr = int_repr,
    .hash = int_hash,
    .richcmp = tr_num_richcmp,
    .truth = int_truth,
    .getattr = int_getattr,
    .binop = tr_int_binop,
    .unop = int_unop,
    .tp_new = int_new,
    .format = tr_format_int,
};

/* The numbers start-up: GMP's allocator first (before any mpz exists), then
 * int before bool, which inherits int's slots. */
void tr_init_numbers(void) {
    tr_bigint_init();
    tr_type_ready(&tr_int_type, int_methods);
    tr_init_bool_type();
    tr_init_float_type();
}
