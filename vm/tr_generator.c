/* tr_generator.c — generator objects.
 *
 * A generator owns a frame whose registers live on the heap, so the frame
 * survives between resumptions.  YIELD returns from tr_eval with the frame
 * marked suspended and its pc just past the yield; resuming stores the sent
 * value into the yield's destination register and calls tr_eval again.
 * throw() resumes with an exception pending, which unwinds from the
 * suspension point through the frame's exception table.  A generator
 * suspended in `yield from` (its pc on the YIELDFROM instruction) passes
 * throw() and close() on to the iterator it delegates to first, as
 * CPython's gen_throw does; only what the delegate does not handle is
 * raised at the yield from. */
#include <string.h>

#include "tr_interp.h"

TrValue tr_generator_new(TrFunction *fn, TrValue *regs) {
    TrGenerator *g = tr_new_object(&tr_generator_type, sizeof(TrGenerator));
    TrCode *co = fn->code;
    TrValue *heap_regs = tr_alloc(sizeof(TrValue) * (size_t)(co->nregs > 0 ? co->nregs : 1));
    memcpy(heap_regs, regs, sizeof(TrValue) * (size_t)co->nregs);
    g->func = fn;
    g->frame.code = co;
    g->frame.regs = heap_regs;
    g->frame.globals = fn->globals;
    g->frame.func = fn;
    g->frame.pc = co->code;
    g->saved_handled = tr_undef();
    return tr_obj(g);
}

TrValue tr_generator_send(TrGenerator *g, TrValue v, int throw_, int *done) {
    *done = 0;
    if (g->running) return tr_raise(tr_ValueError, "generator already executing");
    if (g->finished) {
        if (throw_) return TR_ERR; /* the pending exception propagates */
        *done = 1;
        return tr_none();
    }
    if (!g->started && !throw_ && !TR_IS_NONE(v))
        return tr_raise(tr_TypeError, "can't send non-None value to a just-started generator");
    if (g->started && !throw_) g->frame.regs[g->frame.yield_reg] = v;
    if (throw_) {
        if (!g->started) {
            /* never started: the exception ends it at once */
            g->finished = 1;
            return TR_ERR;
        }
        g->frame.resume_with_exc = 1;
    }
    g->started = 1;
    if (tr_enter_recursion() < 0) return TR_ERR;
    g->running = 1;
    TrValue outer_handled = tr_ts.handled;
    tr_ts.handled = g->saved_handled;
    /* a thrown exception chains to what the generator is handling */
    if (throw_) tr_raise_value(tr_exc_fetch());
    TrValue r = tr_eval(&g->frame);
    g->saved_handled = tr_ts.handled;
    tr_ts.handled = outer_handled;
    g->running = 0;
    tr_leave_recursion();
    if (TR_IS_UNDEF(r)) {
        g->finished = 1;
        if (tr_exc_matches(tr_StopIteration)) {
            /* PEP 479 */
            TrValue e = tr_exc_fetch();
            TrValue msg = tr_str_value("generator raised StopIteration");
            TrValue re = tr_exc_new(tr_RuntimeError, &msg, 1);
            TR_AS(TrException, re)->cause = e;
            TR_AS(TrException, re)->context = e;
            TR_AS(TrException, re)->suppress_context = 1;
            tr_raise_value(re);
        }
        return TR_ERR;
    }
    if (g->frame.suspended) return r;
    g->finished = 1;
    *done = 1;
    return r;
}

static TrValue gen_close(TrValue *args, int nargs, TrTuple *kwnames);
static TrValue throw_pending(TrGenerator *g, int *done);

/* The iterator a generator suspended in `yield from` delegates to, or UNDEF.
 * YIELDFROM suspends with its pc on itself so that resuming re-executes it. */
static TrValue yieldfrom_target(TrGenerator *g) {
    if (!g->started || g->finished || g->running) return tr_undef();
    TrInstr i = *g->frame.pc;
    if (TR_OP(i) != TR_OPC_YIELDFROM) return tr_undef();
    return g->frame.regs[TR_B(i)];
}

