/* tr_mod_ctypes.c — the `_ctypes` module: its functions (sizeof, byref,
 * addressof, POINTER, pointer, cast, string_at, dlopen ...), the CArgObject
 * that byref() and from_param() return, the descriptor type behind C-level
 * attributes such as `.value`, and the module's start-up.
 *
 * The public `ctypes` package (lib/ctypes/__init__.py) is Python over this
 * module, laid out like CPython's Lib/ctypes; see tr_ctypes.h for how the C
 * side is divided. */
#include <dlfcn.h>
#include <string.h>

#include "tr_ctypes.h"

TrType *tr_ct_ArgumentError;
int tr_ct_errno;

/* ---- descriptors for C-level attributes -------------------------------------------- */

static TrValue getset_get(TrValue descr, TrValue obj, TrValue type) {
    (void)type;
    TrCtGetSet *g = TR_AS(TrCtGetSet, descr);
    if (TR_IS_UNDEF(obj)) return descr;
    if (!tr_isinstance(obj, g->owner))
        return tr_raise(tr_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                        g->name, g->owner->name, tr_type_name(obj));
    return g->get(obj);
}

static int getset_set(TrValue descr, TrValue obj, TrValue v) {
    TrCtGetSet *g = TR_AS(TrCtGetSet, descr);
    if (!g->set) {
        tr_raise(tr_AttributeError, "attribute '%s' of '%s' objects is not writable", g->name,
                 g->owner->name);
        return -1;
    }
    if (!tr_isinstance(obj, g->owner)) {
        tr_raise(tr_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                 g->name, g->owner->name, tr_type_name(obj));
        return -1;
    }
    return g->set(obj, v);
}

static TrValue getset_repr(TrValue self) {
    TrCtGetSet *g = TR_AS(TrCtGetSet, self);
    return tr_obj(tr_str_format("<attribute '%s' of '%s' objects>", g->name, g->owner->name));
}

static TrType tr_ct_getset_type = {
    .ob = {&tr_type_type},
    .name = "getset_descriptor",
    .repr = getset_repr,
    .descr_get = getset_get,
    .descr_set = getset_set,
};

void tr_ct_add_getsets(TrType *t, const TrCtGetSetDef *defs) {
    for (const TrCtGetSetDef *d = defs; d->name; d++) {
        TrCtGetSet *g = tr_new_object(&tr_ct_getset_type, sizeof *g);
        g->name = d->name;
        g->owner = t;
        g->get = d->get;
        g->set = d->set;
        tr_type_setattr_str(t, d->name, tr_obj(g));
    }
}

/* ---- CArgObject ------------------------------------------------------------------------ */

TrCArg *tr_ct_carg_new(char tag, ffi_type *ffi) {
    TrCArg *a = tr_new_object(&tr_ct_carg_type, sizeof *a);
    a->tag = tag;
    a->ffi = ffi;
    a->valptr = &a->v;
    a->obj = tr_undef();
    return a;
}

static TrValue carg_repr(TrValue self) {
    TrCArg *a = TR_AS(TrCArg, self);
    switch (a->tag) {
    case 'b': case 'B': return tr_obj(tr_str_format("<cparam '%c' (%d)>", a->tag, (int)(signed char)a->v.i));
    case 'h': case 'H': return tr_obj(tr_str_format("<cparam '%c' (%d)>", a->tag, (int)(short)a->v.i));
    case 'i': case 'I': return tr_obj(tr_str_format("<cparam '%c' (%d)>", a->tag, (int)a->v.i));
    case 'l': case 'L': case 'q': case 'Q':
        return tr_obj(tr_str_format("<cparam '%c' (%lld)>", a->tag, (long long)a->v.i));
    case 'd': return tr_obj(tr_str_format("<cparam '%c' (%R)>", a->tag, tr_float(a->v.d)));
    case 'f': return tr_obj(tr_str_format("<cparam '%c' (%R)>", a->tag, tr_float((double)a->v.f)));
    case 'c': {
        unsigned char c = (unsigned char)a->v.b[0];
        if (c >= 0x20 && c < 0x7f) return tr_obj(tr_str_format("<cparam 'c' ('%c')>", c));
        return tr_obj(tr_str_format("<cparam 'c' ('\\x%02x')>", c));
    }
    case 'z': case 'Z': case 'P': {
        /* CPython's %p: the C library's text, with a leading 0x ensured */
        char num[40];
        snprintf(num, sizeof num, "%p", a->v.p);
        return tr_obj(tr_str_format("<cparam '%c' (%s%s)>", a->tag, num[1] == 'x' ? "" : "0x", num));
    }
    default: return tr_obj(tr_str_format("<cparam '%c' at %p>", a->tag, (void *)a));
    }
}

