/* tr_str_methods.c — the methods of str (split, join, strip, find, case
 * mapping, predicates, padding, ...), registered on the type by tr_str_ready.
 *
 * Searching works on UTF-8 bytes (matches always fall on code point
 * boundaries); positions given and returned by methods are code point
 * indices, converted at the edges with tr_str_byte_offset/tr_str_char_index.
 * ASCII strings take byte-wise fast paths; others decode code points and
 * consult the generated Unicode tables (tr_unicode.c), so predicates and
 * case mappings (including 'ß'.upper() == 'SS' and the final sigma) agree
 * with CPython.  Argument errors follow CPython's messages. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE /* memmem, memrchr */
#endif
#include <string.h>

#include "tr_strimpl.h"

#define SELF TR_AS(TrStr, args[0])

/* Parse the arguments after self. */
static int parse(const char *name, TrValue *args, int nargs, TrTuple *kw, const char *spec,
                 TrValue **outs) {
    return tr_parse_args(name, args + 1, nargs - 1, kw, spec, outs);
}

/* A required str argument: "must be str, not int" (or a caller's prefix). */
static TrStr *want_str(TrValue v, const char *what) {
    if (tr_is_str(v)) return TR_AS(TrStr, v);
    tr_raise(tr_TypeError, "%smust be str, not %s", what, tr_type_name(v));
    return NULL;
}

/* An integer argument: "'str' object cannot be interpreted as an integer". */
static int want_index(TrValue v, int64_t *out) {
    if (v.tag == TR_TAG_INT || v.tag == TR_TAG_BOOL) {
        *out = v.u.i;
        return 0;
    }
    if (tr_is_int(v)) return tr_int_to_int64(v, out);
    if (tr_index_value(v, out) == 0) return 0;
    if (tr_exc_matches(tr_TypeError)) {
        tr_exc_clear();
        tr_raise(tr_TypeError, "'%s' object cannot be interpreted as an integer", tr_type_name(v));
    }
    return -1;
}

/* start/end arguments: None or an integer (huge values clamp). */
int tr_str_slice_arg(TrValue v, int64_t len, int64_t dflt, int64_t *out) {
    (void)len;
    if (TR_IS_UNDEF(v) || TR_IS_NONE(v)) {
        *out = dflt;
        return 0;
    }
    if (v.tag == TR_TAG_INT || v.tag == TR_TAG_BOOL) {
        *out = v.u.i;
        return 0;
    }
    if (tr_is_int(v)) {
        *out = tr_int_sign(v) < 0 ? INT64_MIN / 2 : INT64_MAX / 2;
        return 0;
    }
    if (tr_index_value(v, out) < 0) {
        if (tr_exc_matches(tr_TypeError)) {
            tr_exc_clear();
            tr_raise(tr_TypeError, "slice indices must be integers or None or have an __index__ method");
        }
        return -1;
    }
    return 0;
}

/* CPython's ADJUST_INDICES: negative counts from the end, end clamps to len;
 * start may stay beyond len (nothing is then found). */
static int get_range(int64_t len, TrValue vs, TrValue ve, int64_t *start, int64_t *end) {
    if (tr_str_slice_arg(vs, len, 0, start) < 0 || tr_str_slice_arg(ve, len, len, end) < 0) return -1;
    if (*end > len) *end = len;
    else if (*end < 0 && (*end += len) < 0) *end = 0;
    if (*start < 0 && (*start += len) < 0) *start = 0;
    return 0;
}

/* ---- searching ------------------------------------------------------------ */

static const char *find_bytes(const char *hay, int64_t hn, const char *nd, int64_t nn) {
    if (nn == 0) return hay;
    if (nn > hn) return NULL;
    if (nn == 1) return memchr(hay, nd[0], (size_t)hn);
    return memmem(hay, (size_t)hn, nd, (size_t)nn);
}

static const char *rfind_bytes(const char *hay, int64_t hn, const char *nd, int64_t nn) {
    if (nn == 0) return hay + hn;
    if (nn > hn) return NULL;
    int64_t limit = hn - nn + 1; /* candidate starts are [0, limit) */
    while (limit > 0) {
        const char *p = memrchr(hay, nd[0], (size_t)limit);
        if (!p) return NULL;
        if (memcmp(p, nd, (size_t)nn) == 0) return p;
        limit = p - hay;
    }
    return NULL;
}

/* Non-overlapping occurrences (nn > 0), at most maxcount. */
static int64_t count_bytes(const char *hay, int64_t hn, const char *nd, int64_t nn, int64_t maxcount) {
    int64_t n = 0;
    const char *end = hay + hn;
    while (n < maxcount) {
        const char *p = find_bytes(hay, end - hay, nd, nn);
        if (!p) break;
        n++;
        hay = p + nn;
    }
    return n;
}

/* find/rfind/index/rindex/count share the argument handling: the code point
 * range becomes a byte range [*b0, *b1). Returns 0 when the search is
 * possible, 1 when the range cannot contain sub, -1 on error. */
static int search_args(const char *name, TrValue *args, int nargs, TrTuple *kw, TrStr **sub,
                       int64_t *start, int64_t *end, int64_t *b0, int64_t *b1) {
    TrStr *s = SELF;
    if (tr_check_args(name, nargs - 1, kw, 1, 3) < 0) {
        /* CPython phrases the arity error as "find() takes at least 1 argument" */
        if (nargs - 1 < 1 && !(kw && kw->len)) {
            tr_exc_clear();
            tr_raise(tr_TypeError, "%s() takes at least 1 argument (%d given)", name, nargs - 1);
        } else if (nargs - 1 > 3 && !(kw && kw->len)) {
            tr_exc_clear();
            tr_raise(tr_TypeError, "%s() takes at most 3 arguments (%d given)", name, nargs - 1);
        }
        return -1;
    }
    if (!(*sub = want_str(args[1], ""))) return -1;
    if (get_range(s->nchars, nargs > 2 ? args[2] : tr_undef(), nargs > 3 ? args[3] : tr_undef(),
                  start, end) < 0)
        return -1;
    if (*end - *start < (*sub)->nchars) return 1;
    *b0 = tr_str_byte_offset(s, *start);
    *b1 = tr_str_byte_offset(s, *end);
    return 0;
}

static int64_t do_find(const char *name, TrValue *args, int nargs, TrTuple *kw, bool reverse) {
    TrStr *s = SELF, *sub;
    int64_t start, end, b0, b1;
    int r = search_args(name, args, nargs, kw, &sub, &start, &end, &b0, &b1);
    if (r) return r < 0 ? -2 : -1;
    const char *p = reverse ? rfind_bytes(s->data + b0, b1 - b0, sub->data, sub->len)
                            : find_bytes(s->data + b0, b1 - b0, sub->data, sub->len);
    if (!p) return -1;
    return start + (s->ascii ? p - (s->data + b0) : tr_utf8_count(s->data + b0, p - (s->data + b0)));
}

