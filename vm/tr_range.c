/* tr_range.c — range and slice objects, and slice resolution.
 *
 * A range normally keeps int64 start/stop/step and its precomputed length,
 * and iterates with tr_range_iter_type, whose layout the interpreter knows.
 * When a bound or the length does not fit int64 (range(10**20)) the range
 * becomes a TrBigRange (tr_iters.h) and every operation uses generic int
 * arithmetic, as CPython's range does with Python ints throughout.
 *
 * tr_slice_indices is CPython's PySlice_GetIndicesEx (unpack with clamping
 * to int64, then adjust to the sequence length): list, tuple and str slicing
 * all resolve slices through it.  slice.indices() and range slicing use the
 * arbitrary-precision variant (_PySlice_GetLongIndices). */
#include <string.h>

#include "tr_iters.h"

#define AS_RANGE(v) TR_AS(TrRange, v)
#define AS_SLICE(v) TR_AS(TrSlice, v)

/* ---- generic int arithmetic (small or big) --------------------------------- */

static TrValue add(TrValue a, TrValue b) { return tr_binop(TR_BIN_ADD, a, b); }
static TrValue sub(TrValue a, TrValue b) { return tr_binop(TR_BIN_SUB, a, b); }
static TrValue mul(TrValue a, TrValue b) { return tr_binop(TR_BIN_MUL, a, b); }
static TrValue fdiv(TrValue a, TrValue b) { return tr_binop(TR_BIN_FLOORDIV, a, b); }
static TrValue mod(TrValue a, TrValue b) { return tr_binop(TR_BIN_MOD, a, b); }
static int cmp(TrValue a, TrValue b, int op) { return tr_richcmp_bool(a, b, op); }
static int sign(TrValue v) { return v.tag == TR_TAG_INT ? (v.u.i > 0) - (v.u.i < 0) : tr_int_sign(v); }
static bool is_exact_int(TrValue v) {
    return v.tag == TR_TAG_INT || v.tag == TR_TAG_BOOL || (v.tag == TR_TAG_OBJ && tr_is_bigint(v));
}
/* An exact int, as PyNumber_Index gives: True -> 1 (range(True, 3) prints
 * range(1, 3)), an int subclass instance -> its plain value. */
static TrValue norm(TrValue v) {
    if (v.tag == TR_TAG_BOOL) return tr_int(v.u.i);
    if (v.tag == TR_TAG_OBJ && v.u.o->type != &tr_int_type) {
        int64_t x;
        if (tr_int_to_int64(v, &x) == 0) return tr_int(x);
        tr_exc_clear(); /* a huge subclass value stays as it is */
    }
    return v;
}

/* ---- range construction ----------------------------------------------------- */

static bool is_big(TrRange *r) { return r->len < 0; }
static TrBigRange *big(TrRange *r) { return (TrBigRange *)r; }

static TrValue r_start(TrRange *r) { return is_big(r) ? big(r)->start : tr_int(r->start); }
static TrValue r_stop(TrRange *r) { return is_big(r) ? big(r)->stop : tr_int(r->stop); }
static TrValue r_step(TrRange *r) { return is_big(r) ? big(r)->step : tr_int(r->step); }
static TrValue r_len(TrRange *r) { return is_big(r) ? big(r)->len : tr_int(r->len); }

static TrValue fast_range(int64_t start, int64_t stop, int64_t step, int64_t len) {
    TrRange *r = tr_new_object(&tr_range_type, sizeof(TrRange));
    r->start = start;
    r->stop = stop;
    r->step = step;
    r->len = len;
    return tr_obj(r);
}

/* CPython's compute_range_length over arbitrary ints. */
static TrValue long_length(TrValue start, TrValue stop, TrValue step) {
    TrValue lo = start, hi = stop;
    if (sign(step) < 0) {
        lo = stop;
        hi = start;
        step = tr_unop(TR_UN_NEG, step);
        if (TR_IS_UNDEF(step)) return TR_ERR;
    }
    int ge = cmp(lo, hi, TR_GE);
    if (ge < 0) return TR_ERR;
    if (ge) return tr_int(0);
    TrValue diff = sub(sub(hi, lo), tr_int(1));
    if (TR_IS_UNDEF(diff)) return TR_ERR;
    TrValue q = fdiv(diff, step);
    return TR_IS_UNDEF(q) ? TR_ERR : add(q, tr_int(1));
}

