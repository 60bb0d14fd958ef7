/* tr_list.c — the list type, its iterators, reversed(), and the small
 * helpers every container file shares (index conversion, repr guard).
 *
 * A list is a growable array of TrValues (Boehm-allocated, so the collector
 * sees the items).  Semantics follow CPython 3.11's listobject.c: the same
 * over-allocation, the same error messages, slice assignment that grows and
 * shrinks, an index-based iterator that sees appends, and sort() that
 * empties the list while sorting so mutation from a key function is caught.
 * Sorting itself lives in tr_sort.c. */
#include <string.h>

#include "tr_iters.h"

#define AS_LIST(v) TR_AS(TrList, v)

/* ---- helpers shared by the container files ------------------------------ */

static TrStr *str_index_dunder;

bool tr_has_index(TrValue v) {
    if (v.tag == TR_TAG_INT || v.tag == TR_TAG_BOOL) return true;
    if (v.tag != TR_TAG_OBJ) return false;
    if (tr_is_bigint(v)) return true;
    if (!str_index_dunder) str_index_dunder = tr_str_intern("__index__");
    return !TR_IS_UNDEF(tr_type_lookup(v.u.o->type, str_index_dunder));
}

/* An int (small, big, or an int subclass instance) to int64; when it does
 * not fit, clamp (overflow NULL) or raise `overflow` with `msg`. */
static int int_to_index(TrValue v, int64_t *out, TrType *overflow, const char *msg) {
    if (tr_int_to_int64(v, out) == 0) return 0;
    if (!tr_exc_matches(tr_OverflowError)) return -1;
    tr_exc_clear();
    if (overflow) {
        tr_raise(overflow, "%s", msg);
        return -1;
    }
    *out = tr_int_sign(v) < 0 ? INT64_MIN : INT64_MAX;
    return 0;
}

int tr_as_index(TrValue v, int64_t *out, TrType *overflow, const char *msg) {
    if (v.tag == TR_TAG_INT || v.tag == TR_TAG_BOOL) {
        *out = v.u.i;
        return 0;
    }
    if (tr_is_int(v)) return int_to_index(v, out, overflow, msg);
    if (!tr_has_index(v)) {
        tr_raise(tr_TypeError, "'%s' object cannot be interpreted as an integer", tr_type_name(v));
        return -1;
    }
    TrValue m = tr_type_lookup(tr_typeof(v), str_index_dunder);
    TrValue r = tr_call1(m, v);
    if (TR_IS_UNDEF(r)) return -1;
    if (!tr_is_int(r)) {
        tr_raise(tr_TypeError, "__index__ returned non-int (type %s)", tr_type_name(r));
        return -1;
    }
    return int_to_index(r, out, overflow, msg);
}

TrSeqKey tr_seq_key(TrValue key, int64_t *out) {
    if (key.tag == TR_TAG_INT || key.tag == TR_TAG_BOOL) {
        *out = key.u.i;
        return TR_SEQKEY_INDEX;
    }
    if (key.tag != TR_TAG_OBJ) return TR_SEQKEY_OTHER;
    if (key.u.o->type == &tr_slice_type) return TR_SEQKEY_SLICE;
    if (!tr_has_index(key)) return TR_SEQKEY_OTHER;
    if (tr_as_index(key, out, tr_IndexError, TR_MSG_CANNOT_FIT) < 0) return TR_SEQKEY_ERROR;
    return TR_SEQKEY_INDEX;
}

size_t tr_instance_size(TrType *t, size_t base) {
    return t->basicsize > 0 && (size_t)t->basicsize > base ? (size_t)t->basicsize : base;
}

void tr_instance_init_dict(TrType *t, void *obj) {
    if (t->dictoffset) *tr_dict_slot(obj) = tr_dict_new();
}

int tr_hash_unhashable(TrValue self, int64_t *out) {
    (void)out;
    tr_raise(tr_TypeError, "unhashable type: '%s'", tr_type_name(self));
    return -1;
}

TrValue tr_tp_new_disabled(TrType *t, TrValue *args, int nargs, TrTuple *kwnames) {
    (void)args; (void)nargs; (void)kwnames;
    return tr_raise(tr_TypeError, "cannot create '%s' instances", t->name);
}

int tr_buf_put_reprs(TrBuf *b, const TrValue *items, int64_t n) {
    for (int64_t i = 0; i < n; i++) {
        if (i) tr_buf_put(b, ", ", 2);
        TrStr *s = tr_repr(items[i]);
        if (!s) return -1;
        tr_buf_put_str(b, s);
    }
    return 0;
}

/* The repr guard: a stack of the containers whose repr is in progress.  A
 * global pointer, so the collector treats the array as a root. */
static TrObject **repr_stack;
static int64_t repr_depth, repr_cap;

int tr_repr_enter(TrValue v) {
    if (v.tag != TR_TAG_OBJ) return 0;
    for (int64_t i = 0; i < repr_depth; i++)
        if (repr_stack[i] == v.u.o) return 1;
    if (repr_depth == repr_cap) {
        int64_t cap = repr_cap ? repr_cap * 2 : 16;
        TrObject **ns = tr_alloc(sizeof(TrObject *) * (size_t)cap);
        if (repr_depth) memcpy(ns, repr_stack, sizeof(TrObject *) * (size_t)repr_depth);
        repr_stack = ns;
        repr_cap = cap;
    }
    repr_stack[repr_depth++] = v.u.o;
    return 0;
}

void tr_repr_leave(TrValue v) {
    if (v.tag != TR_TAG_OBJ) return;
    for (int64_t i = repr_depth - 1; i >= 0; i--) {
        if (repr_stack[i] == v.u.o) {
            memmove(repr_stack + i, repr_stack + i + 1,
                    sizeof(TrObject *) * (size_t)(repr_depth - i - 1));
            repr_depth--;
            repr_stack[repr_depth] = NULL;
            return;
        }
    }
}

/* ---- storage ------------------------------------------------------------ */

