/* tr_builtins.c — the `builtins` namespace: built-in types under their
 * names, the constants, and the built-in functions (print, len, min, sum,
 * isinstance, ...).
 *
 * Every function is listed once, in builtin_functions[]; tr_init_builtins
 * walks that table (and builtin_types[]) to fill the builtins dict.  The
 * functions follow CPython 3.11's semantics and error messages; argument
 * errors use CPython's wording for each function's calling convention
 * (METH_O "len() takes exactly one argument", vectorcall "min expected at
 * least 1 argument", argument clinic "pow() missing required argument").
 * The iterator types (enumerate, zip, map, filter, callable_iterator) live
 * in tr_builtins_iter.c.  len, isinstance, min/max, sum, any/all read exact
 * lists and tuples directly: they run inside user loops. */
#include <math.h>
#include <string.h>

#include "tr_builtins.h"
#include "tr_interp.h"
#include "tr_io.h"
#include "tr_module.h"

/* Interned names looked up on every call of some builtins. */
#define BI_NAMES(X) \
    X(__index__) X(__abs__) X(__round__) X(__divmod__) X(__rdivmod__) X(__pow__) \
    X(__dir__) X(__dict__) X(__args__) X(stdin) X(__main__)
#define BI_NAME_DECL(n) static TrStr *s_##n;
BI_NAMES(BI_NAME_DECL)
#undef BI_NAME_DECL
static TrStr *s_space, *s_newline, *s_empty;

/* ---- argument binding ----------------------------------------------------- */

static int find_name(const char *const *names, int from, int n, TrStr *kw) {
    for (int i = from; i < n; i++)
        if (!strcmp(names[i], kw->data)) return i;
    return -1;
}

int tr_bi_bind(const char *fname, const TrValue *args, int nargs, TrTuple *kwnames,
               const char *const *names, int n, int posonly, int nreq, int maxpos, TrValue *out) {
    int nkw = kwnames ? (int)kwnames->len : 0;
    if (nargs + nkw > n) {
        tr_raise(tr_TypeError, "%s() takes at most %d %sargument%s (%d given)", fname, n,
                 nargs == 0 ? "keyword " : "", n == 1 ? "" : "s", nargs + nkw);
        return -1;
    }
    int minposonly = posonly < nreq ? posonly : nreq;
    if (nargs < minposonly) {
        tr_raise(tr_TypeError, "%s() takes %s %d positional argument%s (%d given)", fname,
                 minposonly < maxpos ? "at least" : "exactly", minposonly,
                 minposonly == 1 ? "" : "s", nargs);
        return -1;
    }
    if (nargs > maxpos) {
        if (maxpos == 0)
            tr_raise(tr_TypeError, "%s() takes no positional arguments", fname);
        else
            tr_raise(tr_TypeError, "%s() takes %s %d positional argument%s (%d given)", fname,
                     nreq < maxpos ? "at most" : "exactly", maxpos, maxpos == 1 ? "" : "s", nargs);
        return -1;
    }
    for (int i = 0; i < n; i++) out[i] = i < nargs ? args[i] : tr_undef();
    for (int k = 0; k < nkw; k++) {
        TrStr *kw = TR_AS(TrStr, kwnames->items[k]);
        int j = find_name(names, posonly, n, kw);
        if (j < 0) {
            tr_raise(tr_TypeError, "'%U' is an invalid keyword argument for %s()", kw, fname);
            return -1;
        }
        if (j < nargs) {
            tr_raise(tr_TypeError, "argument for %s() given by name ('%U') and position (%d)",
                     fname, kw, j + 1);
            return -1;
        }
        out[j] = args[nargs + k];
    }
    for (int i = 0; i < nreq; i++) {
        if (TR_IS_UNDEF(out[i])) {
            tr_raise(tr_TypeError, "%s() missing required argument '%s' (pos %d)", fname,
                     names[i], i + 1);
            return -1;
        }
    }
    return 0;
}

int tr_bi_bind_kwonly(const char *fname, const TrValue *kwvals, TrTuple *kwnames,
                      const char *const *names, int n, TrValue *out) {
    for (int i = 0; i < n; i++) out[i] = tr_undef();
    if (!kwnames) return 0;
    for (int64_t k = 0; k < kwnames->len; k++) {
        TrStr *kw = TR_AS(TrStr, kwnames->items[k]);
        int j = find_name(names, 0, n, kw);
        if (j < 0) {
            tr_raise(tr_TypeError, "'%U' is an invalid keyword argument for %s()", kw, fname);
            return -1;
        }
        out[j] = kwvals[k];
    }
    return 0;
}

TrValue tr_bi_index(TrValue v) {
    if (TR_IS_INT(v)) return v;
    if (TR_IS_BOOL(v)) return tr_int(v.u.i);
    if (tr_is_bigint(v)) return v;
    if (TR_IS_OBJ(v) && !TR_IS_UNDEF(tr_type_lookup(v.u.o->type, s___index__))) {
        TrValue r = tr_call_method(v, "__index__", NULL, 0);
        if (TR_IS_UNDEF(r)) return TR_ERR;
        if (TR_IS_BOOL(r)) return tr_int(r.u.i);
        if (tr_is_int(r)) return r;
        return tr_raise(tr_TypeError, "__index__ returned non-int (type %s)", tr_type_name(r));
    }
    if (tr_is_int(v)) return v; /* int subclass without an __index__ entry */
    return tr_raise(tr_TypeError, "'%s' object cannot be interpreted as an integer",
                    tr_type_name(v));
}

/* ---- iterating an argument ------------------------------------------------ */

/* A source of items: exact lists and tuples (and argument arrays) are read
 * in place, anything else through its iterator's next slot.  A list is
 * re-read at every step because the loop body may change it. */
typedef struct ItemSrc {
    TrList *list;
    const TrValue *items;
    int64_t pos, n;
    TrValue it;
    TrValue (*next)(TrValue);
} ItemSrc;

