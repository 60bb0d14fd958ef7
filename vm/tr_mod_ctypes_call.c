/* tr_mod_ctypes_call.c — function pointers (CFuncPtr): how they are made,
 * their restype / argtypes / errcheck, and calling them through libffi.
 *
 * A call converts each argument to a (libffi type, value) pair — through the
 * declared argtype's from_param when there is one, else by CPython's rules
 * for undeclared arguments (None, int, bytes, str, ctypes instances, byref,
 * _as_parameter_) — then calls ffi_call with an ffi_cif.  The cif is cached
 * in the function object and reused while the argument and result types of
 * a call match it, so a function with argtypes and restype set pays for
 * ffi_prep_cif once.  Errors in a conversion become ctypes.ArgumentError
 * ("argument 1: TypeError: wrong type").  Function pointers are ordinary
 * callables: their type's `call` slot is funcptr_call, which is also
 * what compiled code reaches through the generic call path. */
#include <dlfcn.h>
#include <errno.h>
#include <string.h>

#include "tr_ctypes.h"

/* A cached call interface: valid for calls with these libffi types. */
typedef struct TrCtCallCache {
    ffi_cif cif;
    ffi_type *rtype;
    int nargs;
    ffi_type *atypes[];
} TrCtCallCache;

/* One converted argument; `keep` holds what the value points into (the
 * array lives on the C stack, which the collector scans). */
typedef struct CallArg {
    ffi_type *ffi;
    void *valptr;
    TrCtValue v;
    TrValue keep;
} CallArg;

static TrCtInfo *proto_info(TrValue self) { return tr_ct_type_info(tr_typeof(self)); }

/* ---- argument conversion ----------------------------------------------------------- */

/* CPython's ConvParam: a value with no declared type (or what a from_param
 * returned).  `index` is 1-based, for the message. */
static int conv_param(TrValue v, int index, CallArg *a) {
    a->valptr = &a->v;
    a->keep = v;
    for (int depth = 0; depth < 64; depth++) {
        if (tr_ct_is_cdata(v)) {
            TrCData *cd = TR_AS(TrCData, v);
            TrCtInfo *info = tr_ct_type_info(cd->ob.type);
            switch (info->kind) {
            case TR_CT_SIMPLE: case TR_CT_STRUCT: case TR_CT_UNION:
                a->ffi = info->ffi;
                a->valptr = cd->ptr; /* by value: libffi copies it */
                return 0;
            case TR_CT_ARRAY:
                a->ffi = &ffi_type_pointer;
                a->v.p = cd->ptr;
                return 0;
            default: /* pointers and function pointers pass their address */
                a->ffi = &ffi_type_pointer;
                memcpy(&a->v.p, cd->ptr, sizeof(void *));
                return 0;
            }
        }
        if (tr_is_type(v, &tr_ct_carg_type)) {
            TrCArg *c = TR_AS(TrCArg, v);
            a->ffi = c->ffi;
            a->valptr = c->valptr;
            return 0;
        }
        if (TR_IS_NONE(v)) {
            a->ffi = &ffi_type_pointer;
            a->v.p = NULL;
            return 0;
        }
        if (tr_is_int(v)) { /* a C int, from the low bits of the value */
            uint64_t u;
            if (tr_int_to_word(v, &u) < 0) return -1;
            int x = (int)(uint32_t)u;
            a->ffi = &ffi_type_sint;
            memcpy(a->v.b, &x, sizeof x);
            return 0;
        }
        if (tr_is_type(v, &tr_bytes_type)) {
            a->ffi = &ffi_type_pointer;
            a->v.p = TR_AS(TrBytes, v)->data;
            return 0;
        }
        if (tr_isinstance(v, &tr_str_type)) {
            a->ffi = &ffi_type_pointer;
            a->v.p = tr_ct_str_to_wchar(TR_AS(TrStr, v), NULL);
            a->keep = tr_obj(a->v.p); /* any GC pointer keeps the block alive */
            return 0;
        }
        TrValue ap = tr_ct_as_parameter(v);
        if (TR_IS_UNDEF(ap)) break;
        v = a->keep = ap;
    }
    if (!tr_exc_pending()) tr_raise(tr_TypeError, "Don't know how to convert parameter %d", index);
    return -1;
}

