/* tr_aot.h — running code compiled ahead of time by tauraroc.
 *
 * An AOT object holds, per module, the module's code objects serialized
 * (tr_marshal.c) and, per code object in preorder, the native function
 * tauraroc compiled for it (NULL: interpreted from its bytecode, e.g.
 * generators).  A native function returns the function's value, or tag 0
 * with an exception pending (its traceback line already recorded).  The runtime rebuilds the code objects
 * at import, attaches the natives, and tr_eval runs a code object's native
 * function whenever a frame starts at its first instruction.  The layout
 * of TrAotModule is part of the ABI with tauraroc's emitted globals. */
#ifndef TR_AOT_H
#define TR_AOT_H

#include "tr_interp.h"

typedef TrRet (*TrCompiledFn)(TrFrame *f, TrValue *regs);

typedef struct TrAotModule {
    const char *name;              /* "__main__", "pkg.mod" */
    const char *filename;          /* the source it was compiled from */
    const unsigned char *blob;     /* tr_marshal_code of the module's code */
    int64_t blob_len;
    int32_t ncode;                 /* code objects, preorder */
    int32_t is_package;
    const TrCompiledFn *fns;       /* per code object, or NULL entries */
} TrAotModule;

/* Serialized code (tr_marshal.c).  Unmarshal returns the top code object
 * and, if asked, every code object in preorder. */
TrBytes *tr_marshal_code(const TrCode *c);
TrCode *tr_unmarshal_code(const unsigned char *data, int64_t len, TrCode ***all, int32_t *nall);

/* Embedded modules: registered at start-up, found by the import system
 * before the search path. */
void tr_aot_register(const TrAotModule *m);
const TrAotModule *tr_aot_find(TrStr *name);
/* The module's code with the compiled functions attached. */
TrCode *tr_aot_load(const TrAotModule *m);
/* A module compiled with `tauraroc --shared`: dlopen the file and return
 * its descriptor (NULL with ImportError pending). */
const TrAotModule *tr_aot_load_shared(const char *path, TrStr *name);
/* Run frame f with its code's native function (tr_eval calls this). */
TrValue tr_run_native(TrFrame *f);

/* main() of an AOT executable: initialise the runtime, register the
 * modules (mods[0] is __main__), run it, return the exit status.
 * `compiler` is the frontend's tr_compile_source (for exec/eval and
 * modules that were not compiled in), or NULL. */
int tr_aot_main(int argc, char **argv, const TrAotModule *const *mods, int32_t nmods, void *compiler);

#endif