/* Item storage of lists with no capacity: never NULL, so pointer
 * arithmetic and memcpy/memmove on an empty list stay defined. */
static TrValue empty_items[1];

/* Make room for `newlen` items with CPython's growth pattern (~1.125x + 6);
 * -1 with MemoryError pending when that much memory is not there. */
static int list_reserve(TrList *l, int64_t newlen) {
    if (newlen <= l->cap) return 0;
    int64_t cap = newlen < INT64_MAX / 2 ? (newlen + (newlen >> 3) + 6) & ~(int64_t)3 : newlen;
    if (newlen - l->len > cap - newlen) cap = (newlen + 3) & ~(int64_t)3;
    /* a plain buffer: the one it replaces dies at once (closures.py's peak,
     * --no-jit, 6 runs each: 39-54 MB so, 50-62 from tr_try_alloc_items) */
    TrValue *items = tr_try_alloc_buffer(cap, sizeof(TrValue));
    if (!items) return -1;
    if (l->len) memcpy(items, l->items, sizeof(TrValue) * (size_t)l->len);
    l->items = items;
    l->cap = cap;
    return 0;
}

static TrList *list_alloc(int64_t cap) {
    TrList *l = tr_new_object(&tr_list_type, sizeof(TrList));
    l->items = empty_items;
    if (cap > 0) {
        /* from the items allocator, whose big blocks give their pages back */
        l->items = tr_try_alloc_items(0, cap, sizeof(TrValue), false);
        if (!l->items) tr_out_of_memory(sizeof(TrValue) * (size_t)cap);
        l->cap = cap;
    }
    return l;
}

/* For sizes the program chooses: NULL with MemoryError pending. */
static TrList *list_alloc_try(int64_t cap) {
    TrValue *items = empty_items;
    if (cap > 0 && !(items = tr_try_alloc_items(0, cap, sizeof(TrValue), false))) return NULL;
    TrList *l = tr_new_object(&tr_list_type, sizeof(TrList));
    l->items = items;
    l->cap = cap > 0 ? cap : 0;
    return l;
}

TrList *tr_list_new(int64_t len) {
    TrList *l = list_alloc(len);
    for (int64_t i = 0; i < len; i++) l->items[i] = tr_none();
    l->len = len;
    return l;
}

TrList *tr_list_from(const TrValue *items, int64_t n) {
    TrList *l = list_alloc(n);
    if (n) memcpy(l->items, items, sizeof(TrValue) * (size_t)n);
    l->len = n;
    return l;
}

int tr_list_append(TrList *l, TrValue v) {
    if (l->len == l->cap && list_reserve(l, l->len + 1) < 0) return -1;
    l->items[l->len++] = v;
    return 0;
}

/* Append n values (which may alias the list's own items). */
static int list_append_n(TrList *l, const TrValue *src, int64_t n) {
    if (n <= 0) return 0;
    if (list_reserve(l, l->len + n) < 0) return -1; /* src stays valid: the old buffer lives */
    memmove(l->items + l->len, src, sizeof(TrValue) * (size_t)n);
    l->len += n;
    return 0;
}

/* Room for what a built-in iterable will give (CPython's length hint), so
 * list(range(10**12)) fails at once with MemoryError instead of growing. */
static int reserve_for(TrList *l, TrValue iterable) {
    TrType *t = tr_typeof(iterable);
    if (!t->len || (t->flags & TR_TF_HEAPTYPE) || iterable.tag != TR_TAG_OBJ) return 0;
    int64_t n = t->len(iterable);
    if (n < 0) return -1; /* OverflowError for a range longer than any index */
    return n > 0 ? list_reserve(l, l->len + n) : 0;
}

int tr_list_extend(TrList *l, TrValue iterable) {
    /* exact types only: a subclass may override __iter__ */
    if (tr_is_type(iterable, &tr_list_type) || (TR_IS_OBJ(iterable) && iterable.u.o == (TrObject *)l)) {
        TrList *src = AS_LIST(iterable);
        return list_append_n(l, src->items, src->len);
    }
    if (tr_is_type(iterable, &tr_tuple_type)) {
        TrTuple *t = TR_AS(TrTuple, iterable);
        return list_append_n(l, t->items, t->len);
    }
    if (reserve_for(l, iterable) < 0) return -1;
    TrValue it = tr_iter(iterable);
    if (TR_IS_UNDEF(it)) return -1;
    for (;;) {
        TrValue v = tr_next(it);
        if (TR_IS_UNDEF(v)) return tr_exc_pending() ? -1 : 0;
        if (tr_list_append(l, v) < 0) return -1;
    }
}

TrList *tr_list_of(TrValue iterable) {
    TrList *l = list_alloc(0);
    return tr_list_extend(l, iterable) < 0 ? NULL : l;
}

int tr_list_insert(TrList *l, int64_t i, TrValue v) {
    if (i < 0) {
        i += l->len;
        if (i < 0) i = 0;
    } else if (i > l->len) {
        i = l->len;
    }
    if (list_reserve(l, l->len + 1) < 0) return -1;
    memmove(l->items + i + 1, l->items + i, sizeof(TrValue) * (size_t)(l->len - i));
    l->items[i] = v;
    l->len++;
    return 0;
}

/* Remove items [lo, hi) (0 <= lo <= hi <= len). */
static void list_remove_range(TrList *l, int64_t lo, int64_t hi) {
    if (hi <= lo) return;
    memmove(l->items + lo, l->items + hi, sizeof(TrValue) * (size_t)(l->len - hi));
    for (int64_t i = l->len - (hi - lo); i < l->len; i++) l->items[i] = tr_undef();
    l->len -= hi - lo;
}

TrValue tr_list_pop(TrList *l, int64_t i) {
    if (l->len == 0) return tr_raise(tr_IndexError, "pop from empty list");
    if (i < 0) i += l->len;
    if (i < 0 || i >= l->len) return tr_raise(tr_IndexError, "pop index out of range");
    TrValue v = l->items[i];
    list_remove_range(l, i, i + 1);
    return v;
}

