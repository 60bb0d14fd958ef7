/* tr_icache.c — inline caches for GETATTR, SETATTR, LOADMETHOD, LOADGLOBAL.
 *
 * The fast path is inline in each function: check the receiver's type and
 * the type epoch, then read the remembered dict entry (its key must still be
 * the same interned name) or the remembered class attribute.  A miss falls
 * back to the generic protocol (tr_getattr & co.) and refills the entry when
 * the lookup was a plain one: generic attribute access (no __getattr__ /
 * __getattribute__ / __setattr__ override in the type) and no data
 * descriptor for the name in the class.  Anything else simply is not cached,
 * so the caches never change what a program observes. */
#include <gc.h>

#include "tr_icache.h"

uint64_t tr_type_epoch = 1;

TrICache *tr_icache_table(TrCode *code) {
    if (!code->icache) code->icache = GC_MALLOC(sizeof(TrICache) * (size_t)code->ncode);
    return code->icache;
}

static inline TrDict *instance_dict(TrValue o, TrType *t) {
    return t->dictoffset ? *tr_dict_slot(o.u.o) : NULL;
}

/* The entry of c for receivers of type t, valid now: c itself or one of
 * its ways. */
static inline TrICache *entry_for(TrICache *c, TrType *t) {
    if (c->type == t && c->epoch == tr_type_epoch) return c;
    if (c->poly)
        for (int k = 0; k < TR_IC_WAYS; k++)
            if (c->poly[k].type == t && c->poly[k].epoch == tr_type_epoch) return &c->poly[k];
    return NULL;
}

/* c is about to be filled for type t: a valid entry for another type moves
 * to a way first (over an older one of its own type, if there is one). */
static void make_room(TrICache *c, TrType *t) {
    if (!c->type || c->type == t || c->kind == TR_IC_EMPTY || c->epoch != tr_type_epoch) return;
    if (!c->poly) c->poly = GC_MALLOC(sizeof(TrICache) * TR_IC_WAYS);
    if (!c->poly) return; /* no memory: stay monomorphic */
    int k = 0;
    while (k < TR_IC_WAYS && c->poly[k].type != c->type) k++;
    if (k == TR_IC_WAYS) {
        k = c->pnext;
        c->pnext = (c->pnext + 1) % TR_IC_WAYS;
    }
    c->poly[k] = *c;
    c->poly[k].poly = NULL;
}

/* Is entry ix of d live and keyed by exactly this interned name? */
static inline bool entry_is(TrDict *d, int64_t ix, TrStr *name) {
    if (ix < 0 || ix >= d->t.nentries) return false;
    TrValue k = d->t.entries[ix].key;
    return k.tag == TR_TAG_OBJ && k.u.o == (TrObject *)name;
}

static bool plain_function(TrValue d) {
    TrType *dt = tr_typeof(d);
    return dt == &tr_function_type ||
           (dt == &tr_native_type && TR_AS(TrNative, d)->owner &&
            TR_IS_UNDEF(TR_AS(TrNative, d)->self) &&
            !(TR_AS(TrNative, d)->flags & (TR_METH_STATIC | TR_METH_CLASS)));
}

/* Fill c for a generic lookup of name on o (of type t, which has generic
 * attribute access).  `want_method` caches unbound plain functions. */
static void fill(TrICache *c, TrValue o, TrType *t, TrStr *name, bool want_method) {
    make_room(c, t);
    c->kind = TR_IC_EMPTY;
    TrValue d = tr_type_lookup(t, name);
    TrType *dt = TR_IS_UNDEF(d) ? NULL : tr_typeof(d);
    if (dt == &tr_member_type) { /* a __slots__ member: its cell in the instance */
        c->kind = TR_IC_SLOT;
        c->index = tr_member_offset(d);
        c->type = t;
        c->epoch = tr_type_epoch;
        return;
    }
    if (dt && dt->descr_set) return; /* other data descriptors: always the slow path */
    TrDict *dict = instance_dict(o, t);
    int64_t ix = dict ? tr_dict_index_str(dict, name) : -1;
    if (ix >= 0) {
        c->kind = TR_IC_INSTANCE;
        c->index = ix;
    } else if (dt && want_method && plain_function(d)) {
        c->kind = TR_IC_METHOD;
        c->value = d;
    } else if (dt && !dt->descr_get) {
        c->kind = TR_IC_CLASSATTR;
        c->value = d;
    } else {
        return;
    }
    c->type = t;
    c->epoch = tr_type_epoch;
}

/* Shared check: same type, no class changed, and (for class-level hits)
 * the instance dict does not shadow the name. */
static inline bool class_hit(TrValue o, TrType *t, TrStr *name) {
    TrDict *dict = instance_dict(o, t);
    return !dict || !dict->t.used || TR_IS_UNDEF(tr_dict_get_str(dict, name));
}

TrValue tr_ic_getattr(TrICache *c, TrValue o, TrStr *name) {
    if (o.tag == TR_TAG_OBJ) {
        TrType *t = o.u.o->type;
        const TrICache *e = entry_for(c, t);
        if (e) {
            if (e->kind == TR_IC_INSTANCE) {
                TrDict *dict = instance_dict(o, t);
                if (dict && entry_is(dict, e->index, name)) return dict->t.entries[e->index].value;
            } else if (e->kind == TR_IC_CLASSATTR && class_hit(o, t, name)) {
                return e->value;
            } else if (e->kind == TR_IC_SLOT) {
                TrValue v = *(TrValue *)((char *)o.u.o + e->index);
                if (!TR_IS_UNDEF(v)) return v; /* unassigned: the slow path raises */
            }
        }
        if (!t->getattr) {
            TrValue v = tr_generic_getattr(o, name);
            if (!TR_IS_UNDEF(v)) fill(c, o, t, name, false);
            return v;
        }
    }
    return tr_getattr(o, name);
}

