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
    X(sys, tr_module_init_sys)  \
    X(math, tr_module_init_math) \
    X(posix, tr_module_init_posix) \
    X(_random, tr_module_init__random) \
    X(_sha2, tr_module_init__sha2) \
    X(errno, tr_module_init_errno) \
    X(time, tr_module_init_time) \
    X(_ctypes, tr_module_init__ctypes) \
    X(signal, tr_module_init_signal)

#define TR_MOD_DECL(name, init) TrModule *init(void);
TR_BUILTIN_MODULES(TR_MOD_DECL)
#undef TR_MOD_DECL

TrModule *tr_module_new(const char *name);
void tr_module_add(TrModule *m, const char *name, TrValue v);
/* Add natives from a NULL-terminated method table as module functions. */
void tr_module_add_functions(TrModule *m, const TrMethodDef *defs);

/* The built-in module `name` (its init runs at most once per call site's
 * module cache miss): *found tells whether the table has it. */
TrValue tr_module_builtin(TrStr *name, bool *found);
/* Whether the table has a module of that name (tauraroc's import scan). */
bool tr_module_is_builtin(const char *name);

/* ---- import (tr_import.c) ---- */
extern TrDict *tr_sys_modules;
/* `import name` (dotted).  flags: bit 0 = return the top-level package
 * (plain `import a.b`), bits 1.. = the relative level (`from .. import`),
 * resolved against globals' __package__/__name__. */
TrValue tr_import(TrStr *name, unsigned flags, TrDict *globals);
/* sys.path at start-up: the script's directory (NULL: the current directory,
 * as for -c and stdin), then TAURARO_PATH, then the shipped library. */
void tr_import_init_path(const char *script);

/* ---- Tauraro's own files (tr_home.c) ---- */
/* The directory of the running executable; NULL if unknown. */
const char *tr_exe_dir(void);
/* The installed home, <prefix>/lib/tauraro: from TAURARO_HOME=<prefix>, or
 * found from the executable (<exe_dir>/../lib/tauraro/lib exists); NULL in a
 * build tree. */
const char *tr_home_dir(void);
/* The Python-written standard library: TAURARO_LIB, else <home>/lib, else
 * the source tree's lib/ (a build tree). */
const char *tr_stdlib_dir(void);
bool tr_path_is_dir(const char *p);
bool tr_path_is_file(const char *p);
/* The source compiler, installed by the driver (the runtime library does not
 * link the frontend); NULL in executables that cannot compile source. */
struct TrCode;
extern struct TrCode *(*tr_source_compiler)(const char *src, size_t len, const char *filename,
                                            int mode);
TrValue tr_import_from(TrValue module, TrStr *name);
int tr_import_star(TrValue module, TrDict *globals);
/* __import__'s fromlist on a package: import the named submodules it does
 * not have as attributes yet ("*" stands for __all__). */
int tr_import_fromlist(TrValue module, TrValue fromlist);

#endif
