/* tr_mod_ctypes_callback.c — callbacks: a Python callable behind a C
 * function pointer, so C code (qsort's comparator, ...) can call Python.
 *
 * CFUNCTYPE(restype, *argtypes)(callable) makes a thunk: a GC object holding
 * the callable, the prototype and its ffi_cif, plus a libffi closure whose
 * code address becomes the function pointer's value.  The closure memory
 * comes from ffi_closure_alloc and is not scanned by the collector, so it is
 * never the only holder of anything: the function pointer object keeps the
 * thunk (TrCFunc.keep), the thunk keeps the callable and the cif, and a
 * finalizer on the thunk frees the closure when the function pointer is
 * gone — as in CPython, C must not keep calling a callback whose ctypes
 * object was dropped.  An exception in the callable cannot unwind through C:
 * it is printed ("Exception ignored on calling ctypes callback function")
 * and the callback returns 0. */
#include <gc.h>
#include <string.h>

#include "tr_ctypes.h"

typedef struct TrCtThunk {
    TrObject ob;
    TrValue callable;
    TrValue restype;      /* None, UNDEF (int) or a simple type */
    TrTuple *argtypes;
    TrList *results;      /* results returned as addresses: kept for good, as CPython leaks them */
    ffi_type **atypes;
    ffi_cif cif;
    ffi_closure *closure; /* libffi memory, not scanned */
} TrCtThunk;

static TrType thunk_type = {
    .ob = {&tr_type_type},
    .name = "CThunkObject",
};

static void report(const char *what, TrValue callable) {
    TrValue exc = tr_exc_fetch();
    TrStr *r = tr_repr(callable);
    if (!r) tr_exc_clear();
    tr_flush_std();
    fprintf(stderr, "Exception ignored on %s ctypes callback function: %s\n", what, r ? r->data : "?");
    tr_exc_print(exc);
    fflush(stderr);
}

/* Store a callback's result for libffi: integral results narrower than a
 * register are widened to ffi_arg, as closures must. */
static void store_result(ffi_type *rt, void *ret, const TrCtValue *v) {
    ffi_sarg s;
    ffi_arg u;
    switch (rt->type) {
    case FFI_TYPE_SINT8: s = (int8_t)v->b[0]; memcpy(ret, &s, sizeof s); return;
    case FFI_TYPE_UINT8: u = (uint8_t)v->b[0]; memcpy(ret, &u, sizeof u); return;
    case FFI_TYPE_SINT16: { int16_t x; memcpy(&x, v, 2); s = x; memcpy(ret, &s, sizeof s); return; }
    case FFI_TYPE_UINT16: { uint16_t x; memcpy(&x, v, 2); u = x; memcpy(ret, &u, sizeof u); return; }
    case FFI_TYPE_SINT32: { int32_t x; memcpy(&x, v, 4); s = x; memcpy(ret, &s, sizeof s); return; }
    case FFI_TYPE_UINT32: { uint32_t x; memcpy(&x, v, 4); u = x; memcpy(ret, &u, sizeof u); return; }
    default: memcpy(ret, v, rt->size); return;
    }
}

/* The argument of C type t at p, as the callable receives it. */
static TrValue callback_arg(TrValue t, void *p) {
    TrCtInfo *info = tr_ct_info(t);
    if (!info) return tr_raise(tr_TypeError, "cannot build parameter");
    if (info->kind == TR_CT_SIMPLE && !tr_ct_simple_subclass(TR_AS(TrType, t)))
        return info->fmt->get(p, info->size);
    TrCData *cd = tr_ct_from_bytes(TR_AS(TrType, t), p);
    return cd ? tr_obj(cd) : TR_ERR;
}