static int src_init(ItemSrc *s, TrValue v) {
    memset(s, 0, sizeof *s);
    if (tr_is_type(v, &tr_list_type)) {
        s->list = TR_AS(TrList, v);
        return 0;
    }
    if (tr_is_type(v, &tr_tuple_type)) {
        s->items = TR_AS(TrTuple, v)->items;
        s->n = TR_AS(TrTuple, v)->len;
        return 0;
    }
    s->it = tr_bi_get_iter(v, &s->next);
    return TR_IS_UNDEF(s->it) ? -1 : 0;
}

static void src_array(ItemSrc *s, const TrValue *items, int64_t n) {
    memset(s, 0, sizeof *s);
    s->items = items;
    s->n = n;
}

/* 1: *out is the next item; 0: exhausted; -1: error. */
static inline int src_next(ItemSrc *s, TrValue *out) {
    if (s->list) {
        if (s->pos >= s->list->len) return 0;
        *out = s->list->items[s->pos++];
        return 1;
    }
    if (s->items) {
        if (s->pos >= s->n) return 0;
        *out = s->items[s->pos++];
        return 1;
    }
    if (!s->next) return 0; /* empty argument array */
    TrValue v = s->next(s->it);
    if (TR_IS_UNDEF(v)) {
        if (tr_exc_matches(tr_StopIteration)) tr_exc_clear();
        return tr_exc_pending() ? -1 : 0;
    }
    *out = v;
    return 1;
}

/* ---- output and input ------------------------------------------------------ */

static TrStr *str_or_default(TrValue v, TrStr *dflt, const char *what) {
    if (TR_IS_UNDEF(v) || TR_IS_NONE(v)) return dflt;
    if (!tr_isinstance(v, &tr_str_type)) {
        tr_raise(tr_TypeError, "%s must be None or a string, not %s", what, tr_type_name(v));
        return NULL;
    }
    return TR_AS(TrStr, v);
}

static TrValue bi_print(TrValue *args, int nargs, TrTuple *kwnames) {
    static const char *const names[] = {"sep", "end", "file", "flush"};
    TrValue kw[4];
    if (tr_bi_bind_kwonly("print", args + nargs, kwnames, names, 4, kw) < 0) return TR_ERR;
    TrValue file = kw[2];
    if (TR_IS_UNDEF(file) || TR_IS_NONE(file)) {
        file = tr_sys_current_stdout();
        if (TR_IS_NONE(file)) return tr_none(); /* sys.stdout = None: print is a no-op */
    }
    TrStr *sep = str_or_default(kw[0], s_space, "sep");
    if (!sep) return TR_ERR;
    TrStr *end = str_or_default(kw[1], s_newline, "end");
    if (!end) return TR_ERR;
    for (int i = 0; i < nargs; i++) {
        if (i > 0 && tr_write_str(file, sep) < 0) return TR_ERR;
        TrStr *s = tr_to_str(args[i]);
        if (!s || tr_write_str(file, s) < 0) return TR_ERR;
    }
    if (tr_write_str(file, end) < 0) return TR_ERR;
    if (!TR_IS_UNDEF(kw[3])) {
        int flush = tr_truth(kw[3]);
        if (flush < 0) return TR_ERR;
        if (flush && TR_IS_UNDEF(tr_call_method(file, "flush", NULL, 0))) return TR_ERR;
    }
    return tr_none();
}

static TrValue sys_attr(TrStr *name, TrValue dflt) {
    if (!tr_sys_module) return dflt;
    TrValue v = tr_dict_get_str(tr_sys_module->dict, name);
    return TR_IS_UNDEF(v) ? dflt : v;
}

/* input([prompt]): the prompt goes to sys.stdout (flushed), the line comes
 * from sys.stdin without its newline. */
static TrValue bi_input(TrValue *args, int nargs, TrTuple *kwnames) {
    if (tr_check_args("input", nargs, kwnames, 0, 1) < 0) return TR_ERR;
    TrValue out = tr_sys_current_stdout();
    TrValue in = sys_attr(s_stdin, tr_sys_stdin);
    if (TR_IS_NONE(in)) return tr_raise(tr_RuntimeError, "input(): lost sys.stdin");
    if (nargs == 1 && !TR_IS_NONE(out)) {
        TrStr *p = tr_to_str(args[0]);
        if (!p || tr_write_str(out, p) < 0) return TR_ERR;
    }
    if (!TR_IS_NONE(out) && TR_IS_UNDEF(tr_call_method(out, "flush", NULL, 0)))
        tr_exc_clear(); /* CPython ignores a failing flush here */
    TrValue r = tr_call_method(in, "readline", NULL, 0);
    if (TR_IS_UNDEF(r)) return TR_ERR;
    if (!tr_isinstance(r, &tr_str_type))
        return tr_raise(tr_TypeError, "object.readline() returned non-string");
    TrStr *line = TR_AS(TrStr, r);
    if (line->len == 0) return tr_raise(tr_EOFError, "EOF when reading a line");
    if (line->data[line->len - 1] == '\n') line = tr_str_new(line->data, line->len - 1);
    return tr_obj(line);
}

/* ---- sizes, representations, conversions ---------------------------------- */

static TrValue bi_len(TrValue *args, int nargs, TrTuple *kwnames) {
    if (nargs != 1 || kwnames) {
        if (tr_check_args("len", nargs, kwnames, 1, 1) < 0) return TR_ERR;
    }
    TrValue v = args[0];
    if (v.tag == TR_TAG_OBJ) {
        TrType *t = v.u.o->type;
        if (t == &tr_list_type) return tr_int(TR_AS(TrList, v)->len);
        if (t == &tr_tuple_type) return tr_int(TR_AS(TrTuple, v)->len);
        if (t == &tr_str_type) return tr_int(TR_AS(TrStr, v)->nchars);
        if (t == &tr_dict_type) return tr_int(TR_AS(TrDict, v)->t.used);
    }
    int64_t n = tr_len(v);
    return n < 0 ? TR_ERR : tr_int(n);
}

