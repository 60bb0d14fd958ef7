/* tr_h_containers.c — helpers for iteration, container displays,
 * subscripts and unpacking, plus the typed container helpers the
 * translator calls once it knows the receiver's type.
 *
 * The typed helpers re-check their fast case and otherwise take the generic
 * path, so calling one with an unexpected operand is slow, never wrong. */
#include <string.h>

#include "tr_helpers.h"
#include "tr_iters.h"

#define H(name) int tr_h_##name(TrFrame *f, TrValue *regs, uint32_t a, uint32_t b, uint32_t c)

static inline int put(TrValue *regs, uint32_t a, TrValue r) {
    if (TR_IS_UNDEF(r)) return -1;
    regs[a] = r;
    return 0;
}

/* ---- iteration ----------------------------------------------------------- */

H(getiter) {
    (void)f, (void)c;
    return put(regs, a, tr_iter(regs[b]));
}

H(foriter) {
    (void)f, (void)c;
    TrValue r = tr_next(regs[a]);
    if (TR_IS_UNDEF(r)) return tr_exc_pending() ? -1 : 1;
    regs[b] = r;
    return 0;
}

/* `for x in range(...)`: when R[B] is the builtin range and its C
 * arguments are ints with an int64 count, the loop's state is three int
 * registers (next value, count left, step) and no object is made;
 * otherwise R[A] is iter(R[B](...)) and R[A+1] None, which FORRANGE tells
 * apart. */
H(rangeprep) {
    (void)f;
    TrValue *v = regs + b + 1;
    bool ints = c >= 1 && c <= 3;
    for (uint32_t k = 0; ints && k < c; k++) ints = v[k].tag == TR_TAG_INT;
    if (ints && tr_is_type(regs[b], &tr_type_type) && TR_AS(TrType, regs[b]) == &tr_range_type) {
        int64_t start = c == 1 ? 0 : v[0].u.i, stop = c == 1 ? v[0].u.i : v[1].u.i, step = c == 3 ? v[2].u.i : 1;
        int64_t count;
        if (tr_range_count(start, stop, step, &count)) {
            regs[a] = tr_int(start);
            regs[a + 1] = tr_int(count);
            regs[a + 2] = tr_int(step);
            return 0;
        }
    }
    TrValue r = tr_call(regs[b], v, (int)c, NULL);
    if (TR_IS_UNDEF(r)) return -1;
    TrValue it = tr_iter(r);
    if (TR_IS_UNDEF(it)) return -1;
    regs[a] = it;
    regs[a + 1] = regs[a + 2] = tr_none();
    return 0;
}

H(forrange) {
    if (regs[a + 1].tag != TR_TAG_INT) return tr_h_foriter(f, regs, a, b, c);
    if (regs[a + 1].u.i <= 0) return 1;
    regs[b] = regs[a];
    /* wrapping: the value after the last one may not fit */
    regs[a].u.i = (int64_t)((uint64_t)regs[a].u.i + (uint64_t)regs[a + 2].u.i);
    regs[a + 1].u.i--;
    return 0;
}

/* ---- displays ------------------------------------------------------------ */

H(buildlist) {
    (void)f;
    regs[a] = tr_obj(tr_list_from(&regs[b], c));
    return 0;
}

H(buildtuple) {
    (void)f;
    regs[a] = tr_obj(tr_tuple_from(&regs[b], c));
    return 0;
}

H(buildset) {
    (void)f;
    TrSet *s = tr_set_new(&tr_set_type);
    for (uint32_t j = 0; j < c; j++)
        if (tr_set_add(s, regs[b + j]) < 0) return -1;
    regs[a] = tr_obj(s);
    return 0;
}

H(builddict) {
    (void)f;
    TrDict *d = tr_dict_new();
    for (uint32_t j = 0; j < c; j++)
        if (tr_dict_set(d, regs[b + 2 * j], regs[b + 2 * j + 1]) < 0) return -1;
    regs[a] = tr_obj(d);
    return 0;
}

H(buildslice) {
    (void)f;
    regs[a] = tr_slice_new(regs[b], regs[b + 1], c == 3 ? regs[b + 2] : tr_none());
    return 0;
}

