/* tr_mod_ctypes_cdata.c — the memory of ctypes instances and the operations
 * every ctypes type shares.
 *
 * An instance (TrCData) points at its C memory: the inline buffer when the
 * value fits, a GC block otherwise (scanned only when the type may hold
 * addresses), memory of another instance (a structure field, an array item,
 * a pointer's target: `base` names it, and `ptr`, an interior pointer, keeps
 * it alive) or memory of C code.  tr_ct_get / tr_ct_set read and write a
 * value of any ctypes type at an address — simple types convert to and from
 * Python values, the others give instances sharing the memory — and are what
 * field descriptors, array items, pointers and calls use.  The methods that
 * all six metaclasses have (from_address, from_buffer, ..., `T * n`) and the
 * `_CData` base class live here too. */
#include <dlfcn.h>
#include <gc.h>
#include <string.h>

#include "tr_ctypes.h"
#include "tr_interp.h"

TrValue tr_type_new(TrType *meta, TrStr *name, TrTuple *bases, TrDict *ns); /* tr_class.c */

/* ---- types and instances ------------------------------------------------------ */

TrValue tr_ct_type_attr(TrType *t, const char *name) {
    return tr_type_lookup(t, tr_str_intern(name));
}

void *tr_ct_malloc(int64_t size, bool scanned) {
    if (size < 0 || (uint64_t)size > (uint64_t)PTRDIFF_MAX / 2) {
        tr_raise(tr_MemoryError, "");
        return NULL;
    }
    size_t n = size ? (size_t)size : 1;
    void *p = scanned ? GC_MALLOC(n) : GC_MALLOC_ATOMIC(n);
    if (!p) {
        tr_raise(tr_MemoryError, "");
        return NULL;
    }
    if (!scanned) memset(p, 0, n);
    return p;
}

/* The object itself, sized for t (a subclass adds its __dict__ slot, which
 * stays NULL until an attribute is set); its type's layout becomes final. */
static TrCData *cdata_alloc(TrType *t) {
    TrCtInfo *info = tr_ct_type_info(t);
    if (!info) {
        tr_raise(tr_TypeError, "abstract class");
        return NULL;
    }
    info->final = true;
    size_t n = t->basicsize > (int32_t)sizeof(TrCData) ? (size_t)t->basicsize : sizeof(TrCData);
    TrCData *cd = tr_alloc(n);
    cd->ob.type = t;
    cd->base = tr_undef();
    cd->size = info->size;
    return cd;
}

TrCData *tr_ct_new(TrType *t) {
    TrCData *cd = cdata_alloc(t);
    if (!cd) return NULL;
    if (cd->size <= (int64_t)sizeof cd->inl) cd->ptr = cd->inl.buf;
    else if (!(cd->ptr = tr_ct_malloc(cd->size, tr_ct_type_info(t)->has_pointers))) return NULL;
    cd->owner = true;
    return cd;
}

TrCData *tr_ct_at(TrType *t, void *ptr, TrValue base) {
    TrCData *cd = cdata_alloc(t);
    if (!cd) return NULL;
    cd->ptr = ptr;
    cd->base = base;
    return cd;
}

TrCData *tr_ct_from_bytes(TrType *t, const void *src) {
    TrCData *cd = tr_ct_new(t);
    if (cd) memcpy(cd->ptr, src, (size_t)cd->size);
    return cd;
}

bool tr_ct_native_init(TrType *t, TrNativeFn init) {
    TrValue f = tr_ct_type_attr(t, "__init__");
    return tr_is_type(f, &tr_native_type) && TR_AS(TrNative, f)->fn == init;
}

/* ---- values of any type at an address ----------------------------------------- */

TrValue tr_ct_get(TrType *t, const TrCtFormat *acc, int64_t size, void *ptr, TrValue base) {
    if (acc) return acc->get(ptr, size);
    TrCtInfo *info = tr_ct_type_info(t);
    if (info->kind == TR_CT_SIMPLE && !tr_ct_simple_subclass(t)) return info->fmt->get(ptr, size);
    TrCData *cd = tr_ct_at(t, ptr, base);
    return cd ? tr_obj(cd) : TR_ERR;
}

static TrValue incompatible(TrValue v, TrType *t) {
    return tr_raise(tr_TypeError, "incompatible types, %s instance instead of %s instance",
                    tr_type_name(v), t->name);
}