static TrValue bi_repr(TrValue *args, int nargs, TrTuple *kwnames) {
    if (tr_check_args("repr", nargs, kwnames, 1, 1) < 0) return TR_ERR;
    TrStr *s = tr_repr(args[0]);
    return s ? tr_obj(s) : TR_ERR;
}

static TrValue bi_ascii(TrValue *args, int nargs, TrTuple *kwnames) {
    if (tr_check_args("ascii", nargs, kwnames, 1, 1) < 0) return TR_ERR;
    TrStr *s = tr_ascii(args[0]);
    return s ? tr_obj(s) : TR_ERR;
}

static TrValue bi_format(TrValue *args, int nargs, TrTuple *kwnames) {
    if (tr_check_args("format", nargs, kwnames, 1, 2) < 0) return TR_ERR;
    TrStr *spec = s_empty;
    if (nargs == 2) {
        if (!tr_isinstance(args[1], &tr_str_type))
            return tr_raise(tr_TypeError, "format() argument 2 must be str, not %s",
                            tr_type_name(args[1]));
        spec = TR_AS(TrStr, args[1]);
    }
    return tr_format(args[0], spec);
}

static TrValue bi_hash(TrValue *args, int nargs, TrTuple *kwnames) {
    if (tr_check_args("hash", nargs, kwnames, 1, 1) < 0) return TR_ERR;
    int64_t h;
    if (tr_hash(args[0], &h) < 0) return TR_ERR;
    return tr_int(h);
}

/* id(): the address for heap objects.  Unboxed values have no address; they
 * get an odd number (addresses are even) derived from tag and payload, so it
 * is stable and equal values share it, like CPython's cached small ints. */
static TrValue bi_id(TrValue *args, int nargs, TrTuple *kwnames) {
    if (tr_check_args("id", nargs, kwnames, 1, 1) < 0) return TR_ERR;
    TrValue v = args[0];
    if (TR_IS_OBJ(v)) return tr_int((int64_t)(uintptr_t)v.u.o);
    uint64_t h = (v.u.bits ^ (v.tag * 0x9E3779B97F4A7C15ull)) * 0xBF58476D1CE4E5B9ull;
    return tr_int((int64_t)((h >> 2) | 1));
}

static TrValue bi_ord(TrValue *args, int nargs, TrTuple *kwnames) {
    if (tr_check_args("ord", nargs, kwnames, 1, 1) < 0) return TR_ERR;
    TrValue v = args[0];
    int64_t len;
    if (tr_isinstance(v, &tr_str_type)) {
        TrStr *s = TR_AS(TrStr, v);
        if (s->nchars == 1) {
            int n;
            return tr_int(tr_utf8_decode(s->data, &n));
        }
        len = s->nchars;
    } else if (tr_isinstance(v, &tr_bytes_type)) {
        TrBytes *b = TR_AS(TrBytes, v);
        if (b->len == 1) return tr_int(b->data[0]);
        len = b->len;
    } else {
        return tr_raise(tr_TypeError, "ord() expected string of length 1, but %s found",
                        tr_type_name(v));
    }
    return tr_raise(tr_TypeError, "ord() expected a character, but string of length %lld found",
                    (long long)len);
}

static TrValue bi_chr(TrValue *args, int nargs, TrTuple *kwnames) {
    if (tr_check_args("chr", nargs, kwnames, 1, 1) < 0) return TR_ERR;
    TrValue v = tr_bi_index(args[0]);
    if (TR_IS_UNDEF(v)) return TR_ERR;
    if (!TR_IS_INT(v) || v.u.i > INT32_MAX || v.u.i < INT32_MIN)
        return tr_raise(tr_OverflowError, "Python int too large to convert to C int");
    if (v.u.i < 0 || v.u.i >= 0x110000)
        return tr_raise(tr_ValueError, "chr() arg not in range(0x110000)");
    return tr_obj(tr_str_from_codepoint((uint32_t)v.u.i));
}

static TrValue int_in_base(const char *name, TrValue *args, int nargs, TrTuple *kwnames, int base) {
    if (tr_check_args(name, nargs, kwnames, 1, 1) < 0) return TR_ERR;
    TrValue v = tr_bi_index(args[0]);
    if (TR_IS_UNDEF(v)) return TR_ERR;
    TrStr *s = tr_int_to_str(v, base);
    return s ? tr_obj(s) : TR_ERR;
}

static TrValue bi_hex(TrValue *args, int nargs, TrTuple *kwnames) {
    return int_in_base("hex", args, nargs, kwnames, 16);
}
static TrValue bi_oct(TrValue *args, int nargs, TrTuple *kwnames) {
    return int_in_base("oct", args, nargs, kwnames, 8);
}
static TrValue bi_bin(TrValue *args, int nargs, TrTuple *kwnames) {
    return int_in_base("bin", args, nargs, kwnames, 2);
}

/* ---- arithmetic ------------------------------------------------------------ */

/* Call x.name(args) when x's type defines `name`; NotImplemented if not. */
static TrValue call_dunder(TrValue x, TrStr *name, TrValue *args, int nargs) {
    if (TR_IS_UNDEF(tr_type_lookup(tr_typeof(x), name))) return TR_NOTIMPL;
    return tr_call_method(x, name->data, args, nargs);
}

static bool is_real(TrValue v) { return TR_IS_FLOAT(v) || tr_is_int(v); }

static TrValue bi_abs(TrValue *args, int nargs, TrTuple *kwnames) {
    if (nargs != 1 || kwnames) {
        if (tr_check_args("abs", nargs, kwnames, 1, 1) < 0) return TR_ERR;
    }
    TrValue v = args[0];
    switch (v.tag) {
    case TR_TAG_INT:
        if (v.u.i != INT64_MIN) return tr_int(v.u.i < 0 ? -v.u.i : v.u.i);
        return tr_unop(TR_UN_NEG, v); /* promotes to a big int */
    case TR_TAG_BOOL: return tr_int(v.u.i);
    case TR_TAG_FLOAT: return tr_float(fabs(v.u.f));
    default: break;
    }
    TrValue r = call_dunder(v, s___abs__, NULL, 0);
    if (!TR_IS_NOTIMPL(r)) return r;
    if (tr_is_int(v)) return tr_int_sign(v) < 0 ? tr_unop(TR_UN_NEG, v) : v;
    return tr_raise(tr_TypeError, "bad operand type for abs(): '%s'", tr_type_name(v));
}

