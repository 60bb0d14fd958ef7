/* tr_icache.h — per-instruction inline caches for attribute, method and
 * global lookups (tr_icache.c).
 *
 * Every TrCode owns one TrICache per instruction (allocated on first use);
 * only GETATTR, SETATTR, LOADMETHOD, LOADGLOBAL and CALL use theirs.  An entry
 * remembers the receiver's type, the type epoch (tr_type_epoch, bumped by
 * any change to any class's namespace) and where the value was found: the
 * entry number of the name in the instance's __dict__, or the class
 * attribute itself.  A hit costs a few compares instead of hashing the name
 * and walking the MRO.  The JIT reuses these entries as its guards.
 *
 * A site that sees several types (a method of a base class called on its
 * subclasses' instances, `s.area()` over a list of shapes) keeps the entries
 * of the types it saw before in `poly`, TR_IC_WAYS more, each a whole entry
 * of its own type and epoch: the entry itself is always the latest fill. */
#ifndef TR_ICACHE_H
#define TR_ICACHE_H

#include "tr_interp.h"

enum {
    TR_IC_EMPTY = 0,
    TR_IC_INSTANCE,  /* value in the instance dict at entry `index` */
    TR_IC_METHOD,    /* a plain function in the type, not shadowed: bind */
    TR_IC_CLASSATTR, /* a non-descriptor class attribute, not shadowed */
    TR_IC_GLOBAL,    /* globals entry `index` */
    TR_IC_BUILTIN,   /* builtins value, valid while both dict versions hold */
    TR_IC_SLOT,      /* a __slots__ member: the TrValue at byte offset `index` */
    TR_IC_CALL,      /* CALL: every function called had the code and globals of `value` */
    TR_IC_CALLS      /* CALL: other callables too (not recorded any more) */
};

#define TR_IC_WAYS 4

typedef struct TrICache {
    int kind;
    int pnext;          /* the way of `poly` the next displaced entry goes to */
    int64_t index;      /* dict entry number (INSTANCE, GLOBAL, SETATTR) */
    TrType *type;       /* receiver type */
    TrDict *dict;       /* GLOBAL / BUILTIN: the globals dict */
    uint64_t epoch;     /* tr_type_epoch when filled */
    uint64_t gver, bver; /* BUILTIN: globals and builtins versions */
    TrValue value;      /* METHOD / CLASSATTR / BUILTIN value */
    struct TrICache *poly; /* TR_IC_WAYS entries for other types, once a second type came */
} TrICache;

extern uint64_t tr_type_epoch;

/* Did every type the site saw under this epoch find what the entry found
 * (same kind, same value)?  The JIT guards a cached method's identity only
 * then: Shape.describe() on rectangles and triangles is one function, their
 * area() two. */
static inline bool tr_ic_one_value(const TrICache *c) {
    if (!c->poly) return true;
    for (int k = 0; k < TR_IC_WAYS; k++) {
        const TrICache *w = &c->poly[k];
        if (w->type && w->epoch == tr_type_epoch &&
            (w->kind != c->kind || w->value.tag != c->value.tag || w->value.u.bits != c->value.u.bits))
            return false;
    }
    return true;
}

/* The cache of the instruction at pc in code (allocating the table). */
TrICache *tr_icache_table(TrCode *code);
static inline TrICache *tr_icache_at(TrCode *code, const TrInstr *pc) {
    TrICache *t = code->icache ? (TrICache *)code->icache : tr_icache_table(code);
    return &t[pc - code->code];
}

TrValue tr_ic_getattr(TrICache *c, TrValue o, TrStr *name);
int tr_ic_setattr(TrICache *c, TrValue o, TrStr *name, TrValue v);
/* LOADMETHOD: out[0] = callable, out[1] = self or UNDEF (already bound). */
int tr_ic_load_method(TrICache *c, TrValue o, TrStr *name, TrValue *out);
TrValue tr_ic_load_global(TrICache *c, TrDict *globals, TrStr *name);
/* CALL of fn, recorded for the JIT only (a call site whose callee comes from
 * a cell or a list still calls one code): TR_IC_CALL while every callee is a
 * function of one code and globals. */
static inline void tr_ic_note_call(TrICache *c, TrValue fn) {
    if (c->kind == TR_IC_CALLS) return;
    if (fn.tag == TR_TAG_OBJ && fn.u.o->type == &tr_function_type) {
        TrFunction *f = (TrFunction *)fn.u.o;
        if (c->kind == TR_IC_EMPTY) {
            c->kind = TR_IC_CALL;
            c->value = fn;
            return;
        }
        const TrFunction *seen = (const TrFunction *)c->value.u.o;
        if (seen->code == f->code && seen->globals == f->globals) return;
    }
    c->kind = TR_IC_CALLS;
    c->value = tr_undef();
}

#endif
