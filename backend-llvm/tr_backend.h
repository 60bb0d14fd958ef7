/* tr_backend.h — the public face of the LLVM backend (JIT and AOT).
 *
 * The `tauraro` driver installs the JIT into the interpreter with
 * tr_jit_install (the VM's one hook, tr_jit_hook) and calls tr_jit_finish
 * at exit. */
#ifndef TR_BACKEND_H
#define TR_BACKEND_H

#include <stdint.h>

/* "19.1.x": the LLVM version linked in. */
const char *tr_llvm_version(void);

typedef struct TrJitOptions {
    int32_t threshold;     /* back-edges before a loop is compiled */
    int32_t call_threshold; /* calls before a function is compiled */
    int stats;             /* --jit-stats: print counters on stderr at exit */
    int dump_ir;           /* --jit-dump-ir: IR before and after optimization */
    const char *emit_llvm; /* --emit-llvm: file receiving every compiled loop's IR */
    int async;             /* --jit-async: optimize and generate code on a compile thread */
} TrJitOptions;

void tr_jit_install(const TrJitOptions *o);
void tr_jit_finish(void);

#endif
