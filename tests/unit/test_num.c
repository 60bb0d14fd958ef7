/* test_num.c — Check tests for the numbers runtime (tr_int.c, tr_bigint.c,
 * tr_float.c, tr_bool.c): int64 boundaries and promotion to GMP, floor
 * division signs, correctly rounded division and conversion, float repr,
 * hashing, parsing, rounding, comparisons and error messages.  Expected
 * strings come from CPython 3.11. */
#include <check.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "tr_vm.h"

/* "Type: message" of the pending exception (cleared). */
static const char *exc_text(void) {
    TrValue e = tr_exc_fetch();
    TrStr *s = tr_to_str(e);
    TrStr *t = tr_str_format("%s: %s", tr_type_name(e), s ? s->data : "?");
    return t->data;
}

/* repr of a result, or the exception text when it failed. */
static const char *R(TrValue v) {
    if (TR_IS_UNDEF(v)) return exc_text();
    TrStr *s = tr_repr(v);
    return s ? s->data : exc_text();
}

static TrValue I(const char *s) { return tr_int_parse(s, (int64_t)strlen(s), 10); }
static TrValue F(double d) { return tr_float(d); }
static TrValue bin(int op, TrValue a, TrValue b) { return tr_binop(op, a, b); }

#define EXPECT(v, s) ck_assert_str_eq(R(v), s)

/* ---- int64 boundaries -------------------------------------------------------- */

START_TEST(test_int64_boundaries) {
    TrValue max = tr_int(INT64_MAX), min = tr_int(INT64_MIN);
    EXPECT(bin(TR_BIN_ADD, max, tr_int(1)), "9223372036854775808");
    EXPECT(bin(TR_BIN_SUB, min, tr_int(1)), "-9223372036854775809");
    EXPECT(bin(TR_BIN_MUL, min, tr_int(-1)), "9223372036854775808");
    EXPECT(bin(TR_BIN_MUL, min, min), "85070591730234615865843651857942052864");
    EXPECT(bin(TR_BIN_FLOORDIV, min, tr_int(-1)), "9223372036854775808");
    EXPECT(bin(TR_BIN_MOD, min, tr_int(-1)), "0");
    EXPECT(tr_unop(TR_UN_NEG, min), "9223372036854775808");
    EXPECT(tr_unop(TR_UN_INVERT, max), "-9223372036854775808");
    /* results that fit come back as small ints */
    TrValue big = bin(TR_BIN_ADD, max, tr_int(1));
    ck_assert(tr_is_bigint(big));
    TrValue back = bin(TR_BIN_SUB, big, tr_int(1));
    ck_assert_int_eq(back.tag, TR_TAG_INT);
    ck_assert(back.u.i == INT64_MAX);
    TrValue m = bin(TR_BIN_POW, tr_int(-2), tr_int(63));
    ck_assert_int_eq(m.tag, TR_TAG_INT);
    ck_assert(m.u.i == INT64_MIN);
    EXPECT(bin(TR_BIN_POW, tr_int(2), tr_int(63)), "9223372036854775808");
    TrValue z = bin(TR_BIN_SUB, I("18446744073709551616"), I("18446744073709551616"));
    ck_assert_int_eq(z.tag, TR_TAG_INT);
    EXPECT(tr_unop(TR_UN_NEG, I("9223372036854775808")), "-9223372036854775808");
    ck_assert_int_eq(tr_unop(TR_UN_NEG, I("9223372036854775808")).tag, TR_TAG_INT);
    /* bools are ints in arithmetic; & | ^ of two bools stay bool */
    EXPECT(bin(TR_BIN_ADD, tr_bool(true), tr_bool(true)), "2");
    EXPECT(bin(TR_BIN_AND, tr_bool(true), tr_bool(false)), "False");
    EXPECT(bin(TR_BIN_XOR, tr_bool(true), tr_int(3)), "2");
    EXPECT(tr_unop(TR_UN_INVERT, tr_bool(true)), "-2");
}
END_TEST