static TrValue bi_round(TrValue *args, int nargs, TrTuple *kwnames) {
    static const char *const names[] = {"number", "ndigits"};
    TrValue a[2];
    if (tr_bi_bind("round", args, nargs, kwnames, names, 2, 0, 1, 2, a) < 0) return TR_ERR;
    TrValue x = a[0], nd = TR_IS_NONE(a[1]) ? tr_undef() : a[1];
    if (TR_IS_BOOL(x)) x = tr_int(x.u.i);
    if (TR_IS_INT(x) || TR_IS_FLOAT(x) || tr_is_bigint(x)) {
        if (!TR_IS_UNDEF(nd)) {
            nd = tr_bi_index(nd);
            if (TR_IS_UNDEF(nd)) return TR_ERR;
        }
        return tr_round(x, nd);
    }
    TrValue r = call_dunder(x, s___round__, &nd, TR_IS_UNDEF(nd) ? 0 : 1);
    if (!TR_IS_NOTIMPL(r)) return r;
    return tr_raise(tr_TypeError, "type %s doesn't define __round__ method", tr_type_name(x));
}

static TrValue pair(TrValue a, TrValue b) {
    TrTuple *t = tr_tuple_new(2);
    t->items[0] = a;
    t->items[1] = b;
    return tr_obj(t);
}

static TrValue bi_divmod(TrValue *args, int nargs, TrTuple *kwnames) {
    if (tr_check_args("divmod", nargs, kwnames, 2, 2) < 0) return TR_ERR;
    TrValue a = args[0], b = args[1];
    if (TR_IS_INT(a) && TR_IS_INT(b) && b.u.i != 0 && !(a.u.i == INT64_MIN && b.u.i == -1))
        return pair(tr_int(tr_floordiv64(a.u.i, b.u.i)), tr_int(tr_mod64(a.u.i, b.u.i)));
    if (is_real(a) && is_real(b)) {
        if (TR_IS_FLOAT(a) || TR_IS_FLOAT(b)) {
            double d;
            if (tr_number_to_double(b, &d) < 0) return TR_ERR;
            if (d == 0.0) return tr_raise(tr_ZeroDivisionError, "float divmod()");
        }
        TrValue q = tr_binop(TR_BIN_FLOORDIV, a, b);
        if (TR_IS_UNDEF(q)) return TR_ERR;
        TrValue r = tr_binop(TR_BIN_MOD, a, b);
        if (TR_IS_UNDEF(r)) return TR_ERR;
        return pair(q, r);
    }
    TrValue r = call_dunder(a, s___divmod__, &b, 1);
    if (!TR_IS_NOTIMPL(r)) return r;
    if (tr_typeof(a) != tr_typeof(b)) {
        r = call_dunder(b, s___rdivmod__, &a, 1);
        if (!TR_IS_NOTIMPL(r)) return r;
    }
    return tr_raise_unsupported("divmod()", a, b);
}

static TrValue int_arg(TrValue v) { return TR_IS_BOOL(v) ? tr_int(v.u.i) : v; }

static TrValue bi_pow(TrValue *args, int nargs, TrTuple *kwnames) {
    static const char *const names[] = {"base", "exp", "mod"};
    TrValue a[3];
    if (tr_bi_bind("pow", args, nargs, kwnames, names, 3, 0, 2, 3, a) < 0) return TR_ERR;
    if (TR_IS_UNDEF(a[2]) || TR_IS_NONE(a[2])) return tr_binop(TR_BIN_POW, a[0], a[1]);
    if (tr_is_int(a[0]) && tr_is_int(a[1]) && tr_is_int(a[2]))
        return tr_int_powmod(int_arg(a[0]), int_arg(a[1]), int_arg(a[2]));
    if (is_real(a[0]) && is_real(a[1]) && is_real(a[2]))
        return tr_raise(tr_TypeError,
                        "pow() 3rd argument not allowed unless all arguments are integers");
    TrValue r = call_dunder(a[0], s___pow__, a + 1, 2);
    if (!TR_IS_NOTIMPL(r)) return r;
    return tr_raise(tr_TypeError, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
                    tr_type_name(a[0]), tr_type_name(a[1]), tr_type_name(a[2]));
}

/* sum(iterable, /, start=0): plain left-to-right addition, as in CPython
 * 3.11, with the small-int and float accumulations done inline. */
