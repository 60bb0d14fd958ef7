/* tr_profile.h — the kind of a value, as the type profile records it.
 *
 * The interpreter ORs tr_prof_kind(result) into code->prof[pc] for the
 * instructions whose result type the JIT cannot infer (tr_eval.c); the
 * JIT widens the same bits when a type guard fails, so a recompiled loop
 * stops speculating there.  Bits are defined in ir/tr_code.h. */
#ifndef TR_PROFILE_H
#define TR_PROFILE_H

#include "tr_code.h"
#include "tr_iters.h"

static inline uint32_t tr_prof_kind(TrValue v) {
    if (v.tag != TR_TAG_OBJ) return TR_PROF_TAG(v.tag);
    TrType *t = v.u.o->type;
#define TR_PROF_MATCH(NAME, type) \
    if (t == &tr_##type##_type) return TR_PROF_TAG(TR_TAG_OBJ) | TR_PROF_CLASS(NAME);
    TR_PROF_CLASSES(TR_PROF_MATCH)
#undef TR_PROF_MATCH
    return TR_PROF_TAG(TR_TAG_OBJ) |
           ((t->flags & TR_TF_HEAPTYPE) ? TR_PROF_CLASS(INSTANCE) : TR_PROF_CLASS(OTHER));
}

#endif