int tr_ct_set(TrType *t, const TrCtFormat *acc, int64_t size, void *ptr, TrValue v) {
    if (acc) return acc->set(ptr, v, size);
    TrCtInfo *info = tr_ct_type_info(t);
    if (!tr_ct_is_cdata(v)) {
        if (info->kind == TR_CT_SIMPLE) return info->fmt->set(ptr, v, size);
        if (tr_is_type(v, &tr_tuple_type)) {
            /* a tuple initialises a structure or array: T(*v) */
            TrTuple *tup = TR_AS(TrTuple, v);
            TrValue ob = tr_call(tr_obj(t), tup->items, (int)tup->len, NULL);
            if (TR_IS_UNDEF(ob)) {
                char prefix[256];
                snprintf(prefix, sizeof prefix, "(%s) ", t->name);
                tr_ct_extend_error(tr_RuntimeError, prefix);
                return -1;
            }
            return tr_ct_set(t, NULL, size, ptr, ob);
        }
        if (TR_IS_NONE(v) && info->kind == TR_CT_POINTER) {
            memset(ptr, 0, sizeof(void *));
            return 0;
        }
        tr_raise(tr_TypeError, "expected %s instance, got %s", t->name, tr_type_name(v));
        return -1;
    }
    TrCData *src = TR_AS(TrCData, v);
    if (tr_isinstance(v, t)) {
        memmove(ptr, src->ptr, (size_t)info->size);
        return 0;
    }
    TrCtInfo *vi = tr_ct_type_info(tr_typeof(v));
    if (info->kind == TR_CT_POINTER && vi->kind == TR_CT_ARRAY) {
        if (vi->proto != info->proto) {
            incompatible(v, t);
            return -1;
        }
        memcpy(ptr, &src->ptr, sizeof(void *));
        return 0;
    }
    incompatible(v, t);
    return -1;
}

/* ---- errors ---------------------------------------------------------------------- */

TrValue tr_ct_extend_error(TrType *type, const char *prefix) {
    TrValue exc = tr_exc_fetch();
    TrStr *msg = tr_to_str(exc);
    if (!msg) {
        tr_exc_clear();
        msg = tr_str_from_cstr("???");
    }
    return tr_raise(type, "%s%s: %U", prefix, tr_typeof(exc)->name, msg);
}

/* ---- creating ctypes classes --------------------------------------------------- */

/* meta(name, bases, ns) as type.__new__ does it: the common first step of
 * every metaclass, which then fills the storage info. */
TrValue tr_ct_meta_new3(TrType *meta, TrValue *args, int nargs, TrTuple *kwnames) {
    (void)kwnames;
    if (nargs != 3 || !tr_is_type(args[0], &tr_str_type) || !tr_is_type(args[1], &tr_tuple_type) ||
        !tr_isinstance(args[2], &tr_dict_type))
        return tr_raise(tr_TypeError, "type() takes 1 or 3 arguments");
    TrValue cls = tr_type_new(meta, TR_AS(TrStr, args[0]), TR_AS(TrTuple, args[1]), TR_AS(TrDict, args[2]));
    /* instances must have the TrCData layout the metaclass's code assumes */
    if (!TR_IS_UNDEF(cls) && !tr_type_is_subtype(TR_AS(TrType, cls), &tr_ct_cdata_type.t))
        return tr_raise(tr_TypeError, "a %s class must derive from a ctypes base class", meta->name);
    return cls;
}

TrValue tr_ct_make_type(TrType *meta, const char *name, TrType *base, TrDict *ns) {
    TrStr *mod_key = tr_str_intern("__module__");
    if (TR_IS_UNDEF(tr_dict_get_str(ns, mod_key))) {
        TrValue mod = tr_ts.frame ? tr_dict_get_cstr(tr_ts.frame->globals, "__name__") : tr_undef();
        tr_dict_set_str(ns, mod_key, TR_IS_UNDEF(mod) ? tr_str_value("builtins") : mod);
    }
    TrValue b = tr_obj(base);
    TrValue args[3] = {tr_str_value(name), tr_obj(tr_tuple_from(&b, 1)), tr_obj(ns)};
    return meta->tp_new(meta, args, 3, NULL);
}

/* ---- what every metaclass has ---------------------------------------------------- */

TrValue tr_ct_meta_binop(int op, TrValue a, TrValue b) {
    if ((op & 0xff) != TR_BIN_MUL) return tr_type_type.binop(op, a, b);
    bool a_type = TR_IS_OBJ(a) && tr_ct_is_meta(a.u.o->type);
    TrValue type = a_type ? a : b, n = a_type ? b : a;
    if (!tr_is_int(n))
        return tr_raise(tr_TypeError, "can't multiply sequence by non-int of type '%s'",
                        tr_type_name(n));
    int64_t len;
    if (tr_index_value(n, &len) < 0) return TR_ERR;
    if (len < 0) return tr_raise(tr_ValueError, "Array length must be >= 0, not %lld", (long long)len);
    return tr_ct_array_type_of(type, len);
}

static TrCtInfo *class_info(TrValue cls) {
    TrCtInfo *info = tr_ct_info(cls);
    if (!info) tr_raise(tr_TypeError, "abstract class");
    return info;
}