H(buildstring) {
    (void)f;
    TrBuf buf;
    tr_buf_init(&buf, 64);
    for (uint32_t j = 0; j < c; j++) tr_buf_put_str(&buf, TR_AS(TrStr, regs[b + j]));
    TrValue r = tr_str_value_or_err(tr_buf_finish(&buf)); /* MemoryError when huge */
    if (TR_IS_UNDEF(r)) return -1;
    regs[a] = r;
    return 0;
}

H(listappend) {
    (void)f, (void)c;
    return tr_list_append(TR_AS(TrList, regs[a]), regs[b]);
}

H(listextend) {
    (void)f, (void)c;
    return tr_list_extend(TR_AS(TrList, regs[a]), regs[b]);
}

H(setadd) {
    (void)f, (void)c;
    return tr_set_add(TR_AS(TrSet, regs[a]), regs[b]);
}

H(setupdate) {
    (void)f, (void)c;
    return tr_set_update(TR_AS(TrSet, regs[a]), regs[b]);
}

H(dictset) {
    (void)f;
    return tr_dict_set(TR_AS(TrDict, regs[a]), regs[b], regs[c]);
}

H(dictupdate) {
    (void)f, (void)c;
    TrValue src = regs[b];
    if (!tr_isinstance(src, &tr_dict_type) &&
        TR_IS_UNDEF(tr_getattr_opt(src, tr_str_intern("keys")))) {
        if (!tr_exc_pending())
            tr_raise(tr_TypeError, "'%s' object is not a mapping", tr_type_name(src));
        return -1;
    }
    return tr_dict_update(TR_AS(TrDict, regs[a]), src);
}

/* A mapping that is not a dict, merged through keys() and [] as CPython. */
static int merge_mapping(TrDict *d, TrValue src) {
    TrValue keys = tr_getattr_opt(src, tr_str_intern("keys"));
    if (TR_IS_UNDEF(keys)) {
        if (!tr_exc_pending())
            tr_raise(tr_TypeError, "%s argument after ** must be a mapping, not %s", "function",
                     tr_type_name(src));
        return -1;
    }
    TrList *ks = tr_list_of(tr_call0(keys));
    if (!ks) return -1;
    for (int64_t i = 0; i < ks->len; i++) {
        TrValue v = tr_getitem(src, ks->items[i]);
        if (TR_IS_UNDEF(v)) return -1;
        if (tr_dict_set(d, ks->items[i], v) < 0) return -1;
    }
    return 0;
}

/* `**m` in a call: R[A] is the keyword dict, R[A-2] the callee (named in
 * the duplicate-keyword message). */
H(dictmerge) {
    (void)f, (void)c;
    TrDict *d = TR_AS(TrDict, regs[a]);
    TrValue src = regs[b], fn = regs[a - 2];
    if (!tr_is_type(src, &tr_dict_type) && !tr_isinstance(src, &tr_dict_type))
        return merge_mapping(d, src);
    int64_t it = 0;
    TrValue k, v;
    while (tr_dict_next(TR_AS(TrDict, src), &it, &k, &v)) {
        if (!tr_is_type(k, &tr_str_type)) {
            tr_raise(tr_TypeError, "keywords must be strings");
            return -1;
        }
        if (!TR_IS_UNDEF(tr_dict_get(d, k))) {
            TrValue qn = tr_getattr_cstr(fn, "__qualname__");
            if (TR_IS_UNDEF(qn)) {
                tr_exc_clear();
                qn = tr_str_value("function");
            }
            tr_raise(tr_TypeError, "%S() got multiple values for keyword argument '%U'", qn,
                     TR_AS(TrStr, k));
            return -1;
        }
        if (tr_dict_set(d, k, v) < 0) return -1;
    }
    return 0;
}

H(listtotuple) {
    (void)f, (void)c;
    TrList *l = TR_AS(TrList, regs[b]);
    regs[a] = tr_obj(tr_tuple_from(l->items, l->len));
    return 0;
}

/* ---- subscripts ---------------------------------------------------------- */

H(getitem) {
    (void)f;
    return put(regs, a, tr_getitem(regs[b], regs[c]));
}

