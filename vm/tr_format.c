/* tr_format.c — formatting: the format-spec mini-language (format(),
 * f-strings, str.format) for int, float and str; printf-style `%`
 * formatting; and str.format / str.format_map.
 *
 * The code follows CPython's Python/formatter_unicode.c, Objects/stringlib/
 * unicode_format.h and PyUnicode_Format closely, because programs observe
 * every corner of them: where zero padding goes relative to the sign and
 * "0x", how grouping interacts with zero padding ('{:010,}' gives
 * '00,001,234'), when 'g' switches to an exponent, and the exact ValueError
 * and TypeError messages.  Floats are converted with the C library (glibc's
 * printf is correctly rounded, as CPython's dtoa is), except the shortest
 * repr, which comes from the numbers module (tr_float_repr_buf). */
#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "tr_strimpl.h"

/* ---- the format-spec mini-language ------------------------------------------
 * [[fill]align][sign][z][#][0][width][grouping][.precision][type] */

typedef struct Spec {
    uint32_t fill;
    char align;      /* '<' '>' '^' '=' */
    char sign;       /* 0 '+' '-' ' ' */
    bool no_neg_0;   /* 'z' */
    bool alt;        /* '#' */
    char grouping;   /* 0 ',' '_' */
    int64_t width;   /* -1: none */
    int64_t prec;    /* -1: none */
    char type;       /* 0: none */
} Spec;

static bool is_align(uint32_t c) { return c == '<' || c == '>' || c == '^' || c == '='; }

/* Decimal digits at spec[*i]: -1 when there are none; "Too many decimal
 * digits" past PY_SSIZE_T_MAX (reported as -2). */
static int64_t spec_integer(const uint32_t *cp, int64_t n, int64_t *i) {
    int64_t v = 0;
    int64_t start = *i;
    for (; *i < n; (*i)++) {
        int d = tr_unicode_decimal(cp[*i]);
        if (d < 0) break;
        if (v > (INT64_MAX - d) / 10) {
            tr_raise(tr_ValueError, "Too many decimal digits in format string");
            return -2;
        }
        v = v * 10 + d;
    }
    return *i == start ? -1 : v;
}

static void unknown_code(char type, TrValue v) {
    if (type > 32 && type < 127)
        tr_raise(tr_ValueError, "Unknown format code '%c' for object of type '%s'", type, tr_type_name(v));
    else
        tr_raise(tr_ValueError, "Unknown format code '\\x%x' for object of type '%s'", (unsigned)(unsigned char)type,
                 tr_type_name(v));
}

/* CPython's parse_internal_render_format_spec. */
static int parse_spec(TrStr *spec, TrValue v, char default_type, char default_align, Spec *sp) {
    memset(sp, 0, sizeof *sp);
    sp->fill = ' ';
    sp->align = default_align;
    sp->width = sp->prec = -1;
    sp->type = default_type;
    int64_t n = spec->nchars;
    uint32_t small[64];
    uint32_t *cp = n <= 64 ? small : tr_alloc_atomic(sizeof(uint32_t) * (size_t)n);
    for (int64_t i = 0, k = 0; k < n; k++) {
        int len;
        cp[k] = tr_utf8_decode(spec->data + i, &len);
        i += len;
    }
    int64_t i = 0;
    bool fill_given = false, align_given = false;
    if (n - i >= 2 && is_align(cp[i + 1])) {
        sp->fill = cp[i];
        sp->align = (char)cp[i + 1];
        fill_given = align_given = true;
        i += 2;
    } else if (n - i >= 1 && is_align(cp[i])) {
        sp->align = (char)cp[i++];
        align_given = true;
    }
    if (i < n && (cp[i] == '+' || cp[i] == '-' || cp[i] == ' ')) sp->sign = (char)cp[i++];
    if (i < n && cp[i] == 'z') sp->no_neg_0 = true, i++;
    if (i < n && cp[i] == '#') sp->alt = true, i++;
    if (!fill_given && i < n && cp[i] == '0') {
        sp->fill = '0';
        if (!align_given && default_align == '>') sp->align = '=';
        i++;
    }
    int64_t w = spec_integer(cp, n, &i);
    if (w == -2) return -1;
    sp->width = w;
    if (i < n && cp[i] == ',') sp->grouping = ',', i++;
    if (i < n && cp[i] == '_') {
        if (sp->grouping) goto both;
        sp->grouping = '_';
        i++;
    }
    if (i < n && cp[i] == ',' && sp->grouping == '_') goto both;
    if (i < n && cp[i] == '.') {
        i++;
        int64_t p = spec_integer(cp, n, &i);
        if (p == -2) return -1;
        if (p == -1) {
            tr_raise(tr_ValueError, "Format specifier missing precision");
            return -1;
        }
        sp->prec = p;
    }
    if (n - i > 1) {
        tr_raise(tr_ValueError, "Invalid format specifier '%U' for object of type '%s'", spec, tr_type_name(v));
        return -1;
    }
    if (n - i == 1) sp->type = cp[i] < 128 ? (char)cp[i] : (char)0x7f;
    if (sp->grouping) {
        switch (sp->type) {
        case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0: break;
        case 'b': case 'o': case 'x': case 'X':
            if (sp->grouping == '_') break;
            /* fall through */
        default:
            if (sp->type > 32 && sp->type < 127)
                tr_raise(tr_ValueError, "Cannot specify '%c' with '%c'.", sp->grouping, sp->type);
            else
                tr_raise(tr_ValueError, "Cannot specify '%c' with '\\x%x'.", sp->grouping,
                         (unsigned)(unsigned char)sp->type);
            return -1;
        }
    }
    return 0;
both:
    tr_raise(tr_ValueError, "Cannot specify both ',' and '_'.");
    return -1;
}