START_TEST(test_floordiv_mod_signs) {
    struct { int64_t a, b; const char *q, *r; } t[] = {
        {-7, 2, "-4", "1"}, {7, -2, "-4", "-1"}, {7, 2, "3", "1"}, {-7, -2, "3", "-1"}, {0, -3, "0", "0"},
    };
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
        EXPECT(bin(TR_BIN_FLOORDIV, tr_int(t[i].a), tr_int(t[i].b)), t[i].q);
        EXPECT(bin(TR_BIN_MOD, tr_int(t[i].a), tr_int(t[i].b)), t[i].r);
    }
    EXPECT(bin(TR_BIN_FLOORDIV, I("-100000000000000000000"), tr_int(3)), "-33333333333333333334");
    EXPECT(bin(TR_BIN_MOD, I("-100000000000000000000"), tr_int(3)), "2");
    EXPECT(bin(TR_BIN_FLOORDIV, I("100000000000000000000"), tr_int(-7)), "-14285714285714285715");
    EXPECT(bin(TR_BIN_MOD, I("100000000000000000000"), tr_int(-7)), "-5");
    EXPECT(bin(TR_BIN_FLOORDIV, F(-7.5), tr_int(2)), "-4.0");
    EXPECT(bin(TR_BIN_MOD, F(-7.5), tr_int(2)), "0.5");
    EXPECT(bin(TR_BIN_FLOORDIV, F(7.5), tr_int(-2)), "-4.0");
    EXPECT(bin(TR_BIN_MOD, F(7.5), tr_int(-2)), "-0.5");
    EXPECT(bin(TR_BIN_MOD, F(-0.0), tr_int(5)), "0.0");
    EXPECT(bin(TR_BIN_MOD, F(0.0), tr_int(-5)), "-0.0");
    EXPECT(bin(TR_BIN_FLOORDIV, F(-5.0), F(INFINITY)), "-1.0");
    EXPECT(bin(TR_BIN_MOD, F(-5.0), F(INFINITY)), "inf");
}
END_TEST

START_TEST(test_division_and_conversion) {
    EXPECT(bin(TR_BIN_TRUEDIV, tr_int(1), tr_int(3)), "0.3333333333333333");
    EXPECT(bin(TR_BIN_TRUEDIV, I("1000000000000000000000000000000"), tr_int(7)), "1.4285714285714285e+29");
    EXPECT(bin(TR_BIN_TRUEDIV, I("-10000000000000000000000000000000000000000"), tr_int(3)),
           "-3.333333333333333e+39");
    TrValue p1100 = bin(TR_BIN_POW, tr_int(2), tr_int(1100));
    TrValue p1099 = bin(TR_BIN_POW, tr_int(2), tr_int(1099));
    EXPECT(bin(TR_BIN_TRUEDIV, p1100, p1099), "2.0");
    EXPECT(bin(TR_BIN_TRUEDIV, tr_int(1), bin(TR_BIN_POW, tr_int(2), tr_int(1074))), "5e-324");
    EXPECT(bin(TR_BIN_TRUEDIV, tr_int(1), bin(TR_BIN_POW, tr_int(2), tr_int(1075))), "0.0");
    EXPECT(bin(TR_BIN_TRUEDIV, p1100, tr_int(3)),
           "OverflowError: integer division result too large for a float");
    double d;
    ck_assert_int_eq(tr_number_to_double(I("9007199254740993"), &d), 0);
    ck_assert(d == 9007199254740992.0); /* half-even */
    TrValue near_max = bin(TR_BIN_SUB, bin(TR_BIN_SUB, bin(TR_BIN_POW, tr_int(2), tr_int(1024)),
                                           bin(TR_BIN_POW, tr_int(2), tr_int(970))),
                           tr_int(1));
    ck_assert_int_eq(tr_number_to_double(near_max, &d), 0);
    ck_assert(d == 1.7976931348623157e308);
    ck_assert_int_eq(tr_number_to_double(bin(TR_BIN_ADD, near_max, tr_int(1)), &d), -1);
    ck_assert_str_eq(exc_text(), "OverflowError: int too large to convert to float");
    EXPECT(tr_int_from_double(1e20), "100000000000000000000");
    EXPECT(tr_int_from_double(-3.99), "-3");
    EXPECT(tr_int_from_double(INFINITY), "OverflowError: cannot convert float infinity to integer");
    EXPECT(tr_int_from_double(NAN), "ValueError: cannot convert float NaN to integer");
    EXPECT(bin(TR_BIN_MUL, p1100, F(1.0)), "OverflowError: int too large to convert to float");
}
END_TEST

