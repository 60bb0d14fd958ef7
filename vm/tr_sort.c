/* tr_sort.c — the stable sort behind list.sort() and sorted().
 *
 * A simplified timsort: the array is cut into natural runs (strictly
 * descending runs are reversed in place), short runs are extended to
 * `minrun` with binary insertion, and runs are merged pairwise under the
 * usual stack invariants.  For arrays shorter than 64 this performs exactly
 * the comparisons CPython's listsort does (count_run, then binary insertion),
 * so a TypeError from comparing mixed types names the operands in the same
 * order ("'<' not supported between instances of 'str' and 'int'").  Larger
 * merges do not gallop.
 *
 * Only `<` is used (tr_richcmp_bool(a, b, TR_LT)), and an exception stops
 * the sort with the array still a permutation of its input.  Keys and values
 * move together: with a key function the caller sorts the computed keys and
 * passes the items as `values`. */
#include <string.h>

#include "tr_iters.h"

typedef struct SortState {
    TrValue *keys;   /* compared */
    TrValue *values; /* moved alongside keys; NULL when the keys are the values */
    TrValue *tmpk, *tmpv; /* merge buffers, grown on demand */
    int64_t tmpcap;
} SortState;

typedef struct Run {
    int64_t base, len;
} Run;

/* Keys of the exact built-in types compare here without the generic
 * protocol, as CPython's pre-sort key checks arrange: ints, floats, strs
 * (UTF-8 byte order is code point order) and tuples of them, element by
 * element as tuple.__lt__ does: the first index whose items differ decides.
 * Anything else, and subclasses, go through tr_richcmp_bool. */
static inline bool exact(TrValue v, TrType *t) { return v.tag == TR_TAG_OBJ && v.u.o->type == t; }

static inline int str_lt(const TrStr *a, const TrStr *b) {
    int c = memcmp(a->data, b->data, (size_t)(a->len < b->len ? a->len : b->len));
    return c ? c < 0 : a->len < b->len;
}

static int lt(TrValue a, TrValue b);

/* a == b as a tuple comparison asks it: 1, 0, or -1 on error */
static int item_eq(TrValue a, TrValue b) {
    if (a.tag == TR_TAG_INT && b.tag == TR_TAG_INT) return a.u.i == b.u.i;
    if (exact(a, &tr_str_type) && exact(b, &tr_str_type)) {
        const TrStr *x = TR_AS(TrStr, a), *y = TR_AS(TrStr, b);
        return x == y || (x->len == y->len && !memcmp(x->data, y->data, (size_t)x->len));
    }
    return tr_eq(a, b);
}

static int tuple_lt(const TrTuple *a, const TrTuple *b) {
    int64_t n = a->len < b->len ? a->len : b->len;
    for (int64_t i = 0; i < n; i++) {
        int e = item_eq(a->items[i], b->items[i]);
        if (e < 0) return -1;
        if (e) continue;
        TrValue x = a->items[i], y = b->items[i];
        if (!exact(x, &tr_tuple_type)) return lt(x, y);
        /* a tuple inside the tuple: deep nesting is a RecursionError */
        if (tr_enter_recursion_where(" in comparison") < 0) return -1;
        int r = lt(x, y);
        tr_leave_recursion();
        return r;
    }
    return a->len < b->len;
}

/* a < b: 1, 0, or -1 on error */
static int lt(TrValue a, TrValue b) {
    if (a.tag == TR_TAG_INT && b.tag == TR_TAG_INT) return a.u.i < b.u.i;
    if (a.tag == TR_TAG_FLOAT && b.tag == TR_TAG_FLOAT) return a.u.f < b.u.f;
    if (a.tag == TR_TAG_OBJ && b.tag == TR_TAG_OBJ && a.u.o->type == b.u.o->type) {
        if (a.u.o->type == &tr_str_type) return str_lt(TR_AS(TrStr, a), TR_AS(TrStr, b));
        if (a.u.o->type == &tr_tuple_type) return tuple_lt(TR_AS(TrTuple, a), TR_AS(TrTuple, b));
    }
    return tr_richcmp_bool(a, b, TR_LT);
}

static void swap_range(TrValue *v, int64_t lo, int64_t hi) {
    for (hi--; lo < hi; lo++, hi--) {
        TrValue t = v[lo];
        v[lo] = v[hi];
        v[hi] = t;
    }
}

static void reverse_slice(SortState *s, int64_t lo, int64_t hi) {
    swap_range(s->keys, lo, hi);
    if (s->values) swap_range(s->values, lo, hi);
}

/* Length of the run starting at lo (strictly descending runs flagged). */
static int64_t count_run(SortState *s, int64_t lo, int64_t hi, bool *descending) {
    *descending = false;
    if (lo + 1 >= hi) return 1;
    int64_t n = 2;
    int r = lt(s->keys[lo + 1], s->keys[lo]);
    if (r < 0) return -1;
    if (r) {
        *descending = true;
        for (int64_t i = lo + 2; i < hi; i++, n++) {
            r = lt(s->keys[i], s->keys[i - 1]);
            if (r < 0) return -1;
            if (!r) break;
        }
    } else {
        for (int64_t i = lo + 2; i < hi; i++, n++) {
            r = lt(s->keys[i], s->keys[i - 1]);
            if (r < 0) return -1;
            if (r) break;
        }
    }
    return n;
}

