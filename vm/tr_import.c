/* tr_import.c — the import system: sys.modules, the search path, packages.
 *
 * A simplified importlib with CPython's observable behaviour: each prefix of
 * a dotted name is imported in turn (a, a.b, a.b.c); a name is looked up in
 * sys.modules, then in the built-in module table, then on the search path
 * (sys.path for top-level names, the parent package's __path__ for
 * submodules) as `name/__init__.py` (a package) or `name.py`.  The module is
 * entered in sys.modules before its code runs, so circular imports see the
 * partially initialised module, and removed again if the code fails.
 *
 * Source is compiled through a hook the driver installs (tr_source_compiler):
 * the runtime library does not link the frontend (DESIGN.md), so an AOT
 * executable without the compiler reports imports of source modules as
 * ImportError instead of failing to link. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <gc.h>

#include "tr_interp.h"
#include "tr_module.h"

TrCode *(*tr_source_compiler)(const char *src, size_t len, const char *filename, int mode);

/* Names of modules whose code is running now (for the circular-import
 * wording of "cannot import name"). */
static TrDict *initializing;

static TrList *sys_path(void) {
    TrValue sys = tr_dict_get_cstr(tr_sys_modules, "sys");
    if (TR_IS_UNDEF(sys)) return NULL;
    TrValue p = tr_dict_get_cstr(TR_AS(TrModule, sys)->dict, "path");
    return tr_is_type(p, &tr_list_type) ? TR_AS(TrList, p) : NULL;
}

void tr_import_init_path(const char *script) {
    TrList *path = sys_path();
    if (!path) return;
    char buf[4096];
    if (script) {
        /* the script's directory, made absolute as CPython does */
        const char *slash = strrchr(script, '/');
        if (!slash) {
            if (!getcwd(buf, sizeof buf)) strcpy(buf, ".");
        } else {
            size_t n = (size_t)(slash - script);
            char dir[4096];
            if (n == 0) n = 1; /* "/x.py" */
            if (n >= sizeof dir) n = sizeof dir - 1;
            memcpy(dir, script, n);
            dir[n] = 0;
            if (!realpath(dir, buf)) snprintf(buf, sizeof buf, "%s", dir);
        }
        tr_list_append(path, tr_str_value(buf));
    } else {
        tr_list_append(path, tr_str_value(""));
    }
    const char *env = getenv("TAURARO_PATH");
    while (env && *env) {
        size_t n = strcspn(env, ":");
        if (n) tr_list_append(path, tr_obj(tr_str_new(env, (int64_t)n)));
        env += n;
        if (*env == ':') env++;
    }
    const char *lib = getenv("TAURARO_LIB");
    tr_list_append(path, tr_str_value(lib && *lib ? lib : TAURARO_LIB_DIR));
}

/* ---- finding and running source modules ---------------------------------------- */

static bool is_dir(const char *p) {
    struct stat st;
    return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}
static bool is_file(const char *p) {
    struct stat st;
    return stat(p, &st) == 0 && S_ISREG(st.st_mode);
}

static char *read_source(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    size_t cap = 8192, n = 0;
    char *buf = GC_MALLOC_ATOMIC(cap);
    size_t got;
    while ((got = fread(buf + n, 1, cap - n, f)) > 0) {
        n += got;
        if (n == cap) {
            char *nb = GC_MALLOC_ATOMIC(cap * 2);
            memcpy(nb, buf, n);
            buf = nb;
            cap *= 2;
        }
    }
    fclose(f);
    *len = n;
    return buf;
}

/* Run the source file `file` as module `fullname`; pkgdir is non-NULL for a
 * package (its __init__.py), becoming the module's __path__. */
static TrValue exec_source_module(TrStr *fullname, const char *file, const char *pkgdir) {
    if (!tr_source_compiler)
        return tr_raise(tr_ImportError, "No module named '%U' (this executable has no compiler)",
                        fullname);
    size_t len;
    char *src = read_source(file, &len);
    if (!src) return tr_raise(tr_ImportError, "cannot read module file '%s'", file);
    TrModule *m = tr_module_new(fullname->data);
    TrValue builtins = tr_dict_get_cstr(tr_sys_modules, "builtins");
    if (!TR_IS_UNDEF(builtins)) tr_module_add(m, "__builtins__", builtins);
    tr_module_add(m, "__file__", tr_str_value(file));
    if (pkgdir) {
        TrList *path = tr_list_new(0);
        tr_list_append(path, tr_str_value(pkgdir));
        tr_module_add(m, "__path__", tr_obj(path));
        tr_module_add(m, "__package__", tr_obj(fullname));
    } else {
        const char *dot = strrchr(fullname->data, '.');
        tr_module_add(m, "__package__",
                      dot ? tr_obj(tr_str_new(fullname->data, dot - fullname->data))
                          : tr_str_value(""));
    }
    char *fname = GC_MALLOC_ATOMIC(strlen(file) + 1);
    strcpy(fname, file);
    TrCode *code = tr_source_compiler(src, len, fname, 0);
    if (!code) return TR_ERR;
    tr_dict_set_str(tr_sys_modules, fullname, tr_obj(m));
    tr_dict_set_str(initializing, fullname, tr_bool(true));
    TrValue r = tr_run_code(code, m->dict);
    tr_dict_del(initializing, tr_obj(fullname));
    if (TR_IS_UNDEF(r)) {
        TrValue exc = tr_ts.exc;
        tr_ts.exc = tr_undef();
        if (!TR_IS_UNDEF(tr_dict_get_str(tr_sys_modules, fullname)))
            tr_dict_del(tr_sys_modules, tr_obj(fullname));
        tr_exc_clear();
        tr_ts.exc = exc;
        return TR_ERR;
    }
    /* a module may replace itself in sys.modules */
    TrValue now = tr_dict_get_str(tr_sys_modules, fullname);
    return TR_IS_UNDEF(now) ? tr_obj(m) : now;
}