/* ---- float repr ---------------------------------------------------------------- */

START_TEST(test_float_repr) {
    struct { double d; const char *s; } t[] = {
        {0.1, "0.1"},
        {0.1 + 0.2, "0.30000000000000004"},
        {1e16, "1e+16"},
        {1e15, "1000000000000000.0"},
        {1e-5, "1e-05"},
        {1e-4, "0.0001"},
        {1.0 / 3, "0.3333333333333333"},
        {5e-324, "5e-324"},
        {1.7976931348623157e308, "1.7976931348623157e+308"},
        {123456789012345678.0, "1.2345678901234568e+17"},
        {2.2250738585072014e-308, "2.2250738585072014e-308"},
        {100.0, "100.0"},
        {1.5e300, "1.5e+300"},
        {-0.0, "-0.0"},
        {0.0, "0.0"},
        {INFINITY, "inf"},
        {-INFINITY, "-inf"},
        {NAN, "nan"},
        {9007199254740993.0, "9007199254740992.0"},
        {12345678.9, "12345678.9"},
        {1e22, "1e+22"},
        {0x1p-1022, "2.2250738585072014e-308"},
        {0x1p1023, "8.98846567431158e+307"},
    };
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) EXPECT(F(t[i].d), t[i].s);
    char buf[8];
    int n = tr_float_repr_buf(0.30000000000000004, buf, sizeof buf);
    ck_assert_int_eq(n, 19); /* snprintf-style: the full length */
}
END_TEST

/* ---- hashing --------------------------------------------------------------------- */

START_TEST(test_hash) {
    struct { const char *v; int64_t h; } ti[] = {
        {"-1", -2},
        {"2305843009213693952", 1},  /* 2**61 */
        {"2305843009213693951", 0},  /* 2**61 - 1 */
        {"-2305843009213693952", -2},
        {"18446744073709551616", 8}, /* 2**64 */
        {"100000000000000000000", 848750603811160107},
        {"-9223372036854775808", -4},
        {"9223372036854775808", 4},
    };
    for (size_t i = 0; i < sizeof ti / sizeof ti[0]; i++) {
        int64_t h;
        ck_assert_int_eq(tr_hash(I(ti[i].v), &h), 0);
        ck_assert_msg(h == ti[i].h, "hash(%s) = %lld", ti[i].v, (long long)h);
    }
    ck_assert(tr_hash_double(0.5) == 1152921504606846976);
    ck_assert(tr_hash_double(-1.5) == -1152921504606846977);
    ck_assert(tr_hash_double(0.1) == 230584300921369408);
    ck_assert(tr_hash_double(1e16) == 10000000000000000);
    ck_assert(tr_hash_double(0x1p70) == 512);
    ck_assert(tr_hash_double(1e300) == 1224995262755759164);
    ck_assert(tr_hash_double(INFINITY) == 314159);
    ck_assert(tr_hash_double(-INFINITY) == -314159);
    ck_assert(tr_hash_double(-1.0) == -2);
    ck_assert(tr_hash_double(-0.0) == 0);
    int64_t h;
    tr_hash(bin(TR_BIN_POW, tr_int(2), tr_int(70)), &h);
    ck_assert(h == tr_hash_double(0x1p70));
}
END_TEST

/* ---- parsing ---------------------------------------------------------------------- */

static const char *parse_int(const char *s, int base) {
    return R(tr_int_parse(s, (int64_t)strlen(s), base));
}

static const char *parse_float(const char *s) { return R(tr_float_parse(s, (int64_t)strlen(s))); }