int tr_ic_setattr(TrICache *c, TrValue o, TrStr *name, TrValue v) {
    if (o.tag == TR_TAG_OBJ) {
        TrType *t = o.u.o->type;
        TrICache *e = entry_for(c, t);
        if (e && e->kind == TR_IC_INSTANCE) {
            TrDict *dict = instance_dict(o, t);
            if (dict && entry_is(dict, e->index, name)) {
                dict->t.entries[e->index].value = v;
                dict->version++;
                return 0;
            }
            /* another instance, typically a new one that __init__ is filling
             * in: the entry was made under this epoch, so the class still has
             * no data descriptor for the name and the store goes to the dict */
            if (dict && !TR_IS_UNDEF(v)) {
                tr_dict_set_str(dict, name, v);
                tr_note_inst_attrs(t, dict);
                return 0;
            }
        }
        if (e && e->kind == TR_IC_SLOT && !TR_IS_UNDEF(v)) {
            *(TrValue *)((char *)o.u.o + e->index) = v;
            return 0;
        }
        if (!t->setattr) {
            if (tr_generic_setattr(o, name, v) < 0) return -1;
            /* cache where it landed, if it is a plain instance attribute */
            make_room(c, t);
            TrValue d = tr_type_lookup(t, name);
            if (!TR_IS_UNDEF(d) && tr_typeof(d) == &tr_member_type) {
                c->kind = TR_IC_SLOT;
                c->index = tr_member_offset(d);
                c->type = t;
                c->epoch = tr_type_epoch;
                return 0;
            }
            if (!TR_IS_UNDEF(d) && tr_typeof(d)->descr_set) return 0;
            TrDict *dict = instance_dict(o, t);
            int64_t ix = dict ? tr_dict_index_str(dict, name) : -1;
            if (ix >= 0) {
                c->kind = TR_IC_INSTANCE;
                c->index = ix;
                c->type = t;
                c->epoch = tr_type_epoch;
            }
            return 0;
        }
    }
    return tr_setattr(o, name, v);
}

int tr_ic_load_method(TrICache *c, TrValue o, TrStr *name, TrValue *out) {
    TrType *t = tr_typeof(o);
    const TrICache *e = TR_IS_OBJ(o) ? entry_for(c, t) : NULL;
    if (e) {
        if (e->kind == TR_IC_METHOD && class_hit(o, t, name)) {
            out[0] = e->value;
            out[1] = o;
            return 0;
        }
        if (e->kind == TR_IC_INSTANCE) {
            TrDict *dict = instance_dict(o, t);
            if (dict && entry_is(dict, e->index, name)) {
                out[0] = dict->t.entries[e->index].value;
                out[1] = tr_undef();
                return 0;
            }
        }
    }
    if (!t->getattr && TR_IS_OBJ(o)) {
        TrValue d = tr_type_lookup(t, name);
        if (!TR_IS_UNDEF(d) && plain_function(d) && class_hit(o, t, name)) {
            out[0] = d;
            out[1] = o;
            fill(c, o, t, name, true);
            return 0;
        }
        TrValue v = tr_generic_getattr(o, name);
        if (TR_IS_UNDEF(v)) return -1;
        fill(c, o, t, name, true);
        if (c->kind != TR_IC_INSTANCE) c->kind = TR_IC_EMPTY; /* bound values are not cached */
        out[0] = v;
        out[1] = tr_undef();
        return 0;
    }
    /* unboxed receivers and types with custom getattr: the generic path */
    if (!t->getattr) {
        TrValue d = tr_type_lookup(t, name);
        if (!TR_IS_UNDEF(d) && plain_function(d)) {
            out[0] = d;
            out[1] = o;
            return 0;
        }
    }
    TrValue v = tr_getattr(o, name);
    if (TR_IS_UNDEF(v)) return -1;
    out[0] = v;
    out[1] = tr_undef();
    return 0;
}

TrValue tr_ic_load_global(TrICache *c, TrDict *globals, TrStr *name) {
    if (c->kind == TR_IC_GLOBAL && c->dict == globals && entry_is(globals, c->index, name))
        return globals->t.entries[c->index].value;
    if (c->kind == TR_IC_BUILTIN && c->dict == globals && c->gver == globals->version &&
        c->bver == tr_builtins_dict->version)
        return c->value;
    int64_t ix = tr_dict_index_str(globals, name);
    if (ix >= 0) {
        c->kind = TR_IC_GLOBAL;
        c->index = ix;
        c->dict = globals;
        return globals->t.entries[ix].value;
    }
    TrValue v = tr_dict_get_str(tr_builtins_dict, name);
    if (TR_IS_UNDEF(v)) return tr_raise_name_error(tr_NameError, "name '%U' is not defined", name);
    c->kind = TR_IC_BUILTIN;
    c->dict = globals;
    c->gver = globals->version;
    c->bver = tr_builtins_dict->version;
    c->value = v;
    return v;
}