/* Sort [lo, hi) by binary insertion; [lo, start) is already sorted. */
static int binary_insertion(SortState *s, int64_t lo, int64_t hi, int64_t start) {
    if (start == lo) start++;
    for (; start < hi; start++) {
        TrValue pivot = s->keys[start];
        int64_t l = lo, r = start;
        while (l < r) {
            int64_t p = l + ((r - l) >> 1);
            int c = lt(pivot, s->keys[p]);
            if (c < 0) return -1;
            if (c) r = p;
            else l = p + 1;
        }
        /* stable: equal items stay left of the pivot */
        memmove(s->keys + l + 1, s->keys + l, sizeof(TrValue) * (size_t)(start - l));
        s->keys[l] = pivot;
        if (s->values) {
            TrValue pv = s->values[start];
            memmove(s->values + l + 1, s->values + l, sizeof(TrValue) * (size_t)(start - l));
            s->values[l] = pv;
        }
    }
    return 0;
}

static int64_t compute_minrun(int64_t n) {
    int64_t r = 0;
    while (n >= 64) {
        r |= n & 1;
        n >>= 1;
    }
    return n + r;
}

static void ensure_tmp(SortState *s, int64_t n) {
    if (n <= s->tmpcap) return;
    s->tmpk = tr_alloc(sizeof(TrValue) * (size_t)n);
    if (s->values) s->tmpv = tr_alloc(sizeof(TrValue) * (size_t)n);
    s->tmpcap = n;
}

/* Merge the adjacent sorted runs [a, a+na) and [a+na, a+na+nb).  The left
 * run is copied out; an item from the right run goes first only when it is
 * strictly less, which keeps the merge stable. */
static int merge(SortState *s, int64_t a, int64_t na, int64_t nb) {
    ensure_tmp(s, na);
    memcpy(s->tmpk, s->keys + a, sizeof(TrValue) * (size_t)na);
    if (s->values) memcpy(s->tmpv, s->values + a, sizeof(TrValue) * (size_t)na);
    int64_t i = 0, j = a + na, end = a + na + nb, d = a;
    int rc = 0;
    while (i < na && j < end) {
        int c = lt(s->keys[j], s->tmpk[i]);
        if (c < 0) {
            rc = -1;
            break;
        }
        if (c) {
            s->keys[d] = s->keys[j];
            if (s->values) s->values[d] = s->values[j];
            j++;
        } else {
            s->keys[d] = s->tmpk[i];
            if (s->values) s->values[d] = s->tmpv[i];
            i++;
        }
        d++;
    }
    /* what is left of the left run fills the gap before j exactly */
    memcpy(s->keys + d, s->tmpk + i, sizeof(TrValue) * (size_t)(na - i));
    if (s->values) memcpy(s->values + d, s->tmpv + i, sizeof(TrValue) * (size_t)(na - i));
    return rc;
}

static int merge_at(SortState *s, Run *runs, int *nruns, int k) {
    Run *x = &runs[k], *y = &runs[k + 1];
    int rc = merge(s, x->base, x->len, y->len);
    x->len += y->len;
    memmove(runs + k + 1, runs + k + 2, sizeof(Run) * (size_t)(*nruns - k - 2));
    (*nruns)--;
    return rc;
}

/* Restore the run-length invariants (timsort's merge_collapse). */
static int merge_collapse(SortState *s, Run *p, int *n) {
    while (*n > 1) {
        int k = *n - 2;
        if ((k > 0 && p[k - 1].len <= p[k].len + p[k + 1].len) ||
            (k > 1 && p[k - 2].len <= p[k - 1].len + p[k].len)) {
            if (p[k - 1].len < p[k + 1].len) k--;
        } else if (p[k].len > p[k + 1].len) {
            break;
        }
        if (merge_at(s, p, n, k) < 0) return -1;
    }
    return 0;
}

static int merge_force_collapse(SortState *s, Run *p, int *n) {
    while (*n > 1) {
        int k = *n - 2;
        if (k > 0 && p[k - 1].len < p[k + 1].len) k--;
        if (merge_at(s, p, n, k) < 0) return -1;
    }
    return 0;
}

static int sort_forward(SortState *s, int64_t n) {
    Run runs[128]; /* invariants bound the stack to ~log_phi(2^64) */
    int nruns = 0;
    int64_t minrun = compute_minrun(n), lo = 0;
    while (lo < n) {
        bool desc;
        int64_t run = count_run(s, lo, n, &desc);
        if (run < 0) return -1;
        if (desc) reverse_slice(s, lo, lo + run);
        if (run < minrun) {
            int64_t force = n - lo < minrun ? n - lo : minrun;
            if (binary_insertion(s, lo, lo + force, lo + run) < 0) return -1;
            run = force;
        }
        runs[nruns].base = lo;
        runs[nruns].len = run;
        nruns++;
        if (merge_collapse(s, runs, &nruns) < 0) return -1;
        lo += run;
    }
    return merge_force_collapse(s, runs, &nruns);
}

int tr_sort_values(TrValue *keys, TrValue *values, int64_t n, bool reverse) {
    if (n < 2) return 0;
    SortState s = {keys, values, NULL, NULL, 0};
    /* reverse=True keeps equal items in their original order: reverse,
     * sort forward (stable), reverse back */
    if (reverse) reverse_slice(&s, 0, n);
    int rc = sort_forward(&s, n);
    if (reverse) reverse_slice(&s, 0, n);
    return rc;
}