START_TEST(test_parse) {
    ck_assert_str_eq(parse_int("  -0x_ff  ", 0), "-255");
    ck_assert_str_eq(parse_int("1_000_000", 10), "1000000");
    ck_assert_str_eq(parse_int("-9223372036854775809", 10), "-9223372036854775809");
    ck_assert_str_eq(parse_int("0b101", 2), "5");
    ck_assert_str_eq(parse_int("zz", 36), "1295");
    ck_assert_str_eq(parse_int("00", 0), "0");
    ck_assert_str_eq(parse_int("\xd9\xa1\xd9\xa2", 10), "12"); /* Arabic-Indic digits */
    ck_assert_str_eq(parse_int("abc", 10), "ValueError: invalid literal for int() with base 10: 'abc'");
    ck_assert_str_eq(parse_int("012", 0), "ValueError: invalid literal for int() with base 0: '012'");
    ck_assert_str_eq(parse_int("1__0", 10), "ValueError: invalid literal for int() with base 10: '1__0'");
    ck_assert_str_eq(parse_int("_1", 10), "ValueError: invalid literal for int() with base 10: '_1'");
    ck_assert_str_eq(parse_int("0x", 16), "ValueError: invalid literal for int() with base 16: '0x'");
    ck_assert_str_eq(parse_int("1", 37), "ValueError: int() base must be >= 2 and <= 36, or 0");
    char *many = calloc(4302, 1);
    memset(many, '1', 4301);
    ck_assert_str_eq(parse_int(many, 10),
                     "ValueError: Exceeds the limit (4300 digits) for integer string conversion: "
                     "value has 4301 digits; use sys.set_int_max_str_digits() to increase the limit");
    ck_assert_int_eq(tr_int_parse(many, 4301, 16).tag, TR_TAG_OBJ); /* power-of-two bases: no limit */
    free(many);
    TrValue ten = bin(TR_BIN_POW, tr_int(10), tr_int(4300)); /* 4301 digits */
    ck_assert_str_eq(R(ten), "ValueError: Exceeds the limit (4300 digits) for integer string conversion; "
                             "use sys.set_int_max_str_digits() to increase the limit");
    ck_assert_str_eq(R(tr_int_from_digits("123456789012345678901234567890", 10)),
                     "123456789012345678901234567890");
    ck_assert_str_eq(R(tr_int_from_digits("ff", 16)), "255");

    ck_assert_str_eq(parse_float(" 1e3 "), "1000.0");
    ck_assert_str_eq(parse_float("1.5"), "1.5");
    ck_assert_str_eq(parse_float("-Infinity"), "-inf");
    ck_assert_str_eq(parse_float("nan"), "nan");
    ck_assert_str_eq(parse_float("+.5"), "0.5");
    ck_assert_str_eq(parse_float("1_000.5"), "1000.5");
    ck_assert_str_eq(parse_float("1e400"), "inf");
    ck_assert_str_eq(parse_float("2.4703282292062328e-324"), "5e-324");
    ck_assert_str_eq(parse_float("abc"), "ValueError: could not convert string to float: 'abc'");
    ck_assert_str_eq(parse_float("1_e1"), "ValueError: could not convert string to float: '1_e1'");
    ck_assert_str_eq(parse_float("0x10"), "ValueError: could not convert string to float: '0x10'");
    ck_assert_str_eq(parse_float("1e"), "ValueError: could not convert string to float: '1e'");
    ck_assert_str_eq(parse_float(""), "ValueError: could not convert string to float: ''");

    ck_assert_str_eq(tr_int_to_str(tr_int(-255), 16)->data, "-0xff");
    ck_assert_str_eq(tr_int_to_str(tr_int(5), 2)->data, "0b101");
    ck_assert_str_eq(tr_int_to_str(tr_int(8), 8)->data, "0o10");
    ck_assert_str_eq(tr_int_to_str(bin(TR_BIN_POW, tr_int(2), tr_int(64)), 16)->data, "0x10000000000000000");
    ck_assert_str_eq(tr_int_to_str(tr_int(INT64_MIN), 10)->data, "-9223372036854775808");
}
END_TEST

/* ---- rounding ---------------------------------------------------------------------- */

