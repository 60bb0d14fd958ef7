/* tr_iters.h — layouts of the container iterators, and helpers shared by the
 * container files (tr_list.c, tr_tuple.c, tr_dict.c, tr_set.c, tr_range.c,
 * tr_sort.c).
 *
 * The interpreter special-cases `for x in <list>` and `for i in range(...)`:
 * it recognises the iterator by its type and steps it inline, so the layouts
 * of the list and range iterators are published here.  The second half of
 * the header is internal to the container files (marked so): small helpers
 * that several of them need, kept in one place instead of copied. */
#ifndef TR_ITERS_H
#define TR_ITERS_H

#include "tr_vm.h"

/* ---- iterators the interpreter may step inline --------------------------- */

/* iter(list): index based, so it sees appends made during the loop, as
 * CPython's does.  `list` becomes NULL once exhausted. */
typedef struct TrListIter {
    TrObject ob;
    TrList *list;
    int64_t index;
} TrListIter;
extern TrType tr_list_iter_type;

/* reversed(list): walks down from the end; stops when index falls outside. */
typedef struct TrListRevIter {
    TrObject ob;
    TrList *list;
    int64_t index;
} TrListRevIter;
extern TrType tr_list_reviter_type;

/* iter(tuple): the tuple cannot change, so no re-checks. */
typedef struct TrTupleIter {
    TrObject ob;
    TrTuple *tuple;
    int64_t index;
} TrTupleIter;
extern TrType tr_tuple_iter_type;

/* iter(range) and reversed(range) for ranges whose values fit int64.  `next`
 * advances with wrapping arithmetic (the value after the last one may not
 * fit); `remaining` alone decides exhaustion. */
typedef struct TrRangeIter {
    TrObject ob;
    int64_t next, step, remaining;
} TrRangeIter;
extern TrType tr_range_iter_type;
/* The number of values of range(start, stop, step), into *count; false
 * when there is no such int64 count (step 0, or more than INT64_MAX
 * values), which range() itself then handles.  `for x in range(...)`
 * keeps this count, the next value and the step in three registers
 * (RANGEPREP, FORRANGE) instead of an iterator object. */
static inline bool tr_range_count(int64_t start, int64_t stop, int64_t step, int64_t *count) {
    /* the distance as unsigned always fits; only the count may not */
    uint64_t n = 0;
    if (step > 0 && start < stop) n = ((uint64_t)stop - (uint64_t)start - 1) / (uint64_t)step + 1;
    else if (step < 0 && start > stop) n = ((uint64_t)start - (uint64_t)stop - 1) / (0 - (uint64_t)step) + 1;
    else if (step == 0) return false;
    if (n > (uint64_t)INT64_MAX) return false;
    *count = (int64_t)n;
    return true;
}

/* A range whose start, stop, step or length does not fit int64 (e.g.
 * range(10**20)) keeps TrRange's header with len = -1 and holds its values
 * as ints here; fast paths must check `len >= 0` before using the int64
 * fields.  It iterates with a generic iterator (not tr_range_iter_type). */
typedef struct TrBigRange {
    TrRange r; /* r.len == -1 */
    TrValue start, stop, step, len;
} TrBigRange;

/* Iterators over dict keys/values/items (one layout, three types). */
typedef struct TrDictIter {
    TrObject ob;
    TrDict *dict;     /* NULL once exhausted */
    int64_t pos;      /* next entry number */
    int64_t used;     /* dict size when the iterator was made */
    int64_t remaining;
} TrDictIter;
extern TrType tr_dict_keyiter_type, tr_dict_valueiter_type, tr_dict_itemiter_type;

/* Iterator over a set or frozenset (slot order). */
typedef struct TrSetIter {
    TrObject ob;
    TrSet *set;       /* NULL once exhausted */
    int64_t pos;
    int64_t used;
    int64_t remaining;
} TrSetIter;
extern TrType tr_set_iter_type;