static TrValue meta_from_address(TrValue *args, int nargs, TrTuple *kwnames) {
    if (tr_check_args("from_address", nargs - 1, kwnames, 1, 1) < 0) return TR_ERR;
    if (!tr_is_int(args[1])) return tr_raise(tr_TypeError, "integer expected");
    uint64_t addr;
    if (tr_int_to_word(args[1], &addr) < 0) {
        tr_exc_clear();
        return tr_raise(tr_OverflowError, "Python int too large to convert to C unsigned long");
    }
    if (!class_info(args[0])) return TR_ERR;
    TrCData *cd = tr_ct_at(TR_AS(TrType, args[0]), (void *)(uintptr_t)addr, tr_undef());
    return cd ? tr_obj(cd) : TR_ERR;
}

/* The memory of a buffer argument (a ctypes instance, or bytes when only
 * read), with the size checks of from_buffer / from_buffer_copy. */
static char *buffer_arg(const char *fname, TrValue *args, int nargs, TrTuple *kwnames, bool writable,
                        TrCtInfo **info) {
    TrValue obj, off;
    TrValue *outs[] = {&obj, &off};
    if (tr_parse_args(fname, args + 1, nargs - 1, kwnames, "obj|offset", outs) < 0) return NULL;
    if (!(*info = class_info(args[0]))) return NULL;
    char *mem;
    int64_t len, offset = 0;
    if (tr_ct_is_cdata(obj)) {
        mem = TR_AS(TrCData, obj)->ptr;
        len = TR_AS(TrCData, obj)->size;
    } else if (tr_is_type(obj, &tr_bytes_type) && !writable) {
        mem = (char *)TR_AS(TrBytes, obj)->data;
        len = TR_AS(TrBytes, obj)->len;
    } else {
        if (tr_is_type(obj, &tr_bytes_type)) tr_raise(tr_TypeError, "underlying buffer is not writable");
        else tr_raise(tr_TypeError, "a bytes-like object is required, not '%s'", tr_type_name(obj));
        return NULL;
    }
    if (!TR_IS_UNDEF(off) && tr_index_value(off, &offset) < 0) return NULL;
    if (offset < 0) {
        tr_raise(tr_ValueError, "offset cannot be negative");
        return NULL;
    }
    if (len < offset + (*info)->size) {
        tr_raise(tr_ValueError, "Buffer size too small (%lld instead of at least %lld bytes)",
                 (long long)len, (long long)((*info)->size + offset));
        return NULL;
    }
    return mem + offset;
}

static TrValue meta_from_buffer(TrValue *args, int nargs, TrTuple *kwnames) {
    TrCtInfo *info;
    char *mem = buffer_arg("from_buffer", args, nargs, kwnames, true, &info);
    if (!mem) return TR_ERR;
    /* ptr itself keeps obj's memory alive (an interior pointer); _b_base_ stays None */
    TrCData *cd = tr_ct_at(TR_AS(TrType, args[0]), mem, tr_undef());
    return cd ? tr_obj(cd) : TR_ERR;
}

static TrValue meta_from_buffer_copy(TrValue *args, int nargs, TrTuple *kwnames) {
    TrCtInfo *info;
    char *mem = buffer_arg("from_buffer_copy", args, nargs, kwnames, false, &info);
    if (!mem) return TR_ERR;
    TrCData *cd = tr_ct_from_bytes(TR_AS(TrType, args[0]), mem);
    return cd ? tr_obj(cd) : TR_ERR;
}

static TrValue meta_in_dll(TrValue *args, int nargs, TrTuple *kwnames) {
    if (tr_check_args("in_dll", nargs - 1, kwnames, 2, 2) < 0 || !class_info(args[0])) return TR_ERR;
    if (!tr_isinstance(args[2], &tr_str_type))
        return tr_raise(tr_TypeError, "in_dll() argument 2 must be str, not %s", tr_type_name(args[2]));
    void *handle = tr_ct_dll_handle(args[1]);
    if (!handle) return TR_ERR;
    dlerror();
    void *addr = dlsym(handle, TR_AS(TrStr, args[2])->data);
    if (!addr) {
        const char *err = dlerror();
        if (err) return tr_raise(tr_ValueError, "%s", err);
        return tr_raise(tr_ValueError, "symbol '%U' not found", TR_AS(TrStr, args[2]));
    }
    TrCData *cd = tr_ct_at(TR_AS(TrType, args[0]), addr, tr_undef());
    return cd ? tr_obj(cd) : TR_ERR;
}

const TrMethodDef tr_ct_meta_methods[] = {
    {"from_address", meta_from_address, 0},
    {"from_buffer", meta_from_buffer, 0},
    {"from_buffer_copy", meta_from_buffer_copy, 0},
    {"in_dll", meta_in_dll, 0},
    {NULL, NULL, 0},
};