START_TEST(test_round) {
    EXPECT(tr_round(F(0.125), tr_int(2)), "0.12");
    EXPECT(tr_round(F(2.675), tr_int(2)), "2.67");
    EXPECT(tr_round(F(1.5), tr_undef()), "2");
    EXPECT(tr_round(F(2.5), tr_undef()), "2");
    EXPECT(tr_round(F(-0.5), tr_undef()), "0");
    EXPECT(tr_round(F(-0.5), tr_int(0)), "-0.0");
    EXPECT(tr_round(F(0.49999999999999994), tr_undef()), "0");
    EXPECT(tr_round(F(0.1 + 0.2), tr_int(15)), "0.3");
    EXPECT(tr_round(F(1e300), tr_int(2)), "1e+300");
    EXPECT(tr_round(F(-12.345), tr_int(1)), "-12.3");
    EXPECT(tr_round(F(1234.5678), tr_int(-2)), "1200.0");
    EXPECT(tr_round(F(2.5), tr_none()), "2");
    EXPECT(tr_round(F(INFINITY), tr_int(2)), "inf");
    EXPECT(tr_round(F(INFINITY), tr_undef()), "OverflowError: cannot convert float infinity to integer");
    EXPECT(tr_round(F(NAN), tr_undef()), "ValueError: cannot convert float NaN to integer");
    EXPECT(tr_round(F(1.7976931348623157e308), tr_int(-308)),
           "OverflowError: rounded value too large to represent");
    EXPECT(tr_round(tr_int(12345), tr_int(-2)), "12300");
    EXPECT(tr_round(tr_int(12355), tr_int(-1)), "12360");
    EXPECT(tr_round(tr_int(1250), tr_int(-2)), "1200");
    EXPECT(tr_round(tr_int(-1250), tr_int(-2)), "-1200");
    EXPECT(tr_round(tr_int(1350), tr_int(-2)), "1400");
    EXPECT(tr_round(tr_int(7), tr_int(3)), "7");
    EXPECT(tr_round(I("105000000000000000000"), tr_int(-19)), "100000000000000000000");
    EXPECT(tr_round(tr_int(5), bin(TR_BIN_POW, tr_int(10), tr_int(30))), "5");
    EXPECT(tr_round(tr_int(5), tr_unop(TR_UN_NEG, bin(TR_BIN_POW, tr_int(10), tr_int(30)))), "0");
}
END_TEST

/* ---- comparisons -------------------------------------------------------------------- */

static bool cmp(TrValue a, TrValue b, int op) {
    TrValue r = tr_richcmp(a, b, op);
    ck_assert_int_eq(r.tag, TR_TAG_BOOL);
    return r.u.i != 0;
}

START_TEST(test_compare) {
    TrValue p63 = I("9223372036854775808"), p53p1 = I("9007199254740993");
    ck_assert(cmp(p63, F(9223372036854775808.0), TR_EQ));
    ck_assert(cmp(F(9223372036854775808.0), p63, TR_EQ));
    ck_assert(!cmp(p53p1, F(9007199254740992.0), TR_EQ));
    ck_assert(cmp(p53p1, F(9007199254740992.0), TR_GT));
    ck_assert(cmp(tr_int(9007199254740993), F(9007199254740992.0), TR_NE));
    ck_assert(cmp(tr_int(INT64_MAX), F(9223372036854775808.0), TR_LT));
    ck_assert(!cmp(tr_int(1), F(NAN), TR_EQ));
    ck_assert(!cmp(tr_int(1), F(NAN), TR_LT));
    ck_assert(!cmp(F(NAN), F(NAN), TR_GE));
    ck_assert(cmp(F(NAN), tr_int(1), TR_NE));
    TrValue huge = bin(TR_BIN_POW, tr_int(10), tr_int(400));
    ck_assert(cmp(F(INFINITY), huge, TR_GT));
    ck_assert(cmp(tr_unop(TR_UN_NEG, huge), F(-INFINITY), TR_GT));
    ck_assert(cmp(huge, F(1e308), TR_GT));
    ck_assert(cmp(tr_bool(true), F(1.0), TR_EQ));
    ck_assert(cmp(tr_bool(true), p63, TR_LT));
    ck_assert(TR_IS_NOTIMPL(tr_num_richcmp(tr_int(1), tr_str_value("1"), TR_EQ)));
}
END_TEST

/* ---- shifts, bitwise, powers ----------------------------------------------------------- */

