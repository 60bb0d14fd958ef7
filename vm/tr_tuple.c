/* tr_tuple.c — the tuple type and its iterator.
 *
 * Tuples store their items inline after the header.  The empty tuple is a
 * static singleton (usable before any init runs, since tr_type_ready itself
 * builds tuples), and tr_tuple_new(0) always returns it, as CPython does.
 * The hash is CPython 3.11's xxHash-based tuplehash over the item hashes, so
 * hash((1, 2, 3)) and the iteration order of sets of tuples match CPython.
 * A computed hash is cached in the object (tuples are immutable). */
#include <string.h>

#include "tr_iters.h"

#define AS_TUPLE(v) TR_AS(TrTuple, v)

static TrTuple empty_tuple = {{&tr_tuple_type}, 0, -1};
TrTuple *tr_empty_tuple = &empty_tuple;

TrTuple *tr_tuple_new(int64_t len) {
    if (len <= 0) return tr_empty_tuple;
    TrTuple *t = tr_alloc(sizeof(TrTuple) + sizeof(TrValue) * (size_t)len);
    t->ob.type = &tr_tuple_type;
    t->len = len;
    t->hash = -1;
    return t;
}

TrTuple *tr_tuple_new_try(int64_t len) {
    if (len <= 0) return tr_empty_tuple;
    TrTuple *t = tr_try_alloc_items(sizeof(TrTuple), len, sizeof(TrValue), false);
    if (!t) return NULL;
    t->ob.type = &tr_tuple_type;
    t->len = len;
    t->hash = -1;
    return t;
}

TrTuple *tr_tuple_from(const TrValue *items, int64_t n) {
    TrTuple *t = tr_tuple_new(n);
    if (n > 0) memcpy(t->items, items, sizeof(TrValue) * (size_t)n);
    return t;
}

TrTuple *tr_tuple_from_iterable(TrValue it) {
    if (tr_is_type(it, &tr_tuple_type)) return AS_TUPLE(it);
    if (tr_is_type(it, &tr_list_type)) return tr_tuple_from(TR_AS(TrList, it)->items, TR_AS(TrList, it)->len);
    TrList *l = tr_list_of(it);
    return l ? tr_tuple_from(l->items, l->len) : NULL;
}

/* ---- slots -------------------------------------------------------------- */

static TrValue tuple_repr(TrValue self) {
    TrTuple *t = AS_TUPLE(self);
    if (t->len == 0) return tr_str_value("()");
    if (tr_repr_enter(self)) return tr_str_value("(...)");
    TrBuf b;
    tr_buf_init(&b, 16 + 4 * t->len);
    tr_buf_putc(&b, '(');
    int rc = tr_buf_put_reprs(&b, t->items, t->len);
    tr_repr_leave(self);
    if (rc < 0) return TR_ERR;
    if (t->len == 1) tr_buf_putc(&b, ',');
    tr_buf_putc(&b, ')');
    return tr_str_value_or_err(tr_buf_finish(&b));
}

#define XXPRIME_1 11400714785074694791ULL
#define XXPRIME_2 14029467366897019727ULL
#define XXPRIME_5 2870177450012600261ULL
#define XXROTATE(x) (((x) << 31) | ((x) >> 33))

static int tuple_hash(TrValue self, int64_t *out) {
    TrTuple *t = AS_TUPLE(self);
    if (t->hash != -1) {
        *out = t->hash;
        return 0;
    }
    if (tr_check_c_stack() < 0) return -1; /* nested tuples recurse in C */
    uint64_t acc = XXPRIME_5;
    for (int64_t i = 0; i < t->len; i++) {
        int64_t h;
        if (tr_hash(t->items[i], &h) < 0) return -1;
        acc += (uint64_t)h * XXPRIME_2;
        acc = XXROTATE(acc);
        acc *= XXPRIME_1;
    }
    acc += (uint64_t)t->len ^ (XXPRIME_5 ^ 3527539ULL);
    int64_t h = acc == UINT64_MAX ? 1546275796 : (int64_t)acc;
    if (t != tr_empty_tuple) t->hash = h;
    *out = h;
    return 0;
}