static TrValue str_find(TrValue *args, int nargs, TrTuple *kw) {
    int64_t r = do_find("find", args, nargs, kw, false);
    return r == -2 ? TR_ERR : tr_int(r);
}

static TrValue str_rfind(TrValue *args, int nargs, TrTuple *kw) {
    int64_t r = do_find("rfind", args, nargs, kw, true);
    return r == -2 ? TR_ERR : tr_int(r);
}

static TrValue str_index(TrValue *args, int nargs, TrTuple *kw) {
    int64_t r = do_find("index", args, nargs, kw, false);
    if (r == -1) return tr_raise(tr_ValueError, "substring not found");
    return r == -2 ? TR_ERR : tr_int(r);
}

static TrValue str_rindex(TrValue *args, int nargs, TrTuple *kw) {
    int64_t r = do_find("rindex", args, nargs, kw, true);
    if (r == -1) return tr_raise(tr_ValueError, "substring not found");
    return r == -2 ? TR_ERR : tr_int(r);
}

static TrValue str_count(TrValue *args, int nargs, TrTuple *kw) {
    TrStr *s = SELF, *sub;
    int64_t start, end, b0, b1;
    int r = search_args("count", args, nargs, kw, &sub, &start, &end, &b0, &b1);
    if (r) return r < 0 ? TR_ERR : tr_int(0);
    if (sub->len == 0) return tr_int(end - start + 1);
    return tr_int(count_bytes(s->data + b0, b1 - b0, sub->data, sub->len, INT64_MAX));
}

/* startswith/endswith: a str or a tuple of str, with optional start/end. */
static int tail_match(TrStr *s, TrStr *sub, int64_t start, int64_t end, bool at_end) {
    if (end - start < sub->nchars || start > s->nchars) return 0;
    if (sub->len == 0) return 1;
    int64_t b;
    if (at_end) b = tr_str_byte_offset(s, end) - sub->len;
    else b = tr_str_byte_offset(s, start);
    int64_t lo = tr_str_byte_offset(s, start), hi = tr_str_byte_offset(s, end);
    if (b < lo || b + sub->len > hi) return 0;
    return memcmp(s->data + b, sub->data, (size_t)sub->len) == 0;
}

static TrValue starts_ends(const char *name, TrValue *args, int nargs, TrTuple *kw, bool at_end) {
    if (tr_check_args(name, nargs - 1, kw, 1, 3) < 0) return TR_ERR;
    TrStr *s = SELF;
    int64_t start, end;
    if (get_range(s->nchars, nargs > 2 ? args[2] : tr_undef(), nargs > 3 ? args[3] : tr_undef(),
                  &start, &end) < 0)
        return TR_ERR;
    TrValue pre = args[1];
    if (tr_is_type(pre, &tr_tuple_type)) {
        TrTuple *t = TR_AS(TrTuple, pre);
        for (int64_t i = 0; i < t->len; i++) {
            if (!tr_is_str(t->items[i]))
                return tr_raise(tr_TypeError, "tuple for %s must only contain str, not %s", name,
                                tr_type_name(t->items[i]));
            if (tail_match(s, TR_AS(TrStr, t->items[i]), start, end, at_end)) return tr_bool(true);
        }
        return tr_bool(false);
    }
    if (!tr_is_str(pre))
        return tr_raise(tr_TypeError, "%s first arg must be str or a tuple of str, not %s", name,
                        tr_type_name(pre));
    return tr_bool(tail_match(s, TR_AS(TrStr, pre), start, end, at_end));
}

static TrValue str_startswith(TrValue *args, int nargs, TrTuple *kw) {
    return starts_ends("startswith", args, nargs, kw, false);
}
static TrValue str_endswith(TrValue *args, int nargs, TrTuple *kw) {
    return starts_ends("endswith", args, nargs, kw, true);
}

/* ---- splitting ----------------------------------------------------------- */

static bool space_at(TrStr *s, int64_t i, int *n) {
    uint32_t cp = tr_str_cp_at(s, i, n);
    return cp < 0x80 ? (cp == ' ' || (cp >= 0x09 && cp <= 0x0d) || (cp >= 0x1c && cp <= 0x1f))
                     : tr_u_has(cp, TR_UP_SPACE);
}

/* The code point that ends just before byte i. */
static bool space_before(TrStr *s, int64_t i, int *n) {
    int64_t j = i - 1;
    while (j > 0 && ((unsigned char)s->data[j] & 0xc0) == 0x80) j--;
    bool r = space_at(s, j, n);
    *n = (int)(i - j);
    return r;
}

static int add_piece(TrList *l, TrStr *s, int64_t b0, int64_t b1) {
    return tr_list_append(l, tr_obj(tr_str_subbytes(s, b0, b1)));
}

static int split_args(const char *name, TrValue *args, int nargs, TrTuple *kw, TrStr **sep,
                      int64_t *maxsplit) {
    TrValue vsep, vmax;
    TrValue *outs[] = {&vsep, &vmax};
    if (parse(name, args, nargs, kw, "|sep,maxsplit", outs) < 0) return -1;
    *sep = NULL;
    if (!TR_IS_UNDEF(vsep) && !TR_IS_NONE(vsep)) {
        if (!tr_is_str(vsep)) {
            tr_raise(tr_TypeError, "must be str or None, not %s", tr_type_name(vsep));
            return -1;
        }
        *sep = TR_AS(TrStr, vsep);
        if ((*sep)->len == 0) {
            tr_raise(tr_ValueError, "empty separator");
            return -1;
        }
    }
    *maxsplit = -1;
    if (!TR_IS_UNDEF(vmax) && want_index(vmax, maxsplit) < 0) return -1;
    if (*maxsplit < 0) *maxsplit = INT64_MAX;
    return 0;
}

static TrValue str_split(TrValue *args, int nargs, TrTuple *kw) {
    TrStr *s = SELF, *sep;
    int64_t maxsplit;
    if (split_args("split", args, nargs, kw, &sep, &maxsplit) < 0) return TR_ERR;
    TrList *l = tr_list_new(0);
    int64_t len = s->len, i = 0;
    int n;
    if (!sep) { /* runs of whitespace separate; no empty pieces */
        while (maxsplit-- > 0) {
            while (i < len && space_at(s, i, &n)) i += n;
            if (i == len) break;
            int64_t j = i;
            while (i < len && !space_at(s, i, &n)) i += n;
            add_piece(l, s, j, i);
        }
        if (i < len) {
            while (i < len && space_at(s, i, &n)) i += n;
            if (i != len) add_piece(l, s, i, len);
        }
        return tr_obj(l);
    }
    while (maxsplit-- > 0) {
        const char *p = find_bytes(s->data + i, len - i, sep->data, sep->len);
        if (!p) break;
        int64_t at = p - s->data;
        add_piece(l, s, i, at);
        i = at + sep->len;
    }
    add_piece(l, s, i, len);
    return tr_obj(l);
}