static TrValue carg_getattr(TrValue self, TrStr *name) {
    if (!strcmp(name->data, "_obj")) {
        TrValue o = TR_AS(TrCArg, self)->obj;
        return TR_IS_UNDEF(o) ? tr_none() : o;
    }
    return tr_generic_getattr(self, name);
}

TrType tr_ct_carg_type = {
    .ob = {&tr_type_type},
    .name = "CArgObject",
    .repr = carg_repr,
    .getattr = carg_getattr,
};

TrValue tr_ct_byref(TrValue obj, int64_t offset) {
    if (!tr_ct_is_cdata(obj))
        return tr_raise(tr_TypeError, "byref() argument must be a ctypes instance, not '%s'",
                        tr_type_name(obj));
    TrCArg *a = tr_ct_carg_new('P', &ffi_type_pointer);
    a->v.p = TR_AS(TrCData, obj)->ptr + offset;
    a->obj = obj;
    return tr_obj(a);
}

/* ---- sizes and addresses -------------------------------------------------------------- */

static TrValue m_byref(TrValue *args, int nargs, TrTuple *kwnames) {
    if (tr_check_args("byref", nargs, kwnames, 1, 2) < 0) return TR_ERR;
    int64_t offset = 0;
    if (nargs == 2 && tr_index_value(args[1], &offset) < 0) return TR_ERR;
    return tr_ct_byref(args[0], offset);
}

static TrValue m_sizeof(TrValue *args, int nargs, TrTuple *kwnames) {
    if (tr_check_args("sizeof", nargs, kwnames, 1, 1) < 0) return TR_ERR;
    TrCtInfo *info = tr_ct_info(args[0]);
    if (info) return tr_int(info->size);
    if (tr_ct_is_cdata(args[0])) return tr_int(TR_AS(TrCData, args[0])->size);
    return tr_raise(tr_TypeError, "this type has no size");
}

static TrValue m_alignment(TrValue *args, int nargs, TrTuple *kwnames) {
    if (tr_check_args("alignment", nargs, kwnames, 1, 1) < 0) return TR_ERR;
    TrCtInfo *info = tr_ct_info(args[0]);
    if (!info && tr_ct_is_cdata(args[0])) info = tr_ct_type_info(tr_typeof(args[0]));
    if (info) return tr_int(info->align);
    return tr_raise(tr_TypeError, "no alignment info");
}

static TrValue m_addressof(TrValue *args, int nargs, TrTuple *kwnames) {
    if (tr_check_args("addressof", nargs, kwnames, 1, 1) < 0) return TR_ERR;
    if (!tr_ct_is_cdata(args[0])) return tr_raise(tr_TypeError, "invalid type");
    return tr_int_from_uint64((uint64_t)(uintptr_t)TR_AS(TrCData, args[0])->ptr);
}

/* resize(obj, size): grow the memory an instance owns. */
static TrValue m_resize(TrValue *args, int nargs, TrTuple *kwnames) {
    if (tr_check_args("resize", nargs, kwnames, 2, 2) < 0) return TR_ERR;
    if (!tr_ct_is_cdata(args[0])) return tr_raise(tr_TypeError, "excepted ctypes instance");
    int64_t size;
    if (tr_index_value(args[1], &size) < 0) return TR_ERR;
    TrCData *cd = TR_AS(TrCData, args[0]);
    TrCtInfo *info = tr_ct_type_info(tr_typeof(args[0]));
    if (size < info->size)
        return tr_raise(tr_ValueError, "minimum size is %lld", (long long)info->size);
    if (!cd->owner)
        return tr_raise(tr_ValueError, "Memory cannot be resized because this object doesn't own it");
    if (size > (int64_t)sizeof cd->inl && size > cd->size) {
        char *p = tr_ct_malloc(size, info->has_pointers);
        if (!p) return TR_ERR;
        memcpy(p, cd->ptr, (size_t)cd->size);
        cd->ptr = p;
    }
    cd->size = size;
    return tr_none();
}

static TrValue m_POINTER(TrValue *args, int nargs, TrTuple *kwnames) {
    if (tr_check_args("POINTER", nargs, kwnames, 1, 1) < 0) return TR_ERR;
    return tr_ct_pointer_type_of(args[0]);
}

static TrValue m_pointer(TrValue *args, int nargs, TrTuple *kwnames) {
    if (tr_check_args("pointer", nargs, kwnames, 1, 1) < 0) return TR_ERR;
    TrValue pt = tr_ct_pointer_type_of(tr_obj(tr_typeof(args[0])));
    if (TR_IS_UNDEF(pt)) return pt;
    return tr_call1(pt, args[0]);
}