/* ---- laying out numbers ----------------------------------------------------- */

/* The parts of a formatted number, as CPython's calc_number_widths sees
 * them: [sign][prefix][digits, grouped][.][rest] where rest is the fraction,
 * exponent and '%' (or the whole text for 'inf', 'nan' and %c). */
typedef struct NumParts {
    bool negative;
    const char *prefix;
    int nprefix;
    const char *digits;
    int64_t ndigits;
    bool decimal;
    const char *rest;
    int64_t nrest;       /* bytes */
    int64_t nrest_chars; /* code points */
} NumParts;

/* Append digits with separators every `group` digits from the right,
 * zero-extended (separators included) to min_width: CPython's
 * _PyUnicode_InsertThousandsGrouping with a repeating group size. */
static int64_t put_grouped(TrBuf *b, const char *digits, int64_t n, int64_t min_width, char sep, int group) {
    if (n == 0) return 0;
    int64_t remaining = n;
    if (!sep) {
        int64_t l = remaining > min_width ? remaining : min_width;
        tr_buf_put_fill(b, '0', l - remaining);
        tr_buf_put(b, digits, n);
        return l;
    }
    /* build right to left, then reverse */
    TrBuf r;
    tr_buf_init(&r, n + n / 3 + 8 + (min_width > 0 ? min_width : 0));
    if (tr_buf_failed(&r)) return -1; /* no memory for that width */
    bool use_sep = false;
    for (;;) {
        int64_t want = remaining > min_width ? remaining : min_width;
        if (want < 1) want = 1;
        int64_t l = group < want ? group : want;
        int64_t chars = remaining < l ? remaining : l;
        if (chars < 0) chars = 0;
        int64_t zeros = l - chars;
        if (use_sep) tr_buf_putc(&r, sep);
        for (int64_t k = 0; k < chars; k++) tr_buf_putc(&r, digits[remaining - 1 - k]);
        tr_buf_put_fill(&r, '0', zeros);
        use_sep = true;
        remaining -= chars;
        min_width -= l;
        if (remaining <= 0 && min_width <= 0) break;
        min_width -= 1;
    }
    for (int64_t k = r.len - 1; k >= 0; k--) tr_buf_putc(b, r.data[k]);
    return r.len;
}

static TrValue render_number(const Spec *sp, const NumParts *np) {
    char signch = 0;
    if (sp->sign == '+') signch = np->negative ? '-' : '+';
    else if (sp->sign == ' ') signch = np->negative ? '-' : ' ';
    else if (np->negative) signch = '-';
    int group = (sp->grouping == '_' && strchr("bxXo", sp->type) && sp->type) ? 4 : 3;
    char sep = sp->type == 'n' ? 0 : sp->grouping;
    int64_t non_digit = (signch != 0) + np->nprefix + np->decimal + np->nrest_chars;
    int64_t min_width = (sp->fill == '0' && sp->align == '=') ? sp->width - non_digit : 0;
    /* group into a scratch buffer to learn the width */
    TrBuf digits;
    tr_buf_init(&digits, np->ndigits + 16);
    int64_t ngrouped = put_grouped(&digits, np->digits, np->ndigits, min_width, sep, group);
    if (ngrouped < 0 || tr_buf_failed(&digits)) return tr_raise_memory_error();
    int64_t pad = sp->width - (non_digit + ngrouped);
    if (pad > INT64_MAX / 64) return tr_raise_memory_error();
    int64_t lpad = 0, rpad = 0, spad = 0;
    if (pad > 0) {
        switch (sp->align) {
        case '<': rpad = pad; break;
        case '^': lpad = pad / 2; rpad = pad - lpad; break;
        case '=': spad = pad; break;
        default: lpad = pad; break;
        }
    }
    TrBuf b;
    tr_buf_init(&b, ngrouped + non_digit + (pad > 0 ? pad * 4 : 0) + 8);
    tr_buf_put_fill(&b, sp->fill, lpad);
    if (signch) tr_buf_putc(&b, signch);
    tr_buf_put(&b, np->prefix, np->nprefix);
    tr_buf_put_fill(&b, sp->fill, spad);
    tr_buf_put(&b, digits.data, digits.len);
    if (np->decimal) tr_buf_putc(&b, '.');
    tr_buf_put(&b, np->rest, np->nrest);
    tr_buf_put_fill(&b, sp->fill, rpad);
    return tr_str_value_or_err(tr_buf_finish_n(&b, -1));
}

/* ---- floats -------------------------------------------------------------------- */

static bool all_zero_digits(const char *s) {
    for (; *s && *s != 'e' && *s != 'E' && *s != '%'; s++)
        if (*s != '0' && *s != '.') return false;
    return true;
}

static void strip_trailing_zeros(char *s) {
    char *dot = strchr(s, '.');
    if (!dot) return;
    char *end = s + strlen(s);
    while (end > dot + 1 && end[-1] == '0') end--;
    if (end == dot + 1) end = dot;
    *end = 0;
}

/* CPython's PyOS_double_to_string for the types e E f F g G and 'r'
 * (shortest repr), with the Py_DTSF_ALT / ADD_DOT_0 / NO_NEG_0 flags.
 * Returns a GC-allocated NUL-terminated string. */