/* ---- slots -------------------------------------------------------------- */

static TrValue list_repr(TrValue self) {
    TrList *l = AS_LIST(self);
    if (l->len == 0) return tr_str_value("[]");
    if (tr_repr_enter(self)) return tr_str_value("[...]");
    TrBuf b;
    tr_buf_init(&b, 16 + 4 * l->len);
    tr_buf_putc(&b, '[');
    /* index loop re-reading len: an element's repr may mutate the list */
    for (int64_t i = 0; i < l->len; i++) {
        if (i) tr_buf_put(&b, ", ", 2);
        TrStr *s = tr_repr(l->items[i]);
        if (!s) {
            tr_repr_leave(self);
            return TR_ERR;
        }
        tr_buf_put_str(&b, s);
    }
    tr_buf_putc(&b, ']');
    tr_repr_leave(self);
    return tr_str_value_or_err(tr_buf_finish(&b));
}

static int64_t list_len(TrValue self) { return AS_LIST(self)->len; }

static TrValue list_slice(TrList *l, TrSlice *s) {
    int64_t start, stop, step;
    int64_t n = tr_slice_indices(s, l->len, &start, &stop, &step);
    if (n < 0) return TR_ERR;
    if (step == 1) return tr_obj(tr_list_from(l->items + start, n));
    TrList *r = list_alloc(n);
    for (int64_t i = 0, j = start; i < n; i++, j += step) r->items[i] = l->items[j];
    r->len = n;
    return tr_obj(r);
}

static TrValue list_getitem(TrValue self, TrValue key) {
    TrList *l = AS_LIST(self);
    int64_t i;
    switch (tr_seq_key(key, &i)) {
    case TR_SEQKEY_INDEX:
        if (i < 0) i += l->len;
        if (i < 0 || i >= l->len) return tr_raise(tr_IndexError, "list index out of range");
        return l->items[i];
    case TR_SEQKEY_SLICE: return list_slice(l, TR_AS(TrSlice, key));
    case TR_SEQKEY_OTHER:
        return tr_raise(tr_TypeError, "list indices must be integers or slices, not %s",
                        tr_type_name(key));
    default: return TR_ERR;
    }
}

/* The items of an assigned value, as CPython's PySequence_Fast does it. */
static TrValue *seq_items(TrList *self, TrValue v, int64_t *n, const char *not_iterable) {
    if (v.tag == TR_TAG_OBJ && v.u.o == (TrObject *)self) {
        *n = self->len;
        TrValue *copy = tr_alloc(sizeof(TrValue) * (size_t)(self->len ? self->len : 1));
        memcpy(copy, self->items, sizeof(TrValue) * (size_t)self->len);
        return copy;
    }
    if (tr_is_type(v, &tr_list_type)) {
        *n = AS_LIST(v)->len;
        return AS_LIST(v)->items ? AS_LIST(v)->items : empty_items;
    }
    if (tr_is_type(v, &tr_tuple_type)) {
        *n = TR_AS(TrTuple, v)->len;
        return TR_AS(TrTuple, v)->items;
    }
    if (!tr_typeof(v)->iter) {
        tr_raise(tr_TypeError, "%s", not_iterable);
        return NULL;
    }
    TrList *l = tr_list_of(v);
    if (!l) return NULL;
    *n = l->len;
    return l->items ? l->items : empty_items;
}

/* l[lo:hi] = v (v UNDEF: delete), step 1. */
static int list_assign_simple(TrList *l, int64_t lo, int64_t hi, TrValue v) {
    if (hi < lo) hi = lo;
    if (TR_IS_UNDEF(v)) {
        list_remove_range(l, lo, hi);
        return 0;
    }
    int64_t n;
    TrValue *src = seq_items(l, v, &n, "can only assign an iterable");
    if (!src) return -1;
    int64_t old = hi - lo, delta = n - old;
    if (delta > 0 && list_reserve(l, l->len + delta) < 0) return -1;
    if (delta != 0) {
        memmove(l->items + hi + delta, l->items + hi, sizeof(TrValue) * (size_t)(l->len - hi));
        if (delta < 0)
            for (int64_t i = l->len + delta; i < l->len; i++) l->items[i] = tr_undef();
        l->len += delta;
    }
    if (n) memmove(l->items + lo, src, sizeof(TrValue) * (size_t)n);
    return 0;
}

/* Delete an extended slice: keep every item not on the slice's path. */
static void list_delete_extended(TrList *l, int64_t start, int64_t step, int64_t n) {
    if (n <= 0) return;
    if (step < 0) { /* walk it upwards instead */
        start = start + step * (n - 1);
        step = -step;
    }
    int64_t w = start;
    for (int64_t r = start, k = 0; r < l->len; r++) {
        if (k < n && r == start + k * step) {
            k++;
            continue;
        }
        l->items[w++] = l->items[r];
    }
    for (int64_t i = w; i < l->len; i++) l->items[i] = tr_undef();
    l->len = w;
}

static int list_assign_slice(TrList *l, TrSlice *s, TrValue v) {
    int64_t start, stop, step;
    int64_t n = tr_slice_indices(s, l->len, &start, &stop, &step);
    if (n < 0) return -1;
    if (step == 1) return list_assign_simple(l, start, stop, v);
    if (TR_IS_UNDEF(v)) {
        list_delete_extended(l, start, step, n);
        return 0;
    }
    int64_t m;
    TrValue *src = seq_items(l, v, &m, "must assign iterable to extended slice");
    if (!src) return -1;
    if (m != n) {
        tr_raise(tr_ValueError, "attempt to assign sequence of size %lld to extended slice of size %lld",
                 (long long)m, (long long)n);
        return -1;
    }
    for (int64_t i = 0, j = start; i < n; i++, j += step) l->items[j] = src[i];
    return 0;
}

