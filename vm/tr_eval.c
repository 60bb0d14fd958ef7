/* tr_eval.c — the bytecode interpreter.
 *
 * One function runs one frame: a computed-goto dispatch loop over the opcode
 * table (tr_opcodes.h).  Each instruction tries its common case inline (small
 * ints, floats, list indexing, range and list iteration) and otherwise calls
 * its helper (helpers/, named in the opcode table) — the very function
 * compiled code calls, so there is one implementation of Python semantics.
 * The pc is saved into the frame before anything that can raise (STYLE
 * habit 4) so tracebacks and the inline caches read it.  Instructions whose
 * result type the JIT cannot infer record the kind of that result in the
 * code's type profile.  LOOP counts back-edges and hands a hot loop to the
 * JIT hook.  Errors unwind through the code object's exception table; with
 * no handler the frame returns TR_ERR. */
#include <string.h>

#include "tr_aot.h"
#include "tr_helpers.h"
#include "tr_iters.h"
#include "tr_profile.h"
#include "tr_signal.h"

TrJitHook tr_jit_hook;

_Static_assert(TR_OPC_MATMUL - TR_OPC_ADD == TR_BIN_MATMUL, "binop opcodes follow TR_BINOPS");
_Static_assert(TR_OPC_GE - TR_OPC_LT == TR_GE, "compare opcodes follow TrCmpOp");

int tr_frame_line(const TrFrame *f) {
    int32_t pc = (int32_t)(f->pc - f->code->code) - 1;
    if (pc < 0) pc = 0;
    if (pc >= f->code->ncode) pc = f->code->ncode - 1;
    return f->code->lines[pc];
}

int32_t tr_jit_threshold = INT32_MAX;
int32_t tr_jit_call_threshold = INT32_MAX;

/* ---- the loop ------------------------------------------------------------ */