/* Reverse a list in place (rsplit collects pieces right to left). */
static void list_reverse(TrList *l) {
    for (int64_t a = 0, b = l->len - 1; a < b; a++, b--) {
        TrValue t = l->items[a];
        l->items[a] = l->items[b];
        l->items[b] = t;
    }
}

static TrValue str_rsplit(TrValue *args, int nargs, TrTuple *kw) {
    TrStr *s = SELF, *sep;
    int64_t maxsplit;
    if (split_args("rsplit", args, nargs, kw, &sep, &maxsplit) < 0) return TR_ERR;
    TrList *l = tr_list_new(0);
    int64_t i = s->len;
    int n;
    if (!sep) {
        while (maxsplit-- > 0) {
            while (i > 0 && space_before(s, i, &n)) i -= n;
            if (i == 0) break;
            int64_t j = i;
            while (i > 0 && !space_before(s, i, &n)) i -= n;
            add_piece(l, s, i, j);
        }
        if (i > 0) {
            while (i > 0 && space_before(s, i, &n)) i -= n;
            if (i != 0) add_piece(l, s, 0, i);
        }
    } else {
        while (maxsplit-- > 0) {
            const char *p = rfind_bytes(s->data, i, sep->data, sep->len);
            if (!p) break;
            int64_t at = p - s->data;
            add_piece(l, s, at + sep->len, i);
            i = at;
        }
        add_piece(l, s, 0, i);
    }
    list_reverse(l);
    return tr_obj(l);
}

static TrValue str_splitlines(TrValue *args, int nargs, TrTuple *kw) {
    TrValue vkeep;
    TrValue *outs[] = {&vkeep};
    if (parse("splitlines", args, nargs, kw, "|keepends", outs) < 0) return TR_ERR;
    int64_t keep = 0;
    if (!TR_IS_UNDEF(vkeep) && want_index(vkeep, &keep) < 0) return TR_ERR;
    TrStr *s = SELF;
    TrList *l = tr_list_new(0);
    int64_t i = 0, len = s->len;
    while (i < len) {
        int64_t j = i;
        int n = 1;
        uint32_t cp = 0;
        while (i < len) {
            cp = tr_str_cp_at(s, i, &n);
            if (tr_u_islinebreak(cp)) break;
            i += n;
        }
        int64_t eol = i;
        if (i < len) {
            i += n;
            if (cp == '\r' && i < len && s->data[i] == '\n') i++;
            if (keep) eol = i;
        }
        add_piece(l, s, j, eol);
    }
    return tr_obj(l);
}

static TrValue partition_impl(const char *name, TrValue *args, int nargs, TrTuple *kw, bool rev) {
    if (tr_check_args(name, nargs - 1, kw, 1, 1) < 0) return TR_ERR;
    TrStr *s = SELF, *sep = want_str(args[1], "");
    if (!sep) return TR_ERR;
    if (sep->len == 0) return tr_raise(tr_ValueError, "empty separator");
    const char *p = rev ? rfind_bytes(s->data, s->len, sep->data, sep->len)
                        : find_bytes(s->data, s->len, sep->data, sep->len);
    TrValue items[3];
    TrValue empty = tr_obj(tr_str_empty());
    if (!p) {
        items[0] = rev ? empty : args[0];
        items[1] = empty;
        items[2] = rev ? args[0] : empty;
        if (s->ob.type != &tr_str_type) items[rev ? 2 : 0] = tr_obj(tr_str_subbytes(s, 0, s->len));
    } else {
        int64_t at = p - s->data;
        items[0] = tr_obj(tr_str_subbytes(s, 0, at));
        items[1] = tr_obj(sep);
        items[2] = tr_obj(tr_str_subbytes(s, at + sep->len, s->len));
    }
    return tr_obj(tr_tuple_from(items, 3));
}

static TrValue str_partition(TrValue *args, int nargs, TrTuple *kw) {
    return partition_impl("partition", args, nargs, kw, false);
}
static TrValue str_rpartition(TrValue *args, int nargs, TrTuple *kw) {
    return partition_impl("rpartition", args, nargs, kw, true);
}

/* ---- join and replace ------------------------------------------------------ */

static TrValue str_join(TrValue *args, int nargs, TrTuple *kw) {
    if (kw && kw->len) return tr_raise(tr_TypeError, "str.join() takes no keyword arguments");
    if (nargs != 2)
        return tr_raise(tr_TypeError, "str.join() takes exactly one argument (%d given)", nargs - 1);
    TrStr *sep = SELF;
    TrValue seq = args[1];
    const TrValue *items;
    int64_t n;
    if (tr_is_type(seq, &tr_list_type)) {
        items = TR_AS(TrList, seq)->items;
        n = TR_AS(TrList, seq)->len;
    } else if (tr_is_type(seq, &tr_tuple_type)) {
        items = TR_AS(TrTuple, seq)->items;
        n = TR_AS(TrTuple, seq)->len;
    } else {
        if (!tr_typeof(seq)->iter) return tr_raise(tr_TypeError, "can only join an iterable");
        TrList *l = tr_list_of(seq);
        if (!l) return TR_ERR;
        items = l->items;
        n = l->len;
    }
    if (n == 0) return tr_obj(tr_str_empty());
    /* one pass to check and size, one to copy */
    int64_t total = sep->len * (n - 1), nchars = sep->nchars * (n - 1);
    for (int64_t i = 0; i < n; i++) {
        if (!tr_is_str(items[i]))
            return tr_raise(tr_TypeError, "sequence item %lld: expected str instance, %s found",
                            (long long)i, tr_type_name(items[i]));
        total += TR_AS(TrStr, items[i])->len;
        nchars += TR_AS(TrStr, items[i])->nchars;
    }
    if (n == 1 && tr_is_type(items[0], &tr_str_type)) return items[0];
    TrStr *r = tr_str_alloc_try(total);
    if (!r) return TR_ERR;
    char *o = r->data;
    for (int64_t i = 0; i < n; i++) {
        TrStr *it = TR_AS(TrStr, items[i]);
        if (i && sep->len) {
            memcpy(o, sep->data, (size_t)sep->len);
            o += sep->len;
        }
        memcpy(o, it->data, (size_t)it->len);
        o += it->len;
    }
    r->nchars = nchars;
    r->ascii = nchars == total;
    return tr_obj(r);
}