static int list_setitem(TrValue self, TrValue key, TrValue v) {
    TrList *l = AS_LIST(self);
    int64_t i;
    switch (tr_seq_key(key, &i)) {
    case TR_SEQKEY_INDEX:
        if (i < 0) i += l->len;
        if (i < 0 || i >= l->len) {
            tr_raise(tr_IndexError, "list assignment index out of range");
            return -1;
        }
        if (TR_IS_UNDEF(v)) list_remove_range(l, i, i + 1);
        else l->items[i] = v;
        return 0;
    case TR_SEQKEY_SLICE: return list_assign_slice(l, TR_AS(TrSlice, key), v);
    case TR_SEQKEY_OTHER:
        tr_raise(tr_TypeError, "list indices must be integers or slices, not %s", tr_type_name(key));
        return -1;
    default: return -1;
    }
}

static int list_contains(TrValue self, TrValue x) {
    TrList *l = AS_LIST(self);
    for (int64_t i = 0; i < l->len; i++) {
        int r = tr_eq(l->items[i], x);
        if (r != 0) return r;
    }
    return 0;
}

static bool cmp_result(int64_t a, int64_t b, int op) {
    switch (op) {
    case TR_LT: return a < b;
    case TR_LE: return a <= b;
    case TR_EQ: return a == b;
    case TR_NE: return a != b;
    case TR_GT: return a > b;
    default: return a >= b;
    }
}

/* Lexicographic comparison as CPython's list_richcompare: find the first
 * differing item (identity, then ==), then compare that pair with `op`.
 * Lengths are re-read each step because __eq__ may mutate the lists. */
static TrValue list_richcmp(TrValue a, TrValue b, int op) {
    if (!tr_is_list(a) || !tr_is_list(b)) return TR_NOTIMPL;
    TrList *x = AS_LIST(a), *y = AS_LIST(b);
    if (x->len != y->len && (op == TR_EQ || op == TR_NE)) return tr_bool(op == TR_NE);
    int64_t i;
    for (i = 0; i < x->len && i < y->len; i++) {
        int eq = tr_eq(x->items[i], y->items[i]);
        if (eq < 0) return TR_ERR;
        if (!eq) break;
    }
    if (i >= x->len || i >= y->len) return tr_bool(cmp_result(x->len, y->len, op));
    if (op == TR_EQ) return tr_bool(false);
    if (op == TR_NE) return tr_bool(true);
    return tr_richcmp(x->items[i], y->items[i], op);
}

static TrValue list_repeat(TrList *l, int64_t n) {
    if (n < 0) n = 0;
    if (n && l->len > (INT64_MAX / 16) / n) return tr_raise_memory_error();
    TrList *r = list_alloc_try(l->len * n);
    if (!r) return TR_ERR;
    tr_repeat_fill(r->items, l->items, sizeof(TrValue) * (size_t)l->len, n);
    r->len = l->len * n;
    return tr_obj(r);
}

static int repeat_count(TrValue v, int64_t *n) {
    return tr_as_index(v, n, tr_OverflowError, TR_MSG_CANNOT_FIT);
}

static TrValue list_binop(int op, TrValue a, TrValue b) {
    bool inplace = (op & TR_BIN_INPLACE) != 0;
    int64_t n;
    switch (op & 0xff) {
    case TR_BIN_ADD:
        if (!tr_is_list(a)) return TR_NOTIMPL;
        if (inplace) return tr_list_extend(AS_LIST(a), b) < 0 ? TR_ERR : a;
        if (!tr_is_list(b)) return TR_NOTIMPL;
        {
            TrList *x = AS_LIST(a), *y = AS_LIST(b);
            TrList *r = list_alloc_try(x->len + y->len);
            if (!r) return TR_ERR;
            if (x->len) memcpy(r->items, x->items, sizeof(TrValue) * (size_t)x->len);
            if (y->len) memcpy(r->items + x->len, y->items, sizeof(TrValue) * (size_t)y->len);
            r->len = x->len + y->len;
            return tr_obj(r);
        }
    case TR_BIN_MUL:
        if (tr_is_list(a) && tr_has_index(b)) {
            if (repeat_count(b, &n) < 0) return TR_ERR;
            TrValue r = list_repeat(AS_LIST(a), n);
            if (!inplace || TR_IS_UNDEF(r)) return r;
            TrList *l = AS_LIST(a), *rl = AS_LIST(r);
            l->items = rl->items; /* *= keeps the object, takes the new buffer */
            l->len = rl->len;
            l->cap = rl->cap;
            return a;
        }
        if (tr_is_list(b) && tr_has_index(a)) {
            if (repeat_count(a, &n) < 0) return TR_ERR;
            return list_repeat(AS_LIST(b), n);
        }
        return TR_NOTIMPL;
    default: return TR_NOTIMPL;
    }
}

/* ---- iterators ------------------------------------------------------------ */

static TrValue list_iter(TrValue self) {
    TrListIter *it = tr_new_object(&tr_list_iter_type, sizeof(TrListIter));
    it->list = AS_LIST(self);
    return tr_obj(it);
}

static TrValue list_iter_next(TrValue self) {
    TrListIter *it = TR_AS(TrListIter, self);
    if (it->list && it->index < it->list->len) return it->list->items[it->index++];
    it->list = NULL;
    return tr_undef();
}

TrType tr_list_iter_type = {
    .ob = {&tr_type_type},
    .name = "list_iterator",
    .iter = tr_self_iter,
    .next = list_iter_next,
    .tp_new = tr_tp_new_disabled,
};

static TrValue list_reviter_next(TrValue self) {
    TrListRevIter *it = TR_AS(TrListRevIter, self);
    if (it->list && it->index >= 0 && it->index < it->list->len)
        return it->list->items[it->index--];
    it->list = NULL;
    return tr_undef();
}

TrType tr_list_reviter_type = {
    .ob = {&tr_type_type},
    .name = "list_reverseiterator",
    .iter = tr_self_iter,
    .next = list_reviter_next,
    .tp_new = tr_tp_new_disabled,
};

static TrValue list_reversed(TrList *l) {
    TrListRevIter *it = tr_new_object(&tr_list_reviter_type, sizeof(TrListRevIter));
    it->list = l;
    it->index = l->len - 1;
    return tr_obj(it);
}