/* start, stop, step: ints (small or big); step != 0 checked by the caller. */
TrValue tr_range_from_values(TrValue start, TrValue stop, TrValue step) {
    start = norm(start), stop = norm(stop), step = norm(step);
    if (start.tag == TR_TAG_INT && stop.tag == TR_TAG_INT && step.tag == TR_TAG_INT)
        return tr_range_new(start.u.i, stop.u.i, step.u.i);
    TrValue len = long_length(start, stop, step);
    if (TR_IS_UNDEF(len)) return TR_ERR;
    TrBigRange *b = tr_new_object(&tr_range_type, sizeof(TrBigRange));
    b->r.len = -1;
    b->start = start;
    b->stop = stop;
    b->step = step;
    b->len = len;
    return tr_obj(b);
}

TrValue tr_range_new(int64_t start, int64_t stop, int64_t step) {
    if (step == 0) return tr_raise(tr_ValueError, "range() arg 3 must not be zero");
    __int128 len = 0;
    if (step > 0 && start < stop) len = ((__int128)stop - start - 1) / step + 1;
    else if (step < 0 && start > stop) len = ((__int128)start - stop - 1) / -(__int128)step + 1;
    if (len <= INT64_MAX) return fast_range(start, stop, step, (int64_t)len);
    TrBigRange *b = tr_new_object(&tr_range_type, sizeof(TrBigRange));
    b->r.len = -1;
    b->start = tr_int(start);
    b->stop = tr_int(stop);
    b->step = tr_int(step);
    b->len = long_length(b->start, b->stop, b->step);
    return TR_IS_UNDEF(b->len) ? TR_ERR : tr_obj(b);
}

/* A range() argument as an int value (ints, bools, __index__). */
static int range_arg(TrValue v, TrValue *out) {
    if (is_exact_int(v)) {
        *out = norm(v);
        return 0;
    }
    int64_t x;
    if (tr_as_index(v, &x, tr_OverflowError, TR_MSG_SSIZE) < 0) return -1;
    *out = tr_int(x);
    return 0;
}

static TrValue range_tp_new(TrType *type, TrValue *args, int nargs, TrTuple *kwnames) {
    (void)type;
    if (kwnames && kwnames->len) return tr_raise(tr_TypeError, "range() takes no keyword arguments");
    if (tr_check_args("range", nargs, NULL, 1, 3) < 0) return TR_ERR;
    TrValue v[3];
    for (int i = 0; i < nargs; i++)
        if (range_arg(args[i], &v[i]) < 0) return TR_ERR;
    if (nargs == 1) return tr_range_from_values(tr_int(0), v[0], tr_int(1));
    TrValue step = nargs == 3 ? v[2] : tr_int(1);
    if (sign(step) == 0) return tr_raise(tr_ValueError, "range() arg 3 must not be zero");
    return tr_range_from_values(v[0], v[1], step);
}

/* ---- slice resolution ---------------------------------------------------------- */

/* _PyEval_SliceIndex: an int-like slice bound, clamped to int64. */
static int slice_index(TrValue v, int64_t *out) {
    if (!tr_has_index(v)) {
        tr_raise(tr_TypeError, "slice indices must be integers or None or have an __index__ method");
        return -1;
    }
    return tr_as_index(v, out, NULL, NULL);
}