static TrValue str_replace(TrValue *args, int nargs, TrTuple *kw) {
    if (tr_check_args("replace", nargs - 1, kw, 2, 3) < 0) return TR_ERR;
    TrStr *s = SELF, *old, *new;
    for (int i = 1; i <= 2; i++)
        if (!tr_is_str(args[i]))
            return tr_raise(tr_TypeError, "replace() argument %d must be str, not %s", i,
                            tr_type_name(args[i]));
    old = TR_AS(TrStr, args[1]);
    new = TR_AS(TrStr, args[2]);
    int64_t maxcount = -1;
    if (nargs > 3 && want_index(args[3], &maxcount) < 0) return TR_ERR;
    if (maxcount < 0) maxcount = INT64_MAX;
    TrBuf b;
    if (old->len == 0) { /* insert `new` before every code point and at the end */
        int64_t slots = s->nchars + 1;
        if (maxcount > slots) maxcount = slots;
        if (maxcount == 0) return args[0];
        tr_buf_init(&b, s->len + new->len * maxcount);
        int64_t i = 0;
        for (int64_t k = 0; k < maxcount; k++) {
            tr_buf_put_str(&b, new);
            if (i < s->len) {
                int n = tr_utf8_seqlen((unsigned char)s->data[i]);
                tr_buf_put(&b, s->data + i, n);
                i += n;
            }
        }
        tr_buf_put(&b, s->data + i, s->len - i);
        return tr_str_value_or_err(tr_buf_finish_n(&b, s->nchars + new->nchars * maxcount));
    }
    int64_t n = count_bytes(s->data, s->len, old->data, old->len, maxcount);
    if (n == 0) return tr_is_type(args[0], &tr_str_type) ? args[0] : tr_obj(tr_str_subbytes(s, 0, s->len));
    tr_buf_init(&b, s->len + (new->len - old->len) * n);
    int64_t i = 0;
    for (int64_t k = 0; k < n; k++) {
        const char *p = find_bytes(s->data + i, s->len - i, old->data, old->len);
        int64_t at = p - s->data;
        tr_buf_put(&b, s->data + i, at - i);
        tr_buf_put_str(&b, new);
        i = at + old->len;
    }
    tr_buf_put(&b, s->data + i, s->len - i);
    return tr_str_value_or_err(tr_buf_finish_n(&b, s->nchars + (new->nchars - old->nchars) * n));
}

/* ---- stripping ------------------------------------------------------------- */

/* Which code points to strip: whitespace (chars NULL) or members of chars. */
typedef struct StripSet {
    TrStr *chars;
    uint8_t ascii[128];
} StripSet;

static bool strip_member(const StripSet *set, uint32_t cp) {
    if (!set->chars) {
        return cp < 0x80 ? (cp == ' ' || (cp >= 0x09 && cp <= 0x0d) || (cp >= 0x1c && cp <= 0x1f))
                         : tr_u_has(cp, TR_UP_SPACE);
    }
    if (cp < 0x80) return set->ascii[cp];
    if (set->chars->ascii) return false;
    char tmp[4];
    int n = tr_utf8_encode(cp, tmp);
    for (int64_t i = 0; i + n <= set->chars->len; i++)
        if (memcmp(set->chars->data + i, tmp, (size_t)n) == 0) return true;
    return false;
}

/* mode: 1 left, 2 right, 3 both */
static TrValue strip_impl(const char *name, TrValue *args, int nargs, TrTuple *kw, int mode) {
    if (tr_check_args(name, nargs - 1, kw, 0, 1) < 0) return TR_ERR;
    TrStr *s = SELF;
    StripSet set = {0};
    if (nargs > 1 && !TR_IS_NONE(args[1])) {
        if (!tr_is_str(args[1]))
            return tr_raise(tr_TypeError, "%s arg must be None or str", name);
        set.chars = TR_AS(TrStr, args[1]);
        for (int64_t i = 0; i < set.chars->len; i++)
            if ((unsigned char)set.chars->data[i] < 0x80) set.ascii[(unsigned char)set.chars->data[i]] = 1;
    }
    int64_t i = 0, j = s->len;
    int n;
    if (mode & 1)
        while (i < j && strip_member(&set, tr_str_cp_at(s, i, &n))) i += n;
    if (mode & 2) {
        while (j > i) {
            int64_t k = j - 1;
            while (k > i && ((unsigned char)s->data[k] & 0xc0) == 0x80) k--;
            if (!strip_member(&set, tr_str_cp_at(s, k, &n))) break;
            j = k;
        }
    }
    return tr_obj(tr_str_subbytes(s, i, j));
}

static TrValue str_strip(TrValue *a, int n, TrTuple *kw) { return strip_impl("strip", a, n, kw, 3); }
static TrValue str_lstrip(TrValue *a, int n, TrTuple *kw) { return strip_impl("lstrip", a, n, kw, 1); }
static TrValue str_rstrip(TrValue *a, int n, TrTuple *kw) { return strip_impl("rstrip", a, n, kw, 2); }

static TrValue affix_impl(const char *name, TrValue *args, int nargs, TrTuple *kw, bool suffix) {
    if (tr_check_args(name, nargs - 1, kw, 1, 1) < 0) return TR_ERR;
    TrStr *s = SELF;
    if (!tr_is_str(args[1]))
        return tr_raise(tr_TypeError, "%s() argument must be str, not %s", name, tr_type_name(args[1]));
    TrStr *a = TR_AS(TrStr, args[1]);
    if (a->len && a->len <= s->len &&
        memcmp(s->data + (suffix ? s->len - a->len : 0), a->data, (size_t)a->len) == 0)
        return tr_obj(suffix ? tr_str_subbytes(s, 0, s->len - a->len) : tr_str_subbytes(s, a->len, s->len));
    return tr_obj(tr_str_subbytes(s, 0, s->len));
}

static TrValue str_removeprefix(TrValue *a, int n, TrTuple *kw) {
    return affix_impl("removeprefix", a, n, kw, false);
}
static TrValue str_removesuffix(TrValue *a, int n, TrTuple *kw) {
    return affix_impl("removesuffix", a, n, kw, true);
}

/* ---- padding ---------------------------------------------------------------- */

static TrStr *pad(TrStr *s, int64_t left, int64_t right, uint32_t fill) {
    if (left <= 0 && right <= 0) return tr_str_subbytes(s, 0, s->len);
    if (left < 0) left = 0;
    if (right < 0) right = 0;
    if (left > (INT64_MAX / 8 - s->len) / 4 - right) {
        tr_raise_memory_error();
        return NULL;
    }
    TrBuf b;
    tr_buf_init(&b, s->len + (left + right) * 4);
    tr_buf_put_fill(&b, fill, left);
    tr_buf_put_str(&b, s);
    tr_buf_put_fill(&b, fill, right);
    return tr_buf_finish_n(&b, s->nchars + left + right);
}