static TrValue bi_sum(TrValue *args, int nargs, TrTuple *kwnames) {
    static const char *const names[] = {"iterable", "start"};
    TrValue a[2];
    if (tr_bi_bind("sum", args, nargs, kwnames, names, 2, 1, 1, 2, a) < 0) return TR_ERR;
    TrValue acc = TR_IS_UNDEF(a[1]) ? tr_int(0) : a[1];
    if (tr_isinstance(acc, &tr_str_type))
        return tr_raise(tr_TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    if (tr_isinstance(acc, &tr_bytes_type))
        return tr_raise(tr_TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
    if (!strcmp(tr_type_name(acc), "bytearray"))
        return tr_raise(tr_TypeError, "sum() can't sum bytearray [use b''.join(seq) instead]");
    ItemSrc src;
    if (src_init(&src, a[0]) < 0) return TR_ERR;
    TrValue item;
    int st;
    while ((st = src_next(&src, &item)) > 0) {
        if (acc.tag == TR_TAG_INT && (item.tag == TR_TAG_INT || item.tag == TR_TAG_BOOL)) {
            int64_t r;
            if (!__builtin_add_overflow(acc.u.i, item.u.i, &r)) {
                acc.u.i = r;
                continue;
            }
        } else if (acc.tag == TR_TAG_FLOAT) {
            if (item.tag == TR_TAG_FLOAT) {
                acc.u.f += item.u.f;
                continue;
            }
            if (item.tag == TR_TAG_INT || item.tag == TR_TAG_BOOL) {
                acc.u.f += (double)item.u.i;
                continue;
            }
        }
        acc = tr_binop(TR_BIN_ADD, acc, item);
        if (TR_IS_UNDEF(acc)) return TR_ERR;
    }
    return st < 0 ? TR_ERR : acc;
}

/* min() and max(): op is TR_LT or TR_GT, the test that makes an item the
 * new best; the first of equal items wins. */
static TrValue min_max(TrValue *args, int nargs, TrTuple *kwnames, int op) {
    const char *name = op == TR_LT ? "min" : "max";
    static const char *const names[] = {"key", "default"};
    TrValue kw[2];
    if (tr_bi_bind_kwonly(name, args + nargs, kwnames, names, 2, kw) < 0) return TR_ERR;
    if (nargs == 0)
        return tr_raise(tr_TypeError, "%s expected at least 1 argument, got 0", name);
    if (nargs > 1 && !TR_IS_UNDEF(kw[1]))
        return tr_raise(tr_TypeError,
                        "Cannot specify a default for %s() with multiple positional arguments",
                        name);
    TrValue key = TR_IS_NONE(kw[0]) ? tr_undef() : kw[0];
    ItemSrc src;
    if (nargs > 1) src_array(&src, args, nargs);
    else if (src_init(&src, args[0]) < 0) return TR_ERR;
    TrValue best = tr_undef(), bestkey = tr_undef(), item;
    int st;
    while ((st = src_next(&src, &item)) > 0) {
        TrValue k = item;
        if (!TR_IS_UNDEF(key)) {
            k = tr_call1(key, item);
            if (TR_IS_UNDEF(k)) return TR_ERR;
        }
        if (TR_IS_UNDEF(best)) {
            best = item;
            bestkey = k;
            continue;
        }
        int better;
        if (k.tag == TR_TAG_INT && bestkey.tag == TR_TAG_INT)
            better = op == TR_LT ? k.u.i < bestkey.u.i : k.u.i > bestkey.u.i;
        else if (k.tag == TR_TAG_FLOAT && bestkey.tag == TR_TAG_FLOAT)
            better = op == TR_LT ? k.u.f < bestkey.u.f : k.u.f > bestkey.u.f;
        else if ((better = tr_richcmp_bool(k, bestkey, op)) < 0)
            return TR_ERR;
        if (better) {
            best = item;
            bestkey = k;
        }
    }
    if (st < 0) return TR_ERR;
    if (!TR_IS_UNDEF(best)) return best;
    if (!TR_IS_UNDEF(kw[1])) return kw[1];
    return tr_raise(tr_ValueError, "%s() arg is an empty sequence", name);
}

static TrValue bi_min(TrValue *args, int nargs, TrTuple *kwnames) {
    return min_max(args, nargs, kwnames, TR_LT);
}
static TrValue bi_max(TrValue *args, int nargs, TrTuple *kwnames) {
    return min_max(args, nargs, kwnames, TR_GT);
}

/* ---- iteration --------------------------------------------------------------- */

/* any()/all(): stop at the first item whose truth equals `stop_at`. */
static TrValue any_all(const char *name, TrValue *args, int nargs, TrTuple *kwnames, int stop_at) {
    if (tr_check_args(name, nargs, kwnames, 1, 1) < 0) return TR_ERR;
    ItemSrc src;
    if (src_init(&src, args[0]) < 0) return TR_ERR;
    TrValue item;
    int st;
    while ((st = src_next(&src, &item)) > 0) {
        int t = tr_truth(item);
        if (t < 0) return TR_ERR;
        if (t == stop_at) return tr_bool(stop_at);
    }
    return st < 0 ? TR_ERR : tr_bool(!stop_at);
}

static TrValue bi_any(TrValue *args, int nargs, TrTuple *kwnames) {
    return any_all("any", args, nargs, kwnames, 1);
}
static TrValue bi_all(TrValue *args, int nargs, TrTuple *kwnames) {
    return any_all("all", args, nargs, kwnames, 0);
}

static TrValue bi_iter(TrValue *args, int nargs, TrTuple *kwnames) {
    if (tr_check_args("iter", nargs, kwnames, 1, 2) < 0) return TR_ERR;
    if (nargs == 1) {
        TrValue (*next)(TrValue);
        return tr_bi_get_iter(args[0], &next);
    }
    if (!tr_is_callable(args[0])) return tr_raise(tr_TypeError, "iter(v, w): v must be callable");
    return tr_callable_iter_new(args[0], args[1]);
}

static TrValue bi_next(TrValue *args, int nargs, TrTuple *kwnames) {
    if (tr_check_args("next", nargs, kwnames, 1, 2) < 0) return TR_ERR;
    TrType *t = tr_typeof(args[0]);
    if (!t->next) return tr_raise(tr_TypeError, "'%s' object is not an iterator", t->name);
    TrValue v = t == &tr_generator_type ? tr_generator_next(args[0]) : t->next(args[0]);
    if (!TR_IS_UNDEF(v)) return v;
    if (tr_exc_pending()) {
        if (nargs < 2 || !tr_exc_matches(tr_StopIteration)) return TR_ERR;
        tr_exc_clear();
    }
    return nargs == 2 ? args[1] : tr_bi_stop_iteration();
}

static TrValue bi_reversed(TrValue *args, int nargs, TrTuple *kwnames) {
    if (kwnames && kwnames->len)
        return tr_raise(tr_TypeError, "reversed() takes no keyword arguments");
    if (nargs != 1) return tr_raise(tr_TypeError, "reversed expected 1 argument, got %d", nargs);
    return tr_reversed(args[0]);
}

static TrValue bi_sorted(TrValue *args, int nargs, TrTuple *kwnames) {
    static const char *const names[] = {"key", "reverse"};
    TrValue kw[2];
    if (nargs != 1) return tr_raise(tr_TypeError, "sorted expected 1 argument, got %d", nargs);
    /* the keywords are list.sort's, and so are its messages */
    if (tr_bi_bind_kwonly("sort", args + nargs, kwnames, names, 2, kw) < 0) return TR_ERR;
    bool reverse = false;
    if (!TR_IS_UNDEF(kw[1])) {
        TrValue r = tr_bi_index(kw[1]);
        if (TR_IS_UNDEF(r)) return TR_ERR;
        reverse = tr_int_sign(r) != 0;
    }
    TrList *l = tr_list_of(args[0]);
    if (!l) return TR_ERR;
    if (TR_IS_UNDEF(tr_list_sort(l, kw[0], reverse))) return TR_ERR;
    return tr_obj(l);
}

/* ---- types and attributes ------------------------------------------------- */

static bool is_type_obj(TrValue v) { return tr_isinstance(v, &tr_type_type); }

/* types.UnionType (int | str), should one exist: its __args__ tuple. */
static TrTuple *union_args(TrValue v) {
    if (!TR_IS_OBJ(v) || strcmp(v.u.o->type->name, "UnionType") != 0) return NULL;
    TrValue a = tr_getattr_opt(v, s___args__);
    if (tr_is_type(a, &tr_tuple_type)) return TR_AS(TrTuple, a);
    if (TR_IS_UNDEF(a)) tr_exc_clear();
    return NULL;
}

/* A metaclass's __instancecheck__ / __subclasscheck__ (abc.ABCMeta and
 * friends): its truth, or -2 when the metaclass defines none. */
static int meta_check(TrValue cls, const char *hook, TrValue arg) {
    TrType *meta = tr_typeof(cls);
    if (!(meta->flags & TR_TF_HEAPTYPE)) return -2;
    TrValue f = tr_type_lookup(meta, tr_str_intern(hook));
    if (TR_IS_UNDEF(f)) return -2;
    TrValue r = tr_call_method(cls, hook, &arg, 1);
    return TR_IS_UNDEF(r) ? -1 : tr_truth(r);
}

static int isinstance_of(TrValue v, TrValue cls) {
    if (is_type_obj(cls)) {
        if (tr_typeof(v) == TR_AS(TrType, cls)) return 1;
        int r = meta_check(cls, "__instancecheck__", v);
        return r != -2 ? r : tr_isinstance(v, TR_AS(TrType, cls));
    }
    TrTuple *t = tr_is_type(cls, &tr_tuple_type) ? TR_AS(TrTuple, cls) : union_args(cls);
    if (!t) {
        tr_raise(tr_TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union");
        return -1;
    }
    for (int64_t i = 0; i < t->len; i++) {
        int r = isinstance_of(v, t->items[i]);
        if (r != 0) return r;
    }
    return 0;
}

static TrValue bi_isinstance(TrValue *args, int nargs, TrTuple *kwnames) {
    if (nargs != 2 || kwnames) {
        if (tr_check_args("isinstance", nargs, kwnames, 2, 2) < 0) return TR_ERR;
    }
    TrValue cls = args[1];
    if (cls.tag == TR_TAG_OBJ && cls.u.o->type == &tr_type_type)
        return tr_bool(tr_type_is_subtype(tr_typeof(args[0]), TR_AS(TrType, cls)));
    int r = isinstance_of(args[0], cls);
    return r < 0 ? TR_ERR : tr_bool(r);
}

static int issubclass_of(TrValue c, TrValue cls) {
    TrTuple *t = tr_is_type(cls, &tr_tuple_type) ? TR_AS(TrTuple, cls) : union_args(cls);
    if (t) {
        for (int64_t i = 0; i < t->len; i++) {
            int r = issubclass_of(c, t->items[i]);
            if (r != 0) return r;
        }
        return 0;
    }
    if (is_type_obj(cls)) {
        int r = meta_check(cls, "__subclasscheck__", c);
        if (r != -2) return r;
    }
    if (!is_type_obj(c)) {
        tr_raise(tr_TypeError, "issubclass() arg 1 must be a class");
        return -1;
    }
    if (!is_type_obj(cls)) {
        tr_raise(tr_TypeError,
                 "issubclass() arg 2 must be a class, a tuple of classes, or a union");
        return -1;
    }
    return tr_type_is_subtype(TR_AS(TrType, c), TR_AS(TrType, cls));
}

static TrValue bi_issubclass(TrValue *args, int nargs, TrTuple *kwnames) {
    if (tr_check_args("issubclass", nargs, kwnames, 2, 2) < 0) return TR_ERR;
    int r = issubclass_of(args[0], args[1]);
    return r < 0 ? TR_ERR : tr_bool(r);
}

static TrValue bi_callable(TrValue *args, int nargs, TrTuple *kwnames) {
    if (tr_check_args("callable", nargs, kwnames, 1, 1) < 0) return TR_ERR;
    return tr_bool(tr_is_callable(args[0]));
}

static TrStr *attr_name(TrValue v) {
    if (tr_isinstance(v, &tr_str_type)) return TR_AS(TrStr, v);
    tr_raise(tr_TypeError, "attribute name must be string, not '%s'", tr_type_name(v));
    return NULL;
}

static TrValue bi_getattr(TrValue *args, int nargs, TrTuple *kwnames) {
    if (tr_check_args("getattr", nargs, kwnames, 2, 3) < 0) return TR_ERR;
    TrStr *name = attr_name(args[1]);
    if (!name) return TR_ERR;
    TrValue v = tr_getattr(args[0], name);
    if (TR_IS_UNDEF(v) && nargs == 3 && tr_exc_matches(tr_AttributeError)) {
        tr_exc_clear();
        return args[2];
    }
    return v;
}

static TrValue bi_hasattr(TrValue *args, int nargs, TrTuple *kwnames) {
    if (tr_check_args("hasattr", nargs, kwnames, 2, 2) < 0) return TR_ERR;
    TrStr *name = attr_name(args[1]);
    if (!name) return TR_ERR;
    TrValue v = tr_getattr(args[0], name);
    if (!TR_IS_UNDEF(v)) return tr_bool(true);
    if (!tr_exc_matches(tr_AttributeError)) return TR_ERR;
    tr_exc_clear();
    return tr_bool(false);
}

static TrValue bi_setattr(TrValue *args, int nargs, TrTuple *kwnames) {
    if (tr_check_args("setattr", nargs, kwnames, 3, 3) < 0) return TR_ERR;
    TrStr *name = attr_name(args[1]);
    if (!name || tr_setattr(args[0], name, args[2]) < 0) return TR_ERR;
    return tr_none();
}

static TrValue bi_delattr(TrValue *args, int nargs, TrTuple *kwnames) {
    if (tr_check_args("delattr", nargs, kwnames, 2, 2) < 0) return TR_ERR;
    TrStr *name = attr_name(args[1]);
    if (!name || tr_delattr(args[0], name) < 0) return TR_ERR;
    return tr_none();
}

/* ---- namespaces --------------------------------------------------------------- */

/* __main__'s dict, for code running outside any frame. */
static TrDict *main_globals(void) {
    TrValue m = tr_sys_modules ? tr_dict_get_str(tr_sys_modules, s___main__) : tr_undef();
    if (tr_is_type(m, &tr_module_type)) return TR_AS(TrModule, m)->dict;
    return tr_dict_new();
}

static TrDict *current_globals(void) {
    return tr_ts.frame ? tr_ts.frame->globals : main_globals();
}

/* locals(): module code's locals are its globals, a class body's its
 * namespace; a function's are built from its bound registers (cells
 * unwrapped), a snapshot as in CPython. */
TrDict *tr_bi_current_locals(void) {
    TrFrame *f = tr_ts.frame;
    if (f && f->locals) return f->locals;
    if (!f || !f->func) return current_globals();
    TrCode *c = f->code;
    TrDict *d = tr_dict_new();
    for (int32_t i = 0; i < c->nvarnames && i < c->nregs; i++) {
        TrValue v = f->regs[i];
        if (tr_is_type(v, &tr_cell_type)) v = TR_AS(TrCell, v)->v;
        if (!TR_IS_UNDEF(v)) tr_dict_set_str(d, c->varnames[i], v);
    }
    return d;
}

static TrValue bi_globals(TrValue *args, int nargs, TrTuple *kwnames) {
    (void)args;
    if (tr_check_args("globals", nargs, kwnames, 0, 0) < 0) return TR_ERR;
    return tr_obj(current_globals());
}

static TrValue bi_locals(TrValue *args, int nargs, TrTuple *kwnames) {
    (void)args;
    if (tr_check_args("locals", nargs, kwnames, 0, 0) < 0) return TR_ERR;
    return tr_obj(tr_bi_current_locals());
}

static TrValue bi_vars(TrValue *args, int nargs, TrTuple *kwnames) {
    if (tr_check_args("vars", nargs, kwnames, 0, 1) < 0) return TR_ERR;
    if (nargs == 0) return tr_obj(tr_bi_current_locals());
    TrValue d = tr_getattr_opt(args[0], s___dict__);
    if (TR_IS_UNDEF(d) && !tr_exc_pending())
        return tr_raise(tr_TypeError, "vars() argument must have __dict__ attribute");
    return d;
}

static void add_keys(TrDict *names, TrDict *d) {
    TrValue k, v;
    for (int64_t pos = 0; d && tr_dict_next(d, &pos, &k, &v);) tr_dict_set(names, k, tr_none());
}

static void add_mro_keys(TrDict *names, TrType *t) {
    if (!t->mro) {
        add_keys(names, t->dict);
        return;
    }
    for (int64_t i = 0; i < t->mro->len; i++) add_keys(names, TR_AS(TrType, t->mro->items[i])->dict);
}

static TrValue sorted_list(TrValue iterable) {
    TrList *l = tr_list_of(iterable);
    if (!l || TR_IS_UNDEF(tr_list_sort(l, tr_undef(), false))) return TR_ERR;
    return tr_obj(l);
}

/* dir([obj]): best effort — the names in the object's __dict__ and its
 * type's MRO dicts (a module: its namespace; a class: its MRO), or what a
 * user-defined __dir__ returns; always sorted. */
static TrValue bi_dir(TrValue *args, int nargs, TrTuple *kwnames) {
    if (tr_check_args("dir", nargs, kwnames, 0, 1) < 0) return TR_ERR;
    TrDict *names = tr_dict_new();
    if (nargs == 0) {
        add_keys(names, tr_bi_current_locals());
        return sorted_list(tr_obj(names));
    }
    TrValue o = args[0];
    /* classes and modules list their namespaces; __dir__ is for instances */
    TrValue r = is_type_obj(o) || tr_is_type(o, &tr_module_type) ? tr_obj((TrObject *)&tr_NotImplemented_obj)
                                                                 : call_dunder(o, s___dir__, NULL, 0);
    if (TR_IS_UNDEF(r)) return TR_ERR;
    if (!TR_IS_NOTIMPL(r)) return sorted_list(r);
    if (tr_is_type(o, &tr_module_type)) {
        add_keys(names, TR_AS(TrModule, o)->dict);
    } else if (is_type_obj(o)) {
        add_mro_keys(names, TR_AS(TrType, o));
    } else {
        TrValue d = tr_getattr_opt(o, s___dict__);
        if (TR_IS_UNDEF(d) && tr_exc_pending()) return TR_ERR;
        if (tr_isinstance(d, &tr_dict_type)) add_keys(names, TR_AS(TrDict, d));
        add_mro_keys(names, tr_typeof(o));
        tr_dict_set(names, tr_str_value("__class__"), tr_none());
    }
    return sorted_list(tr_obj(names));
}

/* ---- program control ------------------------------------------------------------ */

/* exit([code]) / quit([code]): raise SystemExit(code). */
static TrValue bi_exit(TrValue *args, int nargs, TrTuple *kwnames) {
    if (tr_check_args("exit", nargs, kwnames, 0, 1) < 0) return TR_ERR;
    return tr_raise_value(tr_exc_new(tr_SystemExit, args, nargs));
}

/* __import__(name, globals=None, locals=None, fromlist=(), level=0):
 * absolute imports only; the module system resolves the name. */
static TrValue bi_import(TrValue *args, int nargs, TrTuple *kwnames) {
    static const char *const names[] = {"name", "globals", "locals", "fromlist", "level"};
    TrValue a[5];
    if (tr_bi_bind("__import__", args, nargs, kwnames, names, 5, 0, 1, 5, a) < 0) return TR_ERR;
    if (!tr_isinstance(a[0], &tr_str_type))
        return tr_raise(tr_TypeError, "__import__() argument 1 must be str, not %s",
                        tr_type_name(a[0]));
    if (!TR_IS_UNDEF(a[4])) {
        TrValue level = tr_bi_index(a[4]);
        if (TR_IS_UNDEF(level)) return TR_ERR;
        if (tr_int_sign(level) < 0) return tr_raise(tr_ValueError, "level must be >= 0");
        if (tr_int_sign(level) > 0)
            return tr_raise(tr_ImportError, "relative imports through __import__() are not supported");
    }
    if (TR_AS(TrStr, a[0])->len == 0) return tr_raise(tr_ValueError, "Empty module name");
    int fromlist = 0;
    if (!TR_IS_UNDEF(a[3]) && (fromlist = tr_truth(a[3])) < 0) return TR_ERR;
    TrDict *globals = tr_isinstance(a[1], &tr_dict_type) ? TR_AS(TrDict, a[1]) : current_globals();
    TrValue m = tr_import(TR_AS(TrStr, a[0]), !fromlist, globals);
    if (TR_IS_UNDEF(m) || !fromlist) return m;
    return tr_import_fromlist(m, a[3]) < 0 ? TR_ERR : m;
}

/* ---- the tables ------------------------------------------------------------------- */

static const TrMethodDef builtin_functions[] = {
    {"__import__", bi_import, 0}, {"abs", bi_abs, 0},           {"all", bi_all, 0},
    {"any", bi_any, 0},           {"ascii", bi_ascii, 0},       {"bin", bi_bin, 0},
    {"callable", bi_callable, 0}, {"chr", bi_chr, 0},           {"delattr", bi_delattr, 0},
    {"dir", bi_dir, 0},           {"divmod", bi_divmod, 0},     {"exit", bi_exit, 0},
    {"format", bi_format, 0},     {"getattr", bi_getattr, 0},   {"globals", bi_globals, 0},
    {"hasattr", bi_hasattr, 0},   {"hash", bi_hash, 0},         {"hex", bi_hex, 0},
    {"id", bi_id, 0},             {"input", bi_input, 0},       {"isinstance", bi_isinstance, 0},
    {"issubclass", bi_issubclass, 0}, {"iter", bi_iter, 0},     {"len", bi_len, 0},
    {"locals", bi_locals, 0},     {"max", bi_max, 0},           {"min", bi_min, 0},
    {"next", bi_next, 0},         {"oct", bi_oct, 0},           {"ord", bi_ord, 0},
    {"pow", bi_pow, 0},           {"print", bi_print, 0},       {"quit", bi_exit, 0},
    {"repr", bi_repr, 0},         {"reversed", bi_reversed, 0}, {"round", bi_round, 0},
    {"setattr", bi_setattr, 0},   {"sorted", bi_sorted, 0},     {"sum", bi_sum, 0},
    {"vars", bi_vars, 0},         {NULL, NULL, 0},
};

static const struct {
    const char *name;
    TrType *type;
} builtin_types[] = {
    {"object", &tr_object_type},       {"type", &tr_type_type},
    {"int", &tr_int_type},             {"float", &tr_float_type},
    {"bool", &tr_bool_type},           {"str", &tr_str_type},
    {"bytes", &tr_bytes_type},         {"list", &tr_list_type},
    {"tuple", &tr_tuple_type},         {"dict", &tr_dict_type},
    {"set", &tr_set_type},             {"frozenset", &tr_frozenset_type},
    {"range", &tr_range_type},         {"slice", &tr_slice_type},
    {"enumerate", &tr_enumerate_type}, {"zip", &tr_zip_type},
    {"map", &tr_map_type},             {"filter", &tr_filter_type},
};

void tr_init_builtins(TrDict *b) {
#define BI_NAME_INIT(n) s_##n = tr_str_intern(#n);
    BI_NAMES(BI_NAME_INIT)
#undef BI_NAME_INIT
    s_space = tr_str_intern(" ");
    s_newline = tr_str_intern("\n");
    s_empty = tr_str_intern("");
    tr_init_builtin_iters();
    for (size_t i = 0; i < sizeof builtin_types / sizeof builtin_types[0]; i++)
        tr_dict_set_str(b, tr_str_intern(builtin_types[i].name), tr_obj(builtin_types[i].type));
    for (const TrMethodDef *d = builtin_functions; d->name; d++)
        tr_dict_set_str(b, tr_str_intern(d->name), tr_native_new(d->name, d->fn, NULL, d->flags));
    tr_dict_set_str(b, tr_str_intern("None"), tr_none());
    tr_dict_set_str(b, tr_str_intern("True"), tr_bool(true));
    tr_dict_set_str(b, tr_str_intern("False"), tr_bool(false));
    tr_dict_set_str(b, tr_str_intern("Ellipsis"), tr_obj(&tr_Ellipsis_obj));
    tr_dict_set_str(b, tr_str_intern("NotImplemented"), TR_NOTIMPL);
    tr_dict_set_str(b, tr_str_intern("__debug__"), tr_bool(true));
}