int64_t tr_slice_indices(TrSlice *s, int64_t len, int64_t *start, int64_t *stop, int64_t *step) {
    if (TR_IS_NONE(s->step)) {
        *step = 1;
    } else {
        if (slice_index(s->step, step) < 0) return -1;
        if (*step == 0) {
            tr_raise(tr_ValueError, "slice step cannot be zero");
            return -1;
        }
        if (*step < -INT64_MAX) *step = -INT64_MAX; /* so -step is defined */
    }
    if (TR_IS_NONE(s->start)) *start = *step < 0 ? INT64_MAX : 0;
    else if (slice_index(s->start, start) < 0) return -1;
    if (TR_IS_NONE(s->stop)) *stop = *step < 0 ? INT64_MIN : INT64_MAX;
    else if (slice_index(s->stop, stop) < 0) return -1;

    /* PySlice_AdjustIndices */
    if (*start < 0) {
        *start += len;
        if (*start < 0) *start = *step < 0 ? -1 : 0;
    } else if (*start >= len) {
        *start = *step < 0 ? len - 1 : len;
    }
    if (*stop < 0) {
        *stop += len;
        if (*stop < 0) *stop = *step < 0 ? -1 : 0;
    } else if (*stop >= len) {
        *stop = *step < 0 ? len - 1 : len;
    }
    if (*step < 0) {
        if (*stop < *start) return (*start - *stop - 1) / (-*step) + 1;
    } else if (*start < *stop) {
        return (*stop - *start - 1) / *step + 1;
    }
    return 0;
}

/* A slice bound as an arbitrary int (None handled by the caller). */
static int slice_long_bound(TrValue v, TrValue *out) {
    if (is_exact_int(v)) {
        *out = norm(v);
        return 0;
    }
    int64_t x;
    if (slice_index(v, &x) < 0) return -1;
    *out = tr_int(x);
    return 0;
}

/* Clamp a bound into [lower, upper] after counting negatives from the end. */
static int clamp_bound(TrValue *v, TrValue length, TrValue lower, TrValue upper) {
    if (sign(*v) < 0) {
        *v = add(*v, length);
        if (TR_IS_UNDEF(*v)) return -1;
        int lt = cmp(*v, lower, TR_LT);
        if (lt < 0) return -1;
        if (lt) *v = lower;
    } else {
        int gt = cmp(*v, upper, TR_GT);
        if (gt < 0) return -1;
        if (gt) *v = upper;
    }
    return 0;
}

/* _PySlice_GetLongIndices: start/stop/step for a sequence of `length`
 * (an int >= 0), all arbitrary-precision. */
static int slice_long_indices(TrSlice *s, TrValue length, TrValue *start, TrValue *stop, TrValue *step) {
    if (TR_IS_NONE(s->step)) {
        *step = tr_int(1);
    } else {
        if (slice_long_bound(s->step, step) < 0) return -1;
        if (sign(*step) == 0) {
            tr_raise(tr_ValueError, "slice step cannot be zero");
            return -1;
        }
    }
    bool neg = sign(*step) < 0;
    TrValue lower = neg ? tr_int(-1) : tr_int(0);
    TrValue upper = neg ? add(length, lower) : length;
    if (TR_IS_UNDEF(upper)) return -1;
    if (TR_IS_NONE(s->start)) {
        *start = neg ? upper : lower;
    } else if (slice_long_bound(s->start, start) < 0 || clamp_bound(start, length, lower, upper) < 0) {
        return -1;
    }
    if (TR_IS_NONE(s->stop)) {
        *stop = neg ? lower : upper;
    } else if (slice_long_bound(s->stop, stop) < 0 || clamp_bound(stop, length, lower, upper) < 0) {
        return -1;
    }
    return 0;
}

/* ---- range slots ------------------------------------------------------------- */

static TrValue range_repr(TrValue self) {
    TrRange *r = AS_RANGE(self);
    TrValue step = r_step(r);
    if (step.tag == TR_TAG_INT && step.u.i == 1)
        return tr_obj(tr_str_format("range(%R, %R)", r_start(r), r_stop(r)));
    return tr_obj(tr_str_format("range(%R, %R, %R)", r_start(r), r_stop(r), step));
}

static int64_t range_len(TrValue self) {
    TrRange *r = AS_RANGE(self);
    if (!is_big(r)) return r->len;
    TrValue n = big(r)->len;
    if (n.tag == TR_TAG_INT) return n.u.i;
    tr_raise(tr_OverflowError, TR_MSG_SSIZE);
    return -1;
}

static int range_truth(TrValue self) {
    TrRange *r = AS_RANGE(self);
    return is_big(r) ? sign(big(r)->len) != 0 : r->len != 0;
}

