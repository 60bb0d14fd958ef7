/* tr_aotc.h — the ahead-of-time compiler: Python modules to one LLVM
 * module of native functions plus the data the runtime needs to run them
 * (vm/tr_aot.h), and its emission as IR, assembly or an object file.
 * Used by the `tauraroc` driver. */
#ifndef TR_AOTC_H
#define TR_AOTC_H

#include <llvm-c/Core.h>
#include <stdio.h>

#include "tr_aot.h"

typedef struct TrAotUnit {
    const char *name;      /* module name: "__main__", "pkg.mod" */
    const char *filename;  /* its source file */
    TrCode *code;          /* compiled module code */
    int is_package;
} TrAotUnit;

typedef enum TrAotOutput { TR_AOT_IR, TR_AOT_ASM, TR_AOT_OBJ } TrAotOutput;

typedef struct TrAotOptions {
    int opt_level;         /* 0..3 */
    const char *cpu;       /* "native" or "generic" (or an LLVM CPU name) */
    int shared;            /* a module for `import` (no main) instead of a program */
    int verbose;
} TrAotOptions;

typedef struct TrAotStats {
    int functions;         /* code objects in all units */
    int native;            /* compiled to machine code */
    int embedded;          /* left as bytecode for the runtime to interpret */
    const char *embedded_why[64]; /* first reasons, for -v */
    const char *embedded_what[64];
    int nwhy;
    int cached;            /* modules whose object came from tauraroc's cache */
} TrAotStats;

/* Build an LLVM module holding units[first .. first+count) (their code and
 * descriptors, exported as tr_aot_module_<name>) and, if `entry`, the
 * table of all nunits descriptors with main() (or a shared module's
 * exports), referring to the units compiled into other objects by symbol.
 * units[0] is the program's (or shared module's) own module.  Statistics
 * accumulate in *st.  NULL with a message on stderr on failure. */
LLVMModuleRef tr_aot_compile(const TrAotUnit *units, int nunits, int first, int count, int entry,
                             const TrAotOptions *o, TrAotStats *st);
/* Verify, optimize at o->opt_level and write the module in the chosen
 * form; returns 0, or -1 with a message on stderr. */
int tr_aot_emit(LLVMModuleRef m, TrAotOutput kind, const char *path, const TrAotOptions *o);

#endif
