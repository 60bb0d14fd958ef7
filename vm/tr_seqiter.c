/* tr_seqiter.c — the old sequence protocol: iterating an object that has
 * __getitem__ but no __iter__ calls obj[0], obj[1], ... until IndexError
 * (or StopIteration), as CPython's `iterator` type does. */
#include "tr_vm.h"

typedef struct TrSeqIter {
    TrObject ob;
    TrValue seq; /* UNDEF once exhausted */
    int64_t index;
} TrSeqIter;

static TrValue seqiter_next(TrValue self) {
    TrSeqIter *it = TR_AS(TrSeqIter, self);
    if (TR_IS_UNDEF(it->seq)) return tr_undef();
    TrValue r = tr_getitem(it->seq, tr_int(it->index));
    if (TR_IS_UNDEF(r)) {
        if (!tr_exc_matches(tr_IndexError) && !tr_exc_matches(tr_StopIteration)) return TR_ERR;
        tr_exc_clear();
        it->seq = tr_undef();
        return tr_undef();
    }
    it->index++;
    return r;
}

TrType tr_seqiter_type = {
    .ob = {&tr_type_type},
    .name = "iterator",
    .base = &tr_object_type,
    .iter = tr_self_iter,
    .next = seqiter_next,
};

TrValue tr_seqiter_new(TrValue seq) {
    TrSeqIter *it = tr_new_object(&tr_seqiter_type, sizeof(TrSeqIter));
    it->seq = seq;
    it->index = 0;
    return tr_obj(it);
}

void tr_init_seqiter(void) { tr_type_ready(&tr_seqiter_type, NULL); }
