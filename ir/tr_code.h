/* tr_code.h — code objects: one compiled function, class body or module.
 *
 * A code object is what the compiler produces and what the interpreter, the
 * disassembler and the translator consume.  Registers 0..nparams-1 hold the
 * parameters in CPython's co_varnames order (positional, keyword-only,
 * *args, **kwargs); other locals follow, then temporaries.  Free variables
 * (cells captured from enclosing scopes) occupy registers
 * freestart..freestart+nfree-1 and are filled from the function's closure on
 * entry.  Exception handling is table driven (zero cost when nothing is
 * raised): the innermost entry covering the faulting pc names the handler and
 * the register that receives the exception. */
#ifndef TR_CODE_H
#define TR_CODE_H

#include <stdint.h>
#include <stdio.h>

#include "tr_opcodes.h"
#include "tr_value.h"

struct TrStr;
struct TrFrame;

/* What compiled code returns (in rax:rdx): the value a RETURN returned
 * (tag never 0), or {0, index of the exit taken} with the frame's
 * registers written back. */
typedef struct TrRet {
    uint64_t tag;
    int64_t v;
} TrRet;
static inline TrValue tr_ret_value(TrRet r) {
    TrValue v;
    v.tag = r.tag;
    v.u.i = r.v;
    return v;
}

typedef struct TrExcEntry {
    int32_t start, end; /* covered pcs: [start, end) */
    int32_t handler;    /* pc of the handler */
    int32_t reg;        /* register that receives the exception */
} TrExcEntry;

/* Code flags. */
#define TR_CO_VARARGS 0x1
#define TR_CO_VARKEYWORDS 0x2
#define TR_CO_GENERATOR 0x4
#define TR_CO_NESTED 0x8
#define TR_CO_MODULE 0x10
#define TR_CO_CLASSBODY 0x20

typedef struct TrCode {
    TrObject ob;
    TrInstr *code;
    int32_t ncode;
    int32_t nconsts;
    TrValue *consts;
    int32_t nnames;
    struct TrStr **names;      /* interned */
    int32_t *lines;            /* source line per instruction */
    int32_t nexc;
    TrExcEntry *exctab;        /* innermost entries first */
    int32_t nregs;
    int32_t argcount;          /* positional parameters incl. positional-only */
    int32_t posonlyargcount;
    int32_t kwonlyargcount;
    int32_t flags;
    int32_t freestart, nfree;  /* registers filled from the closure */
    int32_t nvarnames;
    struct TrStr **varnames;   /* names of registers 0..nvarnames-1 */
    struct TrStr *name, *qualname, *filename;
    int32_t firstline;
    void *jit;                 /* backend's per-code data */
    void *icache;              /* the VM's inline caches, one per instruction (vm/tr_icache.h) */
    /* compiled code for the whole function (AOT): runs instead of the
     * interpreter when the frame starts at pc 0 (vm/tr_aot.c) */
    TrRet (*native)(struct TrFrame *f, TrValue *regs);
    /* call counter for the JIT's whole-function compilation */
    int32_t callcount;
    /* profiling, read by the JIT (allocated with the code object) */
    int32_t nloops;            /* LOOP instructions carry ids 0..nloops-1 */
    int32_t *loopcount;        /* back-edges taken per LOOP id */
    uint32_t *prof;            /* per instruction: kinds of result seen (TR_PROF_*) */
} TrCode;

/* Type profile bits: one per value tag, and for objects one per class of
 * interest.  The interpreter ORs in the kind of each value produced by an
 * instruction whose result type the translator cannot infer (loads of
 * globals, subscripts, attributes, calls, iteration, generic operators). */
#define TR_PROF_TAG(t) (1u << (t))
#define TR_PROF_CLASSES(X)                                                 \
    X(LIST, list) X(TUPLE, tuple) X(STR, str) X(DICT, dict) X(SET, set)   \
    X(RANGE, range) X(RANGE_ITER, range_iter) X(LIST_ITER, list_iter)      \
    X(TUPLE_ITER, tuple_iter) X(FUNCTION, function) X(NATIVE, native)      \
    X(METHOD, method) X(BIGINT, int) X(SLICE, slice)
enum {
    TR_PROF_FIRST_CLASS_ = 7,
#define TR_PROF_BIT_ENUM(NAME, type) TR_PROF_BIT_##NAME,
    TR_PROF_CLASSES(TR_PROF_BIT_ENUM)
#undef TR_PROF_BIT_ENUM
    TR_PROF_BIT_INSTANCE, /* of a class statement's type */
    TR_PROF_BIT_OTHER
};
#define TR_PROF_CLASS(NAME) (1u << TR_PROF_BIT_##NAME)
/* Not a kind: the JIT's value guards at this instruction (the identity of
 * a global, a cached method) kept failing; do not speculate there again. */
#define TR_PROF_NOSPEC (1u << 31)

/* Parameter count of the register prefix: positional + kwonly + *args + **kw. */
static inline int tr_code_nparams(const TrCode *c) {
    return c->argcount + c->kwonlyargcount + !!(c->flags & TR_CO_VARARGS) +
           !!(c->flags & TR_CO_VARKEYWORDS);
}

/* The innermost exception-table entry covering pc, or NULL. */
const TrExcEntry *tr_code_find_handler(const TrCode *c, int32_t pc);

/* Disassemble `c` (and nested code objects found in its constants) to `out`.
 * `const_repr` formats a constant (the runtime supplies repr). */
typedef void (*TrConstPrinter)(FILE *out, TrValue v);
void tr_code_disassemble(FILE *out, const TrCode *c, TrConstPrinter const_repr,
                         const TrCode *(*as_code)(TrValue v));

#endif
