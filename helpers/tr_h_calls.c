/* tr_h_calls.c — helpers for attributes, calls, function creation,
 * formatting and imports.
 *
 * Attribute and method lookups go through the instruction's inline cache
 * (vm/tr_icache.c) found from the saved pc, so the interpreter and compiled
 * code share both the caches and their semantics. */
#include "tr_helpers.h"
#include "tr_icache.h"
#include "tr_module.h"

#define H(name) int tr_h_##name(TrFrame *f, TrValue *regs, uint32_t a, uint32_t b, uint32_t c)
#define NAME(n) (f->code->names[n])
#define CACHE() tr_icache_at(f->code, f->pc - 1)

static inline int put(TrValue *regs, uint32_t a, TrValue r) {
    if (TR_IS_UNDEF(r)) return -1;
    regs[a] = r;
    return 0;
}

/* ---- attributes ---------------------------------------------------------- */

H(getattr) { return put(regs, a, tr_ic_getattr(CACHE(), regs[b], NAME(c))); }

H(setattr) { return tr_ic_setattr(CACHE(), regs[a], NAME(b), regs[c]); }

H(delattr) {
    (void)c;
    return tr_delattr(regs[a], NAME(b));
}

H(loadmethod) { return tr_ic_load_method(CACHE(), regs[b], NAME(c), &regs[a]); }

/* ---- calls ----------------------------------------------------------------- */

H(callmethod) {
    (void)f, (void)c;
    TrValue r = TR_IS_UNDEF(regs[a + 1]) ? tr_call(regs[a], &regs[a + 2], (int)b, NULL)
                                         : tr_call(regs[a], &regs[a + 1], (int)b + 1, NULL);
    return put(regs, a, r);
}

H(call) {
    (void)c;
    if (tr_jit_hook) tr_ic_note_call(CACHE(), regs[a]);
    return put(regs, a, tr_call(regs[a], &regs[a + 1], (int)b, NULL));
}

H(callkw) {
    TrTuple *names = TR_AS(TrTuple, f->code->consts[c]);
    return put(regs, a, tr_call(regs[a], &regs[a + 1], (int)(b - names->len), names));
}

/* f(*args, **kwargs): R[A+1] is a tuple, R[A+2] a dict when B == 2. */
static TrValue call_ex(TrValue fn, TrValue argtuple, TrValue kwdict) {
    TrTuple *pos = TR_AS(TrTuple, argtuple);
    if (TR_IS_UNDEF(kwdict) || TR_AS(TrDict, kwdict)->t.used == 0)
        return tr_call(fn, pos->items, (int)pos->len, NULL);
    TrDict *d = TR_AS(TrDict, kwdict);
    int64_t nkw = d->t.used;
    TrValue *args = tr_alloc(sizeof(TrValue) * (size_t)(pos->len + nkw));
    for (int64_t i = 0; i < pos->len; i++) args[i] = pos->items[i];
    TrTuple *names = tr_tuple_new(nkw);
    int64_t i = 0, it = 0;
    TrValue k, v;
    while (tr_dict_next(d, &it, &k, &v)) {
        names->items[i] = tr_obj(tr_str_intern_str(TR_AS(TrStr, k)));
        args[pos->len + i] = v;
        i++;
    }
    return tr_call(fn, args, (int)pos->len, names);
}

H(callex) {
    (void)f, (void)c;
    return put(regs, a, call_ex(regs[a], regs[a + 1], b == 2 ? regs[a + 2] : tr_undef()));
}

H(makefunc) {
    TrValue fv = tr_function_new(TR_AS(TrCode, f->code->consts[b]), f->globals);
    TrFunction *fn = TR_AS(TrFunction, fv);
    if (!TR_IS_UNDEF(regs[c])) fn->defaults = TR_AS(TrTuple, regs[c]);
    if (!TR_IS_UNDEF(regs[c + 1])) fn->kwdefaults = TR_AS(TrDict, regs[c + 1]);
    if (!TR_IS_UNDEF(regs[c + 2])) fn->closure = TR_AS(TrTuple, regs[c + 2]);
    regs[a] = fv;
    return 0;
}

/* ---- formatting ------------------------------------------------------------ */

/* f-string field: conversion C&3 (1 str, 2 repr, 3 ascii), spec R[B+1] if C&4. */
H(format) {
    (void)f;
    TrValue v = regs[b], r;
    unsigned conv = c & 3;
    if (conv) {
        TrStr *s = conv == 1 ? tr_to_str(v) : conv == 2 ? tr_repr(v) : tr_ascii(v);
        if (!s) return -1;
        v = tr_obj(s);
    }
    if (c & 4) r = tr_format(v, TR_AS(TrStr, regs[b + 1]));
    else if (tr_is_type(v, &tr_str_type)) r = v;
    else r = tr_format(v, tr_str_intern(""));
    if (TR_IS_UNDEF(r)) return -1;
    if (!tr_isinstance(r, &tr_str_type)) {
        tr_raise(tr_TypeError, "__format__ must return a str, not %s", tr_type_name(r));
        return -1;
    }
    regs[a] = r;
    return 0;
}

/* ---- imports ----------------------------------------------------------------- */

H(import) { return put(regs, a, tr_import(NAME(b), c, f->globals)); }

H(importfrom) { return put(regs, a, tr_import_from(regs[b], NAME(c))); }

H(importstar) {
    (void)b, (void)c;
    return tr_import_star(regs[a], f->globals);
}