/* reversed() over any object with __len__ and __getitem__. */
typedef struct SeqRevIter {
    TrObject ob;
    TrValue seq; /* UNDEF once exhausted */
    int64_t index;
} SeqRevIter;

static TrValue seq_reviter_next(TrValue self) {
    SeqRevIter *it = TR_AS(SeqRevIter, self);
    if (TR_IS_UNDEF(it->seq) || it->index < 0) {
        it->seq = tr_undef();
        return tr_undef();
    }
    TrValue v = tr_getitem(it->seq, tr_int(it->index--));
    if (TR_IS_UNDEF(v) && (tr_exc_matches(tr_IndexError) || tr_exc_matches(tr_StopIteration))) {
        tr_exc_clear();
        it->seq = tr_undef();
    }
    return v;
}

static TrType seq_reviter_type = {
    .ob = {&tr_type_type},
    .name = "reversed",
    .iter = tr_self_iter,
    .next = seq_reviter_next,
    .tp_new = tr_tp_new_disabled,
};

TrValue tr_reversed(TrValue seq) {
    TrType *t = tr_typeof(seq);
    if (t == &tr_list_type) return list_reversed(AS_LIST(seq));
    TrValue m = tr_type_lookup(t, tr_str_intern("__reversed__"));
    if (!TR_IS_UNDEF(m)) {
        if (TR_IS_NONE(m)) return tr_raise(tr_TypeError, "'%s' object is not reversible", t->name);
        return tr_call1(m, seq);
    }
    if (!t->len || !t->getitem || t == &tr_dict_type || (t->flags & TR_TF_DICT_SUBCLASS) ||
        tr_is_anyset(seq))
        return tr_raise(tr_TypeError, "'%s' object is not reversible", t->name);
    int64_t n = tr_len(seq);
    if (n < 0) return TR_ERR;
    SeqRevIter *it = tr_new_object(&seq_reviter_type, sizeof(SeqRevIter));
    it->seq = seq;
    it->index = n - 1;
    return tr_obj(it);
}

/* ---- construction ------------------------------------------------------- */

static TrValue list_new(TrType *type, TrValue *args, int nargs, TrTuple *kwnames) {
    if (type != &tr_list_type) {
        /* a subclass: list.__init__ (or the subclass's) fills it */
        TrList *l = tr_alloc(tr_instance_size(type, sizeof(TrList)));
        l->ob.type = type;
        l->items = empty_items;
        tr_instance_init_dict(type, l);
        return tr_obj(l);
    }
    if (tr_check_args("list", nargs, kwnames, 0, 1) < 0) {
        if (kwnames && kwnames->len) {
            tr_exc_clear();
            return tr_raise(tr_TypeError, "list() takes no keyword arguments");
        }
        return TR_ERR;
    }
    TrList *l = list_alloc(0);
    if (nargs == 1 && tr_list_extend(l, args[0]) < 0) return TR_ERR;
    return tr_obj(l);
}

/* ---- methods -------------------------------------------------------------- */

#define SELF AS_LIST(args[0])
#define CHECK(name, lo, hi) \
    if (tr_check_args(name, nargs - 1, kwnames, lo, hi) < 0) return TR_ERR

static TrValue m_append(TrValue *args, int nargs, TrTuple *kwnames) {
    CHECK("list.append", 1, 1);
    tr_list_append(SELF, args[1]);
    return tr_none();
}

static TrValue m_extend(TrValue *args, int nargs, TrTuple *kwnames) {
    CHECK("list.extend", 1, 1);
    return tr_list_extend(SELF, args[1]) < 0 ? TR_ERR : tr_none();
}

static TrValue m_insert(TrValue *args, int nargs, TrTuple *kwnames) {
    CHECK("insert", 2, 2);
    int64_t i;
    if (tr_as_index(args[1], &i, tr_OverflowError, TR_MSG_SSIZE) < 0) return TR_ERR;
    tr_list_insert(SELF, i, args[2]);
    return tr_none();
}

static TrValue m_pop(TrValue *args, int nargs, TrTuple *kwnames) {
    CHECK("pop", 0, 1);
    int64_t i = -1;
    if (nargs > 1 && tr_as_index(args[1], &i, tr_OverflowError, TR_MSG_SSIZE) < 0) return TR_ERR;
    return tr_list_pop(SELF, i);
}

/* Position of x in l[start:stop], -1 if absent, -2 on error. */
static int64_t list_find(TrList *l, TrValue x, int64_t start, int64_t stop) {
    for (int64_t i = start; i < stop && i < l->len; i++) {
        int r = tr_eq(l->items[i], x);
        if (r < 0) return -2;
        if (r) return i;
    }
    return -1;
}

static TrValue m_remove(TrValue *args, int nargs, TrTuple *kwnames) {
    CHECK("list.remove", 1, 1);
    TrList *l = SELF;
    int64_t i = list_find(l, args[1], 0, l->len);
    if (i == -2) return TR_ERR;
    if (i < 0) return tr_raise(tr_ValueError, "list.remove(x): x not in list");
    list_remove_range(l, i, i + 1);
    return tr_none();
}

/* start/stop arguments of index(): clamp like _PyEval_SliceIndexNotNone. */
static int index_bound(TrValue v, int64_t len, int64_t *out) {
    if (!tr_has_index(v)) {
        tr_raise(tr_TypeError, "slice indices must be integers or have an __index__ method");
        return -1;
    }
    if (tr_as_index(v, out, NULL, NULL) < 0) return -1;
    if (*out < 0) {
        *out += len;
        if (*out < 0) *out = 0;
    }
    return 0;
}

