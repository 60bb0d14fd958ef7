/* tr_orc.h — the in-process LLVM engine used by the JIT (tr_orc.c). */
#ifndef TR_ORC_H
#define TR_ORC_H

#include <llvm-c/Core.h>

/* A fresh module in the JIT's thread-safe context, with the host's triple
 * and data layout; NULL when the JIT cannot start (message printed). */
LLVMModuleRef tr_orc_new_module(const char *name);
/* LLVMVerifyModule; -1 (message printed) when the IR is invalid. */
int tr_orc_verify(LLVMModuleRef m);
/* Run a new-pass-manager pipeline ("default<O2>") with the host machine. */
int tr_orc_optimize(LLVMModuleRef m, const char *pipeline);
/* Hand the module to the JIT (which takes ownership) and return the
 * address of function `fname`, or NULL. */
void *tr_orc_add(LLVMModuleRef m, const char *fname);

#endif