static char *double_to_string(double v, char type, int64_t prec, bool alt, bool add_dot_0, bool no_neg_0) {
    bool upper = type == 'E' || type == 'F' || type == 'G';
    if (isnan(v)) return upper ? "NAN" : "nan";
    if (isinf(v)) return v < 0 ? (upper ? "-INF" : "-inf") : (upper ? "INF" : "inf");
    size_t cap = (size_t)(prec > 0 ? prec : 0) + 420; /* 1e308 in 'f' has 309 digits */
    char *buf = tr_alloc_atomic(cap + 8);
    char lower = (char)(type | 0x20);
    if (type == 'r') {
        tr_float_repr_buf(v, buf, cap);
        char *e = strchr(buf, 'e');
        if (alt && e && !memchr(buf, '.', (size_t)(e - buf))) { /* '#': always a point, "1.e+16" */
            memmove(e + 1, e, strlen(e) + 1);
            *e = '.';
        }
    } else if (lower == 'e' || lower == 'f') {
        snprintf(buf, cap, alt ? "%#.*e" : "%.*e", (int)prec, v);
        if (lower == 'f') snprintf(buf, cap, alt ? "%#.*f" : "%.*f", (int)prec, v);
    } else { /* 'g': exponent when X < -4 or X >= P (P - 1 with add_dot_0) */
        if (prec == 0) prec = 1;
        snprintf(buf, cap, alt ? "%#.*e" : "%.*e", (int)(prec - 1), v);
        int x = atoi(strchr(buf, 'e') + 1);
        if (x < -4 || x >= (add_dot_0 ? prec - 1 : prec)) {
            if (!alt) { /* strip zeros from the mantissa, keep the exponent */
                char *e = strchr(buf, 'e');
                char exp[16];
                snprintf(exp, sizeof exp, "%s", e);
                *e = 0;
                strip_trailing_zeros(buf);
                strcat(buf, exp);
            }
        } else {
            snprintf(buf, cap, alt ? "%#.*f" : "%.*f", (int)(prec - 1 - x), v);
            if (!alt) strip_trailing_zeros(buf);
            if (add_dot_0 && !strchr(buf, '.')) strcat(buf, ".0");
        }
    }
    if (upper)
        for (char *p = buf; *p; p++)
            if (*p == 'e') *p = 'E';
    if (no_neg_0 && buf[0] == '-' && all_zero_digits(buf + 1)) return buf + 1;
    return buf;
}

/* Split a formatted float ("-1234.5e+06") into NumParts. */
static void float_parts(const char *s, NumParts *np) {
    memset(np, 0, sizeof *np);
    if (*s == '-') np->negative = true, s++;
    np->prefix = "";
    np->digits = s;
    while (*s >= '0' && *s <= '9') s++;
    np->ndigits = s - np->digits;
    if (*s == '.') np->decimal = true, s++;
    np->rest = s;
    np->nrest = np->nrest_chars = (int64_t)strlen(s);
}

static TrValue format_float_spec(double v, Spec *sp) {
    char type = sp->type;
    bool add_dot_0 = false, pct = false;
    int64_t prec = sp->prec;
    if (prec > INT_MAX) return tr_raise(tr_ValueError, "precision too big");
    if (type == 0) {
        add_dot_0 = true;
        type = prec < 0 ? 'r' : 'g';
    } else if (type == 'n') {
        type = 'g';
    }
    if (type == '%') {
        type = 'f';
        v *= 100;
        pct = true;
    }
    if (prec < 0) prec = 6;
    char *s = double_to_string(v, type, prec, sp->alt, add_dot_0, sp->no_neg_0);
    if (pct) {
        size_t n = strlen(s);
        char *t = tr_alloc_atomic(n + 2);
        memcpy(t, s, n);
        t[n] = '%';
        s = t;
    }
    if (sp->sign != '+' && sp->sign != ' ' && sp->width < 0 && !sp->grouping && sp->type != 'n')
        return tr_obj(tr_str_new_n(s, (int64_t)strlen(s), (int64_t)strlen(s)));
    NumParts np;
    float_parts(s, &np);
    return render_number(sp, &np);
}

TrValue tr_format_float(TrValue v, TrStr *spec) {
    double d;
    if (tr_number_to_double(v, &d) < 0) return TR_ERR;
    if (spec->len == 0) {
        if (!TR_IS_FLOAT(v)) {
            TrStr *s = tr_to_str(v);
            return s ? tr_obj(s) : TR_ERR;
        }
        char buf[64];
        int n = tr_float_repr_buf(d, buf, sizeof buf);
        return tr_obj(tr_str_new_n(buf, n, n));
    }
    Spec sp;
    if (parse_spec(spec, v, 0, '>', &sp) < 0) return TR_ERR;
    switch (sp.type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
        return format_float_spec(d, &sp);
    default:
        unknown_code(sp.type, v);
        return TR_ERR;
    }
}

/* ---- ints ------------------------------------------------------------------------ */

/* Digits of |v| in base (no sign, no prefix) into buf; returns a pointer
 * into buf or into a fresh GC string for big ints. */
static const char *int_digits(TrValue v, int base, bool *negative, int64_t *n, char *buf, size_t cap) {
    if (v.tag == TR_TAG_INT || v.tag == TR_TAG_BOOL) {
        int64_t i = v.u.i;
        *negative = i < 0;
        uint64_t m = i < 0 ? (uint64_t)0 - (uint64_t)i : (uint64_t)i;
        char *p = buf + cap;
        do {
            *--p = "0123456789abcdef"[m % (unsigned)base];
            m /= (unsigned)base;
        } while (m);
        *n = buf + cap - p;
        return p;
    }
    TrStr *s = tr_int_to_str(v, base);
    if (!s) return NULL;
    const char *p = s->data;
    *negative = *p == '-';
    if (*negative) p++;
    if (base != 10 && p[0] == '0' && (p[1] == 'x' || p[1] == 'o' || p[1] == 'b')) p += 2;
    *n = s->len - (p - s->data);
    return p;
}