static TrValue m_get_errno(TrValue *args, int nargs, TrTuple *kwnames) {
    (void)args;
    if (tr_check_args("get_errno", nargs, kwnames, 0, 0) < 0) return TR_ERR;
    return tr_int(tr_ct_errno);
}

static TrValue m_set_errno(TrValue *args, int nargs, TrTuple *kwnames) {
    if (tr_check_args("set_errno", nargs, kwnames, 1, 1) < 0) return TR_ERR;
    int64_t v;
    if (tr_index_value(args[0], &v) < 0) return TR_ERR;
    int old = tr_ct_errno;
    tr_ct_errno = (int)v;
    return tr_int(old);
}

/* ---- cast, string_at ----------------------------------------------------------------- */

/* The address a c_void_p parameter receives for v (c_void_p.from_param and
 * the conversion of its result); -1 with ctypes.ArgumentError for argument
 * number `argno` when v has none. */
static int void_p_arg(TrValue v, int argno, void **out) {
    for (int depth = 0; depth < 64; depth++) {
        if (TR_IS_NONE(v)) {
            *out = NULL;
            return 0;
        }
        if (tr_is_int(v)) {
            uint64_t u;
            if (tr_int_to_word(v, &u) < 0) break;
            *out = (void *)(uintptr_t)u;
            return 0;
        }
        if (tr_is_type(v, &tr_bytes_type)) {
            *out = TR_AS(TrBytes, v)->data;
            return 0;
        }
        if (tr_isinstance(v, &tr_str_type)) {
            *out = tr_ct_str_to_wchar(TR_AS(TrStr, v), NULL);
            return 0;
        }
        if (tr_ct_is_cdata(v)) {
            TrCData *cd = TR_AS(TrCData, v);
            TrCtInfo *info = tr_ct_type_info(cd->ob.type);
            if (info->kind == TR_CT_ARRAY) {
                *out = cd->ptr;
                return 0;
            }
            if (info->kind == TR_CT_POINTER || info->kind == TR_CT_FUNCPTR ||
                (info->kind == TR_CT_SIMPLE && strchr("zZP", info->fmt->code))) {
                memcpy(out, cd->ptr, sizeof(void *));
                return 0;
            }
            tr_raise(tr_TypeError, "wrong type");
            break;
        }
        if (tr_is_type(v, &tr_ct_carg_type) && TR_AS(TrCArg, v)->tag == 'P') {
            *out = TR_AS(TrCArg, v)->v.p;
            return 0;
        }
        TrValue ap = tr_ct_as_parameter(v);
        if (TR_IS_UNDEF(ap)) {
            if (!tr_exc_pending()) tr_raise(tr_TypeError, "wrong type");
            break;
        }
        v = ap;
    }
    if (!tr_exc_pending()) tr_raise(tr_TypeError, "wrong type");
    char prefix[32];
    snprintf(prefix, sizeof prefix, "argument %d: ", argno);
    tr_ct_extend_error(tr_ct_ArgumentError, prefix);
    return -1;
}

static bool is_pointer_type(TrValue t) {
    TrCtInfo *info = tr_ct_info(t);
    if (!info) return false;
    if (info->kind == TR_CT_POINTER || info->kind == TR_CT_FUNCPTR) return true;
    return info->kind == TR_CT_SIMPLE && strchr("zZPO", info->fmt->code);
}

static TrValue m_cast(TrValue *args, int nargs, TrTuple *kwnames) {
    if (tr_check_args("cast", nargs, kwnames, 2, 2) < 0) return TR_ERR;
    void *addr;
    if (void_p_arg(args[0], 1, &addr) < 0) return TR_ERR;
    if (!is_pointer_type(args[1]))
        return tr_raise(tr_TypeError, "cast() argument 2 must be a pointer type, not %s",
                        tr_isinstance(args[1], &tr_type_type) ? TR_AS(TrType, args[1])->name
                                                              : tr_type_name(args[1]));
    TrCData *cd = tr_ct_new(TR_AS(TrType, args[1]));
    if (!cd) return TR_ERR;
    /* the result's memory is scanned, so the address keeps a GC source alive */
    memcpy(cd->ptr, &addr, sizeof addr);
    return tr_obj(cd);
}

static int size_arg(TrValue *args, int nargs, int64_t *size) {
    *size = -1;
    if (nargs < 2) return 0;
    if (!tr_is_int(args[1])) {
        tr_raise(tr_TypeError, "wrong type");
        tr_ct_extend_error(tr_ct_ArgumentError, "argument 2: ");
        return -1;
    }
    return tr_index_value(args[1], size);
}

