/* tr_module.c — module objects and import.
 *
 * A module is a namespace dict with a name.  Import looks in sys.modules,
 * then in the built-in module table (tr_module_builtin); source modules
 * are found and run by tr_import.c. */
#include <string.h>

#include "tr_module.h"

TrDict *tr_sys_modules;

static TrValue module_getattr(TrValue self, TrStr *name) {
    TrModule *m = TR_AS(TrModule, self);
    TrValue v = tr_dict_get_str(m->dict, name);
    if (!TR_IS_UNDEF(v)) return v;
    if (!strcmp(name->data, "__dict__")) return tr_obj(m->dict);
    return tr_raise(tr_AttributeError, "module '%U' has no attribute '%U'", m->name, name);
}

static int module_setattr(TrValue self, TrStr *name, TrValue v) {
    TrModule *m = TR_AS(TrModule, self);
    if (TR_IS_UNDEF(v)) {
        if (TR_IS_UNDEF(tr_dict_get_str(m->dict, name))) {
            tr_raise(tr_AttributeError, "module '%U' has no attribute '%U'", m->name, name);
            return -1;
        }
        return tr_dict_del(m->dict, tr_obj(name));
    }
    tr_dict_set_str(m->dict, name, v);
    return 0;
}

static TrValue module_repr(TrValue self) {
    TrModule *m = TR_AS(TrModule, self);
    TrValue file = tr_dict_get_cstr(m->dict, "__file__");
    if (tr_is_type(file, &tr_str_type))
        return tr_obj(tr_str_format("<module '%U' from '%U'>", m->name, TR_AS(TrStr, file)));
    return tr_obj(tr_str_format("<module '%U' (built-in)>", m->name));
}

static int module_hash(TrValue self, int64_t *out) {
    *out = (int64_t)((uintptr_t)self.u.o >> 4);
    return 0;
}

TrType tr_module_type = {
    .ob = {&tr_type_type},
    .name = "module",
    .repr = module_repr,
    .getattr = module_getattr,
    .setattr = module_setattr,
    .hash = module_hash,
    .dictoffset = offsetof(TrModule, dict),
};

TrModule *tr_module_new(const char *name) {
    TrModule *m = tr_new_object(&tr_module_type, sizeof(TrModule));
    m->dict = tr_dict_new();
    m->name = tr_str_intern(name);
    tr_dict_set_str(m->dict, tr_str_intern("__name__"), tr_obj(m->name));
    tr_dict_set_str(m->dict, tr_str_intern("__doc__"), tr_none());
    return m;
}

void tr_module_add(TrModule *m, const char *name, TrValue v) {
    tr_dict_set_str(m->dict, tr_str_intern(name), v);
}

void tr_module_add_functions(TrModule *m, const TrMethodDef *defs) {
    for (const TrMethodDef *d = defs; d->name; d++)
        tr_module_add(m, d->name, tr_native_new(d->name, d->fn, NULL, d->flags));
}

typedef struct BuiltinModule {
    const char *name;
    TrModule *(*init)(void);
} BuiltinModule;

static const BuiltinModule builtin_modules[] = {
#define TR_MOD_ENTRY(name, init) {#name, init},
    TR_BUILTIN_MODULES(TR_MOD_ENTRY)
#undef TR_MOD_ENTRY
};

/* The built-in module `name`, created on first use: the module, UNDEF when
 * no built-in has that name (no exception), or TR_ERR from its init. */
TrValue tr_module_builtin(TrStr *name, bool *found) {
    for (size_t i = 0; i < sizeof builtin_modules / sizeof builtin_modules[0]; i++) {
        if (strcmp(builtin_modules[i].name, name->data) != 0) continue;
        *found = true;
        TrModule *mod = builtin_modules[i].init();
        if (!mod) return TR_ERR;
        return tr_obj(mod);
    }
    *found = false;
    return tr_undef();
}

bool tr_module_is_builtin(const char *name) {
    for (size_t i = 0; i < sizeof builtin_modules / sizeof builtin_modules[0]; i++)
        if (!strcmp(builtin_modules[i].name, name)) return true;
    return false;
}