static TrValue format_int_spec(TrValue v, Spec *sp) {
    if (sp->prec >= 0) return tr_raise(tr_ValueError, "Precision not allowed in integer format specifier");
    if (sp->no_neg_0)
        return tr_raise(tr_ValueError, "Negative zero coercion (z) not allowed in integer format specifier");
    NumParts np;
    memset(&np, 0, sizeof np);
    np.prefix = "";
    char cbuf[4];
    if (sp->type == 'c') {
        if (sp->sign) return tr_raise(tr_ValueError, "Sign not allowed with integer format specifier 'c'");
        if (sp->alt)
            return tr_raise(tr_ValueError, "Alternate form (#) not allowed with integer format specifier 'c'");
        int64_t x;
        if (tr_int_to_int64(v, &x) < 0) {
            tr_exc_clear();
            x = -1;
        }
        if (x < 0 || x > 0x10ffff) return tr_raise(tr_OverflowError, "%%c arg not in range(0x110000)");
        np.rest = cbuf;
        np.nrest = tr_utf8_encode((uint32_t)x, cbuf);
        np.nrest_chars = 1;
        return render_number(sp, &np);
    }
    int base = 10;
    switch (sp->type) {
    case 'b': base = 2; np.prefix = "0b"; break;
    case 'o': base = 8; np.prefix = "0o"; break;
    case 'x': base = 16; np.prefix = "0x"; break;
    case 'X': base = 16; np.prefix = "0X"; break;
    default: break;
    }
    char buf[72];
    const char *digits = int_digits(v, base, &np.negative, &np.ndigits, buf, sizeof buf);
    if (!digits) return TR_ERR;
    if (sp->type == 'X') {
        char *up = tr_alloc_atomic((size_t)np.ndigits + 1);
        for (int64_t k = 0; k < np.ndigits; k++) up[k] = (char)(digits[k] >= 'a' ? digits[k] - 32 : digits[k]);
        digits = up;
    }
    np.digits = digits;
    np.nprefix = sp->alt && base != 10 ? 2 : 0;
    return render_number(sp, &np);
}

TrValue tr_format_int(TrValue v, TrStr *spec) {
    if (spec->len == 0) {
        if (v.tag == TR_TAG_INT) {
            char buf[32];
            int n = snprintf(buf, sizeof buf, "%lld", (long long)v.u.i);
            return tr_obj(tr_str_new_n(buf, n, n));
        }
        TrStr *s = tr_is_type(v, &tr_int_type) ? tr_int_to_str(v, 10) : tr_to_str(v);
        return s ? tr_obj(s) : TR_ERR;
    }
    Spec sp;
    if (parse_spec(spec, v, 'd', '>', &sp) < 0) return TR_ERR;
    switch (sp.type) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
        return format_int_spec(v, &sp);
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
        double d;
        if (tr_number_to_double(v, &d) < 0) return TR_ERR;
        return format_float_spec(d, &sp);
    }
    default:
        unknown_code(sp.type, v);
        return TR_ERR;
    }
}

/* ---- strings ----------------------------------------------------------------------- */

/* Pad s (code points [0, nchars)) to the spec's width and alignment. */
static TrStr *pad_str(TrStr *s, int64_t nchars, const Spec *sp) {
    int64_t bytes = nchars == s->nchars ? s->len : tr_str_byte_offset(s, nchars);
    int64_t total = sp->width > nchars ? sp->width : nchars;
    int64_t lpad = 0;
    if (sp->align == '>') lpad = total - nchars;
    else if (sp->align == '^') lpad = (total - nchars) / 2;
    if (total == nchars) return tr_str_substr(s, 0, nchars);
    if (total - nchars > (INT64_MAX / 8 - bytes) / 4) {
        tr_raise_memory_error();
        return NULL;
    }
    TrBuf b;
    tr_buf_init(&b, bytes + (total - nchars) * 4);
    tr_buf_put_fill(&b, sp->fill, lpad);
    tr_buf_put(&b, s->data, bytes);
    tr_buf_put_fill(&b, sp->fill, total - nchars - lpad);
    return tr_buf_finish_n(&b, total);
}

TrValue tr_format_str(TrValue v, TrStr *spec) {
    TrStr *s = TR_AS(TrStr, v);
    if (spec->len == 0) return tr_str_type.str(v);
    Spec sp;
    if (parse_spec(spec, v, 's', '<', &sp) < 0) return TR_ERR;
    if (sp.type != 's') {
        unknown_code(sp.type, v);
        return TR_ERR;
    }
    if (sp.sign == ' ') return tr_raise(tr_ValueError, "Space not allowed in string format specifier");
    if (sp.sign) return tr_raise(tr_ValueError, "Sign not allowed in string format specifier");
    if (sp.no_neg_0)
        return tr_raise(tr_ValueError, "Negative zero coercion (z) not allowed in string format specifier");
    if (sp.alt) return tr_raise(tr_ValueError, "Alternate form (#) not allowed in string format specifier");
    if (sp.align == '=') return tr_raise(tr_ValueError, "'=' alignment not allowed in string format specifier");
    int64_t n = s->nchars;
    if (sp.prec >= 0 && sp.prec < n) n = sp.prec;
    return tr_str_value_or_err(pad_str(s, n, &sp));
}

/* ---- printf-style formatting: fmt % args ---------------------------------------------- */

enum { F_LJUST = 1, F_SIGN = 2, F_BLANK = 4, F_ALT = 8, F_ZERO = 16 };

typedef struct ModCtx {
    TrValue args;     /* the tuple, the single value, or the value of a %(key) */
    int64_t arglen;   /* tuple length, or -1 for a single value */
    int64_t argidx;
    TrValue dict;     /* the mapping for %(key), UNDEF if none */
} ModCtx;

static TrValue next_arg(ModCtx *c) {
    if (c->argidx < c->arglen) {
        int64_t i = c->argidx++;
        if (c->arglen < 0) return c->args;
        return TR_AS(TrTuple, c->args)->items[i];
    }
    return tr_raise(tr_TypeError, "not enough arguments for format string");
}