/* start + i * step for 0 <= i < len: always representable when the range
 * is a fast one, so wrapping arithmetic is exact. */
static int64_t fast_item(TrRange *r, int64_t i) {
    return (int64_t)((uint64_t)r->start + (uint64_t)i * (uint64_t)r->step);
}

static TrValue range_item_long(TrRange *r, TrValue i) {
    TrValue len = r_len(r);
    if (sign(i) < 0) {
        i = add(i, len);
        if (TR_IS_UNDEF(i)) return TR_ERR;
    }
    int ok = sign(i) >= 0 ? cmp(i, len, TR_LT) : 0;
    if (ok < 0) return TR_ERR;
    if (!ok) return tr_raise(tr_IndexError, "range object index out of range");
    TrValue off = mul(i, r_step(r));
    return TR_IS_UNDEF(off) ? TR_ERR : add(r_start(r), off);
}

static TrValue range_slice(TrRange *r, TrSlice *s) {
    TrValue start, stop, step;
    if (slice_long_indices(s, r_len(r), &start, &stop, &step) < 0) return TR_ERR;
    TrValue a = mul(start, r_step(r));
    TrValue b = TR_IS_UNDEF(a) ? a : mul(stop, r_step(r));
    TrValue nstep = TR_IS_UNDEF(b) ? b : mul(r_step(r), step);
    if (TR_IS_UNDEF(nstep)) return TR_ERR;
    TrValue nstart = add(r_start(r), a);
    TrValue nstop = TR_IS_UNDEF(nstart) ? nstart : add(r_start(r), b);
    return TR_IS_UNDEF(nstop) ? TR_ERR : tr_range_from_values(nstart, nstop, nstep);
}

static TrValue range_getitem(TrValue self, TrValue key) {
    TrRange *r = AS_RANGE(self);
    if (key.tag == TR_TAG_OBJ && key.u.o->type == &tr_slice_type) return range_slice(r, AS_SLICE(key));
    if (!tr_has_index(key))
        return tr_raise(tr_TypeError, "range indices must be integers or slices, not %s", tr_type_name(key));
    TrValue i = key;
    if (!is_exact_int(key)) {
        int64_t x;
        if (tr_as_index(key, &x, tr_IndexError, TR_MSG_CANNOT_FIT) < 0) return TR_ERR;
        i = tr_int(x);
    }
    i = norm(i);
    if (!is_big(r) && i.tag == TR_TAG_INT) {
        int64_t x = i.u.i;
        if (x < 0) x += r->len;
        if (x < 0 || x >= r->len) return tr_raise(tr_IndexError, "range object index out of range");
        return tr_int(fast_item(r, x));
    }
    return range_item_long(r, i);
}

/* `x in r` for an int x: bounds, then divisibility (O(1)). */
static int contains_int(TrRange *r, TrValue x) {
    x = norm(x);
    if (!is_big(r) && x.tag == TR_TAG_INT) {
        __int128 v = x.u.i, s = r->start, e = r->stop, st = r->step;
        if (st > 0 ? !(s <= v && v < e) : !(e < v && v <= s)) return 0;
        return (v - s) % st == 0;
    }
    TrValue start = r_start(r), stop = r_stop(r), step = r_step(r);
    int in;
    if (sign(step) > 0) {
        in = cmp(start, x, TR_LE);
        if (in > 0) in = cmp(x, stop, TR_LT);
    } else {
        in = cmp(stop, x, TR_LT);
        if (in > 0) in = cmp(x, start, TR_LE);
    }
    if (in <= 0) return in;
    TrValue d = sub(x, start);
    TrValue m = TR_IS_UNDEF(d) ? d : mod(d, step);
    if (TR_IS_UNDEF(m)) return -1;
    return sign(m) == 0;
}

static TrValue range_iter(TrValue self);