H(setitem) {
    (void)f;
    return tr_setitem(regs[a], regs[b], regs[c]);
}

H(delitem) {
    (void)f, (void)c;
    return tr_delitem(regs[a], regs[b]);
}

/* ---- unpacking ----------------------------------------------------------- */

static int unpack_error_count(int64_t expected, int64_t got, bool at_least) {
    if (got < expected)
        tr_raise(tr_ValueError, "not enough values to unpack (expected %s%lld, got %lld)",
                 at_least ? "at least " : "", (long long)expected, (long long)got);
    else
        tr_raise(tr_ValueError, "too many values to unpack (expected %lld)", (long long)expected);
    return -1;
}

/* What tr_iter accepts: __iter__, or __getitem__ alone (the old sequence
 * protocol). */
static bool unpackable(TrValue src) {
    TrType *t = tr_typeof(src);
    return t->iter || (t->getitem && t != &tr_type_type);
}

static int not_iterable(TrValue src) {
    tr_raise(tr_TypeError, "cannot unpack non-iterable %s object", tr_type_name(src));
    return -1;
}

/* Items of a list or tuple without copying, or NULL. */
static TrValue *seq_items(TrValue v, int64_t *n) {
    if (tr_is_type(v, &tr_tuple_type)) {
        *n = TR_AS(TrTuple, v)->len;
        return TR_AS(TrTuple, v)->items;
    }
    if (tr_is_type(v, &tr_list_type)) {
        *n = TR_AS(TrList, v)->len;
        return TR_AS(TrList, v)->items;
    }
    return NULL;
}

H(unpack) {
    (void)f;
    TrValue src = regs[b];
    int64_t n, count = c;
    TrValue *items = seq_items(src, &n);
    if (items) {
        if (n != count) return unpack_error_count(count, n, false);
        memmove(&regs[a], items, sizeof(TrValue) * (size_t)count);
        return 0;
    }
    if (!unpackable(src)) return not_iterable(src);
    TrValue it = tr_iter(src);
    if (TR_IS_UNDEF(it)) return -1;
    TrValue tmp[count > 0 ? count : 1];
    for (int64_t i = 0; i < count; i++) {
        TrValue v = tr_next(it);
        if (TR_IS_UNDEF(v)) return tr_exc_pending() ? -1 : unpack_error_count(count, i, false);
        tmp[i] = v;
    }
    if (!TR_IS_UNDEF(tr_next(it))) return unpack_error_count(count, count + 1, false);
    if (tr_exc_pending()) return -1;
    memcpy(&regs[a], tmp, sizeof(TrValue) * (size_t)count);
    return 0;
}

H(unpackex) {
    (void)f;
    TrValue src = regs[b];
    int before = (int)(c & 0x3ff), after = (int)(c >> 10);
    if (!unpackable(src)) return not_iterable(src);
    TrList *all = tr_list_of(src);
    if (!all) return -1;
    if (all->len < before + after) return unpack_error_count(before + after, all->len, true);
    TrValue *dst = &regs[a];
    for (int i = 0; i < before; i++) dst[i] = all->items[i];
    int64_t mid = all->len - before - after;
    dst[before] = tr_obj(tr_list_from(all->items + before, mid));
    for (int i = 0; i < after; i++) dst[before + 1 + i] = all->items[before + mid + i];
    return 0;
}

/* ---- typed helpers ------------------------------------------------------- */

/* items[key] of a sequence of len items into *out when key is an int in
 * range (negative counts from the end); false otherwise. */
static inline bool seq_index(const TrValue *items, int64_t len, TrValue key, TrValue *out) {
    if (key.tag != TR_TAG_INT) return false;
    int64_t i = key.u.i < 0 ? key.u.i + len : key.u.i;
    if ((uint64_t)i >= (uint64_t)len) return false;
    *out = items[i];
    return true;
}

/* list[int]; out of range takes the generic path for its IndexError. */
H(list_getitem) {
    TrValue o = regs[b];
    if (tr_is_type(o, &tr_list_type) &&
        seq_index(TR_AS(TrList, o)->items, TR_AS(TrList, o)->len, regs[c], &regs[a]))
        return 0;
    return tr_h_getitem(f, regs, a, b, c);
}