/* close() of a delegate: a generator's own close, else its close method if any. */
static int close_delegate(TrValue sub) {
    if (tr_is_type(sub, &tr_generator_type)) {
        TrValue self = sub;
        return TR_IS_UNDEF(gen_close(&self, 1, NULL)) ? -1 : 0;
    }
    TrValue m = tr_getattr_cstr(sub, "close");
    if (TR_IS_UNDEF(m)) {
        if (!tr_exc_matches(tr_AttributeError)) return -1;
        tr_exc_clear();
        return 0;
    }
    return TR_IS_UNDEF(tr_call0(m)) ? -1 : 0;
}

/* Throw the pending exception into the delegate sub.  Returns 1 with *out
 * the value it yielded, 0 when it stopped (*out = its return value), -1
 * with an exception pending that is to be raised in g itself. */
static int throw_delegate(TrValue sub, TrValue *out) {
    int done = 0;
    if (tr_is_type(sub, &tr_generator_type)) {
        *out = throw_pending(TR_AS(TrGenerator, sub), &done);
        if (TR_IS_UNDEF(*out)) return -1;
        return done ? 0 : 1;
    }
    TrValue exc = tr_exc_fetch();
    TrValue m = tr_getattr_cstr(sub, "throw");
    if (TR_IS_UNDEF(m)) {
        if (!tr_exc_matches(tr_AttributeError)) return -1;
        tr_exc_clear();
        tr_ts.exc = exc; /* no throw method: raise in the delegating frame */
        return -1;
    }
    *out = tr_call1(m, exc);
    if (!TR_IS_UNDEF(*out)) return 1;
    if (!tr_exc_matches(tr_StopIteration)) return -1;
    *out = TR_AS(TrException, tr_exc_fetch())->value;
    return 0;
}

/* throw() into a generator suspended in `yield from`: CPython's gen_throw.
 * GeneratorExit closes the delegate first; anything else is thrown into
 * it, and only what it does not handle is raised at the yield from. */
static TrValue throw_through(TrGenerator *g, TrValue sub, int *done) {
    if (tr_exc_matches(tr_GeneratorExit)) {
        TrValue exit_exc = tr_exc_fetch();
        g->running = 1;
        int rc = close_delegate(sub);
        g->running = 0;
        if (rc == 0) tr_ts.exc = exit_exc;
    } else {
        TrValue v;
        g->running = 1;
        int rc = throw_delegate(sub, &v);
        g->running = 0;
        if (rc == 1) return v;
        if (rc == 0) {
            /* the delegate returned: resume just past the yield from with its value */
            TrInstr i = *g->frame.pc++;
            g->frame.yield_reg = (int)TR_A(i);
            return tr_generator_send(g, v, 0, done);
        }
    }
    g->frame.pc++; /* raise at the yield from itself */
    return tr_generator_send(g, tr_none(), 1, done);
}

static TrValue gen_iternext(TrValue self) {
    int done;
    TrValue r = tr_generator_send(TR_AS(TrGenerator, self), tr_none(), 0, &done);
    /* a return value travels in StopIteration, which consumers clear */
    if (done) return TR_IS_NONE(r) ? tr_undef() : tr_raise_value(tr_exc_new(tr_StopIteration, &r, 1));
    return r;
}

static TrValue stop_iteration(TrValue value) {
    if (TR_IS_NONE(value)) return tr_raise_value(tr_exc_new(tr_StopIteration, NULL, 0));
    return tr_raise_value(tr_exc_new(tr_StopIteration, &value, 1));
}

/* next(gen) and gen.__next__(): like iteration, but a return value
 * reaches the caller as StopIteration(value). */
TrValue tr_generator_next(TrValue self) {
    int done;
    TrValue r = tr_generator_send(TR_AS(TrGenerator, self), tr_none(), 0, &done);
    if (TR_IS_UNDEF(r)) return TR_ERR;
    return done ? stop_iteration(r) : r;
}

static TrValue gen_dunder_next(TrValue *args, int nargs, TrTuple *kwnames) {
    if (tr_check_args("__next__", nargs, kwnames, 1, 1) < 0) return TR_ERR;
    return tr_generator_next(args[0]);
}

static TrValue gen_send(TrValue *args, int nargs, TrTuple *kwnames) {
    if (tr_check_args("send", nargs, kwnames, 2, 2) < 0) return TR_ERR;
    int done;
    TrValue r = tr_generator_send(TR_AS(TrGenerator, args[0]), args[1], 0, &done);
    if (TR_IS_UNDEF(r)) return TR_ERR;
    if (done) return stop_iteration(r);
    return r;
}