/* Linear search for non-int values (1.0 in range(3) is True). */
static int64_t search_eq(TrValue self, TrValue x, bool count) {
    TrValue it = range_iter(self);
    int64_t n = 0, i = 0;
    for (;; i++) {
        TrValue v = tr_next(it);
        if (TR_IS_UNDEF(v)) return tr_exc_pending() ? -2 : count ? n : -1;
        int eq = tr_eq(v, x);
        if (eq < 0) return -2;
        if (eq && !count) return i;
        n += eq;
    }
}

static int range_contains(TrValue self, TrValue x) {
    if (is_exact_int(x)) return contains_int(AS_RANGE(self), x);
    int64_t r = search_eq(self, x, false);
    return r == -2 ? -1 : r >= 0;
}

static TrValue range_richcmp(TrValue a, TrValue b, int op) {
    if ((op != TR_EQ && op != TR_NE) || !tr_is_type(a, &tr_range_type) || !tr_is_type(b, &tr_range_type))
        return TR_NOTIMPL;
    TrRange *x = AS_RANGE(a), *y = AS_RANGE(b);
    int eq = 1;
    if (x != y) {
        eq = tr_eq(r_len(x), r_len(y));
        if (eq > 0 && sign(r_len(x)) != 0) {
            eq = tr_eq(r_start(x), r_start(y));
            if (eq > 0 && tr_eq(r_len(x), tr_int(1)) == 0) eq = tr_eq(r_step(x), r_step(y));
        }
    }
    if (eq < 0) return TR_ERR;
    return tr_bool(op == TR_EQ ? eq : !eq);
}

/* hash((len, start, step)) with None for what does not matter, as CPython. */
static int range_hash(TrValue self, int64_t *out) {
    TrRange *r = AS_RANGE(self);
    TrValue len = r_len(r);
    TrValue t[3] = {len, tr_none(), tr_none()};
    if (sign(len) != 0) {
        t[1] = r_start(r);
        if (tr_eq(len, tr_int(1)) == 0) t[2] = r_step(r);
    }
    return tr_hash(tr_obj(tr_tuple_from(t, 3)), out);
}

static TrValue range_getattr(TrValue self, TrStr *name) {
    TrRange *r = AS_RANGE(self);
    if (!strcmp(name->data, "start")) return r_start(r);
    if (!strcmp(name->data, "stop")) return r_stop(r);
    if (!strcmp(name->data, "step")) return r_step(r);
    return tr_generic_getattr(self, name);
}

/* ---- range iterators ------------------------------------------------------- */

static TrValue range_iter_next(TrValue self) {
    TrRangeIter *it = TR_AS(TrRangeIter, self);
    if (it->remaining <= 0) return tr_undef();
    int64_t v = it->next;
    it->next = (int64_t)((uint64_t)it->next + (uint64_t)it->step);
    it->remaining--;
    return tr_int(v);
}

TrType tr_range_iter_type = {
    .ob = {&tr_type_type},
    .name = "range_iterator",
    .iter = tr_self_iter,
    .next = range_iter_next,
    .tp_new = tr_tp_new_disabled,
};

/* Iterator over a big range: generic values throughout. */
typedef struct LongRangeIter {
    TrObject ob;
    TrValue next, step, remaining;
} LongRangeIter;

static TrValue longrange_iter_next(TrValue self) {
    LongRangeIter *it = TR_AS(LongRangeIter, self);
    if (sign(it->remaining) <= 0) return tr_undef();
    TrValue v = it->next;
    TrValue n = add(v, it->step), rem = sub(it->remaining, tr_int(1));
    if (TR_IS_UNDEF(n) || TR_IS_UNDEF(rem)) return TR_ERR;
    it->next = n;
    it->remaining = rem;
    return v;
}

static TrType longrange_iter_type = {
    .ob = {&tr_type_type},
    .name = "longrange_iterator",
    .iter = tr_self_iter,
    .next = longrange_iter_next,
    .tp_new = tr_tp_new_disabled,
};