/* The entry point libffi calls with the C arguments. */
static void thunk_entry(ffi_cif *cif, void *ret, void **cargs, void *user) {
    TrCtThunk *th = user;
    int n = (int)cif->nargs;
    TrCtValue result;
    memset(&result, 0, sizeof result);
    TrValue small[8];
    TrValue *args = n <= 8 ? small : tr_alloc(sizeof(TrValue) * (size_t)n);
    TrValue r = tr_undef();
    int i = 0;
    for (; i < n; i++) {
        args[i] = callback_arg(th->argtypes->items[i], cargs[i]);
        if (TR_IS_UNDEF(args[i])) break;
    }
    if (i == n) r = tr_call(th->callable, args, n, NULL);
    if (TR_IS_UNDEF(r)) {
        report("calling", th->callable);
    } else if (!TR_IS_NONE(th->restype)) {
        int ok;
        if (TR_IS_UNDEF(th->restype)) {
            ok = tr_ct_format('i')->set(&result, r, sizeof(int));
        } else {
            TrCtInfo *ri = tr_ct_info(th->restype);
            ok = ri->fmt->set(&result, r, ri->size);
            /* C receives an address into r (c_char_p, py_object ...): keep r */
            if (ok == 0 && ri->fmt->pointer && TR_IS_OBJ(r)) tr_list_append(th->results, r);
        }
        if (ok < 0) {
            memset(&result, 0, sizeof result);
            report("converting result of", th->callable);
        }
    }
    if (cif->rtype->type != FFI_TYPE_VOID) store_result(cif->rtype, ret, &result);
}

static void thunk_finalize(void *obj, void *data) {
    (void)data;
    TrCtThunk *th = obj;
    if (th->closure) ffi_closure_free(th->closure);
    th->closure = NULL;
}

int tr_ct_make_callback(TrCFunc *f, TrCtInfo *proto, TrValue callable) {
    TrTuple *argtypes = TR_AS(TrTuple, proto->argtypes);
    TrValue restype = proto->restype;
    ffi_type *rtype = &ffi_type_sint;
    if (TR_IS_NONE(restype)) rtype = &ffi_type_void;
    else if (!TR_IS_UNDEF(restype)) {
        TrCtInfo *ri = tr_ct_info(restype);
        if (!ri || ri->kind != TR_CT_SIMPLE) {
            tr_raise(tr_TypeError, "invalid result type for callback function");
            return -1;
        }
        rtype = ri->ffi;
    }
    int n = (int)argtypes->len;
    TrCtThunk *th = tr_new_object(&thunk_type, sizeof *th);
    th->callable = callable;
    th->restype = restype;
    th->argtypes = argtypes;
    th->results = tr_list_new(0);
    th->atypes = tr_alloc(sizeof(ffi_type *) * (size_t)(n + 1));
    for (int i = 0; i < n; i++) {
        TrCtInfo *ai = tr_ct_info(argtypes->items[i]);
        th->atypes[i] = ai ? ai->ffi : &ffi_type_sint;
    }
    ffi_status st = ffi_prep_cif(&th->cif, FFI_DEFAULT_ABI, (unsigned)n, rtype, th->atypes);
    if (st != FFI_OK) {
        tr_raise(tr_RuntimeError, "ffi_prep_cif failed with %d", (int)st);
        return -1;
    }
    void *code;
    th->closure = ffi_closure_alloc(sizeof(ffi_closure), &code);
    if (!th->closure) {
        tr_raise(tr_MemoryError, "");
        return -1;
    }
    GC_register_finalizer_no_order(th, thunk_finalize, NULL, NULL, NULL);
    st = ffi_prep_closure_loc(th->closure, &th->cif, thunk_entry, th, code);
    if (st != FFI_OK) {
        tr_raise(tr_RuntimeError, "ffi_prep_closure failed with %d", (int)st);
        return -1;
    }
    memcpy(f->cd.ptr, &code, sizeof code);
    f->keep = tr_obj(th);
    return 0;
}

void tr_ct_init_callback(void) { tr_type_ready(&thunk_type, NULL); }