/* width and optional fill character of center/ljust/rjust */
static int pad_args(const char *name, TrValue *args, int nargs, TrTuple *kw, int64_t *width,
                    uint32_t *fill) {
    if (tr_check_args(name, nargs - 1, kw, 1, 2) < 0) return -1;
    if (want_index(args[1], width) < 0) return -1;
    *fill = ' ';
    if (nargs > 2) {
        if (!tr_is_str(args[2])) {
            tr_raise(tr_TypeError, "The fill character must be a unicode character, not %s",
                     tr_type_name(args[2]));
            return -1;
        }
        TrStr *f = TR_AS(TrStr, args[2]);
        if (f->nchars != 1) {
            tr_raise(tr_TypeError, "The fill character must be exactly one character long");
            return -1;
        }
        int n;
        *fill = tr_utf8_decode(f->data, &n);
    }
    return 0;
}

static TrValue str_center(TrValue *args, int nargs, TrTuple *kw) {
    int64_t width;
    uint32_t fill;
    if (pad_args("center", args, nargs, kw, &width, &fill) < 0) return TR_ERR;
    TrStr *s = SELF;
    if (width <= s->nchars) return tr_str_value_or_err(pad(s, 0, 0, fill));
    int64_t marg = width - s->nchars;
    int64_t left = marg / 2 + (marg & width & 1); /* CPython's rounding */
    return tr_str_value_or_err(pad(s, left, marg - left, fill));
}

static TrValue str_ljust(TrValue *args, int nargs, TrTuple *kw) {
    int64_t width;
    uint32_t fill;
    if (pad_args("ljust", args, nargs, kw, &width, &fill) < 0) return TR_ERR;
    return tr_str_value_or_err(pad(SELF, 0, width - SELF->nchars, fill));
}

static TrValue str_rjust(TrValue *args, int nargs, TrTuple *kw) {
    int64_t width;
    uint32_t fill;
    if (pad_args("rjust", args, nargs, kw, &width, &fill) < 0) return TR_ERR;
    return tr_str_value_or_err(pad(SELF, width - SELF->nchars, 0, fill));
}

static TrValue str_zfill(TrValue *args, int nargs, TrTuple *kw) {
    if (tr_check_args("zfill", nargs - 1, kw, 1, 1) < 0) return TR_ERR;
    int64_t width;
    if (want_index(args[1], &width) < 0) return TR_ERR;
    TrStr *s = SELF;
    int64_t fill = width - s->nchars;
    if (fill <= 0) return tr_str_value_or_err(pad(s, 0, 0, '0'));
    TrBuf b;
    tr_buf_init(&b, fill > INT64_MAX - s->len ? INT64_MAX : s->len + fill);
    int64_t i = 0;
    if (s->len && (s->data[0] == '+' || s->data[0] == '-')) tr_buf_putc(&b, s->data[i++]);
    tr_buf_put_fill(&b, '0', fill);
    tr_buf_put(&b, s->data + i, s->len - i);
    return tr_str_value_or_err(tr_buf_finish_n(&b, width));
}

static TrValue str_expandtabs(TrValue *args, int nargs, TrTuple *kw) {
    TrValue vtab;
    TrValue *outs[] = {&vtab};
    if (parse("expandtabs", args, nargs, kw, "|tabsize", outs) < 0) return TR_ERR;
    int64_t tab = 8;
    if (!TR_IS_UNDEF(vtab) && want_index(vtab, &tab) < 0) return TR_ERR;
    if (tab > INT32_MAX || tab < INT32_MIN) /* a C int in CPython */
        return tr_raise(tr_OverflowError, "Python int too large to convert to C int");
    TrStr *s = SELF;
    if (!memchr(s->data, '\t', (size_t)s->len)) return tr_str_value_or_err(pad(s, 0, 0, ' '));
    TrBuf b;
    tr_buf_init(&b, s->len + 16);
    int64_t col = 0, nchars = 0;
    for (int64_t i = 0; i < s->len;) {
        int n;
        uint32_t cp = tr_str_cp_at(s, i, &n);
        if (cp == '\t') {
            if (tab > 0) {
                int64_t k = tab - col % tab;
                tr_buf_put_fill(&b, ' ', k);
                col += k;
                nchars += k;
            }
        } else {
            tr_buf_put(&b, s->data + i, n);
            nchars++;
            col = (cp == '\n' || cp == '\r') ? 0 : col + 1;
        }
        i += n;
    }
    return tr_str_value_or_err(tr_buf_finish_n(&b, nchars));
}

/* ---- case mapping ------------------------------------------------------------ */

typedef enum CaseOp { OP_UPPER, OP_LOWER, OP_SWAP, OP_TITLE, OP_CAPITALIZE, OP_FOLD } CaseOp;

/* Final sigma (Unicode 3.13 Table 3-17): capital sigma lowers to 'ς' when it
 * follows a cased letter and no cased letter follows, skipping
 * case-ignorable code points on both sides. */
static bool final_sigma(const uint32_t *cps, int64_t n, int64_t i) {
    int64_t j = i - 1;
    while (j >= 0 && tr_u_has(cps[j], TR_UP_CASE_IGNORABLE)) j--;
    if (j < 0 || !tr_u_cased(cps[j])) return false;
    j = i + 1;
    while (j < n && tr_u_has(cps[j], TR_UP_CASE_IGNORABLE)) j++;
    return j == n || !tr_u_cased(cps[j]);
}

static int lower_at(const uint32_t *cps, int64_t n, int64_t i, uint32_t out[3]) {
    if (cps[i] == 0x3a3) {
        out[0] = final_sigma(cps, n, i) ? 0x3c2 : 0x3c3;
        return 1;
    }
    return tr_unicode_case(TR_CASE_LOWER, cps[i], out);
}

static TrStr *ascii_case(TrStr *s, CaseOp op) {
    TrStr *r = tr_str_alloc(s->len);
    bool prev_cased = false;
    for (int64_t i = 0; i < s->len; i++) {
        char c = s->data[i];
        bool up = c >= 'A' && c <= 'Z', lo = c >= 'a' && c <= 'z';
        bool to_upper;
        switch (op) {
        case OP_UPPER: to_upper = true; break;
        case OP_LOWER:
        case OP_FOLD: to_upper = false; break;
        case OP_SWAP: to_upper = lo; break;
        case OP_TITLE: to_upper = !prev_cased; break;
        default: to_upper = i == 0; break;
        }
        if (to_upper && lo) c = (char)(c - 32);
        else if (!to_upper && up) c = (char)(c + 32);
        prev_cased = up || lo;
        r->data[i] = c;
    }
    r->nchars = r->len;
    r->ascii = 1;
    return r;
}

