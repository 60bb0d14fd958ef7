/* tr_aot.c — the runtime side of ahead-of-time compiled programs: the
 * registry of embedded modules, loading their code with natives attached,
 * running a native frame, shared-object modules, and main().
 *
 * A native function has the JIT's region signature: it returns the
 * function's value, or tag 0 when an exception is pending (its traceback
 * entry already added) — the only exit a whole AOT function has. */
#include <dlfcn.h>
#include <stdio.h>
#include <string.h>

#include "tr_aot.h"
#include "tr_module.h"

#define TR_AOT_MAX_MODULES 4096
static const TrAotModule *registry[TR_AOT_MAX_MODULES];
static int32_t nregistry;

void tr_aot_register(const TrAotModule *m) {
    for (int32_t k = 0; k < nregistry; k++)
        if (!strcmp(registry[k]->name, m->name)) return;
    if (nregistry < TR_AOT_MAX_MODULES) registry[nregistry++] = m;
}

const TrAotModule *tr_aot_find(TrStr *name) {
    for (int32_t k = 0; k < nregistry; k++)
        if (!strcmp(registry[k]->name, name->data)) return registry[k];
    return NULL;
}

TrCode *tr_aot_load(const TrAotModule *m) {
    TrCode **all;
    int32_t n;
    TrCode *top = tr_unmarshal_code(m->blob, m->blob_len, &all, &n);
    if (!top) return NULL;
    if (n != m->ncode) {
        tr_raise(tr_SystemError, "embedded module %s: %d code objects, expected %d", m->name, (int)n,
                 (int)m->ncode);
        return NULL;
    }
    for (int32_t k = 0; k < n; k++)
        if (m->fns && m->fns[k]) all[k]->native = m->fns[k];
    return top;
}

const TrAotModule *tr_aot_load_shared(const char *path, TrStr *name) {
    /* a name without a slash would make dlopen search the library path */
    char local[4096];
    if (!strchr(path, '/') && snprintf(local, sizeof local, "./%s", path) < (int)sizeof local) path = local;
    void *h = dlopen(path, RTLD_NOW | RTLD_LOCAL);
    if (!h) {
        tr_raise(tr_ImportError, "%s", dlerror());
        return NULL;
    }
    const TrAotModule *const *mods = dlsym(h, "tr_aot_shared_modules");
    const int32_t *count = dlsym(h, "tr_aot_shared_count");
    if (!mods || !count || *count < 1) {
        tr_raise(tr_ImportError, "%s is not a module compiled by tauraroc", path);
        return NULL;
    }
    /* the first is the module itself, as named by its importer; modules it
     * imported from its directory come along */
    for (int32_t k = 1; k < *count; k++) tr_aot_register(mods[k]);
    if (strcmp(mods[0]->name, name->data)) {
        tr_raise(tr_ImportError, "%s was compiled as module '%s', not '%U'", path, mods[0]->name, name);
        return NULL;
    }
    return mods[0];
}

TrValue tr_run_native(TrFrame *f) {
    TrCode *code = f->code;
    f->back = tr_ts.frame;
    tr_ts.frame = f;
    f->suspended = 0;
    TrRet r = code->native(f, f->regs);
    tr_ts.frame = f->back;
    return r.tag ? tr_ret_value(r) : TR_ERR;
}

/* ---- main() of an executable -------------------------------------------------- */

typedef struct AotRun {
    const TrAotModule *main;
} AotRun;

int tr_run_on_big_stack(int (*fn)(void *), void *arg);

static int run_main(void *p) {
    AotRun *run = p;
    TrCode *code = tr_aot_load(run->main);
    if (!code) return tr_handle_uncaught();
    TrModule *m = tr_module_new("__main__");
    tr_module_add(m, "__builtins__", tr_dict_get_cstr(tr_sys_modules, "builtins"));
    tr_module_add(m, "__file__", tr_str_value(run->main->filename));
    tr_dict_set_str(tr_sys_modules, tr_str_intern("__main__"), tr_obj(m));
    TrValue r = tr_run_code(code, m->dict);
    int status = TR_IS_UNDEF(r) ? tr_handle_uncaught() : 0;
    tr_flush_std();
    return status;
}

int tr_aot_main(int argc, char **argv, const TrAotModule *const *mods, int32_t nmods, void *compiler) {
    /* sys.argv[0] names the program's source, as under `tauraro prog.py`
     * (programs find their data files through it) */
    if (argc > 0) argv[0] = (char *)mods[0]->filename;
    tr_runtime_init(argc, argv);
    tr_source_compiler = (TrCode * (*)(const char *, size_t, const char *, int)) compiler;
    for (int32_t k = 1; k < nmods; k++) tr_aot_register(mods[k]);
    /* sys.path[0]: the directory the program was compiled from, so modules
     * not compiled in are found where they were */
    tr_import_init_path(mods[0]->filename);
    AotRun run = {mods[0]};
    int status = tr_run_on_big_stack(run_main, &run);
    return tr_runtime_exit(status);
}