/* Shared by list.index and tuple.index (tr_tuple.c has its own wrapper). */
static TrValue m_index(TrValue *args, int nargs, TrTuple *kwnames) {
    CHECK("index", 1, 3);
    TrList *l = SELF;
    int64_t start = 0, stop = INT64_MAX;
    if (nargs > 2 && index_bound(args[2], l->len, &start) < 0) return TR_ERR;
    if (nargs > 3 && index_bound(args[3], l->len, &stop) < 0) return TR_ERR;
    int64_t i = list_find(l, args[1], start, stop);
    if (i == -2) return TR_ERR;
    if (i < 0) return tr_raise(tr_ValueError, "%R is not in list", args[1]);
    return tr_int(i);
}

static TrValue m_count(TrValue *args, int nargs, TrTuple *kwnames) {
    CHECK("list.count", 1, 1);
    TrList *l = SELF;
    int64_t n = 0;
    for (int64_t i = 0; i < l->len; i++) {
        int r = tr_eq(l->items[i], args[1]);
        if (r < 0) return TR_ERR;
        n += r;
    }
    return tr_int(n);
}

static void reverse_values(TrValue *v, int64_t n) {
    for (int64_t i = 0, j = n - 1; i < j; i++, j--) {
        TrValue t = v[i];
        v[i] = v[j];
        v[j] = t;
    }
}

TrValue tr_list_sort(TrList *l, TrValue key, bool reverse) {
    int64_t n = l->len, cap = l->cap;
    TrValue *items = l->items;
    /* empty the list while sorting, so a key function or __lt__ that
     * mutates it is detected afterwards (CPython does the same) */
    l->items = empty_items;
    l->len = l->cap = 0;
    int rc = 0;
    TrValue *keys = items;
    if (!TR_IS_UNDEF(key) && !TR_IS_NONE(key) && n > 0) {
        keys = tr_alloc(sizeof(TrValue) * (size_t)n);
        for (int64_t i = 0; i < n && rc == 0; i++) {
            keys[i] = tr_call1(key, items[i]);
            if (TR_IS_UNDEF(keys[i])) rc = -1;
        }
    }
    if (rc == 0 && n > 1) rc = tr_sort_values(keys, keys == items ? NULL : items, n, reverse);
    bool modified = l->items != empty_items || l->len != 0;
    l->items = items;
    l->len = n;
    l->cap = cap;
    if (rc < 0) return TR_ERR;
    if (modified) return tr_raise(tr_ValueError, "list modified during sort");
    return tr_none();
}

static TrValue m_sort(TrValue *args, int nargs, TrTuple *kwnames) {
    TrValue key, rev;
    TrValue *outs[] = {&key, &rev};
    if (tr_parse_args("sort", args + 1, nargs - 1, kwnames, "$key,reverse", outs) < 0)
        return TR_ERR;
    int64_t r = 0;
    if (!TR_IS_UNDEF(rev) && tr_as_index(rev, &r, NULL, NULL) < 0) return TR_ERR;
    return tr_list_sort(SELF, key, r != 0);
}

static TrValue m_reverse(TrValue *args, int nargs, TrTuple *kwnames) {
    CHECK("list.reverse", 0, 0);
    reverse_values(SELF->items, SELF->len);
    return tr_none();
}

static TrValue m_copy(TrValue *args, int nargs, TrTuple *kwnames) {
    CHECK("list.copy", 0, 0);
    return tr_obj(tr_list_from(SELF->items, SELF->len));
}

static TrValue m_clear(TrValue *args, int nargs, TrTuple *kwnames) {
    CHECK("list.clear", 0, 0);
    SELF->items = empty_items;
    SELF->len = SELF->cap = 0;
    return tr_none();
}

static TrValue m_reversed(TrValue *args, int nargs, TrTuple *kwnames) {
    CHECK("list.__reversed__", 0, 0);
    return list_reversed(SELF);
}

static TrValue m_init(TrValue *args, int nargs, TrTuple *kwnames) {
    if (tr_check_args("list", nargs - 1, kwnames, 0, 1) < 0) return TR_ERR;
    SELF->items = empty_items;
    SELF->len = SELF->cap = 0;
    if (nargs > 1 && tr_list_extend(SELF, args[1]) < 0) return TR_ERR;
    return tr_none();
}

/* Dunder methods for subclasses calling super().__getitem__(...) etc. */
static TrValue m_getitem(TrValue *args, int nargs, TrTuple *kwnames) {
    CHECK("list.__getitem__", 1, 1);
    return list_getitem(args[0], args[1]);
}

static TrValue m_setitem(TrValue *args, int nargs, TrTuple *kwnames) {
    CHECK("__setitem__", 2, 2);
    return list_setitem(args[0], args[1], args[2]) < 0 ? TR_ERR : tr_none();
}

static TrValue m_delitem(TrValue *args, int nargs, TrTuple *kwnames) {
    CHECK("list.__delitem__", 1, 1);
    return list_setitem(args[0], args[1], tr_undef()) < 0 ? TR_ERR : tr_none();
}

static TrValue m_len(TrValue *args, int nargs, TrTuple *kwnames) {
    CHECK("list.__len__", 0, 0);
    return tr_int(SELF->len);
}

static TrValue m_contains(TrValue *args, int nargs, TrTuple *kwnames) {
    CHECK("list.__contains__", 1, 1);
    int r = list_contains(args[0], args[1]);
    return r < 0 ? TR_ERR : tr_bool(r);
}

static TrValue m_iter(TrValue *args, int nargs, TrTuple *kwnames) {
    CHECK("list.__iter__", 0, 0);
    return list_iter(args[0]);
}

static TrValue m_class_getitem(TrValue *args, int nargs, TrTuple *kwnames) {
    CHECK("list.__class_getitem__", 1, 1);
    return tr_generic_alias_new(args[0], args[1]);
}

#undef CHECK
#undef SELF