typedef struct ModArg {
    uint32_t ch;
    int flags;
    int64_t width, prec;
} ModArg;

/* Integer of a % conversion (d i u o x X): ints as they are, floats
 * truncated for d/i/u, objects through __index__ / __int__. */
static int mod_int_value(TrValue v, char type, TrValue *out) {
    if (tr_is_int(v)) {
        *out = v.tag == TR_TAG_BOOL ? tr_int(v.u.i) : v;
        return 0;
    }
    bool hex = type == 'o' || type == 'x' || type == 'X';
    if (TR_IS_FLOAT(v) && !hex) {
        *out = tr_int_from_double(v.u.f);
        return TR_IS_UNDEF(*out) ? -1 : 0;
    }
    if (TR_IS_OBJ(v) && !tr_is_str(v)) {
        TrValue m = tr_getattr_opt(v, tr_str_intern(hex ? "__index__" : "__int__"));
        if (TR_IS_UNDEF(m) && !hex && !tr_exc_pending()) m = tr_getattr_opt(v, tr_str_intern("__index__"));
        if (!TR_IS_UNDEF(m)) {
            *out = tr_call0(m);
            if (TR_IS_UNDEF(*out)) return -1;
            if (tr_is_int(*out)) return 0;
        }
        if (tr_exc_pending()) return -1;
    }
    if (hex) tr_raise(tr_TypeError, "%%%c format: an integer is required, not %s", type, tr_type_name(v));
    else tr_raise(tr_TypeError, "%%%c format: a real number is required, not %s", type, tr_type_name(v));
    return -1;
}

/* CPython's _PyUnicode_FormatLong: "-"? ("0x"|"0X"|"0o")? digits, at least
 * prec digits. */
static TrStr *mod_format_long(TrValue v, const ModArg *a) {
    int base = a->ch == 'o' ? 8 : (a->ch == 'x' || a->ch == 'X') ? 16 : 10;
    char buf[72];
    bool neg;
    int64_t n;
    const char *d = int_digits(v, base, &neg, &n, buf, sizeof buf);
    if (!d) return NULL;
    TrBuf b;
    tr_buf_init(&b, n + 8 + (a->prec > 0 ? a->prec : 0));
    if (neg) tr_buf_putc(&b, '-');
    if ((a->flags & F_ALT) && base != 10) {
        tr_buf_putc(&b, '0');
        tr_buf_putc(&b, (char)a->ch);
    }
    if (a->prec > n) tr_buf_put_fill(&b, '0', a->prec - n);
    for (int64_t k = 0; k < n; k++)
        tr_buf_putc(&b, (char)(a->ch == 'X' && d[k] >= 'a' ? d[k] - 32 : d[k]));
    return tr_buf_finish_n(&b, -1);
}

static TrStr *mod_format_float(TrValue v, const ModArg *a) {
    double d;
    if (TR_IS_FLOAT(v)) {
        d = v.u.f;
    } else if (tr_is_int(v)) {
        if (tr_number_to_double(v, &d) < 0) return NULL;
    } else {
        TrValue m = TR_IS_OBJ(v) && !tr_is_str(v) ? tr_getattr_opt(v, tr_str_intern("__float__")) : tr_undef();
        if (TR_IS_UNDEF(m)) {
            if (!tr_exc_pending()) tr_raise(tr_TypeError, "must be real number, not %s", tr_type_name(v));
            return NULL;
        }
        TrValue r = tr_call0(m);
        if (TR_IS_UNDEF(r) || tr_number_to_double(r, &d) < 0) return NULL;
    }
    char *s = double_to_string(d, (char)a->ch, a->prec < 0 ? 6 : a->prec, a->flags & F_ALT, false, false);
    return tr_str_new_n(s, (int64_t)strlen(s), (int64_t)strlen(s));
}

static TrStr *mod_format_char(TrValue v) {
    if (tr_is_str(v)) {
        if (TR_AS(TrStr, v)->nchars == 1) return TR_AS(TrStr, v);
    } else if (tr_is_int(v)) {
        int64_t x;
        if (tr_int_to_int64(v, &x) < 0) {
            tr_exc_clear();
            x = -1;
        }
        if (x < 0 || x > 0x10ffff) {
            tr_raise(tr_OverflowError, "%%c arg not in range(0x110000)");
            return NULL;
        }
        return tr_str_from_codepoint((uint32_t)x);
    }
    tr_raise(tr_TypeError, "%%c requires int or char");
    return NULL;
}

/* CPython's unicode_format_arg_output: sign and "0x" go before zero
 * padding but after space padding; precision truncates s/r/a. */
static void mod_output(TrBuf *out, const ModArg *a, TrStr *str, bool numeric) {
    int64_t len = str->nchars, width = a->width;
    const char *p = str->data;
    uint32_t fill = numeric && (a->flags & F_ZERO) ? '0' : ' ';
    if ((a->ch == 's' || a->ch == 'r' || a->ch == 'a') && a->prec >= 0 && len > a->prec) len = a->prec;
    char signch = 0;
    bool sign = numeric;
    if (sign) {
        if (*p == '-' || *p == '+') {
            signch = *p++;
            len--;
        } else if (a->flags & F_SIGN) {
            signch = '+';
        } else if (a->flags & F_BLANK) {
            signch = ' ';
        } else {
            sign = false;
        }
    }
    if (width < len) width = len;
    if (sign) {
        if (fill != ' ') tr_buf_putc(out, signch);
        if (width > len) width--;
    }
    bool prefix = (a->flags & F_ALT) && (a->ch == 'x' || a->ch == 'X' || a->ch == 'o');
    if (prefix) {
        if (fill != ' ') {
            tr_buf_put(out, p, 2);
            p += 2;
        }
        width -= 2;
        if (width < 0) width = 0;
        len -= 2;
    }
    if (width > len && !(a->flags & F_LJUST)) {
        tr_buf_put_fill(out, fill, width - len);
        width = len;
    }
    if (fill == ' ') {
        if (sign) tr_buf_putc(out, signch);
        if (prefix) {
            tr_buf_put(out, p, 2);
            p += 2;
        }
    }
    int64_t bytes = 0; /* the first len code points of p */
    if (str->ascii) bytes = len;
    else
        for (int64_t k = 0; k < len; k++) bytes += tr_utf8_seqlen((unsigned char)p[bytes]);
    tr_buf_put(out, p, bytes);
    if (width > len) tr_buf_put_fill(out, ' ', width - len);
}

