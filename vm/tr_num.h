/* tr_num.h — internals shared by the number files (tr_int.c, tr_bigint.c,
 * tr_float.c, tr_bool.c); nothing outside them includes it.
 *
 * Python ints are small (TR_TAG_INT, int64 payload) whenever the value fits;
 * otherwise a TrBigInt heap object of type int holding a GMP integer.  GMP
 * allocates its limbs from the collector (tr_bigint.c installs the memory
 * functions), so a TrBigInt needs no finaliser and an mpz_t in a C local is
 * kept alive by the conservative stack scan like any other pointer.
 *
 * Arithmetic reads operands through "views": a small int becomes a read-only
 * mpz over one stack limb (mpz_roinit_n), so mixed small/big operations cost
 * no allocation for the small side. */
#ifndef TR_NUM_H
#define TR_NUM_H

#include <gmp.h>

#include "tr_vm.h"

_Static_assert(GMP_LIMB_BITS == 64, "views assume one 64-bit limb holds an int64");
_Static_assert(sizeof(long) == 8, "mpz_*_si/ui calls assume 64-bit long");

/* A big int.  Results are normalised (a value that fits int64 is always a
 * small TR_TAG_INT); instances of an int subclass share this layout but may
 * hold any value, so code reading a TrBigInt never assumes it is large. */
typedef struct TrBigInt {
    TrObject ob;
    mpz_t z;
} TrBigInt;

/* Floats are unboxed; an instance of a float subclass is this box (followed
 * by the subtype's __dict__ pointer).  Every float slot and method reads
 * its operands through tr_float_unbox / tr_float_of, so arithmetic on a
 * subclass instance gives plain floats, as in CPython. */
typedef struct TrFloatBox {
    TrObject ob;
    double f;
} TrFloatBox;

static inline bool tr_is_boxed_float(TrValue v) {
    return v.tag == TR_TAG_OBJ && (v.u.o->type->flags & TR_TF_FLOAT_SUBCLASS);
}
static inline TrValue tr_float_unbox(TrValue v) {
    return tr_is_boxed_float(v) ? tr_float(((TrFloatBox *)v.u.o)->f) : v;
}
/* The double of an unboxed float or a float subclass instance. */
static inline double tr_float_of(TrValue v) {
    return tr_is_boxed_float(v) ? ((TrFloatBox *)v.u.o)->f : v.u.f;
}

/* Read-only mpz view of an int-like value (small int, bool or TrBigInt). */
typedef struct TrMpzView {
    mpz_t z;
    mp_limb_t limb;
} TrMpzView;

/* Is v stored unboxed (small int or bool)? */
static inline bool tr_num_small(TrValue v) {
    return v.tag == TR_TAG_INT || v.tag == TR_TAG_BOOL;
}

mpz_srcptr tr_mpz_view(TrValue v, TrMpzView *w);
/* Wrap a result, taking ownership of z's limbs; small when it fits. */
TrValue tr_int_from_mpz(mpz_ptr z);
/* Correctly rounded conversions; -1 (no exception set) on overflow. */
int tr_mpz_to_double(mpz_srcptr z, double *out);
int tr_mpz_div_to_double(mpz_srcptr a, mpz_srcptr b, double *out);
int64_t tr_mpz_hash(mpz_srcptr z);
/* Exact double -> int (d finite, integral or not: truncates). */
TrValue tr_int_from_finite_double(double d);

/* Float helpers shared with int arithmetic: int ** negative int is float
 * pow, int / int of huge operands is exact division. */
TrValue tr_float_pow(double a, double b);
TrValue tr_float_round(double x, TrValue ndigits);
TrValue tr_int_round(TrValue x, TrValue ndigits);

/* Text <-> numbers.  tr_num_ascii normalises int()/float() text the way
 * CPython does (Unicode spaces and digits to ASCII, stripped); `orig` is the
 * str or bytes argument quoted in error messages (UNDEF: the text itself). */
char *tr_num_ascii(const char *s, int64_t len, bool text, int64_t *outlen);
TrValue tr_int_parse_value(const char *s, int64_t len, int base, TrValue orig);
TrValue tr_float_parse_value(const char *s, int64_t len, TrValue orig);

/* Per-type start-up, called in order by tr_init_numbers (tr_int.c). */
void tr_bigint_init(void);
void tr_init_bool_type(void);
void tr_init_float_type(void);

#endif
