/* tr_orc.h — the in-process LLVM engine used by the JIT (tr_orc.c). */
#ifndef TR_ORC_H
#define TR_ORC_H

#include <llvm-c/Core.h>
#include <stdbool.h>
#include <stdio.h>

/* A fresh module, in a thread-safe context of its own (*ctx), with the
 * host's triple and data layout; NULL when the JIT cannot start (message
 * printed).  Its values keep their names only if `names` (the IR is to be
 * shown). */
LLVMModuleRef tr_orc_new_module(const char *name, bool names, void **ctx);
/* Drop a module that will not be compiled, with its context. */
void tr_orc_discard(LLVMModuleRef m, void *ctx);
/* LLVMVerifyModule; -1 (message printed) when the IR is invalid. */
int tr_orc_verify(LLVMModuleRef m);
/* Optimize with the JIT's pass pipeline, hand the module to the JIT (which takes it
 * and its context) and return the address of `fname`, or NULL (message
 * printed).  Safe to call from the compile thread and the interpreter's
 * thread at once.  The optimized IR goes to `dump` if not NULL; the time
 * each phase took to *ms_opt and *ms_cg. */
void *tr_orc_compile(LLVMModuleRef m, void *ctx, const char *fname, FILE *dump, double *ms_opt, double *ms_cg);

#endif