/* Look for `last` in the directories of `path`; UNDEF without exception
 * when it is in none of them. */
static TrValue find_in_path(TrStr *fullname, const char *last, TrList *path) {
    for (int64_t i = 0; path && i < path->len; i++) {
        if (!tr_is_type(path->items[i], &tr_str_type)) continue;
        const char *dir = TR_AS(TrStr, path->items[i])->data;
        size_t need = strlen(dir) + strlen(last) + 20;
        char *pkg = GC_MALLOC_ATOMIC(need), *file = GC_MALLOC_ATOMIC(need);
        const char *sep = *dir ? "/" : "";
        snprintf(pkg, need, "%s%s%s", dir, sep, last);
        snprintf(file, need, "%s%s%s/__init__.py", dir, sep, last);
        if (is_dir(pkg) && is_file(file)) return exec_source_module(fullname, file, pkg);
        snprintf(file, need, "%s%s%s.py", dir, sep, last);
        if (is_file(file)) return exec_source_module(fullname, file, NULL);
    }
    return tr_undef();
}

/* ModuleNotFoundError with its `name` attribute, as CPython sets it. */
static TrValue not_found(TrStr *fullname, const char *fmt, TrValue extra) {
    TrStr *msg = TR_IS_UNDEF(extra) ? tr_str_format(fmt, fullname) : tr_str_format(fmt, fullname, extra);
    if (!msg) return TR_ERR;
    TrValue arg = tr_obj(msg);
    TrValue exc = tr_exc_new(tr_ModuleNotFoundError, &arg, 1);
    tr_setattr(exc, tr_str_intern("name"), tr_obj(fullname));
    return tr_raise_value(exc);
}

/* Import one (possibly dotted) name whose parent, if any, is imported. */
static TrValue import_one(TrStr *fullname, TrValue parent) {
    TrValue m = tr_dict_get_str(tr_sys_modules, fullname);
    if (TR_IS_NONE(m)) return not_found(fullname, "import of %U halted; None in sys.modules", tr_undef());
    if (!TR_IS_UNDEF(m)) return m;
    bool found;
    m = tr_module_builtin(fullname, &found);
    if (found) {
        if (TR_IS_UNDEF(m)) return TR_ERR;
        tr_dict_set_str(tr_sys_modules, fullname, m);
    } else {
        const char *dot = strrchr(fullname->data, '.');
        TrList *path;
        if (dot) {
            TrValue pp = tr_getattr_opt(parent, tr_str_intern("__path__"));
            if (tr_exc_pending()) return TR_ERR;
            if (TR_IS_UNDEF(pp) || !tr_is_type(pp, &tr_list_type))
                return not_found(fullname, "No module named '%U'; '%S' is not a package",
                                 tr_getattr_cstr(parent, "__name__"));
            path = TR_AS(TrList, pp);
        } else {
            path = sys_path();
        }
        m = find_in_path(fullname, dot ? dot + 1 : fullname->data, path);
        if (TR_IS_UNDEF(m)) {
            if (tr_exc_pending()) return TR_ERR;
            return not_found(fullname, "No module named '%U'", tr_undef());
        }
    }
    if (!TR_IS_UNDEF(parent)) {
        const char *dot = strrchr(fullname->data, '.');
        if (tr_setattr(parent, tr_str_intern(dot + 1), m) < 0) return TR_ERR;
    }
    return m;
}