/* Parse one %-directive after the '%' at byte *pos (CPython's
 * unicode_format_arg_parse); returns -1 with an exception set. */
static int mod_parse(TrStr *fmt, int64_t *pos, ModCtx *c, ModArg *a) {
    const char *d = fmt->data;
    int64_t n = fmt->len, i = *pos;
    if (d[i] == '(') {
        if (TR_IS_UNDEF(c->dict)) {
            tr_raise(tr_TypeError, "format requires a mapping");
            return -1;
        }
        int depth = 1;
        int64_t start = ++i;
        while (i < n && depth > 0) {
            if (d[i] == ')') depth--;
            else if (d[i] == '(') depth++;
            i++;
        }
        if (depth > 0) {
            tr_raise(tr_ValueError, "incomplete format key");
            return -1;
        }
        TrValue key = tr_obj(tr_str_new_n(d + start, i - 1 - start, -1));
        TrValue v = tr_getitem(c->dict, key);
        if (TR_IS_UNDEF(v)) return -1;
        c->args = v;
        c->arglen = -1;
        c->argidx = -2;
    }
    for (; i < n; i++) {
        int f = d[i] == '-' ? F_LJUST : d[i] == '+' ? F_SIGN : d[i] == ' ' ? F_BLANK
              : d[i] == '#' ? F_ALT : d[i] == '0' ? F_ZERO : 0;
        if (!f) break;
        a->flags |= f;
    }
    if (i < n && d[i] == '*') {
        TrValue v = next_arg(c);
        if (TR_IS_UNDEF(v)) return -1;
        if (!tr_is_int(v)) {
            tr_raise(tr_TypeError, "* wants int");
            return -1;
        }
        if (tr_int_to_int64(v, &a->width) < 0) return -1;
        if (a->width < 0) {
            a->flags |= F_LJUST;
            a->width = -a->width;
        }
        i++;
    } else if (i < n && d[i] >= '0' && d[i] <= '9') {
        a->width = 0;
        for (; i < n && d[i] >= '0' && d[i] <= '9'; i++) {
            if (a->width > (INT64_MAX - (d[i] - '0')) / 10) {
                tr_raise(tr_ValueError, "width too big");
                return -1;
            }
            a->width = a->width * 10 + (d[i] - '0');
        }
    }
    if (i < n && d[i] == '.') {
        a->prec = 0;
        i++;
        if (i < n && d[i] == '*') {
            TrValue v = next_arg(c);
            if (TR_IS_UNDEF(v)) return -1;
            if (!tr_is_int(v)) {
                tr_raise(tr_TypeError, "* wants int");
                return -1;
            }
            if (tr_int_to_int64(v, &a->prec) < 0) return -1;
            if (a->prec < 0) a->prec = 0;
            i++;
        } else {
            for (; i < n && d[i] >= '0' && d[i] <= '9'; i++) {
                if (a->prec > (INT_MAX - (d[i] - '0')) / 10) {
                    tr_raise(tr_ValueError, "precision too big");
                    return -1;
                }
                a->prec = a->prec * 10 + (d[i] - '0');
            }
        }
    }
    if (i < n && (d[i] == 'h' || d[i] == 'l' || d[i] == 'L')) i++;
    if (i >= n) {
        tr_raise(tr_ValueError, "incomplete format");
        return -1;
    }
    int len;
    a->ch = tr_utf8_decode(d + i, &len);
    *pos = i + len;
    return 0;
}

/* Format one directive into out; -1 on error. */
static int mod_one(TrStr *fmt, int64_t *pos, ModCtx *c, TrBuf *out) {
    if (fmt->data[*pos] == '%') {
        tr_buf_putc(out, '%');
        (*pos)++;
        return 0;
    }
    ModArg a = {0, 0, -1, -1};
    if (mod_parse(fmt, pos, c, &a) < 0) return -1;
    TrValue v = next_arg(c);
    if (TR_IS_UNDEF(v)) return -1;
    TrStr *s = NULL;
    bool numeric = false;
    switch (a.ch) {
    case 's': s = tr_to_str(v); break;
    case 'r': s = tr_repr(v); break;
    case 'a': s = tr_ascii(v); break;
    case 'd': case 'i': case 'u': case 'o': case 'x': case 'X': {
        TrValue iv;
        if (mod_int_value(v, (char)a.ch, &iv) < 0) return -1;
        s = mod_format_long(iv, &a);
        numeric = true;
        break;
    }
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
        s = mod_format_float(v, &a);
        numeric = true;
        break;
    case 'c': s = mod_format_char(v); break;
    default: {
        int64_t at = tr_str_char_index(fmt, *pos) - 1;
        tr_raise(tr_ValueError, "unsupported format character '%c' (0x%x) at index %lld",
                 (a.ch >= 31 && a.ch <= 126) ? (int)a.ch : '?', (unsigned)a.ch, (long long)at);
        return -1;
    }
    }
    if (!s) return -1;
    mod_output(out, &a, s, numeric);
    if (!TR_IS_UNDEF(c->dict) && c->argidx < c->arglen) {
        tr_raise(tr_TypeError, "not all arguments converted during string formatting");
        return -1;
    }
    return 0;
}