/* string_at(addr, size=-1) and wstring_at: the bytes / characters at an
 * address, up to the terminating NUL when size is negative. */
static TrValue string_at(const char *fname, TrValue *args, int nargs, TrTuple *kwnames, bool wide) {
    if (tr_check_args(fname, nargs, kwnames, 1, 2) < 0) return TR_ERR;
    void *addr;
    int64_t size;
    if (void_p_arg(args[0], 1, &addr) < 0 || size_arg(args, nargs, &size) < 0) return TR_ERR;
    if (!addr) return tr_raise(tr_ValueError, "NULL pointer access");
    if (wide) return tr_ct_wchar_to_str(addr, size < 0 ? (int64_t)wcslen(addr) : size);
    return tr_obj(tr_bytes_new(addr, size < 0 ? (int64_t)strlen(addr) : size));
}

static TrValue m_string_at(TrValue *args, int nargs, TrTuple *kwnames) {
    return string_at("string_at", args, nargs, kwnames, false);
}

static TrValue m_wstring_at(TrValue *args, int nargs, TrTuple *kwnames) {
    return string_at("wstring_at", args, nargs, kwnames, true);
}

/* ---- shared libraries -------------------------------------------------------------- */

/* The handles dlopen returned, with how often: dlsym and dlclose take only
 * these (lookups also RTLD_DEFAULT and RTLD_NEXT), so that no stray int
 * from Python reaches the dynamic linker. */
static TrDict *open_handles;

static int checked_handle(TrValue v, bool lookup, void **out) {
    uint64_t u;
    if (!tr_is_int(v)) {
        tr_raise(tr_TypeError, "an integer is required (got type %s)", tr_type_name(v));
        return -1;
    }
    if (tr_int_to_word(v, &u) < 0) return -1;
    *out = (void *)(uintptr_t)u;
    if (lookup && (*out == RTLD_DEFAULT || *out == RTLD_NEXT)) return 0;
    TrValue n = tr_dict_get(open_handles, tr_int_from_uint64(u));
    if (TR_IS_UNDEF(n)) {
        tr_raise(tr_ValueError, "not a handle of a loaded library: %#llx", (unsigned long long)u);
        return -1;
    }
    return 0;
}

void *tr_ct_dll_handle(TrValue dll) {
    TrValue h = tr_getattr_cstr(dll, "_handle");
    if (TR_IS_UNDEF(h)) return NULL;
    if (!tr_is_int(h)) {
        tr_raise(tr_TypeError, "the _handle attribute of the second argument must be an integer");
        return NULL;
    }
    void *p;
    return checked_handle(h, true, &p) < 0 ? NULL : p;
}

static TrValue m_dlopen(TrValue *args, int nargs, TrTuple *kwnames) {
    if (tr_check_args("dlopen", nargs, kwnames, 0, 2) < 0) return TR_ERR;
    const char *name = NULL;
    if (nargs >= 1 && !TR_IS_NONE(args[0])) {
        if (tr_isinstance(args[0], &tr_str_type)) name = TR_AS(TrStr, args[0])->data;
        else if (tr_is_type(args[0], &tr_bytes_type)) name = (const char *)TR_AS(TrBytes, args[0])->data;
        else
            return tr_raise(tr_TypeError, "expected str, bytes or os.PathLike object, not %s",
                            tr_type_name(args[0]));
    }
    int64_t mode = RTLD_LOCAL;
    if (nargs == 2 && tr_index_value(args[1], &mode) < 0) return TR_ERR;
    void *h = dlopen(name, (int)mode | RTLD_NOW);
    if (!h) return tr_raise(tr_OSError, "%s", dlerror());
    TrValue key = tr_int_from_uint64((uint64_t)(uintptr_t)h);
    TrValue n = tr_dict_get(open_handles, key);
    tr_dict_set(open_handles, key, tr_int(TR_IS_UNDEF(n) ? 1 : n.u.i + 1));
    return key;
}

static TrValue m_dlclose(TrValue *args, int nargs, TrTuple *kwnames) {
    if (tr_check_args("dlclose", nargs, kwnames, 1, 1) < 0) return TR_ERR;
    void *h;
    if (checked_handle(args[0], false, &h) < 0) return TR_ERR;
    TrValue key = tr_int_from_uint64((uint64_t)(uintptr_t)h);
    TrValue n = tr_dict_get(open_handles, key);
    if (dlclose(h)) return tr_raise(tr_OSError, "%s", dlerror());
    if (n.u.i > 1) tr_dict_set(open_handles, key, tr_int(n.u.i - 1));
    else tr_dict_del(open_handles, key);
    return tr_none();
}