static int64_t tuple_len(TrValue self) { return AS_TUPLE(self)->len; }

static TrValue tuple_slice(TrTuple *t, TrValue self, TrSlice *s) {
    int64_t start, stop, step;
    int64_t n = tr_slice_indices(s, t->len, &start, &stop, &step);
    if (n < 0) return TR_ERR;
    if (n == t->len && step == 1 && tr_is_type(self, &tr_tuple_type)) return self;
    if (step == 1) return tr_obj(tr_tuple_from(t->items + start, n));
    TrTuple *r = tr_tuple_new(n);
    for (int64_t i = 0, j = start; i < n; i++, j += step) r->items[i] = t->items[j];
    return tr_obj(r);
}

static TrValue tuple_getitem(TrValue self, TrValue key) {
    TrTuple *t = AS_TUPLE(self);
    int64_t i;
    switch (tr_seq_key(key, &i)) {
    case TR_SEQKEY_INDEX:
        if (i < 0) i += t->len;
        if (i < 0 || i >= t->len) return tr_raise(tr_IndexError, "tuple index out of range");
        return t->items[i];
    case TR_SEQKEY_SLICE: return tuple_slice(t, self, TR_AS(TrSlice, key));
    case TR_SEQKEY_OTHER:
        return tr_raise(tr_TypeError, "tuple indices must be integers or slices, not %s",
                        tr_type_name(key));
    default: return TR_ERR;
    }
}

static int tuple_contains(TrValue self, TrValue x) {
    TrTuple *t = AS_TUPLE(self);
    for (int64_t i = 0; i < t->len; i++) {
        int r = tr_eq(t->items[i], x);
        if (r != 0) return r;
    }
    return 0;
}

static bool cmp_lengths(int64_t a, int64_t b, int op) {
    switch (op) {
    case TR_LT: return a < b;
    case TR_LE: return a <= b;
    case TR_EQ: return a == b;
    case TR_NE: return a != b;
    case TR_GT: return a > b;
    default: return a >= b;
    }
}

static TrValue tuple_richcmp(TrValue a, TrValue b, int op) {
    if (!tr_is_tuple(a) || !tr_is_tuple(b)) return TR_NOTIMPL;
    TrTuple *x = AS_TUPLE(a), *y = AS_TUPLE(b);
    int64_t n = x->len < y->len ? x->len : y->len, i;
    for (i = 0; i < n; i++) {
        int eq = tr_eq(x->items[i], y->items[i]);
        if (eq < 0) return TR_ERR;
        if (!eq) break;
    }
    if (i >= n) return tr_bool(cmp_lengths(x->len, y->len, op));
    if (op == TR_EQ) return tr_bool(false);
    if (op == TR_NE) return tr_bool(true);
    return tr_richcmp(x->items[i], y->items[i], op);
}

static TrValue tuple_repeat(TrTuple *t, TrValue self, int64_t n) {
    if (n <= 0 || t->len == 0) return tr_obj(tr_empty_tuple);
    if (n == 1 && tr_is_type(self, &tr_tuple_type)) return self;
    if (t->len > (INT64_MAX / 16) / n) return tr_raise_memory_error();
    TrTuple *r = tr_tuple_new_try(t->len * n);
    if (!r) return TR_ERR;
    tr_repeat_fill(r->items, t->items, sizeof(TrValue) * (size_t)t->len, n);
    return tr_obj(r);
}