/* Raise the pending exception inside g, through its yield from delegate if any. */
static TrValue throw_pending(TrGenerator *g, int *done) {
    *done = 0;
    TrValue sub = yieldfrom_target(g);
    if (!TR_IS_UNDEF(sub)) return throw_through(g, sub, done);
    return tr_generator_send(g, tr_none(), 1, done);
}

static TrValue gen_throw(TrValue *args, int nargs, TrTuple *kwnames) {
    if (tr_check_args("throw", nargs, kwnames, 2, 4) < 0) return TR_ERR;
    TrValue e = args[1];
    if (tr_is_type(e, &tr_type_type) || (TR_IS_OBJ(e) && tr_isinstance(e, &tr_type_type))) {
        TrValue a = nargs > 2 ? args[2] : tr_undef();
        e = tr_exc_new(TR_AS(TrType, e), &a, TR_IS_UNDEF(a) || TR_IS_NONE(a) ? 0 : 1);
    } else if (!TR_IS_OBJ(e) || !tr_isinstance(e, tr_BaseException)) {
        return tr_raise(tr_TypeError, "exceptions must be classes or instances deriving from BaseException, not %s",
                        tr_type_name(e));
    }
    tr_ts.exc = e;
    int done;
    TrValue r = throw_pending(TR_AS(TrGenerator, args[0]), &done);
    if (TR_IS_UNDEF(r)) return TR_ERR;
    if (done) return stop_iteration(r);
    return r;
}

static TrValue gen_close(TrValue *args, int nargs, TrTuple *kwnames) {
    if (tr_check_args("close", nargs, kwnames, 1, 1) < 0) return TR_ERR;
    TrGenerator *g = TR_AS(TrGenerator, args[0]);
    if (g->finished || !g->started) {
        g->finished = 1;
        return tr_none();
    }
    tr_ts.exc = tr_exc_new(tr_GeneratorExit, NULL, 0);
    int done;
    TrValue r = throw_pending(g, &done);
    if (TR_IS_UNDEF(r)) {
        if (tr_exc_matches(tr_GeneratorExit) || tr_exc_matches(tr_StopIteration)) {
            tr_exc_clear();
            return tr_none();
        }
        return TR_ERR;
    }
    if (!done) return tr_raise(tr_RuntimeError, "generator ignored GeneratorExit");
    return tr_none();
}

static TrValue gen_repr(TrValue self) {
    TrGenerator *g = TR_AS(TrGenerator, self);
    return tr_obj(tr_str_format("<generator object %U at %p>", g->func->qualname, (void *)g));
}

static TrValue gen_getattr(TrValue self, TrStr *name) {
    TrGenerator *g = TR_AS(TrGenerator, self);
    if (!strcmp(name->data, "__name__")) return tr_obj(g->func->name);
    if (!strcmp(name->data, "__qualname__")) return tr_obj(g->func->qualname);
    if (!strcmp(name->data, "gi_running")) return tr_bool(g->running);
    if (!strcmp(name->data, "gi_code")) return tr_obj(g->func->code);
    if (!strcmp(name->data, "gi_suspended")) return tr_bool(g->started && !g->finished && !g->running);
    if (!strcmp(name->data, "gi_yieldfrom")) {
        TrValue sub = yieldfrom_target(g);
        return TR_IS_UNDEF(sub) ? tr_none() : sub;
    }
    return tr_generic_getattr(self, name);
}

static int gen_hash(TrValue self, int64_t *out) {
    *out = (int64_t)((uintptr_t)self.u.o >> 4);
    return 0;
}

static TrValue gen_iter(TrValue self) { return self; }

static const TrMethodDef gen_methods[] = {
    {"__next__", gen_dunder_next, 0},
    {"send", gen_send, 0},
    {"throw", gen_throw, 0},
    {"close", gen_close, 0},
    {NULL, NULL, 0},
};

TrType tr_generator_type = {
    .ob = {&tr_type_type},
    .name = "generator",
    .repr = gen_repr,
    .iter = gen_iter,
    .next = gen_iternext,
    .getattr = gen_getattr,
    .hash = gen_hash,
};

void tr_init_generators(void) { tr_type_ready(&tr_generator_type, gen_methods); }