static TrValue make_iter(TrRange *r, bool reversed) {
    if (!is_big(r)) {
        TrRangeIter *it = tr_new_object(&tr_range_iter_type, sizeof(TrRangeIter));
        it->remaining = r->len;
        it->next = reversed && r->len ? fast_item(r, r->len - 1) : r->start;
        it->step = reversed ? (int64_t)(0 - (uint64_t)r->step) : r->step;
        return tr_obj(it);
    }
    LongRangeIter *it = tr_new_object(&longrange_iter_type, sizeof(LongRangeIter));
    it->remaining = big(r)->len;
    it->step = big(r)->step;
    it->next = big(r)->start;
    if (reversed) {
        if (sign(it->remaining) > 0) {
            TrValue last = range_item_long(r, sub(it->remaining, tr_int(1)));
            if (TR_IS_UNDEF(last)) return TR_ERR;
            it->next = last;
        }
        it->step = tr_unop(TR_UN_NEG, it->step);
        if (TR_IS_UNDEF(it->step)) return TR_ERR;
    }
    return tr_obj(it);
}

static TrValue range_iter(TrValue self) { return make_iter(AS_RANGE(self), false); }

/* ---- range methods ---------------------------------------------------------- */

static TrValue m_range_count(TrValue *args, int nargs, TrTuple *kwnames) {
    if (tr_check_args("range.count", nargs - 1, kwnames, 1, 1) < 0) return TR_ERR;
    if (is_exact_int(args[1])) {
        int c = contains_int(AS_RANGE(args[0]), args[1]);
        return c < 0 ? TR_ERR : tr_int(c);
    }
    int64_t n = search_eq(args[0], args[1], true);
    return n == -2 ? TR_ERR : tr_int(n);
}

static TrValue m_range_index(TrValue *args, int nargs, TrTuple *kwnames) {
    if (tr_check_args("range.index", nargs - 1, kwnames, 1, 1) < 0) return TR_ERR;
    TrRange *r = AS_RANGE(args[0]);
    TrValue x = args[1];
    if (is_exact_int(x)) {
        int c = contains_int(r, x);
        if (c < 0) return TR_ERR;
        if (!c) return tr_raise(tr_ValueError, "%R is not in range", x);
        TrValue d = sub(norm(x), r_start(r));
        return TR_IS_UNDEF(d) ? TR_ERR : fdiv(d, r_step(r));
    }
    int64_t i = search_eq(args[0], x, false);
    if (i == -2) return TR_ERR;
    if (i < 0) return tr_raise(tr_ValueError, "sequence.index(x): x not in sequence");
    return tr_int(i);
}

static TrValue m_range_reversed(TrValue *args, int nargs, TrTuple *kwnames) {
    if (tr_check_args("range.__reversed__", nargs - 1, kwnames, 0, 0) < 0) return TR_ERR;
    return make_iter(AS_RANGE(args[0]), true);
}

static TrValue m_range_len(TrValue *args, int nargs, TrTuple *kwnames) {
    if (tr_check_args("range.__len__", nargs - 1, kwnames, 0, 0) < 0) return TR_ERR;
    int64_t n = range_len(args[0]);
    return n < 0 ? TR_ERR : tr_int(n);
}

static TrValue m_range_contains(TrValue *args, int nargs, TrTuple *kwnames) {
    if (tr_check_args("range.__contains__", nargs - 1, kwnames, 1, 1) < 0) return TR_ERR;
    int c = range_contains(args[0], args[1]);
    return c < 0 ? TR_ERR : tr_bool(c);
}

static TrValue m_range_iter(TrValue *args, int nargs, TrTuple *kwnames) {
    if (tr_check_args("range.__iter__", nargs - 1, kwnames, 0, 0) < 0) return TR_ERR;
    return range_iter(args[0]);
}

static TrValue m_range_getitem(TrValue *args, int nargs, TrTuple *kwnames) {
    if (tr_check_args("range.__getitem__", nargs - 1, kwnames, 1, 1) < 0) return TR_ERR;
    return range_getitem(args[0], args[1]);
}

static const TrMethodDef range_methods[] = {
    {"count", m_range_count, 0},
    {"index", m_range_index, 0},
    {"__reversed__", m_range_reversed, 0},
    {"__len__", m_range_len, 0},
    {"__contains__", m_range_contains, 0},
    {"__iter__", m_range_iter, 0},
    {"__getitem__", m_range_getitem, 0},
    {NULL, NULL, 0},
};