static const TrMethodDef list_methods[] = {
    {"append", m_append, 0},
    {"extend", m_extend, 0},
    {"insert", m_insert, 0},
    {"pop", m_pop, 0},
    {"remove", m_remove, 0},
    {"index", m_index, 0},
    {"count", m_count, 0},
    {"sort", m_sort, 0},
    {"reverse", m_reverse, 0},
    {"copy", m_copy, 0},
    {"clear", m_clear, 0},
    {"__reversed__", m_reversed, 0},
    {"__init__", m_init, 0},
    {"__getitem__", m_getitem, 0},
    {"__setitem__", m_setitem, 0},
    {"__delitem__", m_delitem, 0},
    {"__len__", m_len, 0},
    {"__contains__", m_contains, 0},
    {"__iter__", m_iter, 0},
    {"__class_getitem__", m_class_getitem, TR_METH_CLASS},
    {NULL, NULL, 0},
};

TrType tr_list_type = {
    .ob = {&tr_type_type},
    .name = "list",
    .base = &tr_object_type,
    .flags = TR_TF_BASETYPE | TR_TF_LIST_SUBCLASS,
    .basicsize = sizeof(TrList),
    .repr = list_repr,
    .hash = tr_hash_unhashable,
    .richcmp = list_richcmp,
    .len = list_len,
    .getitem = list_getitem,
    .setitem = list_setitem,
    .contains = list_contains,
    .iter = list_iter,
    .binop = list_binop,
    .tp_new = list_new,
};

/* ---- cell ----------------------------------------------------------------- */

static TrValue cell_repr(TrValue self) {
    TrCell *c = TR_AS(TrCell, self);
    if (TR_IS_UNDEF(c->v))
        return tr_obj(tr_str_format("<cell at %p: empty>", (void *)c));
    if (c->v.tag == TR_TAG_OBJ)
        return tr_obj(tr_str_format("<cell at %p: %s object at %p>", (void *)c, tr_type_name(c->v),
                                    (void *)c->v.u.o));
    return tr_obj(tr_str_format("<cell at %p: %s object>", (void *)c, tr_type_name(c->v)));
}

static TrValue cell_getattr(TrValue self, TrStr *name) {
    if (!strcmp(name->data, "cell_contents")) {
        TrCell *c = TR_AS(TrCell, self);
        if (TR_IS_UNDEF(c->v)) return tr_raise(tr_ValueError, "Cell is empty");
        return c->v;
    }
    return tr_generic_getattr(self, name);
}

TrType tr_cell_type = {
    .ob = {&tr_type_type},
    .name = "cell",
    .base = &tr_object_type,
    .repr = cell_repr,
    .getattr = cell_getattr,
    .tp_new = tr_tp_new_disabled,
};

TrCell *tr_cell_new(TrValue v) {
    TrCell *c = tr_new_object(&tr_cell_type, sizeof(TrCell));
    c->v = v;
    return c;
}

/* ---- types.GenericAlias (list[int] in annotations) ----------------------- */

typedef struct TrGenericAlias {
    TrObject ob;
    TrValue origin;
    TrTuple *args;
} TrGenericAlias;

TrValue tr_generic_alias_new(TrValue origin, TrValue args) {
    TrGenericAlias *g = tr_new_object(&tr_generic_alias_type, sizeof(TrGenericAlias));
    g->origin = origin;
    g->args = tr_is_tuple(args) ? TR_AS(TrTuple, args) : tr_tuple_from(&args, 1);
    return tr_obj(g);
}

/* CPython's ga_repr_item: types print as their (qualified) name. */
static int alias_put_item(TrBuf *b, TrValue v) {
    if (tr_is_type(v, &tr_ellipsis_type)) {
        tr_buf_puts(b, "...");
        return 0;
    }
    if (tr_isinstance(v, &tr_type_type)) {
        TrType *t = TR_AS(TrType, v);
        TrValue mod = t->dict ? tr_dict_get_cstr(t->dict, "__module__") : tr_undef();
        if ((t->flags & TR_TF_HEAPTYPE) && tr_is_type(mod, &tr_str_type) &&
            strcmp(TR_AS(TrStr, mod)->data, "builtins") != 0) {
            tr_buf_put_str(b, TR_AS(TrStr, mod));
            tr_buf_putc(b, '.');
        }
        tr_buf_puts(b, t->name);
        return 0;
    }
    TrStr *s = tr_repr(v);
    if (!s) return -1;
    tr_buf_put_str(b, s);
    return 0;
}

static TrValue alias_repr(TrValue self) {
    TrGenericAlias *g = TR_AS(TrGenericAlias, self);
    TrBuf b;
    tr_buf_init(&b, 32);
    if (alias_put_item(&b, g->origin) < 0) return TR_ERR;
    tr_buf_putc(&b, '[');
    for (int64_t i = 0; i < g->args->len; i++) {
        if (i) tr_buf_put(&b, ", ", 2);
        if (alias_put_item(&b, g->args->items[i]) < 0) return TR_ERR;
    }
    if (g->args->len == 0) tr_buf_puts(&b, "()");
    tr_buf_putc(&b, ']');
    return tr_str_value_or_err(tr_buf_finish(&b));
}

static TrValue alias_call(TrValue self, TrValue *args, int nargs, TrTuple *kwnames) {
    return tr_call(TR_AS(TrGenericAlias, self)->origin, args, nargs, kwnames);
}

static TrValue alias_getattr(TrValue self, TrStr *name) {
    TrGenericAlias *g = TR_AS(TrGenericAlias, self);
    if (!strcmp(name->data, "__origin__")) return g->origin;
    if (!strcmp(name->data, "__args__")) return tr_obj(g->args);
    return tr_generic_getattr(self, name);
}

static TrValue alias_getitem(TrValue self, TrValue key) {
    /* list[int][...] is rarely meaningful; keep the origin with new args */
    return tr_generic_alias_new(TR_AS(TrGenericAlias, self)->origin, key);
}

static TrValue alias_richcmp(TrValue a, TrValue b, int op) {
    if ((op != TR_EQ && op != TR_NE) || !tr_is_type(b, &tr_generic_alias_type)) return TR_NOTIMPL;
    TrGenericAlias *x = TR_AS(TrGenericAlias, a), *y = TR_AS(TrGenericAlias, b);
    int eq = tr_eq(x->origin, y->origin);
    if (eq > 0) eq = tr_eq(tr_obj(x->args), tr_obj(y->args));
    if (eq < 0) return TR_ERR;
    return tr_bool(op == TR_EQ ? eq : !eq);
}

