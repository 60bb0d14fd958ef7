/* tr_module.h — module objects and the import system.
 *
 * Built-in modules are listed once in TR_BUILTIN_MODULES; each entry names
 * the C function that creates it.  Imported modules are cached in
 * sys.modules, as in CPython. */
#ifndef TR_MODULE_H
#define TR_MODULE_H

#include "tr_vm.h"

/* X(name, init) — init returns the new module (or NULL with an exception). */
#define TR_BUILTIN_MODULES(X) \
    X(sys, tr_module_init_sys)

#define TR_MOD_DECL(name, init) TrModule *init(void);
TR_BUILTIN_MODULES(TR_MOD_DECL)
#undef TR_MOD_DECL

TrModule *tr_module_new(const char *name);
void tr_module_add(TrModule *m, const char *name, TrValue v);
/* Add natives from a NULL-terminated method table as module functions. */
void tr_module_add_functions(TrModule *m, const TrMethodDef *defs);

extern TrDict *tr_sys_modules;
/* `import name` (dotted); top != 0 returns the top-level package. */
TrValue tr_import(TrStr *name, unsigned top, TrDict *globals);
TrValue tr_import_from(TrValue module, TrStr *name);
int tr_import_star(TrValue module, TrDict *globals);

#endif