TrValue tr_str_mod(TrStr *fmt, TrValue args) {
    ModCtx c;
    c.args = args;
    if (tr_is_type(args, &tr_tuple_type) || (tr_typeof(args)->flags & TR_TF_TUPLE_SUBCLASS)) {
        c.arglen = TR_AS(TrTuple, args)->len;
        c.argidx = 0;
    } else {
        c.arglen = -1;
        c.argidx = -2;
    }
    /* CPython treats any non-tuple, non-str object with __getitem__ as the
     * mapping for %(key) */
    bool mapping = tr_typeof(args)->getitem && c.arglen < 0 && !tr_is_str(args);
    c.dict = mapping ? args : tr_undef();
    TrBuf out;
    tr_buf_init(&out, fmt->len + 32);
    const char *d = fmt->data;
    for (int64_t i = 0; i < fmt->len;) {
        const char *pct = memchr(d + i, '%', (size_t)(fmt->len - i));
        int64_t end = pct ? pct - d : fmt->len;
        tr_buf_put(&out, d + i, end - i);
        i = end;
        if (i >= fmt->len) break;
        i++;
        if (i >= fmt->len) return tr_raise(tr_ValueError, "incomplete format");
        if (mod_one(fmt, &i, &c, &out) < 0) return TR_ERR;
    }
    if (c.argidx < c.arglen && TR_IS_UNDEF(c.dict))
        return tr_raise(tr_TypeError, "not all arguments converted during string formatting");
    return tr_str_value_or_err(tr_buf_finish_n(&out, -1));
}

/* ---- str.format ----------------------------------------------------------------------------
 * A port of CPython's MarkupIterator / parse_field / get_field_object.  The
 * delimiters are ASCII, so the scan works on UTF-8 bytes. */

typedef struct FmtArgs {
    TrValue *args;
    int nargs;
    TrTuple *kwnames;
    TrValue mapping;  /* format_map: UNDEF for str.format */
    int auto_state;   /* 0 init, 1 auto, 2 manual */
    int64_t auto_next;
} FmtArgs;

/* A decimal index ("0", "12"), -1 when the text is not one, -2 on error. */
static int64_t field_integer(const char *p, int64_t n) {
    if (n == 0) return -1;
    int64_t v = 0;
    for (int64_t i = 0; i < n;) {
        int len;
        int dv = tr_unicode_decimal(tr_utf8_decode(p + i, &len));
        if (dv < 0) return -1;
        if (v > (INT64_MAX - dv) / 10) {
            tr_raise(tr_ValueError, "Too many decimal digits in format string");
            return -2;
        }
        v = v * 10 + dv;
        i += len;
    }
    return v;
}

static TrValue keyword_lookup(FmtArgs *fa, TrStr *key) {
    if (!TR_IS_UNDEF(fa->mapping)) return tr_getitem(fa->mapping, tr_obj(key));
    for (int64_t k = 0; fa->kwnames && k < fa->kwnames->len; k++)
        if (tr_str_eq(TR_AS(TrStr, fa->kwnames->items[k]), key)) return fa->args[fa->nargs + k];
    return tr_raise_with(tr_KeyError, tr_obj(key));
}

/* The object named by a field ("0", "name", "0[1].attr", ""). */
static TrValue field_object(FmtArgs *fa, const char *p, int64_t n) {
    int64_t i = 0;
    while (i < n && p[i] != '.' && p[i] != '[') i++;
    int64_t idx = field_integer(p, i);
    if (idx == -2) return TR_ERR;
    bool empty = i == 0;
    if (empty || idx >= 0) {
        if (fa->auto_state == 0) fa->auto_state = empty ? 1 : 2;
        if (fa->auto_state == 2 && empty)
            return tr_raise(tr_ValueError,
                            "cannot switch from manual field specification to automatic field numbering");
        if (fa->auto_state == 1 && !empty)
            return tr_raise(tr_ValueError,
                            "cannot switch from automatic field numbering to manual field specification");
        if (empty) idx = fa->auto_next++;
    }
    TrValue obj;
    if (idx < 0) {
        obj = keyword_lookup(fa, tr_str_new_n(p, i, -1));
    } else if (!TR_IS_UNDEF(fa->mapping)) {
        return tr_raise(tr_ValueError, "Format string contains positional fields");
    } else if (idx >= fa->nargs) {
        return tr_raise(tr_IndexError, "Replacement index %lld out of range for positional args tuple",
                        (long long)idx);
    } else {
        obj = fa->args[idx];
    }
    while (!TR_IS_UNDEF(obj) && i < n) {
        char c = p[i++];
        int64_t start = i;
        if (c == '.') {
            while (i < n && p[i] != '.' && p[i] != '[') i++;
            if (i == start) return tr_raise(tr_ValueError, "Empty attribute in format string");
            obj = tr_getattr(obj, tr_str_intern_str(tr_str_new_n(p + start, i - start, -1)));
        } else if (c == '[') {
            while (i < n && p[i] != ']') i++;
            if (i >= n) return tr_raise(tr_ValueError, "Missing ']' in format string");
            if (i == start) return tr_raise(tr_ValueError, "Empty attribute in format string");
            int64_t k = field_integer(p + start, i - start);
            if (k == -2) return TR_ERR;
            TrValue key = k >= 0 ? tr_int(k) : tr_obj(tr_str_new_n(p + start, i - start, -1));
            obj = tr_getitem(obj, key);
            i++;
        } else {
            return tr_raise(tr_ValueError, "Only '.' or '[' may follow ']' in format field specifier");
        }
    }
    return obj;
}

static int build_format(FmtArgs *fa, const char *s, int64_t n, int depth, TrBuf *out);