static TrStr *case_map(TrStr *s, CaseOp op) {
    if (s->len == 0) return tr_str_empty();
    if (s->ascii) return ascii_case(s, op);
    int64_t n = s->nchars;
    uint32_t *cps = tr_alloc_atomic(sizeof(uint32_t) * (size_t)n);
    for (int64_t i = 0, k = 0; k < n; k++) {
        int len;
        cps[k] = tr_str_cp_at(s, i, &len);
        i += len;
    }
    TrBuf b;
    tr_buf_init(&b, s->len + 8);
    int64_t nchars = 0;
    bool prev_cased = false;
    for (int64_t i = 0; i < n; i++) {
        uint32_t out[3], c = cps[i];
        int m;
        switch (op) {
        case OP_UPPER: m = tr_unicode_case(TR_CASE_UPPER, c, out); break;
        case OP_LOWER: m = lower_at(cps, n, i, out); break;
        case OP_FOLD: m = tr_unicode_case(TR_CASE_FOLD, c, out); break;
        case OP_SWAP:
            if (tr_u_has(c, TR_UP_UPPER)) m = lower_at(cps, n, i, out);
            else if (tr_u_has(c, TR_UP_LOWER)) m = tr_unicode_case(TR_CASE_UPPER, c, out);
            else out[0] = c, m = 1;
            break;
        case OP_TITLE:
            m = prev_cased ? lower_at(cps, n, i, out) : tr_unicode_case(TR_CASE_TITLE, c, out);
            prev_cased = tr_u_cased(c);
            break;
        default: /* capitalize: titlecase the first, lowercase the rest */
            m = i == 0 ? tr_unicode_case(TR_CASE_TITLE, c, out) : lower_at(cps, n, i, out);
            break;
        }
        for (int k = 0; k < m; k++) tr_buf_put_cp(&b, out[k]);
        nchars += m;
    }
    return tr_buf_finish_n(&b, nchars);
}

#define CASE_METHOD(fn, name, op)                                   \
    static TrValue fn(TrValue *args, int nargs, TrTuple *kw) {      \
        if (tr_check_args("str." name, nargs - 1, kw, 0, 0) < 0)    \
            return TR_ERR;                                          \
        return tr_str_value_or_err(case_map(SELF, op));                        \
    }
CASE_METHOD(str_upper, "upper", OP_UPPER)
CASE_METHOD(str_lower, "lower", OP_LOWER)
CASE_METHOD(str_swapcase, "swapcase", OP_SWAP)
CASE_METHOD(str_title, "title", OP_TITLE)
CASE_METHOD(str_capitalize, "capitalize", OP_CAPITALIZE)
CASE_METHOD(str_casefold, "casefold", OP_FOLD)

/* ---- predicates ---------------------------------------------------------------- */

/* True when the string is non-empty and every code point has one of `bits`. */
static bool all_have(TrStr *s, unsigned bits) {
    if (s->len == 0) return false;
    for (int64_t i = 0; i < s->len;) {
        int n;
        uint32_t cp = tr_str_cp_at(s, i, &n);
        if (!(tr_unicode_props(cp) & bits)) return false;
        i += n;
    }
    return true;
}

/* The cased predicates, as CPython's unicode_islower/isupper/istitle. */
static bool str_is_cased(TrStr *s, CaseOp which) {
    bool cased = false, prev_cased = false;
    for (int64_t i = 0; i < s->len;) {
        int n;
        unsigned p = tr_unicode_props(tr_str_cp_at(s, i, &n));
        i += n;
        bool up = p & TR_UP_UPPER, lo = p & TR_UP_LOWER, ti = p & TR_UP_TITLE;
        if (which == OP_TITLE) {
            if (up || ti) {
                if (prev_cased) return false;
                prev_cased = cased = true;
            } else if (lo) {
                if (!prev_cased) return false;
                prev_cased = cased = true;
            } else {
                prev_cased = false;
            }
        } else if (which == OP_UPPER) {
            if (lo || ti) return false;
            cased |= up;
        } else {
            if (up || ti) return false;
            cased |= lo;
        }
    }
    return cased;
}

static bool str_isidentifier_impl(TrStr *s) {
    if (s->len == 0) return false;
    for (int64_t i = 0; i < s->len;) {
        int n;
        uint32_t cp = tr_str_cp_at(s, i, &n);
        if (!tr_u_has(cp, i == 0 ? TR_UP_XID_START : TR_UP_XID_CONTINUE)) return false;
        i += n;
    }
    return true;
}

static bool str_isprintable_impl(TrStr *s) { return s->len == 0 || all_have(s, TR_UP_PRINTABLE); }

typedef enum Pred {
    P_ALPHA, P_ALNUM, P_DIGIT, P_DECIMAL, P_NUMERIC, P_SPACE, P_UPPER, P_LOWER, P_TITLE,
    P_PRINTABLE, P_IDENT, P_ASCII
} Pred;

static bool predicate(TrStr *s, Pred p) {
    switch (p) {
    case P_ALPHA: return all_have(s, TR_UP_ALPHA);
    case P_ALNUM: return all_have(s, TR_UP_ALPHA | TR_UP_DECIMAL | TR_UP_DIGIT | TR_UP_NUMERIC);
    case P_DIGIT: return all_have(s, TR_UP_DIGIT);
    case P_DECIMAL: return all_have(s, TR_UP_DECIMAL);
    case P_NUMERIC: return all_have(s, TR_UP_NUMERIC);
    case P_SPACE: return all_have(s, TR_UP_SPACE);
    case P_UPPER: return str_is_cased(s, OP_UPPER);
    case P_LOWER: return str_is_cased(s, OP_LOWER);
    case P_TITLE: return str_is_cased(s, OP_TITLE);
    case P_PRINTABLE: return str_isprintable_impl(s);
    case P_IDENT: return str_isidentifier_impl(s);
    default: return s->ascii;
    }
}

#define PRED_METHOD(fn, name, p)                                    \
    static TrValue fn(TrValue *args, int nargs, TrTuple *kw) {      \
        if (tr_check_args("str." name, nargs - 1, kw, 0, 0) < 0)    \
            return TR_ERR;                                          \
        return tr_bool(predicate(SELF, p));                         \
    }