/* A declared argument: the argtype's from_param, with the common cases of
 * the built-in ones done inline (no CArgObject is made for them). */
static int conv_declared(TrValue type, TrValue conv, TrValue arg, int index, CallArg *a) {
    TrNative *n = tr_is_type(conv, &tr_native_type) ? TR_AS(TrNative, conv) : NULL;
    if (n && n->self.u.o == type.u.o && n->owner && tr_ct_is_meta(n->owner)) {
        TrCtInfo *info = tr_ct_info(type);
        if (tr_isinstance(arg, TR_AS(TrType, type))) return conv_param(arg, index, a);
        if (info && info->kind == TR_CT_SIMPLE && !info->fmt->pointer) {
            a->ffi = info->ffi;
            a->valptr = &a->v;
            a->keep = arg;
            if (info->fmt->set(&a->v, arg, info->size) == 0) return 0;
            tr_exc_clear(); /* from_param itself reports it (or uses _as_parameter_) */
        }
    }
    TrValue v = tr_call1(conv, arg);
    if (TR_IS_UNDEF(v)) return -1;
    return conv_param(v, index, a);
}

static TrValue argument_error(int index) {
    char prefix[32];
    snprintf(prefix, sizeof prefix, "argument %d: ", index);
    return tr_ct_extend_error(tr_ct_ArgumentError, prefix);
}

/* ---- results ------------------------------------------------------------------------ */

/* libffi widens integral results smaller than a register to ffi_arg. */
static void *result_ptr(ffi_type *rt, void *buf) {
#if __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    if (rt->type != FFI_TYPE_STRUCT && rt->size < sizeof(ffi_arg))
        return (char *)buf + sizeof(ffi_arg) - rt->size;
#else
    (void)rt;
#endif
    return buf;
}

static TrValue ct_result(TrValue restype, void *mem) {
    int i;
    if (TR_IS_UNDEF(restype)) {
        memcpy(&i, mem, sizeof i);
        return tr_int(i);
    }
    if (TR_IS_NONE(restype)) return tr_none();
    TrCtInfo *info = tr_ct_info(restype);
    if (!info) { /* a callable: called with the int result */
        memcpy(&i, mem, sizeof i);
        return tr_call1(restype, tr_int(i));
    }
    TrType *t = TR_AS(TrType, restype);
    if (info->kind == TR_CT_SIMPLE && !tr_ct_simple_subclass(t)) return info->fmt->get(mem, info->size);
    TrCData *cd = tr_ct_from_bytes(t, mem);
    return cd ? tr_obj(cd) : TR_ERR;
}

static ffi_type *result_ffi(TrValue restype) {
    if (TR_IS_UNDEF(restype)) return &ffi_type_sint;
    if (TR_IS_NONE(restype)) return &ffi_type_void;
    TrCtInfo *info = tr_ct_info(restype);
    return info ? info->ffi : &ffi_type_sint;
}

static bool restype_ok(TrValue restype) {
    return TR_IS_NONE(restype) || tr_ct_info(restype) || tr_is_callable(restype);
}

/* ---- calling -------------------------------------------------------------------------- */

/* The cached cif when it fits this call, else a new one (cached). */
static TrCtCallCache *call_cif(TrCFunc *f, CallArg *args, int nargs, ffi_type *rtype) {
    TrCtCallCache *c = f->cache;
    if (c && c->nargs == nargs && c->rtype == rtype) {
        int i = 0;
        while (i < nargs && c->atypes[i] == args[i].ffi) i++;
        if (i == nargs) return c;
    }
    c = tr_alloc(sizeof *c + sizeof(ffi_type *) * (size_t)(nargs + 1));
    c->rtype = rtype;
    c->nargs = nargs;
    for (int i = 0; i < nargs; i++) c->atypes[i] = args[i].ffi;
    ffi_status st = ffi_prep_cif(&c->cif, FFI_DEFAULT_ABI, (unsigned)nargs, rtype, c->atypes);
    if (st != FFI_OK) {
        tr_raise(tr_RuntimeError, "ffi_prep_cif failed");
        return NULL;
    }
    f->cache = c;
    return c;
}

/* Convert the arguments of a call of f into ca / avalues: declared ones
 * through f's (or its prototype's) argtypes, the rest as undeclared. */