/* A parsed replacement field: byte ranges into the format string. */
typedef struct Field {
    int64_t name0, name1, spec0, spec1;
    uint32_t conversion; /* 0: none */
    bool expand;         /* the spec holds nested fields */
} Field;

/* CPython's parse_field: s[*pos..] follows an opening brace; on success
 * *pos is just past the closing one. */
static int parse_field(const char *s, int64_t n, int64_t *pos, Field *f) {
    int64_t i = *pos;
    char c = 0;
    memset(f, 0, sizeof *f);
    f->name0 = i;
    while (i < n) {
        c = s[i++];
        if (c == '{') {
            tr_raise(tr_ValueError, "unexpected '{' in field name");
            return -1;
        }
        if (c == '[') {
            while (i < n && s[i] != ']') i++;
            continue;
        }
        if (c == '}' || c == ':' || c == '!') break;
    }
    f->name1 = i - 1;
    if (c == '!' || c == ':') {
        if (c == '!') {
            if (i >= n) {
                tr_raise(tr_ValueError, "end of string while looking for conversion specifier");
                return -1;
            }
            int len;
            f->conversion = tr_utf8_decode(s + i, &len);
            i += len;
            if (i < n) {
                c = s[i++];
                if (c == '}') {
                    *pos = i;
                    return 0;
                }
                if (c != ':') {
                    tr_raise(tr_ValueError, "expected ':' after conversion specifier");
                    return -1;
                }
            }
        }
        f->spec0 = i;
        int count = 1;
        while (i < n) {
            c = s[i++];
            if (c == '{') {
                f->expand = true;
                count++;
            } else if (c == '}' && --count == 0) {
                f->spec1 = i - 1;
                *pos = i;
                return 0;
            }
        }
        tr_raise(tr_ValueError, "unmatched '{' in format spec");
        return -1;
    }
    if (c != '}') {
        tr_raise(tr_ValueError, "expected '}' before end of string");
        return -1;
    }
    *pos = i;
    return 0;
}

/* Render one parsed field: look the object up, convert, expand the spec,
 * format. */
static int render_field(FmtArgs *fa, const char *s, const Field *f, int depth, TrBuf *out) {
    TrValue obj = field_object(fa, s + f->name0, f->name1 - f->name0);
    if (TR_IS_UNDEF(obj)) return -1;
    if (f->conversion) {
        TrStr *cs;
        switch (f->conversion) {
        case 'r': cs = tr_repr(obj); break;
        case 's': cs = tr_to_str(obj); break;
        case 'a': cs = tr_ascii(obj); break;
        default:
            if (f->conversion > 32 && f->conversion < 127)
                tr_raise(tr_ValueError, "Unknown conversion specifier %c", (int)f->conversion);
            else
                tr_raise(tr_ValueError, "Unknown conversion specifier \\x%x", (unsigned)f->conversion);
            return -1;
        }
        if (!cs) return -1;
        obj = tr_obj(cs);
    }
    TrStr *spec;
    if (f->expand) {
        TrBuf sb;
        tr_buf_init(&sb, f->spec1 - f->spec0 + 16);
        if (build_format(fa, s + f->spec0, f->spec1 - f->spec0, depth - 1, &sb) < 0) return -1;
        spec = tr_buf_finish_n(&sb, -1);
    } else {
        spec = tr_str_new_n(s + f->spec0, f->spec1 - f->spec0, -1);
    }
    TrValue r = tr_format(obj, spec);
    if (TR_IS_UNDEF(r)) return -1;
    if (!tr_is_str(r)) {
        tr_raise(tr_TypeError, "__format__ must return a str, not %s", tr_type_name(r));
        return -1;
    }
    tr_buf_put_str(out, TR_AS(TrStr, r));
    return 0;
}

/* CPython's MarkupIterator loop: literal text, {{ and }} escapes, fields. */
static int build_format(FmtArgs *fa, const char *s, int64_t n, int depth, TrBuf *out) {
    if (depth <= 0) {
        tr_raise(tr_ValueError, "Max string recursion exceeded");
        return -1;
    }
    int64_t i = 0;
    while (i < n) {
        int64_t start = i;
        while (i < n && s[i] != '{' && s[i] != '}') i++;
        tr_buf_put(out, s + start, i - start);
        if (i >= n) break;
        char c = s[i++];
        bool at_end = i >= n;
        if (c == '}' && (at_end || s[i] != '}')) {
            tr_raise(tr_ValueError, "Single '}' encountered in format string");
            return -1;
        }
        if (c == '{' && at_end) {
            tr_raise(tr_ValueError, "Single '{' encountered in format string");
            return -1;
        }
        if (s[i] == c) { /* escaped brace */
            tr_buf_putc(out, c);
            i++;
            continue;
        }
        Field f;
        if (parse_field(s, n, &i, &f) < 0 || render_field(fa, s, &f, depth, out) < 0) return -1;
    }
    return 0;
}

TrValue tr_str_format_method(TrStr *fmt, TrValue *args, int nargs, TrTuple *kwnames) {
    FmtArgs fa = {args, nargs, kwnames, tr_undef(), 0, 0};
    TrBuf out;
    tr_buf_init(&out, fmt->len + 32);
    if (build_format(&fa, fmt->data, fmt->len, 2, &out) < 0) return TR_ERR;
    return tr_str_value_or_err(tr_buf_finish_n(&out, -1));
}

TrValue tr_str_format_map(TrStr *fmt, TrValue mapping) {
    FmtArgs fa = {NULL, 0, NULL, mapping, 0, 0};
    TrBuf out;
    tr_buf_init(&out, fmt->len + 32);
    if (build_format(&fa, fmt->data, fmt->len, 2, &out) < 0) return TR_ERR;
    return tr_str_value_or_err(tr_buf_finish_n(&out, -1));
}