PRED_METHOD(str_isalpha, "isalpha", P_ALPHA)
PRED_METHOD(str_isalnum, "isalnum", P_ALNUM)
PRED_METHOD(str_isdigit, "isdigit", P_DIGIT)
PRED_METHOD(str_isdecimal, "isdecimal", P_DECIMAL)
PRED_METHOD(str_isnumeric, "isnumeric", P_NUMERIC)
PRED_METHOD(str_isspace, "isspace", P_SPACE)
PRED_METHOD(str_isupper, "isupper", P_UPPER)
PRED_METHOD(str_islower, "islower", P_LOWER)
PRED_METHOD(str_istitle, "istitle", P_TITLE)
PRED_METHOD(str_isprintable, "isprintable", P_PRINTABLE)
PRED_METHOD(str_isidentifier, "isidentifier", P_IDENT)
PRED_METHOD(str_isascii, "isascii", P_ASCII)

/* ---- encode, format, translate ------------------------------------------------- */

static TrValue str_encode(TrValue *args, int nargs, TrTuple *kw) {
    TrValue venc, verr;
    TrValue *outs[] = {&venc, &verr};
    if (parse("encode", args, nargs, kw, "|encoding,errors", outs) < 0) return TR_ERR;
    const char *names[] = {"encoding", "errors"};
    for (int i = 0; i < 2; i++)
        if (!TR_IS_UNDEF(*outs[i]) && !tr_is_str(*outs[i]))
            return tr_raise(tr_TypeError, "encode() argument '%s' must be str, not %s", names[i],
                            tr_type_name(*outs[i]));
    return tr_str_encode(SELF, TR_IS_UNDEF(venc) ? "utf-8" : TR_AS(TrStr, venc)->data,
                         TR_IS_UNDEF(verr) ? "strict" : TR_AS(TrStr, verr)->data);
}

static TrValue str_format(TrValue *args, int nargs, TrTuple *kw) {
    return tr_str_format_method(SELF, args + 1, nargs - 1, kw);
}

static TrValue str_format_map(TrValue *args, int nargs, TrTuple *kw) {
    if (tr_check_args("format_map", nargs - 1, kw, 1, 1) < 0) return TR_ERR;
    return tr_str_format_map(SELF, args[1]);
}

/* str.maketrans(x[, y[, z]]): the translation dict for translate(). */
static TrValue str_maketrans(TrValue *args, int nargs, TrTuple *kw) {
    if (tr_check_args("maketrans", nargs, kw, 1, 3) < 0) return TR_ERR;
    TrDict *d = tr_dict_new();
    if (nargs == 1) {
        if (!tr_is_type(args[0], &tr_dict_type))
            return tr_raise(tr_TypeError, "if you give only one argument to maketrans it must be a dict");
        TrValue k, v;
        for (int64_t pos = 0; tr_dict_next(TR_AS(TrDict, args[0]), &pos, &k, &v);) {
            if (tr_is_str(k)) {
                TrStr *ks = TR_AS(TrStr, k);
                if (ks->nchars != 1)
                    return tr_raise(tr_ValueError, "string keys in translate table must be of length 1");
                int n;
                k = tr_int(tr_utf8_decode(ks->data, &n));
            } else if (!tr_is_int(k)) {
                return tr_raise(tr_TypeError, "keys in translate table must be strings or integers");
            }
            if (tr_dict_set(d, k, v) < 0) return TR_ERR;
        }
        return tr_obj(d);
    }
    TrStr *x = want_str(args[0], "maketrans() argument 1 "), *y, *z = NULL;
    if (!x || !(y = want_str(args[1], "maketrans() argument 2 "))) return TR_ERR;
    if (nargs > 2 && !(z = want_str(args[2], "maketrans() argument 3 "))) return TR_ERR;
    if (x->nchars != y->nchars)
        return tr_raise(tr_ValueError, "the first two maketrans arguments must have equal length");
    for (int64_t i = 0, j = 0; i < x->len;) {
        int n, m;
        uint32_t a = tr_utf8_decode(x->data + i, &n), b = tr_utf8_decode(y->data + j, &m);
        if (tr_dict_set(d, tr_int(a), tr_int(b)) < 0) return TR_ERR;
        i += n;
        j += m;
    }
    for (int64_t i = 0; z && i < z->len;) {
        int n;
        uint32_t a = tr_utf8_decode(z->data + i, &n);
        if (tr_dict_set(d, tr_int(a), tr_none()) < 0) return TR_ERR;
        i += n;
    }
    return tr_obj(d);
}

static TrValue str_translate(TrValue *args, int nargs, TrTuple *kw) {
    if (tr_check_args("translate", nargs - 1, kw, 1, 1) < 0) return TR_ERR;
    TrStr *s = SELF;
    TrValue table = args[1];
    TrBuf b;
    tr_buf_init(&b, s->len + 8);
    for (int64_t i = 0; i < s->len;) {
        int n;
        uint32_t cp = tr_str_cp_at(s, i, &n);
        TrValue r = tr_getitem(table, tr_int(cp));
        if (TR_IS_UNDEF(r)) {
            if (!tr_exc_matches(tr_LookupError)) return TR_ERR;
            tr_exc_clear();
            tr_buf_put(&b, s->data + i, n);
        } else if (TR_IS_NONE(r)) {
        } else if (tr_is_str(r)) {
            tr_buf_put_str(&b, TR_AS(TrStr, r));
        } else if (tr_is_int(r)) {
            int64_t c;
            if (tr_int_to_int64(r, &c) < 0 || c < 0 || c > 0x10ffff) {
                tr_exc_clear();
                return tr_raise(tr_ValueError, "character mapping must be in range(0x110000)");
            }
            tr_buf_put_cp(&b, (uint32_t)c);
        } else {
            return tr_raise(tr_TypeError, "character mapping must return integer, None or str");
        }
        i += n;
    }
    return tr_str_value_or_err(tr_buf_finish_n(&b, -1));
}

/* ---- dunder methods (for explicit calls and subclasses' super()) ---------- */

static TrValue str_dunder_format(TrValue *args, int nargs, TrTuple *kw) {
    if (tr_check_args("__format__", nargs - 1, kw, 1, 1) < 0) return TR_ERR;
    if (!tr_is_str(args[1]))
        return tr_raise(tr_TypeError, "__format__() argument must be str, not %s", tr_type_name(args[1]));
    return tr_format_str(args[0], TR_AS(TrStr, args[1]));
}

static TrValue str_dunder_len(TrValue *args, int nargs, TrTuple *kw) {
    if (tr_check_args("__len__", nargs - 1, kw, 0, 0) < 0) return TR_ERR;
    return tr_int(SELF->nchars);
}

static TrValue str_dunder_getitem(TrValue *args, int nargs, TrTuple *kw) {
    if (tr_check_args("__getitem__", nargs - 1, kw, 1, 1) < 0) return TR_ERR;
    return tr_str_type.getitem(args[0], args[1]);
}