static int convert_args(TrCFunc *f, TrCtInfo *pi, TrValue *args, int nargs, CallArg *ca,
                        void **avalues) {
    TrTuple *types = f->argtuple, *convs = f->argconv;
    if (!types && pi && !TR_IS_UNDEF(pi->argtypes)) {
        types = TR_AS(TrTuple, pi->argtypes);
        convs = pi->argconv;
    }
    int ndecl = types ? (int)types->len : 0;
    if (nargs < ndecl) {
        tr_raise(tr_TypeError, "this function takes at least %d argument%s (%d given)", ndecl,
                 ndecl == 1 ? "" : "s", nargs);
        return -1;
    }
    for (int i = 0; i < nargs; i++) {
        int r = i < ndecl ? conv_declared(types->items[i], convs->items[i], args[i], i + 1, &ca[i])
                          : conv_param(args[i], i + 1, &ca[i]);
        if (r < 0) {
            argument_error(i + 1);
            return -1;
        }
        avalues[i] = ca[i].valptr;
    }
    return 0;
}

/* ffi_call, with ctypes' private errno swapped in for use_errno functions. */
static void call_c(ffi_cif *cif, void *fn, void *rbuf, void **avalues, int flags) {
    if (!(flags & TR_CT_FUNCFLAG_USE_ERRNO)) {
        ffi_call(cif, FFI_FN(fn), rbuf, avalues);
        return;
    }
    int saved = errno;
    errno = tr_ct_errno;
    ffi_call(cif, FFI_FN(fn), rbuf, avalues);
    tr_ct_errno = errno;
    errno = saved;
}

static TrValue funcptr_call(TrValue self, TrValue *args, int nargs, TrTuple *kwnames) {
    (void)kwnames; /* accepted and ignored without paramflags, as in CPython */
    TrCFunc *f = TR_AS(TrCFunc, self);
    TrCtInfo *pi = proto_info(self);
    void *fn;
    memcpy(&fn, f->cd.ptr, sizeof fn);
    if (!fn) return tr_raise(tr_ValueError, "NULL function pointer");
    CallArg small[8];
    void *small_vals[8];
    CallArg *ca = nargs <= 8 ? small : tr_alloc(sizeof(CallArg) * (size_t)nargs);
    void **avalues = nargs <= 8 ? small_vals : tr_alloc(sizeof(void *) * (size_t)nargs);
    if (convert_args(f, pi, args, nargs, ca, avalues) < 0) return TR_ERR;
    TrValue restype = f->restype;
    if (TR_IS_UNDEF(restype) && pi) restype = pi->restype;
    ffi_type *rtype = result_ffi(restype);
    TrCtCallCache *c = call_cif(f, ca, nargs, rtype);
    if (!c) return TR_ERR;
    TrCtValue rsmall[4];
    size_t rsize = rtype->size > sizeof(ffi_arg) ? rtype->size : sizeof(ffi_arg);
    void *rbuf = rsize <= sizeof rsmall ? (void *)rsmall : tr_alloc_atomic(rsize);
    call_c(&c->cif, fn, rbuf, avalues, pi ? pi->flags : 0);
    TrValue result = ct_result(restype, result_ptr(rtype, rbuf));
    if (TR_IS_UNDEF(result) || TR_IS_UNDEF(f->errcheck) || TR_IS_NONE(f->errcheck)) return result;
    TrValue ec[3] = {result, self, tr_obj(tr_tuple_from(args, nargs))};
    return tr_call(f->errcheck, ec, 3, NULL);
}

/* ---- restype, argtypes, errcheck -------------------------------------------------------- */

static TrTuple *converters(TrValue argtypes, TrTuple **types) {
    TrTuple *t = tr_is_type(argtypes, &tr_tuple_type) ? TR_AS(TrTuple, argtypes) : NULL;
    if (!t) {
        TrList *l = tr_list_of(argtypes);
        if (!l) {
            tr_exc_clear();
            tr_raise(tr_TypeError, "_argtypes_ must be a sequence of types");
            return NULL;
        }
        t = tr_tuple_from(l->items, l->len);
    }
    TrTuple *conv = tr_tuple_new(t->len);
    for (int64_t i = 0; i < t->len; i++) {
        TrValue fp = tr_getattr_opt(t->items[i], tr_str_intern("from_param"));
        if (TR_IS_UNDEF(fp)) {
            if (!tr_exc_pending())
                tr_raise(tr_TypeError, "item %lld in _argtypes_ has no from_param method", (long long)i + 1);
            return NULL;
        }
        conv->items[i] = fp;
    }
    *types = t;
    return conv;
}

