/* tr_h_exc.c — helpers for raising and handling exceptions, `with`, and
 * the first step of `yield from`; plus the non-standard helpers compiled
 * code needs at loop back-edges and for AOT exception dispatch.
 *
 * A re-raise returns -2 instead of -1: the exception's traceback already
 * holds this frame's line, and the unwinder (interpreter or compiled code)
 * must not add it twice. */
#include "tr_helpers.h"
#include "tr_signal.h"

#define H(name) int tr_h_##name(TrFrame *f, TrValue *regs, uint32_t a, uint32_t b, uint32_t c)

static bool is_exc_class(TrValue v) {
    return tr_is_type(v, &tr_type_type) || (TR_IS_OBJ(v) && tr_isinstance(v, &tr_type_type))
               ? tr_type_is_subtype(TR_AS(TrType, v), tr_BaseException)
               : false;
}

/* The operand of `raise` as an exception instance. */
static TrValue make_exception(TrValue v) {
    if (is_exc_class(v)) {
        TrValue e = tr_call0(v);
        if (TR_IS_UNDEF(e)) return TR_ERR;
        if (!tr_isinstance(e, tr_BaseException))
            return tr_raise(tr_TypeError,
                            "calling %R should have returned an instance of "
                            "BaseException, not %s",
                            v, tr_type_name(e));
        return e;
    }
    if (TR_IS_OBJ(v) && tr_isinstance(v, tr_BaseException)) return v;
    return tr_raise(tr_TypeError, "exceptions must derive from BaseException");
}

/* raise R[A] (C&1) from R[B] (C&2); C == 0 re-raises the handled exception. */
H(raise) {
    (void)f;
    if (c == 0) {
        if (TR_IS_UNDEF(tr_ts.handled)) {
            tr_raise(tr_RuntimeError, "No active exception to reraise");
            return -1;
        }
        tr_ts.exc = tr_ts.handled;
        return -2;
    }
    TrValue e = make_exception(regs[a]);
    if (TR_IS_UNDEF(e)) return -1;
    if (c & 2) {
        TrValue cause = regs[b], cv = tr_none();
        if (!TR_IS_NONE(cause)) {
            cv = make_exception(cause);
            if (TR_IS_UNDEF(cv)) {
                if (tr_exc_matches(tr_TypeError)) {
                    tr_exc_clear();
                    tr_raise(tr_TypeError, "exception causes must derive from BaseException");
                }
                return -1;
            }
        }
        TrException *ex = TR_AS(TrException, e);
        ex->cause = cv;
        ex->suppress_context = 1;
    }
    tr_raise_value(e);
    return -1;
}

H(reraise) {
    (void)f, (void)b, (void)c;
    tr_ts.exc = regs[a];
    return -2;
}

static int exc_match(TrValue exc, TrValue spec) {
    if (tr_is_type(spec, &tr_tuple_type)) {
        TrTuple *t = TR_AS(TrTuple, spec);
        for (int64_t i = 0; i < t->len; i++) {
            int r = exc_match(exc, t->items[i]);
            if (r) return r;
        }
        return 0;
    }
    if (!is_exc_class(spec)) {
        tr_raise(tr_TypeError,
                 "catching classes that do not inherit from BaseException is not allowed");
        return -1;
    }
    return tr_isinstance(exc, TR_AS(TrType, spec));
}

H(excmatch) {
    (void)f;
    int m = exc_match(regs[b], regs[c]);
    if (m < 0) return -1;
    regs[a] = tr_bool(m);
    return 0;
}

H(pushexc) {
    (void)f, (void)c;
    regs[a] = tr_ts.handled;
    tr_ts.handled = regs[b];
    return 0;
}

H(popexc) {
    (void)f, (void)b, (void)c;
    tr_ts.handled = regs[a];
    return 0;
}

H(withenter) {
    (void)f, (void)c;
    TrValue exit;
    TrValue r = tr_with_enter(regs[b], &exit);
    if (TR_IS_UNDEF(r)) return -1;
    regs[a] = exit;
    regs[a + 1] = r;
    return 0;
}

H(withexit) {
    (void)f;
    TrValue r = tr_with_exit(regs[a], c ? regs[b] : tr_undef());
    if (TR_IS_UNDEF(r)) return -1;
    if (c) {
        int t = tr_truth(r);
        if (t < 0) return -1;
        regs[a] = tr_bool(t);
    }
    return 0;
}

H(getyieldfromiter) {
    (void)f, (void)c;
    TrValue r = tr_is_type(regs[b], &tr_generator_type) ? regs[b] : tr_iter(regs[b]);
    if (TR_IS_UNDEF(r)) return -1;
    regs[a] = r;
    return 0;
}

/* ---- helpers with their own signatures ------------------------------------ */

int tr_h_poll(TrFrame *f) {
    (void)f;
    return tr_eval_break();
}

void tr_h_catch(TrFrame *f, TrValue *regs, uint32_t reg, int32_t pc, int32_t keep_tb) {
    TrValue exc = tr_ts.exc;
    if (!keep_tb) tr_exc_add_traceback(exc, tr_obj(f->code), f->code->lines[pc]);
    regs[reg] = exc;
    tr_ts.exc = tr_undef();
}

void tr_h_unwind(TrFrame *f, int32_t pc, int32_t keep_tb) {
    if (!keep_tb) tr_exc_add_traceback(tr_ts.exc, tr_obj(f->code), f->code->lines[pc]);
}