H(list_setitem) {
    TrValue o = regs[a], key = regs[b];
    if (key.tag == TR_TAG_INT && tr_is_type(o, &tr_list_type)) {
        TrList *l = TR_AS(TrList, o);
        int64_t i = key.u.i < 0 ? key.u.i + l->len : key.u.i;
        if ((uint64_t)i < (uint64_t)l->len) {
            l->items[i] = regs[c];
            return 0;
        }
    }
    return tr_h_setitem(f, regs, a, b, c);
}

H(list_append) {
    (void)f, (void)c;
    if (tr_is_type(regs[a], &tr_list_type)) return tr_list_append(TR_AS(TrList, regs[a]), regs[b]);
    return TR_IS_UNDEF(tr_call_method(regs[a], "append", &regs[b], 1)) ? -1 : 0;
}

H(str_concat) {
    if (tr_is_type(regs[b], &tr_str_type) && tr_is_type(regs[c], &tr_str_type)) {
        regs[a] = tr_obj(tr_str_concat(TR_AS(TrStr, regs[b]), TR_AS(TrStr, regs[c])));
        return 0;
    }
    return tr_h_add(f, regs, a, b, c);
}

/* str[int] and str[slice] go straight to the str type's subscript slot. */
static int str_subscript(TrFrame *f, TrValue *regs, uint32_t a, uint32_t b, uint32_t c) {
    if (tr_is_type(regs[b], &tr_str_type)) return put(regs, a, tr_str_type.getitem(regs[b], regs[c]));
    return tr_h_getitem(f, regs, a, b, c);
}

H(str_index) { return str_subscript(f, regs, a, b, c); }
H(str_slice) { return str_subscript(f, regs, a, b, c); }

H(str_len) {
    if (tr_is_type(regs[b], &tr_str_type)) {
        regs[a] = tr_int(TR_AS(TrStr, regs[b])->nchars);
        return 0;
    }
    return tr_h_len(f, regs, a, b, c);
}

H(len) {
    (void)f, (void)c;
    int64_t n = tr_len(regs[b]);
    if (n < 0) return -1;
    regs[a] = tr_int(n);
    return 0;
}

H(dict_get) {
    if (tr_is_type(regs[b], &tr_dict_type)) return put(regs, a, tr_dict_type.getitem(regs[b], regs[c]));
    return tr_h_getitem(f, regs, a, b, c);
}

H(dict_set) {
    (void)f;
    if (tr_is_type(regs[a], &tr_dict_type)) return tr_dict_set(TR_AS(TrDict, regs[a]), regs[b], regs[c]);
    return tr_setitem(regs[a], regs[b], regs[c]);
}

H(dict_contains) {
    if (tr_is_type(regs[c], &tr_dict_type)) {
        int r = tr_dict_contains(TR_AS(TrDict, regs[c]), regs[b]);
        if (r < 0) return -1;
        regs[a] = tr_bool(r);
        return 0;
    }
    return tr_h_in(f, regs, a, b, c);
}

H(tuple_index) {
    TrValue o = regs[b];
    if (tr_is_type(o, &tr_tuple_type) &&
        seq_index(TR_AS(TrTuple, o)->items, TR_AS(TrTuple, o)->len, regs[c], &regs[a]))
        return 0;
    return tr_h_getitem(f, regs, a, b, c);
}

H(set_add) {
    (void)f, (void)c;
    if (tr_is_type(regs[a], &tr_set_type)) return tr_set_add(TR_AS(TrSet, regs[a]), regs[b]);
    return TR_IS_UNDEF(tr_call_method(regs[a], "add", &regs[b], 1)) ? -1 : 0;
}

H(set_contains) {
    TrValue s = regs[c];
    if (tr_is_type(s, &tr_set_type) || tr_is_type(s, &tr_frozenset_type)) {
        int r = tr_set_contains(TR_AS(TrSet, s), regs[b]);
        if (r < 0) return -1;
        regs[a] = tr_bool(r);
        return 0;
    }
    return tr_h_in(f, regs, a, b, c);
}