/* An attribute set on the function, else its prototype's, else None. */
static TrValue own_or_proto(TrValue own, TrValue proto) {
    return !TR_IS_UNDEF(own) ? own : !TR_IS_UNDEF(proto) ? proto : tr_none();
}

static TrValue restype_get(TrValue self) {
    TrCtInfo *pi = proto_info(self);
    return own_or_proto(TR_AS(TrCFunc, self)->restype, pi ? pi->restype : tr_undef());
}

static int restype_set(TrValue self, TrValue v) {
    TrCFunc *f = TR_AS(TrCFunc, self);
    if (!TR_IS_UNDEF(v) && !restype_ok(v)) {
        tr_raise(tr_TypeError, "restype must be a type, a callable, or None");
        return -1;
    }
    f->restype = v;
    return 0;
}

static TrValue argtypes_get(TrValue self) {
    TrCtInfo *pi = proto_info(self);
    return own_or_proto(TR_AS(TrCFunc, self)->argtypes, pi ? pi->argtypes : tr_undef());
}

static int argtypes_set(TrValue self, TrValue v) {
    TrCFunc *f = TR_AS(TrCFunc, self);
    if (TR_IS_UNDEF(v) || TR_IS_NONE(v)) {
        f->argtypes = tr_undef();
        f->argtuple = f->argconv = NULL;
        return 0;
    }
    TrTuple *types, *conv = converters(v, &types);
    if (!conv) return -1;
    f->argtypes = v;
    f->argtuple = types;
    f->argconv = conv;
    return 0;
}

static TrValue errcheck_get(TrValue self) {
    return own_or_proto(TR_AS(TrCFunc, self)->errcheck, tr_undef());
}

static int errcheck_set(TrValue self, TrValue v) {
    if (!TR_IS_UNDEF(v) && !tr_is_callable(v)) {
        tr_raise(tr_TypeError, "the errcheck attribute must be callable");
        return -1;
    }
    TR_AS(TrCFunc, self)->errcheck = v;
    return 0;
}

static const TrCtGetSetDef funcptr_getsets[] = {
    {"restype", restype_get, restype_set},
    {"argtypes", argtypes_get, argtypes_set},
    {"errcheck", errcheck_get, errcheck_set},
    {NULL, NULL, NULL},
};

/* ---- making function pointers ---------------------------------------------------------- */

/* proto((name, dll)): the symbol `name` of a loaded library. */
static int from_dll(TrCFunc *f, TrTuple *spec) {
    if (spec->len != 2) {
        tr_raise(tr_TypeError, "function name must be string, bytes object or integer");
        return -1;
    }
    TrValue name = spec->items[0], dll = spec->items[1];
    const char *cname;
    if (tr_isinstance(name, &tr_str_type)) cname = TR_AS(TrStr, name)->data;
    else if (tr_is_type(name, &tr_bytes_type)) cname = (const char *)TR_AS(TrBytes, name)->data;
    else {
        tr_raise(tr_TypeError, tr_is_int(name) ? "function ordinals are not supported here"
                                               : "function name must be string, bytes object or integer");
        return -1;
    }
    void *handle = tr_ct_dll_handle(dll);
    if (!handle) return -1;
    dlerror();
    void *addr = dlsym(handle, cname);
    if (!addr) {
        const char *err = dlerror();
        tr_raise(tr_AttributeError, "%s", err ? err : "symbol not found");
        return -1;
    }
    memcpy(f->cd.ptr, &addr, sizeof addr);
    f->keep = dll;
    return 0;
}