TrType tr_range_type = {
    .ob = {&tr_type_type},
    .name = "range",
    .base = &tr_object_type,
    .repr = range_repr,
    .hash = range_hash,
    .richcmp = range_richcmp,
    .truth = range_truth,
    .len = range_len,
    .getitem = range_getitem,
    .contains = range_contains,
    .iter = range_iter,
    .getattr = range_getattr,
    .tp_new = range_tp_new,
};

/* ---- slice ------------------------------------------------------------------ */

TrValue tr_slice_new(TrValue start, TrValue stop, TrValue step) {
    TrSlice *s = tr_new_object(&tr_slice_type, sizeof(TrSlice));
    s->start = TR_IS_UNDEF(start) ? tr_none() : start;
    s->stop = TR_IS_UNDEF(stop) ? tr_none() : stop;
    s->step = TR_IS_UNDEF(step) ? tr_none() : step;
    return tr_obj(s);
}

static TrValue slice_repr(TrValue self) {
    TrSlice *s = AS_SLICE(self);
    return tr_obj(tr_str_format("slice(%R, %R, %R)", s->start, s->stop, s->step));
}

static TrValue slice_richcmp(TrValue a, TrValue b, int op) {
    if (!tr_is_type(a, &tr_slice_type) || !tr_is_type(b, &tr_slice_type)) return TR_NOTIMPL;
    if (a.u.o == b.u.o) return tr_bool(op == TR_EQ || op == TR_LE || op == TR_GE);
    TrSlice *x = AS_SLICE(a), *y = AS_SLICE(b);
    TrValue tx[3] = {x->start, x->stop, x->step}, ty[3] = {y->start, y->stop, y->step};
    return tr_richcmp(tr_obj(tr_tuple_from(tx, 3)), tr_obj(tr_tuple_from(ty, 3)), op);
}

static TrValue slice_getattr(TrValue self, TrStr *name) {
    TrSlice *s = AS_SLICE(self);
    if (!strcmp(name->data, "start")) return s->start;
    if (!strcmp(name->data, "stop")) return s->stop;
    if (!strcmp(name->data, "step")) return s->step;
    return tr_generic_getattr(self, name);
}

static TrValue slice_tp_new(TrType *type, TrValue *args, int nargs, TrTuple *kwnames) {
    (void)type;
    if (tr_check_args("slice", nargs, kwnames, 1, 3) < 0) return TR_ERR;
    if (nargs == 1) return tr_slice_new(tr_none(), args[0], tr_none());
    return tr_slice_new(args[0], args[1], nargs == 3 ? args[2] : tr_none());
}

static TrValue m_slice_indices(TrValue *args, int nargs, TrTuple *kwnames) {
    if (tr_check_args("slice.indices", nargs - 1, kwnames, 1, 1) < 0) return TR_ERR;
    TrValue length = args[1];
    if (!is_exact_int(length)) {
        int64_t n;
        if (tr_as_index(length, &n, tr_OverflowError, TR_MSG_SSIZE) < 0) return TR_ERR;
        length = tr_int(n);
    }
    length = norm(length);
    if (sign(length) < 0) return tr_raise(tr_ValueError, "length should not be negative");
    TrValue t[3];
    if (slice_long_indices(AS_SLICE(args[0]), length, &t[0], &t[1], &t[2]) < 0) return TR_ERR;
    return tr_obj(tr_tuple_from(t, 3));
}

static const TrMethodDef slice_methods[] = {
    {"indices", m_slice_indices, 0},
    {NULL, NULL, 0},
};

TrType tr_slice_type = {
    .ob = {&tr_type_type},
    .name = "slice",
    .base = &tr_object_type,
    .repr = slice_repr,
    .hash = tr_hash_unhashable,
    .richcmp = slice_richcmp,
    .getattr = slice_getattr,
    .tp_new = slice_tp_new,
};

void tr_init_range(void) {
    tr_type_ready(&tr_range_type, range_methods);
    tr_type_ready(&tr_range_iter_type, NULL);
    tr_type_ready(&longrange_iter_type, NULL);
    tr_type_ready(&tr_slice_type, slice_methods);
}