static TrValue str_dunder_contains(TrValue *args, int nargs, TrTuple *kw) {
    if (tr_check_args("__contains__", nargs - 1, kw, 1, 1) < 0) return TR_ERR;
    int r = tr_str_type.contains(args[0], args[1]);
    return r < 0 ? TR_ERR : tr_bool(r);
}

static TrValue str_dunder_hash(TrValue *args, int nargs, TrTuple *kw) {
    if (tr_check_args("__hash__", nargs - 1, kw, 0, 0) < 0) return TR_ERR;
    return tr_int(tr_str_hash(SELF));
}

static TrValue str_dunder_str(TrValue *args, int nargs, TrTuple *kw) {
    if (tr_check_args("__str__", nargs - 1, kw, 0, 0) < 0) return TR_ERR;
    return tr_str_type.str(args[0]);
}

static TrValue str_dunder_repr(TrValue *args, int nargs, TrTuple *kw) {
    if (tr_check_args("__repr__", nargs - 1, kw, 0, 0) < 0) return TR_ERR;
    return tr_str_value_or_err(tr_str_repr(SELF));
}

static TrValue str_dunder_iter(TrValue *args, int nargs, TrTuple *kw) {
    if (tr_check_args("__iter__", nargs - 1, kw, 0, 0) < 0) return TR_ERR;
    return tr_str_type.iter(args[0]);
}

static TrValue str_dunder_getnewargs(TrValue *args, int nargs, TrTuple *kw) {
    if (tr_check_args("__getnewargs__", nargs - 1, kw, 0, 0) < 0) return TR_ERR;
    TrValue copy = tr_obj(tr_str_new_n(SELF->data, SELF->len, SELF->nchars));
    return tr_obj(tr_tuple_from(&copy, 1));
}

/* Binary-operator dunders: the slot, NotImplemented passed through. */
#define BINOP_DUNDER(fn, name, op, swap)                                        \
    static TrValue fn(TrValue *args, int nargs, TrTuple *kw) {                  \
        if (tr_check_args(name, nargs - 1, kw, 1, 1) < 0) return TR_ERR;        \
        return swap ? tr_str_type.binop(op, args[1], args[0])                   \
                    : tr_str_type.binop(op, args[0], args[1]);                  \
    }
BINOP_DUNDER(str_dunder_add, "__add__", TR_BIN_ADD, 0)
BINOP_DUNDER(str_dunder_mul, "__mul__", TR_BIN_MUL, 0)
BINOP_DUNDER(str_dunder_rmul, "__rmul__", TR_BIN_MUL, 1)
BINOP_DUNDER(str_dunder_mod, "__mod__", TR_BIN_MOD, 0)

static TrValue str_dunder_rmod(TrValue *args, int nargs, TrTuple *kw) {
    (void)args;
    if (tr_check_args("__rmod__", nargs - 1, kw, 1, 1) < 0) return TR_ERR;
    return TR_NOTIMPL;
}

#define CMP_DUNDER(fn, name, op)                                                \
    static TrValue fn(TrValue *args, int nargs, TrTuple *kw) {                  \
        if (tr_check_args(name, nargs - 1, kw, 1, 1) < 0) return TR_ERR;        \
        return tr_str_type.richcmp(args[0], args[1], op);                       \
    }
CMP_DUNDER(str_dunder_eq, "__eq__", TR_EQ)
CMP_DUNDER(str_dunder_ne, "__ne__", TR_NE)
CMP_DUNDER(str_dunder_lt, "__lt__", TR_LT)
CMP_DUNDER(str_dunder_le, "__le__", TR_LE)
CMP_DUNDER(str_dunder_gt, "__gt__", TR_GT)
CMP_DUNDER(str_dunder_ge, "__ge__", TR_GE)

const TrMethodDef tr_str_method_defs[] = {
    {"capitalize", str_capitalize, 0},
    {"casefold", str_casefold, 0},
    {"center", str_center, 0},
    {"count", str_count, 0},
    {"encode", str_encode, 0},
    {"endswith", str_endswith, 0},
    {"expandtabs", str_expandtabs, 0},
    {"find", str_find, 0},
    {"format", str_format, 0},
    {"format_map", str_format_map, 0},
    {"index", str_index, 0},
    {"isalnum", str_isalnum, 0},
    {"isalpha", str_isalpha, 0},
    {"isascii", str_isascii, 0},
    {"isdecimal", str_isdecimal, 0},
    {"isdigit", str_isdigit, 0},
    {"isidentifier", str_isidentifier, 0},
    {"islower", str_islower, 0},
    {"isnumeric", str_isnumeric, 0},
    {"isprintable", str_isprintable, 0},
    {"isspace", str_isspace, 0},
    {"istitle", str_istitle, 0},
    {"isupper", str_isupper, 0},
    {"join", str_join, 0},
    {"ljust", str_ljust, 0},
    {"lower", str_lower, 0},
    {"lstrip", str_lstrip, 0},
    {"maketrans", str_maketrans, TR_METH_STATIC},
    {"partition", str_partition, 0},
    {"removeprefix", str_removeprefix, 0},
    {"removesuffix", str_removesuffix, 0},
    {"replace", str_replace, 0},
    {"rfind", str_rfind, 0},
    {"rindex", str_rindex, 0},
    {"rjust", str_rjust, 0},
    {"rpartition", str_rpartition, 0},
    {"rsplit", str_rsplit, 0},
    {"rstrip", str_rstrip, 0},
    {"split", str_split, 0},
    {"splitlines", str_splitlines, 0},
    {"startswith", str_startswith, 0},
    {"strip", str_strip, 0},
    {"swapcase", str_swapcase, 0},
    {"title", str_title, 0},
    {"translate", str_translate, 0},
    {"upper", str_upper, 0},
    {"zfill", str_zfill, 0},
    {"__format__", str_dunder_format, 0},
    {"__len__", str_dunder_len, 0},
    {"__getitem__", str_dunder_getitem, 0},
    {"__contains__", str_dunder_contains, 0},
    {"__hash__", str_dunder_hash, 0},
    {"__str__", str_dunder_str, 0},
    {"__repr__", str_dunder_repr, 0},
    {"__iter__", str_dunder_iter, 0},
    {"__getnewargs__", str_dunder_getnewargs, 0},
    {"__add__", str_dunder_add, 0},
    {"__mul__", str_dunder_mul, 0},
    {"__rmul__", str_dunder_rmul, 0},
    {"__mod__", str_dunder_mod, 0},
    {"__rmod__", str_dunder_rmod, 0},
    {"__eq__", str_dunder_eq, 0},
    {"__ne__", str_dunder_ne, 0},
    {"__lt__", str_dunder_lt, 0},
    {"__le__", str_dunder_le, 0},
    {"__gt__", str_dunder_gt, 0},
    {"__ge__", str_dunder_ge, 0},
    {NULL, NULL, 0},
};