TrValue tr_eval(TrFrame *f) {
    static const void *const dispatch[TR_OPC_COUNT] = {
#define TR_LABEL(name, fmt, fx, helper, doc) &&op_##name,
        TR_OPCODES(TR_LABEL)
#undef TR_LABEL
    };
    TrCode *code = f->code;
    if (code->native && f->pc == code->code && !f->resume_with_exc) return tr_run_native(f);
    TrValue *regs = f->regs;
    const TrInstr *pc = f->pc;
    TrValue *k = code->consts;
    TrInstr i;
    int st;
    bool keep_traceback = false;
    f->back = tr_ts.frame;
    tr_ts.frame = f;
    f->suspended = 0;

#define R(n) regs[n]
#define A TR_A(i)
#define B TR_B(i)
#define C TR_C(i)
#define SAVE() (f->pc = pc)
#define NEXT()                                  \
    do {                                        \
        i = *pc++;                              \
        goto *dispatch[TR_OP(i)];               \
    } while (0)
/* Run the instruction's helper (the generic case); unwind on failure. */
#define HELPER(name)                                            \
    do {                                                        \
        SAVE();                                                 \
        st = tr_h_##name(f, regs, A, B, C);                     \
        if (st < 0) goto helper_error;                          \
    } while (0)
/* Record the kind of the value just written to R[reg] (type profile). */
#define PROFILE(reg) (code->prof[pc - code->code - 1] |= tr_prof_kind(R(reg)))
#define SIMPLE(op, name) \
    op_##op: HELPER(name); NEXT();
#define PROFILED(op, name, reg) \
    op_##op: HELPER(name); PROFILE(reg); NEXT();

    if (f->resume_with_exc) {
        /* generator.throw(): raise at the suspension point; compiled code
         * that stopped at an exception (tr_jit_resume) */
        f->resume_with_exc = 0;
        goto error;
    }
    NEXT();

op_NOP:
    NEXT();
op_MOVE:
    R(A) = R(B);
    NEXT();
op_LOADK:
    R(A) = k[B];
    NEXT();
op_LOADI:
    R(A) = tr_int(TR_SB(i));
    NEXT();
op_LOADNONE:
    R(A) = tr_none();
    NEXT();
op_LOADBOOL:
    R(A) = tr_bool(B != 0);
    NEXT();
PROFILED(LOADGLOBAL, loadglobal, A)
SIMPLE(STOREGLOBAL, storeglobal)
SIMPLE(DELGLOBAL, delglobal)
PROFILED(LOADBUILTIN, loadbuiltin, A)
SIMPLE(LOADNAME, loadname)
SIMPLE(STORENAME, storename)
SIMPLE(DELNAME, delname)
op_CHECKLOCAL:
    if (TR_IS_UNDEF(R(A))) HELPER(checklocal);
    NEXT();
SIMPLE(DELLOCAL, dellocal)
SIMPLE(MAKECELL, makecell)
PROFILED(LOADDEREF, loadderef, A)
SIMPLE(STOREDEREF, storederef)
SIMPLE(DELDEREF, delderef)

    /* arithmetic: small-int and float fast paths inline, the rest in the
     * operator's helper */
#define ARITH(op, name, intop, fop)                                        \
    op_##op:                                                               \
    if (R(B).tag == TR_TAG_INT && R(C).tag == TR_TAG_INT) {                \
        int64_t x;                                                         \
        if (!intop(R(B).u.i, R(C).u.i, &x)) {                              \
            R(A) = tr_int(x);                                              \
            NEXT();                                                        \
        }                                                                  \
    } else if (R(B).tag == TR_TAG_FLOAT && R(C).tag == TR_TAG_FLOAT) {     \
        R(A) = tr_float(R(B).u.f fop R(C).u.f);                            \
        NEXT();                                                            \
    }                                                                      \
    HELPER(name);                                                          \
    PROFILE(A);                                                            \
    NEXT();
ARITH(ADD, add, __builtin_add_overflow, +)
ARITH(SUB, sub, __builtin_sub_overflow, -)
ARITH(MUL, mul, __builtin_mul_overflow, *)
#undef ARITH
op_FLOORDIV:
    if (R(B).tag == TR_TAG_INT && R(C).tag == TR_TAG_INT && R(C).u.i != 0 &&
        !(R(B).u.i == INT64_MIN && R(C).u.i == -1)) {
        R(A) = tr_int(tr_floordiv64(R(B).u.i, R(C).u.i));
        NEXT();
    }
    HELPER(floordiv);
    PROFILE(A);
    NEXT();
op_MOD:
    if (R(B).tag == TR_TAG_INT && R(C).tag == TR_TAG_INT && R(C).u.i != 0 && R(C).u.i != -1) {
        R(A) = tr_int(tr_mod64(R(B).u.i, R(C).u.i));
        NEXT();
    }
    HELPER(mod);
    PROFILE(A);
    NEXT();
PROFILED(TRUEDIV, truediv, A)
PROFILED(POW, pow, A)
PROFILED(LSHIFT, lshift, A)
PROFILED(RSHIFT, rshift, A)
PROFILED(AND, and, A)
PROFILED(OR, or, A)
PROFILED(XOR, xor, A)
PROFILED(MATMUL, matmul, A)
op_INPLACE:
    if (R(A).tag == TR_TAG_INT && R(B).tag == TR_TAG_INT) {
        int64_t x;
        bool ovf = true;
        if (C == TR_BIN_ADD) ovf = __builtin_add_overflow(R(A).u.i, R(B).u.i, &x);
        else if (C == TR_BIN_SUB) ovf = __builtin_sub_overflow(R(A).u.i, R(B).u.i, &x);
        if (!ovf) {
            R(A) = tr_int(x);
            NEXT();
        }
    }
    HELPER(inplace);
    PROFILE(A);
    NEXT();
PROFILED(NEG, neg, A)
PROFILED(POS, pos, A)
PROFILED(INVERT, invert, A)
op_NOT:
    if (R(B).tag == TR_TAG_BOOL) {
        R(A) = tr_bool(!R(B).u.i);
        NEXT();
    }
    HELPER(not);
    NEXT();

    /* comparisons: small ints inline */
#define COMPARE(op, name, cop)                                          \
    op_##op:                                                            \
    if (R(B).tag == TR_TAG_INT && R(C).tag == TR_TAG_INT) {             \
        R(A) = tr_bool(R(B).u.i cop R(C).u.i);                          \
        NEXT();                                                         \
    }                                                                   \
    HELPER(name);                                                       \
    PROFILE(A);                                                         \
    NEXT();
COMPARE(LT, lt, <)
COMPARE(LE, le, <=)
COMPARE(EQ, eq, ==)
COMPARE(NE, ne, !=)
COMPARE(GT, gt, >)
COMPARE(GE, ge, >=)
#undef COMPARE
op_IS:
    R(A) = tr_bool(R(B).tag == R(C).tag && R(B).u.bits == R(C).u.bits);
    NEXT();
op_ISNOT:
    R(A) = tr_bool(!(R(B).tag == R(C).tag && R(B).u.bits == R(C).u.bits));
    NEXT();
SIMPLE(IN, in)
SIMPLE(NOTIN, notin)

    /* control flow */
op_JMP:
    pc = code->code + B;
    NEXT();
op_JMPIF:
op_JMPIFNOT: {
    TrValue v = R(A);
    int t;
    if (v.tag == TR_TAG_BOOL) {
        t = (int)v.u.i;
    } else {
        HELPER(truth);
        t = st;
    }
    if (t == (TR_OP(i) == TR_OPC_JMPIF)) pc = code->code + B;
    NEXT();
}
op_LOOP:
    if (tr_poll() < 0) goto error; /* signals, budget (tr_signal.h) */
    /* the profiler: a hot loop is handed to the JIT, which runs it from its
     * header and tells where the interpreter resumes */
    if (++code->loopcount[C] >= tr_jit_threshold && tr_jit_hook) {
        SAVE();
        int32_t resume;
        TrValue result;
        switch (tr_jit_hook(f, (int32_t)C, &resume, &result)) {
        case TR_JIT_RETURN:
            tr_ts.frame = f->back;
            return result;
        case TR_JIT_RESUME:
            pc = code->code + resume;
            NEXT();
        case TR_JIT_RAISE:
            pc = code->code + resume + 1;
            goto error;
        default:
            break;
        }
    }
    pc = code->code + B;
    NEXT();
PROFILED(GETITER, getiter, A)
op_FORITER: {
    /* range and list iterators step inline */
    TrValue it = R(A);
    if (it.tag == TR_TAG_OBJ) {
        TrType *t = it.u.o->type;
        if (t == &tr_range_iter_type) {
            TrRangeIter *ri = TR_AS(TrRangeIter, it);
            if (ri->remaining <= 0) {
                pc = code->code + C;
                NEXT();
            }
            R(B) = tr_int(ri->next);
            ri->next = (int64_t)((uint64_t)ri->next + (uint64_t)ri->step);
            ri->remaining--;
            NEXT();
        }
        if (t == &tr_list_iter_type) {
            TrListIter *li = TR_AS(TrListIter, it);
            if (li->list && li->index < li->list->len) {
                R(B) = li->list->items[li->index++];
                PROFILE(B);
                NEXT();
            }
        }
    }
    HELPER(foriter);
    if (st > 0) {
        pc = code->code + C;
        NEXT();
    }
    PROFILE(B);
    NEXT();
}

    /* for x in range(...): once per loop, so the helper alone (it keeps the
     * state in R[A..A+2] as ints when it can) */
SIMPLE(RANGEPREP, rangeprep)
op_FORRANGE:
    if (R(A + 1).tag == TR_TAG_INT) {
        if (R(A + 1).u.i <= 0) {
            pc = code->code + C;
            NEXT();
        }
        R(B) = R(A);
        R(A).u.i = (int64_t)((uint64_t)R(A).u.i + (uint64_t)R(A + 2).u.i);
        R(A + 1).u.i--;
        NEXT();
    }
    goto op_FORITER; /* RANGEPREP kept an iterator (same operands) */

    /* containers */
SIMPLE(BUILDLIST, buildlist)
SIMPLE(BUILDTUPLE, buildtuple)
SIMPLE(BUILDSET, buildset)
SIMPLE(BUILDDICT, builddict)
SIMPLE(BUILDSLICE, buildslice)
SIMPLE(BUILDSTRING, buildstring)
SIMPLE(LISTAPPEND, listappend)
SIMPLE(LISTEXTEND, listextend)
SIMPLE(SETADD, setadd)
SIMPLE(SETUPDATE, setupdate)
SIMPLE(DICTSET, dictset)
SIMPLE(DICTUPDATE, dictupdate)
SIMPLE(DICTMERGE, dictmerge)
SIMPLE(LISTTOTUPLE, listtotuple)
op_GETITEM: {
    TrValue o = R(B), key = R(C);
    if (key.tag == TR_TAG_INT && o.tag == TR_TAG_OBJ && o.u.o->type == &tr_list_type) {
        TrList *l = TR_AS(TrList, o);
        int64_t idx = key.u.i < 0 ? key.u.i + l->len : key.u.i;
        if ((uint64_t)idx < (uint64_t)l->len) {
            R(A) = l->items[idx];
            PROFILE(A);
            NEXT();
        }
    }
    HELPER(getitem);
    PROFILE(A);
    NEXT();
}
op_SETITEM: {
    TrValue o = R(A), key = R(B);
    if (key.tag == TR_TAG_INT && o.tag == TR_TAG_OBJ && o.u.o->type == &tr_list_type) {
        TrList *l = TR_AS(TrList, o);
        int64_t idx = key.u.i < 0 ? key.u.i + l->len : key.u.i;
        if ((uint64_t)idx < (uint64_t)l->len) {
            l->items[idx] = R(C);
            NEXT();
        }
    }
    HELPER(setitem);
    NEXT();
}
SIMPLE(DELITEM, delitem)
PROFILED(GETATTR, getattr, A)
SIMPLE(SETATTR, setattr)
SIMPLE(DELATTR, delattr)
SIMPLE(LOADMETHOD, loadmethod)
PROFILED(CALLMETHOD, callmethod, A)
PROFILED(CALL, call, A)
PROFILED(CALLKW, callkw, A)
PROFILED(CALLEX, callex, A)
op_RETURN: {
    TrValue r = R(A);
    tr_ts.frame = f->back;
    return r;
}
SIMPLE(MAKEFUNC, makefunc)
SIMPLE(UNPACK, unpack)
SIMPLE(UNPACKEX, unpackex)
SIMPLE(RAISE, raise)
SIMPLE(RERAISE, reraise)
SIMPLE(EXCMATCH, excmatch)
SIMPLE(PUSHEXC, pushexc)
SIMPLE(POPEXC, popexc)
SIMPLE(WITHENTER, withenter)
SIMPLE(WITHEXIT, withexit)
SIMPLE(FORMAT, format)
SIMPLE(IMPORT, import)
SIMPLE(IMPORTFROM, importfrom)
SIMPLE(IMPORTSTAR, importstar)

op_YIELD:
    f->pc = pc;
    f->suspended = 1;
    f->yield_reg = (int)A;
    tr_ts.frame = f->back;
    return R(B);
SIMPLE(GETYIELDFROMITER, getyieldfromiter)
op_YIELDFROM: {
    SAVE();
    TrValue sub = R(B), sent = R(A), r;
    int done = 0;
    if (tr_is_type(sub, &tr_generator_type)) {
        r = tr_generator_send(TR_AS(TrGenerator, sub), sent, 0, &done);
    } else {
        /* the raw next slot: a StopIteration it leaves pending carries the result */
        r = TR_IS_NONE(sent) ? tr_typeof(sub)->next(sub) : tr_call_method(sub, "send", &sent, 1);
        if (TR_IS_UNDEF(r) && !tr_exc_pending()) {
            done = 1;
            r = tr_none();
        } else if (TR_IS_UNDEF(r) && tr_exc_matches(tr_StopIteration)) {
            done = 1;
            r = TR_AS(TrException, tr_exc_fetch())->value;
        }
    }
    if (TR_IS_UNDEF(r)) goto error;
    if (done) {
        R(A) = r;
        NEXT();
    }
    /* suspend so that resuming re-executes this instruction */
    f->pc = pc - 1;
    f->suspended = 1;
    f->yield_reg = (int)A;
    tr_ts.frame = f->back;
    return r;
}

helper_error:
    keep_traceback = st == -2; /* a re-raise: the traceback has this line already */
error: {
    f->pc = pc;
    int32_t at = (int32_t)(pc - code->code) - 1;
    if (at < 0) at = 0;
    TrValue exc = tr_ts.exc;
    if (!keep_traceback) tr_exc_add_traceback(exc, tr_obj(code), code->lines[at]);
    keep_traceback = false;
    const TrExcEntry *h = tr_code_find_handler(code, at);
    if (h) {
        R(h->reg) = exc;
        tr_ts.exc = tr_undef();
        pc = code->code + h->handler;
        NEXT();
    }
    tr_ts.frame = f->back;
    return TR_ERR;
}
#undef R
#undef A
#undef B
#undef C
}

