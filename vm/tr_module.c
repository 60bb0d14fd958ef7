/* tr_module.c — module objects and import.
 *
 * A module is a namespace dict with a name.  Import looks in sys.modules,
 * then in the built-in module table; source modules on the search path come
 * with the modules issue. */
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

static TrValue import_one(TrStr *fullname) {
    TrValue m = tr_dict_get_str(tr_sys_modules, fullname);
    if (!TR_IS_UNDEF(m)) return m;
    for (size_t i = 0; i < sizeof builtin_modules / sizeof builtin_modules[0]; i++) {
        if (strcmp(builtin_modules[i].name, fullname->data) != 0) continue;
        TrModule *mod = builtin_modules[i].init();
        if (!mod) return TR_ERR;
        tr_dict_set_str(tr_sys_modules, fullname, tr_obj(mod));
        return tr_obj(mod);
    }
    return tr_raise(tr_ModuleNotFoundError, "No module named '%U'", fullname);
}

TrValue tr_import(TrStr *name, unsigned top, TrDict *globals) {
    (void)globals;
    /* import each prefix of a dotted name: a, a.b, a.b.c */
    TrValue first = tr_undef(), last = tr_undef();
    for (int64_t i = 0; i <= name->len; i++) {
        if (i < name->len && name->data[i] != '.') continue;
        TrStr *prefix = tr_str_intern_str(tr_str_new(name->data, i));
        last = import_one(prefix);
        if (TR_IS_UNDEF(last)) return TR_ERR;
        if (TR_IS_UNDEF(first)) first = last;
    }
    return top ? first : last;
}

TrValue tr_import_from(TrValue module, TrStr *name) {
    TrValue v = tr_getattr(module, name);
    if (!TR_IS_UNDEF(v)) return v;
    tr_exc_clear();
    TrValue mname = tr_getattr_cstr(module, "__name__");
    if (TR_IS_UNDEF(mname)) {
        tr_exc_clear();
        mname = tr_str_value("?");
    }
    return tr_raise(tr_ImportError, "cannot import name '%U' from '%S' (unknown location)",
                    name, mname);
}

int tr_import_star(TrValue module, TrDict *globals) {
    TrValue all = tr_getattr_opt(module, tr_str_intern("__all__"));
    if (tr_exc_pending()) return -1;
    if (!TR_IS_UNDEF(all)) {
        TrList *names = tr_list_of(all);
        if (!names) return -1;
        for (int64_t i = 0; i < names->len; i++) {
            TrValue v = tr_getattr(module, TR_AS(TrStr, names->items[i]));
            if (TR_IS_UNDEF(v)) return -1;
            if (tr_dict_set(globals, names->items[i], v) < 0) return -1;
        }
        return 0;
    }
    TrValue d = tr_getattr_cstr(module, "__dict__");
    if (TR_IS_UNDEF(d)) return -1;
    int64_t it = 0;
    TrValue k, v;
    while (tr_dict_next(TR_AS(TrDict, d), &it, &k, &v)) {
        if (tr_is_type(k, &tr_str_type) && TR_AS(TrStr, k)->data[0] == '_') continue;
        if (tr_dict_set(globals, k, v) < 0) return -1;
    }
    return 0;
}