static TrValue tuple_binop(int op, TrValue a, TrValue b) {
    int64_t n;
    switch (op & 0xff) {
    case TR_BIN_ADD: {
        if (!tr_is_tuple(a) || !tr_is_tuple(b)) return TR_NOTIMPL;
        TrTuple *x = AS_TUPLE(a), *y = AS_TUPLE(b);
        if (y->len == 0 && tr_is_type(a, &tr_tuple_type)) return a;
        if (x->len == 0 && tr_is_type(b, &tr_tuple_type)) return b;
        TrTuple *r = tr_tuple_new_try(x->len + y->len);
        if (!r) return TR_ERR;
        memcpy(r->items, x->items, sizeof(TrValue) * (size_t)x->len);
        memcpy(r->items + x->len, y->items, sizeof(TrValue) * (size_t)y->len);
        return tr_obj(r);
    }
    case TR_BIN_MUL:
        if (tr_is_tuple(a) && tr_has_index(b)) {
            if (tr_as_index(b, &n, tr_OverflowError, TR_MSG_CANNOT_FIT) < 0) return TR_ERR;
            return tuple_repeat(AS_TUPLE(a), a, n);
        }
        if (tr_is_tuple(b) && tr_has_index(a)) {
            if (tr_as_index(a, &n, tr_OverflowError, TR_MSG_CANNOT_FIT) < 0) return TR_ERR;
            return tuple_repeat(AS_TUPLE(b), b, n);
        }
        return TR_NOTIMPL;
    default: return TR_NOTIMPL;
    }
}

/* ---- iterator ----------------------------------------------------------- */

static TrValue tuple_iter(TrValue self) {
    TrTupleIter *it = tr_new_object(&tr_tuple_iter_type, sizeof(TrTupleIter));
    it->tuple = AS_TUPLE(self);
    return tr_obj(it);
}

static TrValue tuple_iter_next(TrValue self) {
    TrTupleIter *it = TR_AS(TrTupleIter, self);
    if (it->tuple && it->index < it->tuple->len) return it->tuple->items[it->index++];
    it->tuple = NULL;
    return tr_undef();
}

TrType tr_tuple_iter_type = {
    .ob = {&tr_type_type},
    .name = "tuple_iterator",
    .iter = tr_self_iter,
    .next = tuple_iter_next,
    .tp_new = tr_tp_new_disabled,
};

/* ---- construction ------------------------------------------------------- */

static TrValue tuple_new(TrType *type, TrValue *args, int nargs, TrTuple *kwnames) {
    if (kwnames && kwnames->len)
        return tr_raise(tr_TypeError, "tuple() takes no keyword arguments");
    if (tr_check_args("tuple", nargs, NULL, 0, 1) < 0) return TR_ERR;
    if (type == &tr_tuple_type) {
        if (nargs == 0) return tr_obj(tr_empty_tuple);
        TrTuple *t = tr_tuple_from_iterable(args[0]);
        return t ? tr_obj(t) : TR_ERR;
    }
    /* a subclass (namedtuple-like): same inline layout, its own type; any
     * extra instance size the subclass declares goes after the items */
    TrTuple *src = nargs ? tr_tuple_from_iterable(args[0]) : tr_empty_tuple;
    if (!src) return TR_ERR;
    size_t base = sizeof(TrTuple) + sizeof(TrValue) * (size_t)src->len;
    size_t extra = type->basicsize > (int32_t)sizeof(TrTuple) ? (size_t)type->basicsize - sizeof(TrTuple) : 0;
    TrTuple *t = tr_alloc(base + extra);
    t->ob.type = type;
    t->len = src->len;
    t->hash = -1;
    if (src->len) memcpy(t->items, src->items, sizeof(TrValue) * (size_t)src->len);
    tr_instance_init_dict(type, t);
    return tr_obj(t);
}

/* ---- methods -------------------------------------------------------------- */

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

static TrValue m_index(TrValue *args, int nargs, TrTuple *kwnames) {
    if (tr_check_args("index", nargs - 1, kwnames, 1, 3) < 0) return TR_ERR;
    TrTuple *t = AS_TUPLE(args[0]);
    int64_t start = 0, stop = INT64_MAX;
    if (nargs > 2 && index_bound(args[2], t->len, &start) < 0) return TR_ERR;
    if (nargs > 3 && index_bound(args[3], t->len, &stop) < 0) return TR_ERR;
    for (int64_t i = start; i < stop && i < t->len; i++) {
        int r = tr_eq(t->items[i], args[1]);
        if (r < 0) return TR_ERR;
        if (r) return tr_int(i);
    }
    return tr_raise(tr_ValueError, "tuple.index(x): x not in tuple");
}