static TrValue funcptr_new(TrType *t, TrValue *args, int nargs, TrTuple *kwnames) {
    (void)kwnames;
    TrCData *cd = tr_ct_new(t);
    if (!cd) return TR_ERR;
    TrCFunc *f = (TrCFunc *)cd;
    TrValue self = tr_obj(f);
    if (nargs == 0) return self; /* a NULL function pointer */
    TrValue a = args[0];
    if (tr_is_type(a, &tr_tuple_type)) {
        if (nargs > 1)
            return tr_raise(tr_NotImplementedError, "paramflags are not supported by Tauraro's ctypes");
        return from_dll(f, TR_AS(TrTuple, a)) < 0 ? TR_ERR : self;
    }
    if (nargs == 1 && tr_is_int(a)) {
        uint64_t u;
        if (tr_int_to_word(a, &u) < 0) return TR_ERR;
        void *addr = (void *)(uintptr_t)u;
        memcpy(cd->ptr, &addr, sizeof addr);
        return self;
    }
    if (nargs == 1 && tr_is_callable(a)) {
        TrCtInfo *pi = tr_ct_type_info(t);
        if (TR_IS_UNDEF(pi->argtypes))
            return tr_raise(tr_TypeError, "cannot construct instance of this class: no argtypes");
        return tr_ct_make_callback(f, pi, a) < 0 ? TR_ERR : self;
    }
    if (nargs > 1) return tr_raise(tr_TypeError, "function takes exactly 1 argument (%d given)", nargs);
    return tr_raise(tr_TypeError, "argument must be callable or integer function address");
}

static TrValue funcptr_repr(TrValue self) {
    return tr_obj(tr_str_format("<%s object at %p>", tr_type_name(self), (void *)self.u.o));
}

static int funcptr_truth(TrValue self) {
    void *p;
    memcpy(&p, TR_AS(TrCFunc, self)->cd.ptr, sizeof p);
    return p != NULL;
}

TrCType tr_ct_funcptr_type = {{
    TR_CT_BASE_FIELDS(tr_ct_funcptr_meta, "_ctypes.CFuncPtr", sizeof(TrCFunc)),
    .tp_new = funcptr_new,
    .call = funcptr_call,
    .repr = funcptr_repr,
    .truth = funcptr_truth,
}, NULL};

/* ---- PyCFuncPtrType: the prototype from _flags_, _argtypes_, _restype_ -------------------- */

static TrValue funcptr_meta_new(TrType *meta, TrValue *args, int nargs, TrTuple *kwnames) {
    TrValue cls = tr_ct_meta_new3(meta, args, nargs, kwnames);
    if (TR_IS_UNDEF(cls)) return cls;
    TrType *t = TR_AS(TrType, cls);
    TrCtInfo *info = tr_alloc(sizeof *info);
    info->kind = TR_CT_FUNCPTR;
    info->size = info->align = sizeof(void *);
    info->length = 1;
    info->ffi = &ffi_type_pointer;
    info->has_pointers = true;
    info->argtypes = info->restype = tr_undef();
    TrValue flags = tr_dict_get_cstr(t->dict, "_flags_");
    uint64_t fl;
    if (!tr_is_int(flags) || tr_index_mask64(flags, &fl) < 0)
        return tr_raise(tr_TypeError, "class must define _flags_ which must be an integer");
    info->flags = (int)fl;
    TrValue at = tr_dict_get_cstr(t->dict, "_argtypes_");
    if (!TR_IS_UNDEF(at)) {
        TrTuple *types;
        if (!(info->argconv = converters(at, &types))) return TR_ERR;
        info->argtypes = tr_obj(types);
    }
    TrValue rt = tr_dict_get_cstr(t->dict, "_restype_");
    if (!TR_IS_UNDEF(rt)) {
        if (!restype_ok(rt))
            return tr_raise(tr_TypeError, "_restype_ must be a type, a callable, or None");
        info->restype = rt;
    }
    ((TrCType *)t)->info = info;
    return cls;
}

TrType tr_ct_funcptr_meta = {
    TR_CT_META_FIELDS("_ctypes.PyCFuncPtrType"),
    .tp_new = funcptr_meta_new,
};

void tr_ct_init_call(void) {
    tr_ct_ready_meta(&tr_ct_funcptr_meta, tr_ct_generic_from_param_def);
    tr_ct_ready_base(&tr_ct_funcptr_type, &tr_ct_funcptr_meta, NULL);
    tr_ct_add_getsets(&tr_ct_funcptr_type.t, funcptr_getsets);
}