START_TEST(test_bits_and_powers) {
    TrValue p200 = bin(TR_BIN_POW, tr_int(2), tr_int(200)), p70 = bin(TR_BIN_POW, tr_int(2), tr_int(70));
    EXPECT(bin(TR_BIN_RSHIFT, tr_unop(TR_UN_NEG, p200), tr_int(3)),
           "-200867255532373784442745261542645325315275374222849104412672");
    EXPECT(bin(TR_BIN_RSHIFT, tr_unop(TR_UN_NEG, p200), tr_int(300)), "-1");
    EXPECT(bin(TR_BIN_RSHIFT, tr_int(-5), tr_int(1)), "-3");
    EXPECT(bin(TR_BIN_RSHIFT, tr_int(-5), tr_int(100)), "-1");
    EXPECT(bin(TR_BIN_LSHIFT, tr_int(1), tr_int(100)), "1267650600228229401496703205376");
    EXPECT(bin(TR_BIN_LSHIFT, tr_int(-1), tr_int(64)), "-18446744073709551616");
    EXPECT(bin(TR_BIN_LSHIFT, tr_int(1), tr_int(-1)), "ValueError: negative shift count");
    EXPECT(bin(TR_BIN_AND, tr_unop(TR_UN_NEG, p70), tr_int(0xffff)), "0");
    EXPECT(bin(TR_BIN_OR, tr_unop(TR_UN_NEG, p70), tr_int(5)), "-1180591620717411303419");
    EXPECT(bin(TR_BIN_XOR, p70, tr_int(-1)), "-1180591620717411303425");
    EXPECT(tr_unop(TR_UN_INVERT, bin(TR_BIN_POW, tr_int(2), tr_int(64))), "-18446744073709551617");
    EXPECT(bin(TR_BIN_POW, tr_int(2), tr_int(-1)), "0.5");
    EXPECT(bin(TR_BIN_POW, tr_int(0), tr_int(-1)), "ZeroDivisionError: 0.0 cannot be raised to a negative power");
    EXPECT(bin(TR_BIN_POW, F(-8.0), F(1.0 / 3)), "ValueError: complex numbers are not supported");
    EXPECT(bin(TR_BIN_POW, F(10.0), tr_int(400)), "OverflowError: (34, 'Numerical result out of range')");
    EXPECT(bin(TR_BIN_POW, tr_int(-1), p200), "1");
    EXPECT(bin(TR_BIN_POW, tr_int(-10), tr_int(21)), "-1000000000000000000000");
    EXPECT(tr_int_powmod(tr_int(3), tr_int(-1), tr_int(7)), "5");
    EXPECT(tr_int_powmod(tr_int(-3), tr_int(5), tr_int(-7)), "-5");
    EXPECT(tr_int_powmod(tr_int(2), tr_int(-1), tr_int(4)),
           "ValueError: base is not invertible for the given modulus");
    EXPECT(tr_int_powmod(tr_int(2), tr_int(3), tr_int(0)), "ValueError: pow() 3rd argument cannot be 0");
    EXPECT(tr_int_powmod(tr_int(123456789), tr_int(987654321), tr_int(1000000007)), "652541198");
}
END_TEST

START_TEST(test_errors) {
    EXPECT(bin(TR_BIN_TRUEDIV, tr_int(1), tr_int(0)), "ZeroDivisionError: division by zero");
    EXPECT(bin(TR_BIN_FLOORDIV, tr_int(1), tr_int(0)), "ZeroDivisionError: integer division or modulo by zero");
    EXPECT(bin(TR_BIN_MOD, tr_int(1), tr_int(0)), "ZeroDivisionError: integer modulo by zero");
    EXPECT(bin(TR_BIN_TRUEDIV, F(1.0), tr_int(0)), "ZeroDivisionError: float division by zero");
    EXPECT(bin(TR_BIN_FLOORDIV, F(1.0), F(0.0)), "ZeroDivisionError: float floor division by zero");
    EXPECT(bin(TR_BIN_MOD, tr_int(1), F(0.0)), "ZeroDivisionError: float modulo");
    int64_t out;
    ck_assert_int_eq(tr_index_value(I("18446744073709551616"), &out), -1);
    ck_assert_str_eq(exc_text(), "OverflowError: cannot fit 'int' into an index-sized integer");
    ck_assert_int_eq(tr_index_value(F(1.0), &out), -1);
    ck_assert_str_eq(exc_text(), "TypeError: 'float' object cannot be interpreted as an integer");
    ck_assert_int_eq(tr_index_value(tr_bool(true), &out), 0);
    ck_assert(out == 1);
}
END_TEST

/* ---- construction and methods ------------------------------------------------------------ */