static TrValue m_count(TrValue *args, int nargs, TrTuple *kwnames) {
    if (tr_check_args("tuple.count", nargs - 1, kwnames, 1, 1) < 0) return TR_ERR;
    TrTuple *t = AS_TUPLE(args[0]);
    int64_t n = 0;
    for (int64_t i = 0; i < t->len; i++) {
        int r = tr_eq(t->items[i], args[1]);
        if (r < 0) return TR_ERR;
        n += r;
    }
    return tr_int(n);
}

static TrValue m_getitem(TrValue *args, int nargs, TrTuple *kwnames) {
    if (tr_check_args("tuple.__getitem__", nargs - 1, kwnames, 1, 1) < 0) return TR_ERR;
    return tuple_getitem(args[0], args[1]);
}

static TrValue m_len(TrValue *args, int nargs, TrTuple *kwnames) {
    if (tr_check_args("tuple.__len__", nargs - 1, kwnames, 0, 0) < 0) return TR_ERR;
    return tr_int(AS_TUPLE(args[0])->len);
}

static TrValue m_contains(TrValue *args, int nargs, TrTuple *kwnames) {
    if (tr_check_args("tuple.__contains__", nargs - 1, kwnames, 1, 1) < 0) return TR_ERR;
    int r = tuple_contains(args[0], args[1]);
    return r < 0 ? TR_ERR : tr_bool(r);
}

static TrValue m_iter(TrValue *args, int nargs, TrTuple *kwnames) {
    if (tr_check_args("tuple.__iter__", nargs - 1, kwnames, 0, 0) < 0) return TR_ERR;
    return tuple_iter(args[0]);
}

/* tuple.__new__(cls, iterable=()) for subclasses that override __new__. */
static TrValue m_new(TrValue *args, int nargs, TrTuple *kwnames) {
    if (nargs < 1 || !tr_isinstance(args[0], &tr_type_type))
        return tr_raise(tr_TypeError, "tuple.__new__(X): X is not a type object");
    return tuple_new(TR_AS(TrType, args[0]), args + 1, nargs - 1, kwnames);
}

static TrValue m_class_getitem(TrValue *args, int nargs, TrTuple *kwnames) {
    if (tr_check_args("tuple.__class_getitem__", nargs - 1, kwnames, 1, 1) < 0) return TR_ERR;
    return tr_generic_alias_new(args[0], args[1]);
}

static const TrMethodDef tuple_methods[] = {
    {"index", m_index, 0},
    {"count", m_count, 0},
    {"__getitem__", m_getitem, 0},
    {"__len__", m_len, 0},
    {"__contains__", m_contains, 0},
    {"__iter__", m_iter, 0},
    {"__new__", m_new, TR_METH_STATIC},
    {"__class_getitem__", m_class_getitem, TR_METH_CLASS},
    {NULL, NULL, 0},
};

TrType tr_tuple_type = {
    .ob = {&tr_type_type},
    .name = "tuple",
    .base = &tr_object_type,
    .flags = TR_TF_BASETYPE | TR_TF_TUPLE_SUBCLASS,
    .basicsize = sizeof(TrTuple),
    .repr = tuple_repr,
    .hash = tuple_hash,
    .richcmp = tuple_richcmp,
    .len = tuple_len,
    .getitem = tuple_getitem,
    .contains = tuple_contains,
    .iter = tuple_iter,
    .binop = tuple_binop,
    .tp_new = tuple_new,
};

void tr_init_tuple(void) {
    tr_type_ready(&tr_tuple_type, tuple_methods);
    tr_type_ready(&tr_tuple_iter_type, NULL);
}