/* A function's frame from its start: a hot function's compiled code runs
 * it, without the interpreter's own entry (its register setup was a third
 * of a small compiled function's call); the interpreter runs what is left
 * after an exit, or the whole frame.  Not module or class bodies, which
 * run once, nor generators, which suspend, nor AOT-compiled code. */
TrValue tr_eval_call(TrFrame *f) {
    TrCode *code = f->code;
    /* (counted only under a JIT, which resets the count it reaches: no overflow) */
    if (tr_jit_hook && !code->native && !(code->flags & (TR_CO_GENERATOR | TR_CO_MODULE | TR_CO_CLASSBODY)) &&
        ++code->callcount >= tr_jit_call_threshold) {
        int32_t resume;
        TrValue result;
        f->back = tr_ts.frame;
        tr_ts.frame = f;
        int how = tr_jit_hook(f, TR_JIT_ENTRY, &resume, &result);
        tr_ts.frame = f->back;
        switch (how) {
        case TR_JIT_RETURN:
            return result;
        case TR_JIT_RESUME:
            f->pc = code->code + resume;
            break;
        case TR_JIT_RAISE: /* unwinds from the raising instruction */
            f->pc = code->code + resume + 1;
            f->resume_with_exc = 1;
            break;
        default:
            break;
        }
    }
    return tr_eval(f);
}

TrValue tr_run_code(TrCode *code, TrDict *globals) {
    TrValue regs[code->nregs > 0 ? code->nregs : 1];
    memset(regs, 0, sizeof(TrValue) * (size_t)code->nregs);
    TrFrame frame = {code, regs, globals, NULL, NULL, code->code, tr_ts.frame, 0, 0, 0};
    /* module code is a frame too: it counts toward the recursion limit */
    if (tr_enter_recursion() < 0) return TR_ERR;
    TrValue r = tr_eval(&frame);
    tr_leave_recursion();
    return r;
}