static int alias_hash(TrValue self, int64_t *out) {
    TrGenericAlias *g = TR_AS(TrGenericAlias, self);
    int64_t h1, h2;
    if (tr_hash(g->origin, &h1) < 0 || tr_hash(tr_obj(g->args), &h2) < 0) return -1;
    *out = h1 ^ h2;
    if (*out == -1) *out = -2;
    return 0;
}

static TrValue alias_binop(int op, TrValue a, TrValue b) {
    if ((op & 0xff) != TR_BIN_OR) return TR_NOTIMPL;
    return tr_union_new(a, b);
}

TrType tr_generic_alias_type = {
    .ob = {&tr_type_type},
    .name = "types.GenericAlias",
    .base = &tr_object_type,
    .repr = alias_repr,
    .call = alias_call,
    .getattr = alias_getattr,
    .getitem = alias_getitem,
    .richcmp = alias_richcmp,
    .hash = alias_hash,
    .binop = alias_binop,
    .tp_new = tr_tp_new_disabled,
};

/* ---- types.UnionType (int | None, list[int] | None) ----------------------- */

typedef struct TrUnion {
    TrObject ob;
    TrTuple *args;
} TrUnion;

static bool union_arg_ok(TrValue v) {
    return TR_IS_NONE(v) || tr_isinstance(v, &tr_type_type) || tr_is_type(v, &tr_generic_alias_type) ||
           tr_is_type(v, &tr_union_type);
}

/* Append v's members (a union contributes its args) to l, skipping
 * duplicates; None becomes NoneType as in CPython. */
static int union_collect(TrList *l, TrValue v) {
    if (tr_is_type(v, &tr_union_type)) {
        TrTuple *a = TR_AS(TrUnion, v)->args;
        for (int64_t i = 0; i < a->len; i++)
            if (union_collect(l, a->items[i]) < 0) return -1;
        return 0;
    }
    if (TR_IS_NONE(v)) v = tr_obj(&tr_none_type);
    for (int64_t i = 0; i < l->len; i++) {
        int eq = tr_eq(l->items[i], v);
        if (eq < 0) return -1;
        if (eq) return 0;
    }
    return tr_list_append(l, v);
}

TrValue tr_union_new(TrValue a, TrValue b) {
    if (!union_arg_ok(a) || !union_arg_ok(b)) return TR_NOTIMPL;
    TrList *l = tr_list_new(0);
    if (union_collect(l, a) < 0 || union_collect(l, b) < 0) return TR_ERR;
    if (l->len == 1) return l->items[0];
    TrUnion *u = tr_new_object(&tr_union_type, sizeof(TrUnion));
    u->args = tr_tuple_from(l->items, l->len);
    return tr_obj(u);
}

static TrValue union_repr(TrValue self) {
    TrTuple *a = TR_AS(TrUnion, self)->args;
    TrBuf b;
    tr_buf_init(&b, 32);
    for (int64_t i = 0; i < a->len; i++) {
        if (i) tr_buf_puts(&b, " | ");
        if (a->items[i].u.o == (TrObject *)&tr_none_type) tr_buf_puts(&b, "None");
        else if (alias_put_item(&b, a->items[i]) < 0) return TR_ERR;
    }
    return tr_str_value_or_err(tr_buf_finish(&b));
}

static TrValue union_getattr(TrValue self, TrStr *name) {
    if (!strcmp(name->data, "__args__")) return tr_obj(TR_AS(TrUnion, self)->args);
    return tr_generic_getattr(self, name);
}

static TrValue union_binop(int op, TrValue a, TrValue b) {
    if ((op & 0xff) != TR_BIN_OR) return TR_NOTIMPL;
    return tr_union_new(a, b);
}

/* Unions compare equal when they hold the same members in any order. */
static TrValue union_richcmp(TrValue a, TrValue b, int op) {
    if ((op != TR_EQ && op != TR_NE) || !tr_is_type(b, &tr_union_type)) return TR_NOTIMPL;
    TrTuple *x = TR_AS(TrUnion, a)->args, *y = TR_AS(TrUnion, b)->args;
    int eq = x->len == y->len;
    for (int64_t i = 0; eq == 1 && i < x->len; i++) eq = tr_contains(tr_obj(y), x->items[i]);
    if (eq < 0) return TR_ERR;
    return tr_bool(op == TR_EQ ? eq : !eq);
}

static int union_hash(TrValue self, int64_t *out) {
    TrTuple *a = TR_AS(TrUnion, self)->args;
    int64_t h = 0;
    for (int64_t i = 0; i < a->len; i++) {
        int64_t x;
        if (tr_hash(a->items[i], &x) < 0) return -1;
        h ^= x;
    }
    *out = h == -1 ? -2 : h;
    return 0;
}

TrType tr_union_type = {
    .ob = {&tr_type_type},
    .name = "types.UnionType",
    .base = &tr_object_type,
    .repr = union_repr,
    .getattr = union_getattr,
    .binop = union_binop,
    .richcmp = union_richcmp,
    .hash = union_hash,
    .tp_new = tr_tp_new_disabled,
};

/* ---- start-up ------------------------------------------------------------- */

void tr_init_tuple(void);
void tr_init_dict(void);
void tr_init_set(void);
void tr_init_range(void);

void tr_init_containers(void) {
    str_index_dunder = tr_str_intern("__index__");
    tr_type_ready(&tr_list_type, list_methods);
    tr_type_ready(&tr_list_iter_type, NULL);
    tr_type_ready(&tr_list_reviter_type, NULL);
    tr_type_ready(&seq_reviter_type, NULL);
    tr_type_ready(&tr_cell_type, NULL);
    tr_type_ready(&tr_generic_alias_type, NULL);
    tr_type_ready(&tr_union_type, NULL);
    tr_init_tuple();
    tr_init_dict();
    tr_init_set();
    tr_init_range();
}