/* The package a relative import of `level` starts from. */
static TrStr *resolve_base(unsigned level, TrDict *globals) {
    TrValue pkg = globals ? tr_dict_get_cstr(globals, "__package__") : tr_undef();
    TrStr *base = NULL;
    if (tr_is_type(pkg, &tr_str_type)) {
        base = TR_AS(TrStr, pkg);
    } else if (globals) {
        TrValue name = tr_dict_get_cstr(globals, "__name__");
        if (tr_is_type(name, &tr_str_type)) {
            TrStr *n = TR_AS(TrStr, name);
            if (!TR_IS_UNDEF(tr_dict_get_cstr(globals, "__path__"))) {
                base = n;
            } else {
                const char *dot = strrchr(n->data, '.');
                base = tr_str_new(n->data, dot ? dot - n->data : 0);
            }
        }
    }
    if (!base || base->len == 0) {
        tr_raise(tr_ImportError, "attempted relative import with no known parent package");
        return NULL;
    }
    int64_t end = base->len;
    for (unsigned i = 1; i < level; i++) {
        while (end > 0 && base->data[end - 1] != '.') end--;
        if (end == 0) {
            tr_raise(tr_ImportError, "attempted relative import beyond top-level package");
            return NULL;
        }
        end--;
    }
    return tr_str_new(base->data, end);
}

TrValue tr_import(TrStr *name, unsigned flags, TrDict *globals) {
    if (!initializing) initializing = tr_dict_new();
    unsigned level = flags >> 1;
    bool top = (flags & 1) && level == 0;
    TrStr *full = name;
    if (level) {
        TrStr *base = resolve_base(level, globals);
        if (!base) return TR_ERR;
        full = name->len ? tr_str_format("%U.%U", base, name) : base;
    }
    if (full->len == 0) return tr_raise(tr_ValueError, "Empty module name");
    /* fast path: already imported */
    if (!top) {
        TrValue m = tr_dict_get_str(tr_sys_modules, full);
        if (!TR_IS_UNDEF(m) && !TR_IS_NONE(m) && TR_IS_UNDEF(tr_dict_get_str(initializing, full)))
            return m;
    }
    TrValue first = tr_undef(), last = tr_undef();
    for (int64_t i = 0; i <= full->len; i++) {
        if (i < full->len && full->data[i] != '.') continue;
        TrStr *prefix = tr_str_intern_str(tr_str_new(full->data, i));
        last = import_one(prefix, last);
        if (TR_IS_UNDEF(last)) return TR_ERR;
        if (TR_IS_UNDEF(first)) first = last;
    }
    return top ? first : last;
}

static TrValue module_location(TrValue module) {
    TrValue file = tr_getattr_opt(module, tr_str_intern("__file__"));
    tr_exc_clear();
    if (tr_is_type(file, &tr_str_type)) return file;
    return tr_undef();
}

TrValue tr_import_from(TrValue module, TrStr *name) {
    TrValue v = tr_getattr_opt(module, name);
    if (!TR_IS_UNDEF(v)) return v;
    if (tr_exc_pending()) return TR_ERR;
    TrValue mname = tr_getattr_opt(module, tr_str_intern("__name__"));
    if (!tr_is_type(mname, &tr_str_type)) {
        tr_exc_clear();
        mname = tr_str_value("<unknown module name>");
    }
    /* `from pkg import sub`: the submodule, imported on demand */
    TrValue path = tr_getattr_opt(module, tr_str_intern("__path__"));
    tr_exc_clear();
    if (!TR_IS_UNDEF(path)) {
        TrStr *sub = tr_str_format("%U.%U", TR_AS(TrStr, mname), name);
        TrValue m = tr_import(sub, 0, NULL);
        if (!TR_IS_UNDEF(m)) return m;
        if (!tr_exc_matches(tr_ModuleNotFoundError)) return TR_ERR;
        tr_exc_clear();
    }
    TrValue file = module_location(module);
    if (!TR_IS_UNDEF(tr_dict_get_str(initializing, TR_AS(TrStr, mname))))
        return tr_raise(tr_ImportError,
                        "cannot import name '%U' from partially initialized module '%U' "
                        "(most likely due to a circular import) (%U)",
                        name, TR_AS(TrStr, mname),
                        TR_IS_UNDEF(file) ? tr_str_from_cstr("unknown location") : TR_AS(TrStr, file));
    if (TR_IS_UNDEF(file))
        return tr_raise(tr_ImportError, "cannot import name '%U' from '%U' (unknown location)",
                        name, TR_AS(TrStr, mname));
    return tr_raise(tr_ImportError, "cannot import name '%U' from '%U' (%U)", name,
                    TR_AS(TrStr, mname), TR_AS(TrStr, file));
}

int tr_import_star(TrValue module, TrDict *globals) {
    TrValue all = tr_getattr_opt(module, tr_str_intern("__all__"));
    if (tr_exc_pending()) return -1;
    if (!TR_IS_UNDEF(all)) {
        TrList *names = tr_list_of(all);
        if (!names) return -1;
        for (int64_t i = 0; i < names->len; i++) {
            if (!tr_is_type(names->items[i], &tr_str_type)) {
                tr_raise(tr_TypeError, "Item in %s.__all__ must be str, not %s", "module",
                         tr_typeof(names->items[i])->name);
                return -1;
            }
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