static TrValue generic_from_param(TrType *t, TrValue v);

TrValue tr_ct_as_parameter(TrValue v) {
    return tr_getattr_opt(v, tr_str_intern("_as_parameter_"));
}

TrValue tr_ct_generic_from_param(TrType *t, TrValue v) {
    if (tr_isinstance(v, t)) return v;
    if (tr_enter_recursion() < 0) return TR_ERR; /* _as_parameter_ chains */
    TrValue r = generic_from_param(t, v);
    tr_leave_recursion();
    return r;
}

static TrValue generic_from_param(TrType *t, TrValue v) {
    if (tr_is_type(v, &tr_ct_carg_type)) {
        TrValue ob = TR_AS(TrCArg, v)->obj;
        TrCtInfo *info = tr_ct_type_info(t);
        if (info && info->proto && tr_isinstance(ob, info->proto)) return v;
        return tr_raise(tr_TypeError, "expected %s instance instead of pointer to %s", t->name,
                        TR_IS_UNDEF(ob) ? "???" : tr_type_name(ob));
    }
    TrValue ap = tr_ct_as_parameter(v);
    if (!TR_IS_UNDEF(ap)) return tr_ct_generic_from_param(t, ap);
    if (tr_exc_pending()) return TR_ERR;
    return tr_raise(tr_TypeError, "expected %s instance instead of %s", t->name, tr_type_name(v));
}

static TrValue meta_from_param(TrValue *args, int nargs, TrTuple *kwnames) {
    if (tr_check_args("from_param", nargs - 1, kwnames, 1, 1) < 0) return TR_ERR;
    return tr_ct_generic_from_param(TR_AS(TrType, args[0]), args[1]);
}

const TrMethodDef tr_ct_generic_from_param_def[] = {
    {"from_param", meta_from_param, 0},
    {NULL, NULL, 0},
};

/* A C type named "_ctypes.X": __name__ is "X", __module__ "_ctypes" (the
 * repr and messages keep the full name, as CPython's tp_name). */
static void set_module_name(TrType *t) {
    const char *dot = strchr(t->name, '.');
    if (dot) t->name_str = tr_str_intern(dot + 1);
    tr_type_setattr_str(t, "__module__", tr_str_value("_ctypes"));
}

void tr_ct_ready_meta(TrType *meta, const TrMethodDef *own) {
    tr_type_ready(meta, own);
    for (const TrMethodDef *m = tr_ct_meta_methods; m->name; m++)
        tr_type_setattr_str(meta, m->name, tr_native_new(m->name, m->fn, meta, m->flags));
    set_module_name(meta);
}

void tr_ct_ready_base(TrCType *t, TrType *meta, const TrMethodDef *methods) {
    tr_type_ready(&t->t, methods);
    t->t.ob.type = meta;
    set_module_name(&t->t);
}

/* ---- _CData -------------------------------------------------------------------------- */

static int cdata_hash(TrValue self, int64_t *out) {
    (void)self; (void)out;
    tr_raise(tr_TypeError, "unhashable type");
    return -1;
}

/* bytes(obj): the C memory (CPython gets it through the buffer protocol). */
static TrValue cdata_bytes(TrValue *args, int nargs, TrTuple *kwnames) {
    if (tr_check_args("__bytes__", nargs - 1, kwnames, 0, 0) < 0) return TR_ERR;
    if (!tr_ct_is_cdata(args[0])) return tr_raise(tr_TypeError, "expected a ctypes instance");
    TrCData *cd = TR_AS(TrCData, args[0]);
    return tr_obj(tr_bytes_new(cd->ptr, cd->size));
}

static TrValue cdata_b_base(TrValue self) {
    TrCData *cd = TR_AS(TrCData, self);
    return TR_IS_UNDEF(cd->base) ? tr_none() : cd->base;
}

static TrValue cdata_b_needsfree(TrValue self) { return tr_int(TR_AS(TrCData, self)->owner); }

static const TrMethodDef cdata_methods[] = {
    {"__bytes__", cdata_bytes, 0},
    {NULL, NULL, 0},
};

static const TrCtGetSetDef cdata_getsets[] = {
    {"_b_base_", cdata_b_base, NULL},
    {"_b_needsfree_", cdata_b_needsfree, NULL},
    {NULL, NULL, NULL},
};

TrCType tr_ct_cdata_type = {{
    .ob = {&tr_type_type},
    .name = "_ctypes._CData",
    .flags = TR_TF_SELF_ALLOC,
    .basicsize = sizeof(TrCData),
    .hash = cdata_hash,
}, NULL};

void tr_ct_init_cdata(void) {
    tr_ct_ready_base(&tr_ct_cdata_type, &tr_type_type, cdata_methods);
    tr_ct_add_getsets(&tr_ct_cdata_type.t, cdata_getsets);
}