static TrValue call_type(TrType *t, TrValue *args, int n) { return tr_call(tr_obj(t), args, n, NULL); }

static TrValue meth(TrValue self, const char *name, TrValue *args, int n) {
    return tr_call_method(self, name, args, n);
}

START_TEST(test_constructors_and_methods) {
    TrValue a[2];
    a[0] = tr_str_value("ff");
    a[1] = tr_int(16);
    EXPECT(call_type(&tr_int_type, a, 2), "255");
    a[0] = F(-3.7);
    EXPECT(call_type(&tr_int_type, a, 1), "-3");
    a[1] = tr_int(10);
    EXPECT(call_type(&tr_int_type, a, 2), "TypeError: int() can't convert non-string with explicit base");
    a[0] = tr_none();
    EXPECT(call_type(&tr_int_type, a, 1),
           "TypeError: int() argument must be a string, a bytes-like object or a real number, not 'NoneType'");
    EXPECT(call_type(&tr_int_type, NULL, 0), "0");
    a[0] = I("9007199254740993");
    EXPECT(call_type(&tr_float_type, a, 1), "9007199254740992.0");
    a[0] = tr_str_value(" -Infinity ");
    EXPECT(call_type(&tr_float_type, a, 1), "-inf");
    a[0] = tr_str_value("");
    EXPECT(call_type(&tr_bool_type, a, 1), "False");
    a[0] = tr_obj(tr_bytes_new("abc", 3));
    EXPECT(call_type(&tr_int_type, a, 1), "ValueError: invalid literal for int() with base 10: b'abc'");

    EXPECT(meth(tr_int(12), "bit_length", NULL, 0), "4");
    EXPECT(meth(tr_int(-12), "bit_count", NULL, 0), "2");
    EXPECT(meth(tr_int(10), "as_integer_ratio", NULL, 0), "(10, 1)");
    EXPECT(meth(F(0.1), "as_integer_ratio", NULL, 0), "(3602879701896397, 36028797018963968)");
    EXPECT(meth(F(1.5), "hex", NULL, 0), "'0x1.8000000000000p+0'");
    EXPECT(meth(F(5e-324), "hex", NULL, 0), "'0x0.0000000000001p-1022'");
    a[0] = tr_str_value(" -0x1.8p1 ");
    EXPECT(meth(tr_obj(&tr_float_type), "fromhex", a, 1), "-3.0");
    a[0] = tr_str_value("0x1p2000");
    EXPECT(meth(tr_obj(&tr_float_type), "fromhex", a, 1),
           "OverflowError: hexadecimal value too large to represent as a float");
    EXPECT(meth(F(3.0), "is_integer", NULL, 0), "True");
    a[0] = tr_int(2);
    a[1] = tr_str_value("little");
    EXPECT(meth(tr_int(1), "to_bytes", a, 2), "b'\\x01\\x00'");
    a[0] = tr_int(1);
    a[1] = tr_str_value("big");
    EXPECT(meth(tr_int(-1), "to_bytes", a, 2), "OverflowError: can't convert negative int to unsigned");
    a[0] = tr_obj(tr_bytes_new("\xff\xfe", 2));
    a[1] = tr_str_value("big");
    EXPECT(meth(tr_obj(&tr_int_type), "from_bytes", a, 2), "65534");
    EXPECT(tr_getattr_cstr(tr_int(5), "denominator"), "1");
    EXPECT(tr_getattr_cstr(tr_bool(true), "real"), "1");
    EXPECT(tr_getattr_cstr(F(2.5), "imag"), "0.0");
}
END_TEST

int main(int argc, char **argv) {
    tr_runtime_init(argc, argv);
    Suite *s = suite_create("num");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, test_int64_boundaries);
    tcase_add_test(tc, test_floordiv_mod_signs);
    tcase_add_test(tc, test_division_and_conversion);
    tcase_add_test(tc, test_float_repr);
    tcase_add_test(tc, test_hash);
    tcase_add_test(tc, test_parse);
    tcase_add_test(tc, test_round);
    tcase_add_test(tc, test_compare);
    tcase_add_test(tc, test_bits_and_powers);
    tcase_add_test(tc, test_errors);
    tcase_add_test(tc, test_constructors_and_methods);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