/* Dict views: dict.keys(), dict.values(), dict.items(). */
typedef struct TrDictView {
    TrObject ob;
    TrDict *dict;
} TrDictView;
extern TrType tr_dict_keys_type, tr_dict_values_type, tr_dict_items_type;

/* ---- internal to the container files ------------------------------------- */

/* How a subscript key reads as a sequence index. */
typedef enum TrSeqKey {
    TR_SEQKEY_ERROR = -1, /* exception pending */
    TR_SEQKEY_INDEX = 0,  /* *out holds the index (not yet bounds-checked) */
    TR_SEQKEY_SLICE = 1,  /* key is a slice object */
    TR_SEQKEY_OTHER = 2,  /* neither: caller raises "<t> indices must be ..." */
} TrSeqKey;
TrSeqKey tr_seq_key(TrValue key, int64_t *out);
/* An int-like argument (int, bool, __index__) as int64; TypeError "'float'
 * object cannot be interpreted as an integer" otherwise.  When it does not
 * fit int64: clamp to INT64_MIN/MAX if `overflow` is NULL (slice indices),
 * else raise `overflow` with `msg`. */
int tr_as_index(TrValue v, int64_t *out, TrType *overflow, const char *msg);
#define TR_MSG_CANNOT_FIT "cannot fit 'int' into an index-sized integer"
#define TR_MSG_SSIZE "Python int too large to convert to C ssize_t"
/* Does the value's type provide __index__ (int, bool or a user class)? */
bool tr_has_index(TrValue v);
/* `int` for a value usable as a repeat count / index: small ints and bools. */
static inline bool tr_is_small_intlike(TrValue v) {
    return v.tag == TR_TAG_INT || v.tag == TR_TAG_BOOL;
}
/* Type checks that accept subclasses (user classes derived from list...):
 * list, tuple and dict carry their own SUBCLASS flag, which heap types
 * inherit, as CPython's Py_TPFLAGS_LIST_SUBCLASS. */
static inline bool tr_is_list(TrValue v) {
    return v.tag == TR_TAG_OBJ && (v.u.o->type->flags & TR_TF_LIST_SUBCLASS);
}
static inline bool tr_is_tuple(TrValue v) {
    return v.tag == TR_TAG_OBJ && (v.u.o->type->flags & TR_TF_TUPLE_SUBCLASS);
}
static inline bool tr_is_dict(TrValue v) {
    return v.tag == TR_TAG_OBJ && (v.u.o->type->flags & TR_TF_DICT_SUBCLASS);
}
bool tr_is_anyset(TrValue v); /* set, frozenset or a subclass of either */
/* Allocation size for an instance of `t` whose built-in layout is `base`
 * bytes (a subclass may add a __dict__ slot after it). */
size_t tr_instance_size(TrType *t, size_t base);
/* Give an instance of a subclass its __dict__ if the type has one. */
void tr_instance_init_dict(TrType *t, void *obj);
/* Hash slot for mutable containers: "unhashable type: 'list'". */
/* tp_new for types that cannot be instantiated from Python. */
TrValue tr_tp_new_disabled(TrType *t, TrValue *args, int nargs, TrTuple *kwnames);
/* Append "elem, elem, ..." (reprs) to a buffer. 0 ok, -1 error. */
int tr_buf_put_reprs(TrBuf *b, const TrValue *items, int64_t n);
/* Identity iter slot for iterators (tr_ops.c). */
TrValue tr_self_iter(TrValue self);
/* The set algorithms exposed for dict views (tr_set.c). */
TrValue tr_set_from_iterable(TrType *type, TrValue iterable);
int tr_set_difference_update(TrSet *s, TrValue other);
int tr_set_symmetric_difference_update(TrSet *s, TrValue other);
/* dict view membership (tr_dict.c), used by view set algebra. */
int tr_dictview_contains(TrValue view, TrValue x);
/* Sort `n` values in place (stable; keys[] compared with `<` when given,
 * reordered alongside). 0 ok, -1 error with the arrays partly permuted. */
int tr_sort_values(TrValue *keys, TrValue *values, int64_t n, bool reverse);

#endif
