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
} TrCode;

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