static TrValue m_dlsym(TrValue *args, int nargs, TrTuple *kwnames) {
    if (tr_check_args("dlsym", nargs, kwnames, 2, 2) < 0) return TR_ERR;
    void *h;
    if (checked_handle(args[0], true, &h) < 0) return TR_ERR;
    if (!tr_isinstance(args[1], &tr_str_type))
        return tr_raise(tr_TypeError, "dlsym() argument 2 must be str, not %s", tr_type_name(args[1]));
    dlerror();
    void *p = dlsym(h, TR_AS(TrStr, args[1])->data);
    if (!p) return tr_raise(tr_OSError, "%s", dlerror());
    return tr_int_from_uint64((uint64_t)(uintptr_t)p);
}

/* ---- the module ---------------------------------------------------------------------- */

static const TrMethodDef ctypes_functions[] = {
    {"byref", m_byref, 0},          {"sizeof", m_sizeof, 0},
    {"alignment", m_alignment, 0},  {"addressof", m_addressof, 0},
    {"resize", m_resize, 0},        {"POINTER", m_POINTER, 0},
    {"pointer", m_pointer, 0},      {"get_errno", m_get_errno, 0},
    {"set_errno", m_set_errno, 0},  {"_cast", m_cast, 0},
    {"_string_at", m_string_at, 0}, {"_wstring_at", m_wstring_at, 0},
    {"dlopen", m_dlopen, 0},        {"dlclose", m_dlclose, 0},
    {"dlsym", m_dlsym, 0},
    {NULL, NULL, 0},
};

extern TrDict *tr_ct_pointer_cache;

static void init_types(void) {
    open_handles = tr_dict_new();
    tr_type_ready(&tr_ct_getset_type, NULL);
    tr_type_ready(&tr_ct_carg_type, NULL);
    tr_ct_init_cdata();
    tr_ct_init_simple();
    tr_ct_init_struct();
    tr_ct_init_array();
    tr_ct_init_call();
    tr_ct_init_callback();
    TrValue exc = tr_obj(tr_Exception);
    TrDict *ns = tr_dict_new();
    tr_dict_set_str(ns, tr_str_intern("__module__"), tr_str_value("ctypes"));
    TrValue t = tr_type_new(&tr_type_type, tr_str_intern("ArgumentError"), tr_tuple_from(&exc, 1), ns);
    tr_ct_ArgumentError = TR_AS(TrType, t);
}

TrModule *tr_module_init__ctypes(void) {
    static TrModule *mod;
    if (mod) return mod;
    init_types();
    mod = tr_module_new("_ctypes");
    tr_module_add_functions(mod, ctypes_functions);
    static const struct { const char *name; TrType *t; } types[] = {
        {"_SimpleCData", &tr_ct_simple_type.t}, {"Structure", &tr_ct_struct_type.t},
        {"Union", &tr_ct_union_type.t},         {"Array", &tr_ct_array_type.t},
        {"_Pointer", &tr_ct_pointer_type.t},    {"CFuncPtr", &tr_ct_funcptr_type.t},
    };
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        tr_module_add(mod, types[i].name, tr_obj(types[i].t));
    tr_module_add(mod, "ArgumentError", tr_obj(tr_ct_ArgumentError));
    tr_module_add(mod, "_pointer_type_cache", tr_obj(tr_ct_pointer_cache));
    tr_module_add(mod, "__version__", tr_str_value("1.1.0"));
    static const struct { const char *name; int64_t v; } consts[] = {
        {"RTLD_LOCAL", RTLD_LOCAL}, {"RTLD_GLOBAL", RTLD_GLOBAL},
        {"FUNCFLAG_CDECL", TR_CT_FUNCFLAG_CDECL}, {"FUNCFLAG_PYTHONAPI", TR_CT_FUNCFLAG_PYTHONAPI},
        {"FUNCFLAG_USE_ERRNO", TR_CT_FUNCFLAG_USE_ERRNO},
        {"FUNCFLAG_USE_LASTERROR", TR_CT_FUNCFLAG_USE_LASTERROR},
    };
    for (size_t i = 0; i < sizeof consts / sizeof consts[0]; i++)
        tr_module_add(mod, consts[i].name, tr_int(consts[i].v));
    tr_module_add(mod, "_memmove_addr", tr_int_from_uint64((uint64_t)(uintptr_t)&memmove));
    tr_module_add(mod, "_memset_addr", tr_int_from_uint64((uint64_t)(uintptr_t)&memset));
    return mod;
}
