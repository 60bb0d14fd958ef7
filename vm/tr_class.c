/* tr_class.c — user-defined classes: class creation, the data model, super,
 * property, staticmethod and classmethod.
 *
 * A class statement runs its body with a fresh namespace dict and then calls
 * the metaclass (normally `type`) to build a heap type.  Heap types reuse the
 * C slot machinery of built-in types: for every dunder a class in the MRO
 * defines, the matching slot gets a small wrapper that looks the dunder up
 * and calls it (CPython's slot_tp_* functions).  Built-in types go the other
 * way: their C slots are exposed in their dicts as wrapper descriptors
 * (`list.__getitem__`, `object.__init__`) so that `super().__setitem__(...)`
 * and explicit dunder calls work. */
#include <stddef.h>
#include <string.h>

#include "tr_icache.h"
#include "tr_interp.h"

TrValue tr_self_iter(TrValue self);
TrType tr_super_type, tr_staticmethod_type, tr_classmethod_type, tr_property_type;

/* ---- interned dunder names ---------------------------------------------- */

#define TR_DUNDERS(X)                                                                  \
    X(repr) X(str) X(hash) X(bool) X(len) X(getitem) X(setitem) X(delitem) X(contains) \
    X(iter) X(next) X(call) X(getattr) X(setattr) X(delattr) X(neg) X(pos) X(invert)   \
    X(format) X(get) X(set) X(delete) X(init) X(new) X(eq) X(ne) X(lt) X(le) X(gt)     \
    X(ge) X(index) X(set_name) X(init_subclass) X(class) X(abs) X(int) X(float)

enum {
#define TR_DUNDER_ENUM(n) D_##n,
    TR_DUNDERS(TR_DUNDER_ENUM)
#undef TR_DUNDER_ENUM
    D_COUNT
};
static TrStr *dunder[D_COUNT];
static TrStr *binop_dunder[TR_BIN_COUNT], *binop_rdunder[TR_BIN_COUNT], *binop_idunder[TR_BIN_COUNT];
static const int cmp_dunder[] = {D_lt, D_le, D_eq, D_ne, D_gt, D_ge};

/* ---- calling dunders ------------------------------------------------------ */

/* Find `name` on the type of `self`; UNDEF if no class in the MRO has it. */
static TrValue lookup(TrValue self, TrStr *name) { return tr_type_lookup(tr_typeof(self), name); }

/* [first, args[0..n)] on the heap; args may be NULL when n is 0. */
static TrValue *with_first(TrValue first, TrValue *args, int n) {
    TrValue *all = tr_alloc(sizeof(TrValue) * (size_t)(n + 1));
    all[0] = first;
    if (n) memcpy(all + 1, args, sizeof(TrValue) * (size_t)n);
    return all;
}

/* f(first, *args) for a function or native, which copy their arguments
 * (so a small argument array can live on the C stack); keyword values
 * follow args[0..nargs) as in tr_call. */
static TrValue call_prepended(TrValue f, TrValue first, TrValue *args, int nargs, TrTuple *kwnames) {
    int n = nargs + (kwnames ? (int)kwnames->len : 0);
    TrValue buf[8];
    TrValue *all = n + 1 <= 8 ? buf : tr_alloc(sizeof(TrValue) * (size_t)(n + 1));
    all[0] = first;
    if (n) memcpy(all + 1, args, sizeof(TrValue) * (size_t)n); /* args may be NULL */
    return tr_call(f, all, nargs + 1, kwnames);
}

/* Call an attribute found on the type with self bound, without creating a
 * bound-method object for plain functions. */
static TrValue call_found(TrValue f, TrValue self, TrValue *args, int nargs) {
    TrType *ft = tr_typeof(f);
    if (ft == &tr_function_type || ft == &tr_native_type) {
        if (ft == &tr_native_type && (TR_AS(TrNative, f)->flags & TR_METH_STATIC))
            return tr_call(f, args, nargs, NULL);
        return call_prepended(f, self, args, nargs, NULL);
    }
    if (ft->descr_get) {
        TrValue bound = ft->descr_get(f, self, tr_obj(tr_typeof(self)));
        if (TR_IS_UNDEF(bound)) return TR_ERR;
        return tr_call(bound, args, nargs, NULL);
    }
    return tr_call(f, args, nargs, NULL);
}

static TrValue call_dunder(TrValue self, int d, TrValue *args, int nargs) {
    TrValue f = lookup(self, dunder[d]);
    if (TR_IS_UNDEF(f))
        return tr_raise(tr_AttributeError, "'%s' object has no attribute '%U'", tr_type_name(self),
                        dunder[d]);
    return call_found(f, self, args, nargs);
}

/* The nearest built-in (non-heap) type in t's MRO: its slots are the
 * fallbacks when no class defines a dunder. */
static TrType *builtin_base(TrType *t) {
    for (int64_t i = 0; i < t->mro->len; i++) {
        TrType *b = TR_AS(TrType, t->mro->items[i]);
        if (!(b->flags & TR_TF_HEAPTYPE)) return b;
    }
    return &tr_object_type;
}

/* Does a heap class in t's MRO define `name`? */
static bool heap_defines(TrType *t, TrStr *name) {
    for (int64_t i = 0; i < t->mro->len; i++) {
        TrType *b = TR_AS(TrType, t->mro->items[i]);
        if (!(b->flags & TR_TF_HEAPTYPE)) continue;
        if (!TR_IS_UNDEF(tr_dict_get_str(b->dict, name))) return true;
    }
    return false;
}

/* ---- slot wrappers for heap types ---------------------------------------- */

static TrValue slot_repr(TrValue self) { return call_dunder(self, D_repr, NULL, 0); }
static TrValue slot_str(TrValue self) { return call_dunder(self, D_str, NULL, 0); }

static int slot_hash(TrValue self, int64_t *out) {
    TrValue r = call_dunder(self, D_hash, NULL, 0);
    if (TR_IS_UNDEF(r)) return -1;
    if (!tr_is_int(r)) {
        tr_raise(tr_TypeError, "__hash__ method should return an integer");
        return -1;
    }
    if (TR_IS_INT(r) || TR_IS_BOOL(r)) {
        *out = r.u.i == -1 ? -2 : r.u.i;
        return 0;
    }
    return tr_hash(r, out);
}

static TrValue slot_richcmp(TrValue a, TrValue b, int op) {
    TrType *t = tr_typeof(a);
    if (heap_defines(t, dunder[cmp_dunder[op]]))
        return call_dunder(a, cmp_dunder[op], &b, 1);
    if (op == TR_NE && heap_defines(t, dunder[D_eq])) {
        TrValue r = call_dunder(a, D_eq, &b, 1);
        if (TR_IS_UNDEF(r) || TR_IS_NOTIMPL(r)) return r;
        int tv = tr_truth(r);
        return tv < 0 ? TR_ERR : tr_bool(!tv);
    }
    TrType *bb = builtin_base(t);
    if (bb->richcmp && bb->richcmp != slot_richcmp) return bb->richcmp(a, b, op);
    return TR_NOTIMPL;
}

static int64_t slot_len(TrValue self) {
    TrValue r = call_dunder(self, D_len, NULL, 0);
    if (TR_IS_UNDEF(r)) return -1;
    int64_t n;
    if (tr_index_value(r, &n) < 0) return -1; /* CPython's PyNumber_AsSsize_t */
    if (n < 0) {
        tr_raise(tr_ValueError, "__len__() should return >= 0");
        return -1;
    }
    return n;
}

static int slot_truth(TrValue self) {
    TrType *t = tr_typeof(self);
    if (heap_defines(t, dunder[D_bool]) || !heap_defines(t, dunder[D_len])) {
        TrValue f = lookup(self, dunder[D_bool]);
        if (!TR_IS_UNDEF(f)) {
            TrValue r = call_found(f, self, NULL, 0);
            if (TR_IS_UNDEF(r)) return -1;
            if (!TR_IS_BOOL(r)) {
                tr_raise(tr_TypeError, "__bool__ should return bool, returned %s", tr_type_name(r));
                return -1;
            }
            return (int)r.u.i;
        }
    }
    if (!TR_IS_UNDEF(lookup(self, dunder[D_len]))) {
        int64_t n = slot_len(self);
        return n < 0 ? -1 : n != 0;
    }
    return 1;
}

static TrValue slot_getitem(TrValue self, TrValue key) {
    if (heap_defines(tr_typeof(self), dunder[D_getitem])) return call_dunder(self, D_getitem, &key, 1);
    TrType *bb = builtin_base(tr_typeof(self));
    if (bb->getitem) return bb->getitem(self, key);
    return tr_raise(tr_TypeError, "'%s' object is not subscriptable", tr_type_name(self));
}

static int slot_setitem(TrValue self, TrValue key, TrValue v) {
    TrType *t = tr_typeof(self);
    int d = TR_IS_UNDEF(v) ? D_delitem : D_setitem;
    if (heap_defines(t, dunder[d])) {
        TrValue args[2] = {key, v};
        TrValue r = call_dunder(self, d, args, TR_IS_UNDEF(v) ? 1 : 2);
        return TR_IS_UNDEF(r) ? -1 : 0;
    }
    TrType *bb = builtin_base(t);
    if (bb->setitem) return bb->setitem(self, key, v);
    tr_raise(tr_TypeError, TR_IS_UNDEF(v) ? "'%s' object doesn't support item deletion"
                                          : "'%s' object does not support item assignment",
             t->name);
    return -1;
}

static int slot_contains(TrValue self, TrValue x) {
    TrValue r = call_dunder(self, D_contains, &x, 1);
    return TR_IS_UNDEF(r) ? -1 : tr_truth(r);
}

static TrValue slot_iter(TrValue self) {
    TrValue r = call_dunder(self, D_iter, NULL, 0);
    if (TR_IS_UNDEF(r)) return r;
    if (!tr_typeof(r)->next)
        return tr_raise(tr_TypeError, "iter() returned non-iterator of type '%s'", tr_type_name(r));
    return r;
}

static TrValue slot_next(TrValue self) {
    /* StopIteration stays pending: next() re-raises it with its value,
     * and tr_next clears it for loops and the other consumers */
    return call_dunder(self, D_next, NULL, 0);
}

static TrValue slot_call(TrValue self, TrValue *args, int nargs, TrTuple *kwnames) {
    TrValue f = lookup(self, dunder[D_call]);
    if (TR_IS_UNDEF(f)) return tr_raise(tr_TypeError, "'%s' object is not callable", tr_type_name(self));
    if (tr_typeof(f) == &tr_function_type) {
        int nkw = kwnames ? (int)kwnames->len : 0;
        return tr_call(f, with_first(self, args, nargs + nkw), nargs + 1, kwnames);
    }
    TrValue bound = tr_typeof(f)->descr_get ? tr_typeof(f)->descr_get(f, self, tr_obj(tr_typeof(self))) : f;
    if (TR_IS_UNDEF(bound)) return TR_ERR;
    return tr_call(bound, args, nargs, kwnames);
}

static TrValue slot_getattr(TrValue self, TrStr *name) {
    TrType *bb = builtin_base(tr_typeof(self));
    TrValue r = bb->getattr && bb->getattr != slot_getattr ? bb->getattr(self, name)
                                                            : tr_generic_getattr(self, name);
    if (!TR_IS_UNDEF(r) || !tr_exc_matches(tr_AttributeError)) return r;
    TrValue f = lookup(self, dunder[D_getattr]);
    if (TR_IS_UNDEF(f)) return r;
    tr_exc_clear();
    TrValue arg = tr_obj(name);
    return call_found(f, self, &arg, 1);
}

/* __getattribute__ defined in Python: it replaces the generic lookup; an
 * AttributeError from it falls back to __getattr__, as in CPython. */
static TrValue slot_getattribute(TrValue self, TrStr *name) {
    TrValue ga = lookup(self, tr_str_intern("__getattribute__"));
    TrValue arg = tr_obj(name);
    TrValue r = TR_IS_UNDEF(ga) ? tr_generic_getattr(self, name) : call_found(ga, self, &arg, 1);
    if (!TR_IS_UNDEF(r) || !tr_exc_matches(tr_AttributeError)) return r;
    TrValue f = lookup(self, dunder[D_getattr]);
    if (TR_IS_UNDEF(f)) return r;
    tr_exc_clear();
    return call_found(f, self, &arg, 1);
}

static int slot_setattr(TrValue self, TrStr *name, TrValue v) {
    TrType *t = tr_typeof(self);
    int d = TR_IS_UNDEF(v) ? D_delattr : D_setattr;
    if (heap_defines(t, dunder[d])) {
        TrValue args[2] = {tr_obj(name), v};
        TrValue r = call_dunder(self, d, args, TR_IS_UNDEF(v) ? 1 : 2);
        return TR_IS_UNDEF(r) ? -1 : 0;
    }
    TrType *bb = builtin_base(t);
    if (bb->setattr && bb->setattr != slot_setattr) return bb->setattr(self, name, v);
    return tr_generic_setattr(self, name, v);
}

static TrValue slot_binop(int op, TrValue a, TrValue b);

/* b's reflected dunder (or its built-in base's operator when it has none). */
static TrValue reflected_binop(int base, TrValue a, TrValue b) {
    TrValue f = lookup(b, binop_rdunder[base]);
    if (!TR_IS_UNDEF(f)) return call_found(f, b, &a, 1);
    TrType *bb = builtin_base(tr_typeof(b));
    if (bb->binop && bb->binop != slot_binop) return bb->binop(base, a, b);
    return TR_NOTIMPL;
}

/* CPython's SLOT1BINFULL: in-place dunder first, then a subclass operand
 * that overrides the reflected dunder, then a's dunder, then b's reflected. */
static TrValue slot_binop(int op, TrValue a, TrValue b) {
    int base = op & 0xff;
    TrType *ta = tr_typeof(a), *tb = tr_typeof(b);
    bool a_slot = ta->binop == slot_binop, b_slot = tb != ta && tb->binop == slot_binop;
    if (a_slot && (op & TR_BIN_INPLACE)) {
        TrValue f = lookup(a, binop_idunder[base]);
        if (!TR_IS_UNDEF(f)) {
            TrValue r = call_found(f, a, &b, 1);
            if (TR_IS_UNDEF(r) || !TR_IS_NOTIMPL(r)) return r;
        }
    }
    if (a_slot && b_slot && tr_type_is_subtype(tb, ta) &&
        !tr_same(tr_type_lookup(tb, binop_rdunder[base]), tr_type_lookup(ta, binop_rdunder[base]))) {
        TrValue r = reflected_binop(base, a, b);
        if (TR_IS_UNDEF(r) || !TR_IS_NOTIMPL(r)) return r;
        b_slot = false;
    }
    if (a_slot) {
        TrValue f = lookup(a, binop_dunder[base]);
        TrValue r = TR_NOTIMPL;
        if (!TR_IS_UNDEF(f)) {
            r = call_found(f, a, &b, 1);
        } else {
            TrType *bb = builtin_base(ta);
            if (bb->binop && bb->binop != slot_binop) r = bb->binop(op, a, b);
        }
        if (TR_IS_UNDEF(r) || !TR_IS_NOTIMPL(r)) return r;
    }
    if (b_slot) return reflected_binop(base, a, b);
    return TR_NOTIMPL;
}

static TrValue slot_unop(int op, TrValue a) {
    static const int d[] = {D_neg, D_pos, D_invert};
    TrValue f = lookup(a, dunder[d[op]]);
    if (TR_IS_UNDEF(f)) {
        TrType *bb = builtin_base(tr_typeof(a));
        if (bb->unop && bb->unop != slot_unop) return bb->unop(op, a);
        return TR_NOTIMPL;
    }
    return call_found(f, a, NULL, 0);
}

static TrValue slot_format(TrValue self, TrStr *spec) {
    TrValue arg = tr_obj(spec);
    return call_dunder(self, D_format, &arg, 1);
}

static TrValue slot_descr_get(TrValue descr, TrValue obj, TrValue type) {
    TrValue args[2] = {TR_IS_UNDEF(obj) ? tr_none() : obj, TR_IS_UNDEF(type) ? tr_none() : type};
    return call_dunder(descr, D_get, args, 2);
}

static int slot_descr_set(TrValue descr, TrValue obj, TrValue v) {
    TrValue r;
    if (TR_IS_UNDEF(v)) {
        r = call_dunder(descr, D_delete, &obj, 1);
    } else {
        TrValue args[2] = {obj, v};
        r = call_dunder(descr, D_set, args, 2);
    }
    return TR_IS_UNDEF(r) ? -1 : 0;
}

/* ---- instance creation ----------------------------------------------------- */

/* Allocate an instance of heap type t whose built-in base is bb, from an
 * object bb produced: copy its layout into t's larger one. */
static TrValue rehome(TrType *t, TrValue base_obj) {
    if (!TR_IS_OBJ(base_obj)) return base_obj;
    TrObject *o = tr_alloc((size_t)t->basicsize);
    TrType *bt = base_obj.u.o->type;
    size_t n = (size_t)(bt->basicsize ? bt->basicsize : (int32_t)sizeof(TrObject));
    if (n > (size_t)t->basicsize) n = (size_t)t->basicsize;
    memcpy(o, base_obj.u.o, n);
    o->type = t;
    if (t->dictoffset) {
        TrDict **slot = tr_dict_slot((TrObject *)o);
        if (!*slot) *slot = tr_dict_new();
    }
    return tr_obj(o);
}

static bool is_object_native(TrValue f, const char *name) {
    return tr_is_type(f, &tr_native_type) && TR_AS(TrNative, f)->owner == &tr_object_type &&
           !strcmp(TR_AS(TrNative, f)->name, name);
}

/* Built-ins whose constructor allocates instances of a subclass itself:
 * str and tuple (contents inline, cannot be re-homed), int and float
 * (values are unboxed, a subclass instance boxes them), the descriptor wrappers
 * (property, classmethod, staticmethod: a subclass's __init__ fills them
 * through super().__init__) and type (a
 * metaclass's classes are built by tr_type_new with that metaclass). */
static bool self_allocating(TrType *bb) {
    return bb == &tr_str_type || bb == &tr_tuple_type || bb == &tr_type_type || bb == &tr_int_type ||
           bb == &tr_float_type || bb == &tr_property_type || bb == &tr_classmethod_type ||
           bb == &tr_staticmethod_type || (bb->flags & TR_TF_SELF_ALLOC);
}

/* What creating an instance of t needs from its MRO: looked up again only
 * after a class namespace changed (tr_type_epoch), not on every call, which
 * would walk the MRO four times.  Direct-mapped by the type's address. */
typedef struct NewInfo {
    TrType *t;
    uint64_t epoch;
    TrValue newf, initf;
    bool custom_new, custom_init;
} NewInfo;

static const NewInfo *new_info(TrType *t) {
    static NewInfo cache[64];
    NewInfo *e = &cache[((uintptr_t)t >> 6) & 63];
    if (e->t != t || e->epoch != tr_type_epoch) {
        e->newf = tr_type_lookup(t, dunder[D_new]);
        e->initf = tr_type_lookup(t, dunder[D_init]);
        e->custom_new = heap_defines(t, dunder[D_new]);
        e->custom_init = heap_defines(t, dunder[D_init]);
        e->t = t;
        e->epoch = tr_type_epoch;
    }
    return e;
}

static TrValue slot_tp_new(TrType *t, TrValue *args, int nargs, TrTuple *kwnames) {
    /* a copy: __new__ or __init__ may run code that refills the entry */
    const NewInfo info = *new_info(t);
    TrValue newf = info.newf, initf = info.initf;
    bool custom_init = info.custom_init;
    int nkw = kwnames ? (int)kwnames->len : 0;
    TrValue obj;
    if (info.custom_new) {
        TrValue *all = with_first(tr_obj(t), args, nargs + nkw);
        TrValue fn = newf;
        if (tr_typeof(fn)->descr_get && tr_typeof(fn) != &tr_function_type)
            fn = tr_typeof(fn)->descr_get(fn, tr_undef(), tr_obj(t));
        obj = tr_call(fn, all, nargs + 1, kwnames);
    } else {
        TrType *bb = builtin_base(t);
        if (bb == &tr_object_type) {
            if ((nargs || nkw) && !custom_init)
                return tr_raise(tr_TypeError, "%s() takes no arguments", t->name);
            obj = tr_obj(tr_new_instance(t, (size_t)t->basicsize));
        } else {
            bool pass_args = !custom_init || (bb->flags & TR_TF_EXC_SUBCLASS) ||
                             self_allocating(bb);
            /* an exception's args are the positional ones; keywords are for
             * a custom __init__ (BaseException.__new__ ignores them) */
            TrTuple *kw = pass_args && !(custom_init && (bb->flags & TR_TF_EXC_SUBCLASS)) ? kwnames : NULL;
            if (self_allocating(bb)) {
                obj = bb->tp_new(t, args, pass_args ? nargs : 0, kw);
            } else {
                TrValue b = bb->tp_new(bb, args, pass_args ? nargs : 0, kw);
                if (TR_IS_UNDEF(b)) return b;
                obj = rehome(t, b);
            }
        }
    }
    if (TR_IS_UNDEF(obj)) return obj;
    if (!tr_isinstance(obj, t) || TR_IS_UNDEF(initf) || is_object_native(initf, "__init__") ||
        !custom_init)
        return obj;
    TrValue r;
    if (tr_typeof(initf) == &tr_function_type) {
        r = call_prepended(initf, obj, args, nargs, kwnames);
    } else {
        TrValue bound = tr_typeof(initf)->descr_get ? tr_typeof(initf)->descr_get(initf, obj, tr_obj(t)) : initf;
        r = TR_IS_UNDEF(bound) ? bound : tr_call(bound, args, nargs, kwnames);
    }
    if (TR_IS_UNDEF(r)) return r;
    if (!TR_IS_NONE(r))
        return tr_raise(tr_TypeError, "__init__() should return None, not '%s'", tr_type_name(r));
    return obj;
}

/* ---- type creation --------------------------------------------------------- */

/* CPython's message names the heads of the lists still to merge, each
 * once, in the order of the lists. */
static void mro_error(TrTuple **seqs, const int64_t *pos, int n) {
    TrBuf b;
    tr_buf_init(&b, 64);
    for (int i = 0; i < n; i++) {
        if (pos[i] >= seqs[i]->len) continue;
        TrObject *head = seqs[i]->items[pos[i]].u.o;
        bool seen = false;
        for (int j = 0; j < i && !seen; j++)
            seen = pos[j] < seqs[j]->len && seqs[j]->items[pos[j]].u.o == head;
        if (seen) continue;
        if (b.len) tr_buf_puts(&b, ", ");
        tr_buf_puts(&b, ((TrType *)head)->name);
    }
    tr_raise(tr_TypeError, "Cannot create a consistent method resolution\norder (MRO) for bases %U",
             tr_buf_finish(&b));
}

/* C3 linearisation of t's MRO from its bases' MROs. */
static TrTuple *c3_mro(TrType *t, TrTuple *bases) {
    int nb = (int)bases->len;
    for (int i = 0; i < nb; i++)
        for (int j = 0; j < i; j++)
            if (bases->items[i].u.o == bases->items[j].u.o) {
                tr_raise(tr_TypeError, "duplicate base class %s", TR_AS(TrType, bases->items[i])->name);
                return NULL;
            }
    TrTuple **seqs = tr_alloc(sizeof(TrTuple *) * (size_t)(nb + 1));
    int64_t *pos = tr_alloc(sizeof(int64_t) * (size_t)(nb + 1));
    for (int i = 0; i < nb; i++) seqs[i] = TR_AS(TrType, bases->items[i])->mro;
    seqs[nb] = bases;
    TrList *out = tr_list_new(0);
    tr_list_append(out, tr_obj(t));
    for (;;) {
        bool any = false;
        TrValue cand = tr_undef();
        for (int i = 0; i <= nb; i++) {
            if (pos[i] >= seqs[i]->len) continue;
            any = true;
            TrValue c = seqs[i]->items[pos[i]];
            bool in_tail = false;
            for (int j = 0; j <= nb && !in_tail; j++)
                for (int64_t k = pos[j] + 1; k < seqs[j]->len; k++)
                    if (seqs[j]->items[k].u.o == c.u.o) { in_tail = true; break; }
            if (!in_tail) { cand = c; break; }
        }
        if (!any) break;
        if (TR_IS_UNDEF(cand)) {
            mro_error(seqs, pos, nb + 1);
            return NULL;
        }
        tr_list_append(out, cand);
        for (int i = 0; i <= nb; i++)
            if (pos[i] < seqs[i]->len && seqs[i]->items[pos[i]].u.o == cand.u.o) pos[i]++;
    }
    return tr_tuple_from(out->items, out->len);
}

/* Sizes of the built-in types a class may derive from. */
static int32_t layout_size(TrType *bb) {
    if (bb == &tr_object_type) return sizeof(TrInstance);
    if (bb->flags & TR_TF_EXC_SUBCLASS) return sizeof(TrException);
    if (bb == &tr_int_type || bb == &tr_float_type || bb == &tr_property_type || bb == &tr_classmethod_type ||
        bb == &tr_staticmethod_type)
        return bb->basicsize;
    if (bb == &tr_list_type) return sizeof(TrList);
    if (bb == &tr_tuple_type) return sizeof(TrTuple);
    if (bb == &tr_str_type) return sizeof(TrStr);
    if (bb == &tr_dict_type) return sizeof(TrDict);
    if (bb == &tr_set_type || bb == &tr_frozenset_type) return sizeof(TrSet);
    if (bb == &tr_type_type || tr_type_is_subtype(bb, &tr_type_type)) return sizeof(TrType);
    if (bb->flags & TR_TF_SELF_ALLOC) return bb->basicsize;
    return 0;
}

typedef struct SlotDef {
    int dunder;      /* index into dunder[], or -1 for "any binop" */
    size_t offset;   /* offset of the slot in TrType */
    void *wrapper;
} SlotDef;

#define SLOT(d, field, fn) {d, offsetof(TrType, field), (void *)fn}
static const SlotDef slot_defs[] = {
    SLOT(D_repr, repr, slot_repr),         SLOT(D_str, str, slot_str),
    SLOT(D_hash, hash, slot_hash),         SLOT(D_eq, richcmp, slot_richcmp),
    SLOT(D_ne, richcmp, slot_richcmp),     SLOT(D_lt, richcmp, slot_richcmp),
    SLOT(D_le, richcmp, slot_richcmp),     SLOT(D_gt, richcmp, slot_richcmp),
    SLOT(D_ge, richcmp, slot_richcmp),     SLOT(D_bool, truth, slot_truth),
    SLOT(D_len, truth, slot_truth),        SLOT(D_len, len, slot_len),
    SLOT(D_getitem, getitem, slot_getitem), SLOT(D_setitem, setitem, slot_setitem),
    SLOT(D_delitem, setitem, slot_setitem), SLOT(D_contains, contains, slot_contains),
    SLOT(D_iter, iter, slot_iter),         SLOT(D_next, next, slot_next),
    SLOT(D_call, call, slot_call),         SLOT(D_getattr, getattr, slot_getattr),
    SLOT(D_setattr, setattr, slot_setattr), SLOT(D_delattr, setattr, slot_setattr),
    SLOT(D_neg, unop, slot_unop),          SLOT(D_pos, unop, slot_unop),
    SLOT(D_invert, unop, slot_unop),       SLOT(D_format, format, slot_format),
    SLOT(D_get, descr_get, slot_descr_get), SLOT(D_set, descr_set, slot_descr_set),
    SLOT(D_delete, descr_set, slot_descr_set),
};

/* Point the slots at the Python-level dunders the type (or a heap base)
 * defines.  Runs at creation and again when a dunder is assigned to the
 * class later (tr_type_refresh_slots). */
void tr_type_refresh_slots(TrType *t) {
    for (size_t i = 0; i < sizeof slot_defs / sizeof slot_defs[0]; i++) {
        const SlotDef *s = &slot_defs[i];
        if (heap_defines(t, dunder[s->dunder])) *(void **)((char *)t + s->offset) = s->wrapper;
    }
    if (heap_defines(t, tr_str_intern("__getattribute__"))) t->getattr = slot_getattribute;
    for (int op = 0; op < TR_BIN_COUNT; op++)
        if (heap_defines(t, binop_dunder[op]) || heap_defines(t, binop_rdunder[op]) ||
            heap_defines(t, binop_idunder[op]))
            t->binop = slot_binop;
    TrValue h = tr_type_lookup(t, dunder[D_hash]);
    if (TR_IS_NONE(h)) t->hash = NULL;
    else if (heap_defines(t, dunder[D_hash])) t->hash = slot_hash;
}

static void install_slots(TrType *t) {
    tr_type_refresh_slots(t);
    /* __eq__ without __hash__ makes instances unhashable, as in CPython */
    if (!TR_IS_UNDEF(tr_dict_get_str(t->dict, dunder[D_eq])) &&
        TR_IS_UNDEF(tr_dict_get_str(t->dict, dunder[D_hash]))) {
        tr_dict_set_str(t->dict, dunder[D_hash], tr_none());
    }
    TrValue h = tr_type_lookup(t, dunder[D_hash]);
    if (TR_IS_NONE(h)) t->hash = NULL;
}

uint32_t tr_type_new_version(void);

/* The type whose instance layout t's instances share: heap classes that
 * add no slots share their base's; every exception shares BaseException's. */
static TrType *layout_base(TrType *t) {
    while ((t->flags & TR_TF_HEAPTYPE) && !t->nslots) t = t->base;
    if (t->flags & TR_TF_EXC_SUBCLASS && !(t->flags & TR_TF_HEAPTYPE)) return tr_BaseException;
    return t;
}

/* Built-in bases whose instances are variable-sized or boxed by their own
 * constructor: no room for slot values (CPython refuses them too). */
static bool refuses_slots(TrType *bb) {
    return bb == &tr_int_type || bb == &tr_str_type || bb == &tr_tuple_type || bb == &tr_bytes_type ||
           tr_type_is_subtype(bb, &tr_type_type);
}

/* Instance layout: the solid base's, then this class's slot values, then a
 * __dict__ pointer unless __slots__ leaves it out or a base has one. */
static int layout_instances(TrType *t, TrType *solid, TrDict *ns) {
    TrType *bb = builtin_base(t);
    int32_t size = layout_size(bb);
    int32_t s = solid->basicsize > size ? solid->basicsize : size;
    s = (s + 7) & ~7;
    bool want_dict;
    int n = tr_slots_layout(t, ns, s, &want_dict);
    if (n < 0) return -1;
    if (n && refuses_slots(bb)) {
        tr_raise(tr_TypeError, "nonempty __slots__ not supported for subtype of '%s'", bb->name);
        return -1;
    }
    t->nslots = n;
    s += n * (int32_t)sizeof(TrValue);
    t->basicsize = s;
    if (tr_type_is_subtype(bb, &tr_type_type)) {
        t->basicsize = size;
        t->dictoffset = 0;
    } else if (bb == &tr_tuple_type || bb == &tr_str_type) {
        /* inline items/text: the dict pointer follows them (tr_dict_slot) */
        t->basicsize = size + (int32_t)sizeof(TrDict *);
        t->dictoffset = want_dict || solid->dictoffset ? (bb == &tr_tuple_type ? -1 : -2) : 0;
    } else if (solid->dictoffset) {
        t->dictoffset = solid->dictoffset;
    } else if (want_dict) {
        t->dictoffset = s;
        t->basicsize = s + (int32_t)sizeof(TrDict *);
    } else {
        t->dictoffset = 0;
    }
    return 0;
}

TrValue tr_type_new(TrType *meta, TrStr *name, TrTuple *bases, TrDict *ns) {
    if (bases->len == 0) {
        TrValue o = tr_obj(&tr_object_type);
        bases = tr_tuple_from(&o, 1);
    }
    TrType *solid = NULL;
    for (int64_t i = 0; i < bases->len; i++) {
        TrValue b = bases->items[i];
        if (!TR_IS_OBJ(b) || !tr_isinstance(b, &tr_type_type))
            return tr_raise(tr_TypeError, "bases must be types");
        TrType *bt = TR_AS(TrType, b);
        if (!(bt->flags & TR_TF_BASETYPE))
            return tr_raise(tr_TypeError, "type '%s' is not an acceptable base type", bt->name);
        TrType *bb = builtin_base(bt);
        if (layout_size(bb) == 0)
            return tr_raise(tr_TypeError, "Tauraro does not support subclassing '%s' yet", bb->name);
        if (!solid) {
            solid = bt;
            continue;
        }
        /* the most derived layout wins; unrelated layouts cannot be merged */
        TrType *lb = layout_base(bt), *ls = layout_base(solid);
        if (tr_type_is_subtype(lb, ls)) {
            if (lb != ls) solid = bt;
        } else if (!tr_type_is_subtype(ls, lb)) {
            return tr_raise(tr_TypeError, "multiple bases have instance lay-out conflict");
        }
    }
    /* a C metaclass may keep per-class data after the TrType (ctypes) */
    size_t tsize = sizeof(TrType) + 16;
    if (meta->basicsize > (int32_t)tsize) tsize = (size_t)meta->basicsize;
    TrType *t = tr_alloc(tsize);
    t->ob.type = meta;
    size_t nlen = (size_t)name->len;
    char *cname = tr_alloc_atomic(nlen + 1);
    memcpy(cname, name->data, nlen);
    t->name = cname;
    t->name_str = tr_str_intern_str(name);
    t->base = solid;
    t->bases = bases;
    t->flags = TR_TF_HEAPTYPE | TR_TF_BASETYPE | (solid->flags & ~(TR_TF_HEAPTYPE));
    t->dict = tr_dict_new();
    tr_dict_watch(t->dict);
    if (tr_dict_update(t->dict, tr_obj(ns)) < 0) return TR_ERR;
    /* the class body's __class__ cell (zero-argument super) */
    TrValue cell = tr_dict_get_cstr(t->dict, "__classcell__");
    if (!TR_IS_UNDEF(cell)) {
        if (tr_is_type(cell, &tr_cell_type)) TR_AS(TrCell, cell)->v = tr_obj(t);
        tr_dict_del(t->dict, tr_obj(tr_str_intern("__classcell__")));
    }
    /* __init_subclass__ and __class_getitem__ are implicit classmethods */
    static const char *const implicit_cm[] = {"__init_subclass__", "__class_getitem__"};
    for (int i = 0; i < 2; i++) {
        TrValue f = tr_dict_get_cstr(t->dict, implicit_cm[i]);
        if (tr_is_type(f, &tr_function_type))
            tr_dict_set_str(t->dict, tr_str_intern(implicit_cm[i]), tr_call1(tr_obj(&tr_classmethod_type), f));
    }
    t->mro = c3_mro(t, bases);
    if (!t->mro) return TR_ERR;
    if (layout_instances(t, solid, ns) < 0) return TR_ERR;
    /* inherit every slot from the solid base, then wrap defined dunders */
    TrType *from = solid;
#define COPY(slot) t->slot = from->slot;
    COPY(repr) COPY(str) COPY(hash) COPY(richcmp) COPY(truth) COPY(len) COPY(getitem)
    COPY(setitem) COPY(contains) COPY(iter) COPY(next) COPY(call) COPY(getattr) COPY(setattr)
    COPY(binop) COPY(unop) COPY(descr_get) COPY(descr_set) COPY(format)
#undef COPY
    t->tp_new = slot_tp_new;
    install_slots(t);
    t->version = tr_type_new_version();
    /* __set_name__ on descriptors, then __init_subclass__ of the parent */
    int64_t it = 0;
    TrValue k, v;
    while (tr_dict_next(t->dict, &it, &k, &v)) {
        TrValue sn = lookup(v, dunder[D_set_name]);
        if (TR_IS_UNDEF(sn) || !TR_IS_OBJ(v) || tr_typeof(v)->flags == 0) continue;
        TrValue args[2] = {tr_obj(t), k};
        if (TR_IS_UNDEF(call_found(sn, v, args, 2))) return TR_ERR;
    }
    return tr_obj(t);
}

/* Call __init_subclass__ of the nearest base that defines it in Python. */
static int init_subclass(TrType *t, TrValue *kwvals, TrTuple *kwnames) {
    for (int64_t i = 1; i < t->mro->len; i++) {
        TrType *b = TR_AS(TrType, t->mro->items[i]);
        if (!(b->flags & TR_TF_HEAPTYPE)) continue;
        TrValue f = tr_dict_get_str(b->dict, dunder[D_init_subclass]);
        if (TR_IS_UNDEF(f)) continue;
        TrValue bound = tr_typeof(f)->descr_get ? tr_typeof(f)->descr_get(f, tr_undef(), tr_obj(t)) : f;
        if (tr_typeof(f) == &tr_function_type) bound = tr_method_new(f, tr_obj(t));
        TrValue r = tr_call(bound, kwvals, 0, kwnames);
        return TR_IS_UNDEF(r) ? -1 : 0;
    }
    if (kwnames && kwnames->len) {
        tr_raise(tr_TypeError, "%s.__init_subclass__() takes no keyword arguments", t->name);
        return -1;
    }
    return 0;
}

/* The class body's namespace: metaclass.__prepare__(name, bases, **kw)
 * when the metaclass defines one, else a new dict.  It may be a dict
 * subclass, whose __setitem__/__getitem__ the body's name operations use. */
static TrDict *prepare_namespace(TrValue meta, TrStr *name, TrTuple *bases, TrValue *kwvals, TrTuple *kwnames) {
    TrValue prep = tr_same(meta, tr_obj(&tr_type_type)) ? tr_undef() : tr_getattr_opt(meta, tr_str_intern("__prepare__"));
    if (TR_IS_UNDEF(prep)) return tr_exc_pending() ? NULL : tr_dict_new();
    int nkw = kwnames ? (int)kwnames->len : 0;
    TrValue *args = tr_alloc(sizeof(TrValue) * (size_t)(2 + nkw));
    args[0] = tr_obj(name);
    args[1] = tr_obj(bases);
    if (nkw) memcpy(args + 2, kwvals, sizeof(TrValue) * (size_t)nkw);
    TrValue ns = tr_call(prep, args, 2, kwnames);
    if (TR_IS_UNDEF(ns)) return NULL;
    if (!TR_IS_OBJ(ns) || !tr_isinstance(ns, &tr_dict_type)) {
        tr_raise(tr_TypeError, "%s.__prepare__() must return a mapping, not %s",
                 TR_IS_OBJ(meta) && tr_isinstance(meta, &tr_type_type) ? TR_AS(TrType, meta)->name : "<metaclass>",
                 tr_type_name(ns));
        return NULL;
    }
    return TR_AS(TrDict, ns);
}

/* type.__prepare__(name, bases, **kw): a new dict. */
static TrValue type_dunder_prepare(TrValue *args, int nargs, TrTuple *kwnames) {
    (void)args; (void)nargs; (void)kwnames;
    return tr_obj(tr_dict_new());
}

/* The most derived metaclass of meta and the bases' types (CPython's
 * _PyType_CalculateMetaclass); NULL with TypeError when they conflict. */
static TrType *calculate_meta(TrType *meta, TrTuple *bases) {
    TrType *winner = meta;
    for (int64_t i = 0; i < bases->len; i++) {
        TrType *bm = tr_typeof(bases->items[i]);
        if (tr_type_is_subtype(winner, bm)) continue;
        if (tr_type_is_subtype(bm, winner)) {
            winner = bm;
            continue;
        }
        tr_raise(tr_TypeError, "metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                               "subclass of the metaclasses of all its bases");
        return NULL;
    }
    return winner;
}

/* __build_class__(body, name, *bases, metaclass=None, **kw) */
static TrValue builtin_build_class(TrValue *args, int nargs, TrTuple *kwnames) {
    if (nargs < 2 || !tr_is_type(args[0], &tr_function_type) || !tr_is_type(args[1], &tr_str_type))
        return tr_raise(tr_TypeError, "__build_class__: bad arguments");
    TrFunction *body = TR_AS(TrFunction, args[0]);
    TrStr *name = TR_AS(TrStr, args[1]);
    TrTuple *bases = tr_tuple_from(args + 2, nargs - 2);
    TrValue meta = tr_undef();
    int nkw = kwnames ? (int)kwnames->len : 0;
    TrValue *kwvals = tr_alloc(sizeof(TrValue) * (size_t)(nkw + 1));
    TrTuple *rest = tr_tuple_new(nkw);
    int nrest = 0;
    for (int i = 0; i < nkw; i++) {
        TrStr *k = TR_AS(TrStr, kwnames->items[i]);
        if (!strcmp(k->data, "metaclass")) meta = args[nargs + i];
        else {
            rest->items[nrest] = kwnames->items[i];
            kwvals[nrest++] = args[nargs + i];
        }
    }
    rest->len = nrest;
    if (TR_IS_UNDEF(meta)) meta = tr_obj(bases->len ? tr_typeof(bases->items[0]) : &tr_type_type);
    if (TR_IS_OBJ(meta) && tr_isinstance(meta, &tr_type_type)) {
        TrType *winner = calculate_meta(TR_AS(TrType, meta), bases);
        if (!winner) return TR_ERR;
        meta = tr_obj(winner);
    }
    TrDict *ns = prepare_namespace(meta, name, bases, kwvals, nrest ? rest : NULL);
    if (!ns) return TR_ERR;
    TrValue cell = tr_run_class_body(body, ns);
    if (TR_IS_UNDEF(cell)) return TR_ERR;
    /* the __class__ cell travels in the namespace; type.__new__ fills it */
    if (tr_is_type(cell, &tr_cell_type)) tr_dict_set_str(ns, tr_str_intern("__classcell__"), cell);
    TrValue cls;
    if (meta.tag == TR_TAG_OBJ && meta.u.o == (TrObject *)&tr_type_type) {
        cls = tr_type_new(TR_AS(TrType, meta), name, bases, ns);
        if (TR_IS_UNDEF(cls) || init_subclass(TR_AS(TrType, cls), kwvals, nrest ? rest : NULL) < 0)
            return TR_ERR;
    } else {
        /* meta(name, bases, ns, **kw); type.__new__ calls __init_subclass__ */
        TrValue *margs = tr_alloc(sizeof(TrValue) * (size_t)(3 + nrest));
        margs[0] = tr_obj(name);
        margs[1] = tr_obj(bases);
        margs[2] = tr_obj(ns);
        if (nrest) memcpy(margs + 3, kwvals, sizeof(TrValue) * (size_t)nrest);
        cls = tr_call(meta, margs, 3, nrest ? rest : NULL);
    }
    if (TR_IS_UNDEF(cls)) return cls;
    if (tr_is_type(cell, &tr_cell_type) && TR_IS_UNDEF(TR_AS(TrCell, cell)->v)) TR_AS(TrCell, cell)->v = cls;
    return cls;
}

/* type(name, bases, dict) and type.__new__(meta, name, bases, dict) */
static TrValue type_tp_new(TrType *meta, TrValue *args, int nargs, TrTuple *kwnames);

/* type.__new__(meta, name, bases, ns, **kw): the class, then the parent's
 * __init_subclass__(**kw).  Keyword values follow args[0..nargs). */
static TrValue type_new3(TrType *meta, TrValue *args, int nargs, TrTuple *kwnames) {
    if (nargs != 3) return tr_raise(tr_TypeError, "type() takes 1 or 3 arguments");
    static TrType *const want[3] = {&tr_str_type, &tr_tuple_type, &tr_dict_type};
    for (int i = 0; i < 3; i++)
        if (!tr_isinstance(args[i], want[i]))
            return tr_raise(tr_TypeError, "type.__new__() argument %d must be %s, not %s", i + 1,
                            want[i]->name, tr_type_name(args[i]));
    /* a copy of the namespace, with __module__ from the caller's globals as a
     * class statement has it */
    TrDict *ns = tr_dict_new();
    if (tr_dict_update(ns, args[2]) < 0) return TR_ERR;
    if (TR_IS_UNDEF(tr_dict_get_cstr(ns, "__module__")) && tr_ts.frame) {
        TrValue mod = tr_dict_get_cstr(tr_ts.frame->globals, "__name__");
        if (!TR_IS_UNDEF(mod)) tr_dict_set_str(ns, tr_str_intern("__module__"), mod);
    }
    TrType *winner = calculate_meta(meta, TR_AS(TrTuple, args[1]));
    if (!winner) return TR_ERR;
    /* a more derived metaclass of the bases takes over, as in CPython: a
     * class statement's with its __new__, or a C metaclass (ctypes') with
     * its own tp_new */
    if (winner != meta && heap_defines(winner, dunder[D_new])) return tr_call(tr_obj(winner), args, nargs, kwnames);
    if (winner != meta && !(winner->flags & TR_TF_HEAPTYPE) && winner->tp_new && winner->tp_new != type_tp_new)
        return winner->tp_new(winner, args, nargs, kwnames);
    TrValue t = tr_type_new(winner, TR_AS(TrStr, args[0]), TR_AS(TrTuple, args[1]), ns);
    if (TR_IS_UNDEF(t) || init_subclass(TR_AS(TrType, t), args + nargs, kwnames) < 0) return TR_ERR;
    return t;
}

static TrValue type_tp_new(TrType *meta, TrValue *args, int nargs, TrTuple *kwnames) {
    if (meta == &tr_type_type && nargs == 1 && !kwnames) return tr_obj(tr_typeof(args[0]));
    return type_new3(meta, args, nargs, kwnames);
}

static TrValue type_dunder_new(TrValue *args, int nargs, TrTuple *kwnames) {
    if (nargs < 1 || !tr_isinstance(args[0], &tr_type_type))
        return tr_raise(tr_TypeError, "type.__new__(X): X is not a type object");
    return type_new3(TR_AS(TrType, args[0]), args + 1, nargs - 1, kwnames);
}

/* type.__call__(cls, *args): what a metaclass's __call__ reaches through
 * super() — create with cls's __new__, then run __init__. */
static TrValue type_dunder_call(TrValue *args, int nargs, TrTuple *kwnames) {
    if (nargs < 1 || !tr_isinstance(args[0], &tr_type_type))
        return tr_raise(tr_TypeError, "descriptor '__call__' requires a 'type' object");
    TrType *t = TR_AS(TrType, args[0]);
    if (!t->tp_new) return tr_raise(tr_TypeError, "cannot create '%s' instances", t->name);
    return t->tp_new(t, args + 1, nargs - 1, kwnames);
}

static TrValue type_dunder_init(TrValue *args, int nargs, TrTuple *kwnames) {
    (void)args; (void)nargs; (void)kwnames;
    return tr_none();
}

/* ---- object's methods ------------------------------------------------------ */

static TrValue object_dunder_new(TrValue *args, int nargs, TrTuple *kwnames) {
    (void)kwnames;
    if (nargs < 1) return tr_raise(tr_TypeError, "object.__new__(): not enough arguments");
    if (!tr_isinstance(args[0], &tr_type_type))
        return tr_raise(tr_TypeError, "object.__new__(X): X is not a type object (%s)", tr_type_name(args[0]));
    TrType *t = TR_AS(TrType, args[0]);
    TrType *bb = builtin_base(t);
    if (self_allocating(bb)) return bb->tp_new(t, NULL, 0, NULL);
    if (bb != &tr_object_type && !bb->tp_new)
        return tr_raise(tr_TypeError, "object.__new__(%s) is not safe, use %s.__new__()", t->name,
                        bb->name);
    if (bb != &tr_object_type) {
        TrValue b = bb->tp_new(bb, NULL, 0, NULL);
        return TR_IS_UNDEF(b) ? b : rehome(t, b);
    }
    return tr_obj(tr_new_instance(t, t->basicsize ? (size_t)t->basicsize : sizeof(TrInstance)));
}

static TrValue object_dunder_init(TrValue *args, int nargs, TrTuple *kwnames) {
    if (nargs > 1 || (kwnames && kwnames->len)) {
        TrType *t = tr_typeof(args[0]);
        if (!heap_defines(t, dunder[D_new]) || heap_defines(t, dunder[D_init]))
            return tr_raise(tr_TypeError,
                            "object.__init__() takes exactly one argument (the instance to initialize)");
    }
    return tr_none();
}

static TrValue object_dunder_setattr(TrValue *args, int nargs, TrTuple *kwnames) {
    if (tr_check_args("__setattr__", nargs, kwnames, 3, 3) < 0) return TR_ERR;
    if (!tr_is_type(args[1], &tr_str_type))
        return tr_raise(tr_TypeError, "attribute name must be string, not '%s'", tr_type_name(args[1]));
    return tr_generic_setattr(args[0], TR_AS(TrStr, args[1]), args[2]) < 0 ? TR_ERR : tr_none();
}

static TrValue object_dunder_delattr(TrValue *args, int nargs, TrTuple *kwnames) {
    if (tr_check_args("__delattr__", nargs, kwnames, 2, 2) < 0) return TR_ERR;
    if (!tr_is_type(args[1], &tr_str_type))
        return tr_raise(tr_TypeError, "attribute name must be string, not '%s'", tr_type_name(args[1]));
    return tr_generic_setattr(args[0], TR_AS(TrStr, args[1]), tr_undef()) < 0 ? TR_ERR : tr_none();
}

static TrValue object_dunder_getattribute(TrValue *args, int nargs, TrTuple *kwnames) {
    if (tr_check_args("__getattribute__", nargs, kwnames, 2, 2) < 0) return TR_ERR;
    if (!tr_is_type(args[1], &tr_str_type))
        return tr_raise(tr_TypeError, "attribute name must be string, not '%s'", tr_type_name(args[1]));
    return tr_generic_getattr(args[0], TR_AS(TrStr, args[1]));
}

static TrValue object_dunder_init_subclass(TrValue *args, int nargs, TrTuple *kwnames) {
    (void)args; (void)nargs;
    if (kwnames && kwnames->len) return tr_raise(tr_TypeError, "__init_subclass__() takes no keyword arguments");
    return tr_none();
}

static TrValue object_dunder_format(TrValue *args, int nargs, TrTuple *kwnames) {
    if (tr_check_args("__format__", nargs, kwnames, 2, 2) < 0) return TR_ERR;
    if (!tr_is_type(args[1], &tr_str_type) || TR_AS(TrStr, args[1])->len)
        return tr_raise(tr_TypeError, "unsupported format string passed to %s.__format__",
                        tr_type_name(args[0]));
    TrStr *s = tr_to_str(args[0]);
    return s ? tr_obj(s) : TR_ERR;
}

/* object.__str__ is repr(self): the repr of the object's own type. */
static TrValue object_dunder_str(TrValue *args, int nargs, TrTuple *kwnames) {
    if (tr_check_args("__str__", nargs, kwnames, 1, 1) < 0) return TR_ERR;
    TrStr *s = tr_repr(args[0]);
    return s ? tr_obj(s) : TR_ERR;
}

static TrValue object_dunder_reduce(TrValue *args, int nargs, TrTuple *kwnames) {
    (void)args; (void)nargs; (void)kwnames;
    return tr_raise(tr_TypeError, "cannot pickle objects in Tauraro");
}

static TrValue object_dunder_dir(TrValue *args, int nargs, TrTuple *kwnames) {
    if (tr_check_args("__dir__", nargs, kwnames, 1, 1) < 0) return TR_ERR;
    TrSet *names = tr_set_new(&tr_set_type);
    TrType *t = tr_typeof(args[0]);
    for (int64_t i = 0; i < t->mro->len; i++) {
        TrType *b = TR_AS(TrType, t->mro->items[i]);
        int64_t it = 0;
        TrValue k, v;
        while (b->dict && tr_dict_next(b->dict, &it, &k, &v)) tr_set_add(names, k);
    }
    if (t->dictoffset && TR_IS_OBJ(args[0])) {
        TrDict *d = *tr_dict_slot(args[0].u.o);
        int64_t it = 0;
        TrValue k, v;
        while (d && tr_dict_next(d, &it, &k, &v)) tr_set_add(names, k);
    }
    TrList *l = tr_list_of(tr_obj(names));
    return l ? tr_obj(l) : TR_ERR;
}

static const TrMethodDef object_methods[] = {
    {"__new__", object_dunder_new, TR_METH_STATIC},
    {"__init__", object_dunder_init, 0},
    {"__setattr__", object_dunder_setattr, 0},
    {"__delattr__", object_dunder_delattr, 0},
    {"__getattribute__", object_dunder_getattribute, 0},
    {"__init_subclass__", object_dunder_init_subclass, TR_METH_CLASS},
    {"__format__", object_dunder_format, 0},
    {"__str__", object_dunder_str, 0},
    {"__reduce_ex__", object_dunder_reduce, 0},
    {"__dir__", object_dunder_dir, 0},
    {NULL, NULL, 0},
};

/* BaseException.__init__ sets args; list/dict/set __init__ refill in place. */
static TrValue exc_dunder_init(TrValue *args, int nargs, TrTuple *kwnames) {
    (void)kwnames;
    tr_exc_set_args(args[0], tr_tuple_from(args + 1, nargs - 1));
    return tr_none();
}

static TrValue list_dunder_init(TrValue *args, int nargs, TrTuple *kwnames) {
    if (tr_check_args("list", nargs, kwnames, 1, 2) < 0) return TR_ERR;
    TrList *l = TR_AS(TrList, args[0]);
    l->len = 0;
    if (nargs == 2 && tr_list_extend(l, args[1]) < 0) return TR_ERR;
    return tr_none();
}

static TrValue dict_dunder_init(TrValue *args, int nargs, TrTuple *kwnames) {
    TrDict *d = TR_AS(TrDict, args[0]);
    if (nargs > 2) return tr_raise(tr_TypeError, "dict expected at most 1 argument, got %d", nargs - 1);
    if (nargs == 2 && tr_dict_update(d, args[1]) < 0) return TR_ERR;
    for (int i = 0; kwnames && i < kwnames->len; i++)
        if (tr_dict_set(d, kwnames->items[i], args[nargs + i]) < 0) return TR_ERR;
    return tr_none();
}

static TrValue set_dunder_init(TrValue *args, int nargs, TrTuple *kwnames) {
    if (tr_check_args("set", nargs, kwnames, 1, 2) < 0) return TR_ERR;
    if (nargs == 2 && tr_set_update(TR_AS(TrSet, args[0]), args[1]) < 0) return TR_ERR;
    return tr_none();
}

/* ---- super ------------------------------------------------------------------ */

typedef struct TrSuper {
    TrObject ob;
    TrType *type;     /* search starts after this class */
    TrValue obj;      /* instance or class */
    TrType *obj_type;
} TrSuper;

static TrValue super_getattr(TrValue self, TrStr *name) {
    TrSuper *s = TR_AS(TrSuper, self);
    if (!strcmp(name->data, "__class__")) return tr_obj(tr_typeof(self));
    TrTuple *mro = s->obj_type->mro;
    int64_t i = 0;
    while (i < mro->len && mro->items[i].u.o != (TrObject *)s->type) i++;
    for (i++; i < mro->len; i++) {
        TrType *b = TR_AS(TrType, mro->items[i]);
        if (!b->dict) continue;
        TrValue v = tr_dict_get_str(b->dict, name);
        if (TR_IS_UNDEF(v)) continue;
        TrType *vt = tr_typeof(v);
        if (vt->descr_get) {
            bool obj_is_type = tr_is_type(s->obj, &tr_type_type) || s->obj.u.o == (TrObject *)s->obj_type;
            return vt->descr_get(v, obj_is_type ? tr_undef() : s->obj, tr_obj(s->obj_type));
        }
        return v;
    }
    return tr_raise(tr_AttributeError, "'super' object has no attribute '%U'", name);
}

static TrValue super_repr(TrValue self) {
    TrSuper *s = TR_AS(TrSuper, self);
    return tr_obj(tr_str_format("<super: <class '%s'>, <%s object>>", s->type->name, s->obj_type->name));
}

static TrValue super_new(TrType *t, TrValue *args, int nargs, TrTuple *kwnames) {
    (void)t;
    if (kwnames && kwnames->len) return tr_raise(tr_TypeError, "super() takes no keyword arguments");
    TrValue type, obj;
    if (nargs == 0) {
        TrFrame *f = tr_ts.frame;
        if (!f || !f->func || f->code->argcount + (f->code->flags & TR_CO_VARARGS ? 1 : 0) == 0)
            return tr_raise(tr_RuntimeError, "super(): no arguments");
        obj = f->regs[0];
        if (tr_is_type(obj, &tr_cell_type)) obj = TR_AS(TrCell, obj)->v;
        if (TR_IS_UNDEF(obj)) return tr_raise(tr_RuntimeError, "super(): arg[0] deleted");
        type = tr_undef();
        for (int i = 0; i < f->code->nfree; i++) {
            TrStr *n = f->code->varnames[f->code->freestart + i];
            if (n->len == 9 && !memcmp(n->data, "__class__", 9)) {
                TrValue cell = f->regs[f->code->freestart + i];
                if (tr_is_type(cell, &tr_cell_type)) type = TR_AS(TrCell, cell)->v;
            }
        }
        if (TR_IS_UNDEF(type)) return tr_raise(tr_RuntimeError, "super(): __class__ cell not found");
    } else if (nargs == 2) {
        type = args[0];
        obj = args[1];
    } else {
        return tr_raise(tr_TypeError, "super() takes 0 or 2 arguments");
    }
    if (!tr_isinstance(type, &tr_type_type))
        return tr_raise(tr_TypeError, "super() argument 1 must be a type, not %s", tr_type_name(type));
    TrType *ty = TR_AS(TrType, type);
    TrType *ot;
    if (tr_isinstance(obj, &tr_type_type) && tr_type_is_subtype(TR_AS(TrType, obj), ty)) ot = TR_AS(TrType, obj);
    else if (tr_isinstance(obj, ty)) ot = tr_typeof(obj);
    else return tr_raise(tr_TypeError, "super(type, obj): obj must be an instance or subtype of type");
    TrSuper *s = tr_new_object(&tr_super_type, sizeof(TrSuper));
    s->type = ty;
    s->obj = obj;
    s->obj_type = ot;
    return tr_obj(s);
}

TrType tr_super_type = {
    .ob = {&tr_type_type},
    .name = "super",
    .repr = super_repr,
    .getattr = super_getattr,
    .tp_new = super_new,
};

/* ---- staticmethod / classmethod --------------------------------------------- */

typedef struct TrWrapFunc {
    TrObject ob;
    TrDict *dict;
    TrValue func;
} TrWrapFunc;

/* Is t the built-in type itself, or a subclass that leaves __init__ to it
 * (then tp_new takes the constructor's arguments as the built-in does)? */
static bool is_builtin_type(TrType *t) { return !(t->flags & TR_TF_HEAPTYPE); }
static bool inits_like_builtin(TrType *t) { return is_builtin_type(t) || !heap_defines(t, dunder[D_init]); }

/* An instance of a subclass of a descriptor wrapper: its own size and
 * __dict__; the fields are set by __init__. */
static void *new_wrapper_instance(TrType *t, size_t base_size) {
    if (is_builtin_type(t)) return tr_new_object(t, base_size);
    return tr_new_instance(t, (size_t)t->basicsize);
}

/* classmethod(f) / staticmethod(f): PyArg_UnpackTuple's messages. */
static int wrapfunc_arity(TrType *t, int nargs, TrTuple *kwnames) {
    while (!is_builtin_type(t)) t = t->base;
    if (kwnames && kwnames->len) {
        tr_raise(tr_TypeError, "%s() takes no keyword arguments", t->name);
        return -1;
    }
    if (nargs == 1) return 0;
    tr_raise(tr_TypeError, "%s expected 1 argument, got %d", t->name, nargs);
    return -1;
}

static TrValue wrapfunc_new(TrType *t, TrValue *args, int nargs, TrTuple *kwnames) {
    if (inits_like_builtin(t) && wrapfunc_arity(t, nargs, kwnames) < 0) return TR_ERR;
    TrWrapFunc *w = new_wrapper_instance(t, sizeof(TrWrapFunc));
    w->func = nargs ? args[0] : tr_none();
    if (!w->dict) w->dict = tr_dict_new();
    return tr_obj(w);
}

/* classmethod.__init__ / staticmethod.__init__ (callable) */
static TrValue wrapfunc_dunder_init(TrValue *args, int nargs, TrTuple *kwnames) {
    if (wrapfunc_arity(tr_typeof(args[0]), nargs - 1, kwnames) < 0) return TR_ERR;
    TR_AS(TrWrapFunc, args[0])->func = args[1];
    return tr_none();
}

static TrValue staticmethod_get(TrValue descr, TrValue obj, TrValue type) {
    (void)obj; (void)type;
    return TR_AS(TrWrapFunc, descr)->func;
}

static TrValue classmethod_get(TrValue descr, TrValue obj, TrValue type) {
    TrValue cls = TR_IS_UNDEF(type) || TR_IS_NONE(type) ? tr_obj(tr_typeof(obj)) : type;
    return tr_method_new(TR_AS(TrWrapFunc, descr)->func, cls);
}

static TrValue staticmethod_call(TrValue self, TrValue *args, int nargs, TrTuple *kwnames) {
    return tr_call(TR_AS(TrWrapFunc, self)->func, args, nargs, kwnames);
}

/* __isabstractmethod__ of a wrapper: true when a wrapped function has it
 * (abc.abstractmethod under @property, @staticmethod, @classmethod). */
static TrValue is_abstract_any(const TrValue *fns, int n) {
    for (int i = 0; i < n; i++) {
        if (TR_IS_UNDEF(fns[i]) || TR_IS_NONE(fns[i])) continue;
        TrValue v = tr_getattr_opt(fns[i], tr_str_intern("__isabstractmethod__"));
        if (TR_IS_UNDEF(v)) {
            if (tr_exc_pending()) return TR_ERR;
            continue;
        }
        int t = tr_truth(v);
        if (t < 0) return TR_ERR;
        if (t) return tr_bool(true);
    }
    return tr_bool(false);
}

static TrValue wrapfunc_getattr(TrValue self, TrStr *name) {
    TrWrapFunc *w = TR_AS(TrWrapFunc, self);
    if (!strcmp(name->data, "__func__") || !strcmp(name->data, "__wrapped__")) return w->func;
    if (!strcmp(name->data, "__isabstractmethod__")) return is_abstract_any(&w->func, 1);
    if (!strcmp(name->data, "__name__") || !strcmp(name->data, "__qualname__") ||
        !strcmp(name->data, "__doc__"))
        return tr_getattr(w->func, name);
    return tr_generic_getattr(self, name);
}

TrType tr_staticmethod_type = {
    .ob = {&tr_type_type},
    .name = "staticmethod",
    .flags = TR_TF_BASETYPE,
    .tp_new = wrapfunc_new,
    .descr_get = staticmethod_get,
    .call = staticmethod_call,
    .getattr = wrapfunc_getattr,
    .dictoffset = offsetof(TrWrapFunc, dict),
    .basicsize = sizeof(TrWrapFunc),
};

static const TrMethodDef wrapfunc_methods[] = {
    {"__init__", wrapfunc_dunder_init, 0},
    {NULL, NULL, 0},
};

TrType tr_classmethod_type = {
    .ob = {&tr_type_type},
    .name = "classmethod",
    .flags = TR_TF_BASETYPE,
    .tp_new = wrapfunc_new,
    .descr_get = classmethod_get,
    .getattr = wrapfunc_getattr,
    .dictoffset = offsetof(TrWrapFunc, dict),
    .basicsize = sizeof(TrWrapFunc),
};

/* ---- property ------------------------------------------------------------------- */

typedef struct TrProperty {
    TrObject ob;
    TrDict *dict;
    TrValue fget, fset, fdel, doc;
    TrValue name;
} TrProperty;

static TrValue property_name_of(TrProperty *p) {
    if (!TR_IS_NONE(p->name)) return p->name;
    if (!TR_IS_NONE(p->fget)) {
        TrValue n = tr_getattr_opt(p->fget, tr_str_intern("__name__"));
        if (!TR_IS_UNDEF(n)) return n;
        tr_exc_clear();
    }
    return tr_str_value("?");
}

/* property(fget=None, fset=None, fdel=None, doc=None), also as __init__. */
static int property_fill(TrProperty *p, TrValue *args, int nargs, TrTuple *kwnames) {
    TrValue fget, fset, fdel, doc;
    TrValue *outs[] = {&fget, &fset, &fdel, &doc};
    if (tr_parse_args("property", args, nargs, kwnames, "|fget,fset,fdel,doc", outs) < 0) return -1;
    p->fget = TR_IS_UNDEF(fget) ? tr_none() : fget;
    p->fset = TR_IS_UNDEF(fset) ? tr_none() : fset;
    p->fdel = TR_IS_UNDEF(fdel) ? tr_none() : fdel;
    p->doc = tr_none();
    if (!TR_IS_UNDEF(doc)) p->doc = doc;
    else if (!TR_IS_NONE(p->fget)) {
        TrValue d = tr_getattr_opt(p->fget, tr_str_intern("__doc__"));
        if (TR_IS_UNDEF(d)) tr_exc_clear();
        else p->doc = d;
    }
    return 0;
}

static TrValue property_new(TrType *t, TrValue *args, int nargs, TrTuple *kwnames) {
    TrProperty *p = new_wrapper_instance(t, sizeof(TrProperty));
    if (!p->dict) p->dict = tr_dict_new();
    p->name = tr_none();
    if (inits_like_builtin(t)) return property_fill(p, args, nargs, kwnames) < 0 ? TR_ERR : tr_obj(p);
    /* a subclass's __init__ may take other arguments: start empty */
    p->fget = p->fset = p->fdel = p->doc = tr_none();
    return tr_obj(p);
}

static TrValue property_dunder_init(TrValue *args, int nargs, TrTuple *kwnames) {
    return property_fill(TR_AS(TrProperty, args[0]), args + 1, nargs - 1, kwnames) < 0 ? TR_ERR : tr_none();
}

static TrValue property_get(TrValue descr, TrValue obj, TrValue type) {
    (void)type;
    TrProperty *p = TR_AS(TrProperty, descr);
    if (TR_IS_UNDEF(obj) || TR_IS_NONE(obj)) return descr;
    if (TR_IS_NONE(p->fget))
        return tr_raise(tr_AttributeError, "property '%S' of '%s' object has no getter",
                        property_name_of(p), tr_type_name(obj));
    return tr_call1(p->fget, obj);
}

static int property_set(TrValue descr, TrValue obj, TrValue v) {
    TrProperty *p = TR_AS(TrProperty, descr);
    TrValue f = TR_IS_UNDEF(v) ? p->fdel : p->fset;
    if (TR_IS_NONE(f)) {
        tr_raise(tr_AttributeError, "property '%S' of '%s' object has no %s", property_name_of(p),
                 tr_type_name(obj), TR_IS_UNDEF(v) ? "deleter" : "setter");
        return -1;
    }
    TrValue r = TR_IS_UNDEF(v) ? tr_call1(f, obj) : tr_call2(f, obj, v);
    return TR_IS_UNDEF(r) ? -1 : 0;
}

static TrValue property_copy(TrValue self, int which, TrValue f) {
    TrProperty *p = TR_AS(TrProperty, self);
    if (!is_builtin_type(tr_typeof(self))) { /* type(self)(fget, fset, fdel, doc), as CPython */
        TrValue a[4] = {p->fget, p->fset, p->fdel, p->doc};
        a[which] = f;
        return tr_call(tr_obj(tr_typeof(self)), a, 4, NULL);
    }
    TrProperty *q = tr_new_object(tr_typeof(self), sizeof(TrProperty));
    *q = *p;
    q->dict = tr_dict_new();
    if (which == 0) q->fget = f;
    else if (which == 1) q->fset = f;
    else q->fdel = f;
    return tr_obj(q);
}

static TrValue property_getter(TrValue *a, int n, TrTuple *k) {
    if (tr_check_args("getter", n, k, 2, 2) < 0) return TR_ERR;
    return property_copy(a[0], 0, a[1]);
}
static TrValue property_setter(TrValue *a, int n, TrTuple *k) {
    if (tr_check_args("setter", n, k, 2, 2) < 0) return TR_ERR;
    return property_copy(a[0], 1, a[1]);
}
static TrValue property_deleter(TrValue *a, int n, TrTuple *k) {
    if (tr_check_args("deleter", n, k, 2, 2) < 0) return TR_ERR;
    return property_copy(a[0], 2, a[1]);
}
static TrValue property_set_name(TrValue *a, int n, TrTuple *k) {
    if (tr_check_args("__set_name__", n, k, 3, 3) < 0) return TR_ERR;
    TR_AS(TrProperty, a[0])->name = a[2];
    return tr_none();
}

static TrValue property_getattr(TrValue self, TrStr *name) {
    TrProperty *p = TR_AS(TrProperty, self);
    if (!strcmp(name->data, "fget")) return p->fget;
    if (!strcmp(name->data, "fset")) return p->fset;
    if (!strcmp(name->data, "fdel")) return p->fdel;
    if (!strcmp(name->data, "__doc__")) return p->doc;
    if (!strcmp(name->data, "__isabstractmethod__")) return is_abstract_any(&p->fget, 3);
    return tr_generic_getattr(self, name);
}

static const TrMethodDef property_methods[] = {
    {"getter", property_getter, 0},
    {"setter", property_setter, 0},
    {"deleter", property_deleter, 0},
    {"__set_name__", property_set_name, 0},
    {"__init__", property_dunder_init, 0},
    {NULL, NULL, 0},
};

TrType tr_property_type = {
    .ob = {&tr_type_type},
    .name = "property",
    .flags = TR_TF_BASETYPE,
    .tp_new = property_new,
    .descr_get = property_get,
    .descr_set = property_set,
    .getattr = property_getattr,
    .dictoffset = offsetof(TrProperty, dict),
    .basicsize = sizeof(TrProperty),
};

/* ---- wrapper descriptors: built-in slots as dunder methods -------------------------- */

typedef enum WrapKind {
    W_REPR, W_STR, W_HASH, W_LEN, W_GETITEM, W_SETITEM, W_DELITEM, W_CONTAINS, W_ITER,
    W_NEXT, W_CALL, W_EQ, W_NE, W_LT, W_LE, W_GT, W_GE, W_BOOL, W_INIT_NOP,
    W_GET, W_SET, W_DELETE, W_GETATTRIBUTE, W_SETATTR, W_DELATTR, W_FORMAT, W_BINOP /* + op */
} WrapKind;

typedef struct TrSlotWrapper {
    TrObject ob;
    const char *name;
    TrType *owner;
    int kind;
    int op;
    TrValue self; /* bound receiver or UNDEF */
} TrSlotWrapper;

TrType tr_slot_wrapper_type;

static TrValue wrapper_invoke(TrSlotWrapper *w, TrValue self, TrValue *args, int nargs) {
    TrType *o = w->owner;
    int need = (w->kind == W_SETITEM || w->kind == W_SET || w->kind == W_SETATTR) ? 2
               : (w->kind == W_GETITEM || w->kind == W_DELITEM || w->kind == W_CONTAINS ||
                  (w->kind >= W_EQ && w->kind <= W_GE) || w->kind == W_BINOP || w->kind == W_DELETE ||
                  w->kind == W_GETATTRIBUTE || w->kind == W_DELATTR || w->kind == W_FORMAT)
                   ? 1
                   : 0;
    if (w->kind == W_GET) { /* __get__(instance, owner=None) */
        if (nargs < 1 || nargs > 2)
            return tr_raise(tr_TypeError, "expected 1 or 2 arguments, got %d", nargs);
        need = nargs;
    }
    if (w->kind != W_CALL && nargs != need)
        return tr_raise(tr_TypeError, "expected %d argument%s, got %d", need, need == 1 ? "" : "s", nargs);
    if (!tr_isinstance(self, o))
        return tr_raise(tr_TypeError, "descriptor '%s' requires a '%s' object but received a '%s'",
                        w->name, o->name, tr_type_name(self));
    switch (w->kind) {
    case W_REPR: return o->repr(self);
    case W_STR: return o->str ? o->str(self) : o->repr(self);
    case W_HASH: {
        int64_t h;
        if (!o->hash) return tr_raise(tr_TypeError, "unhashable type: '%s'", tr_type_name(self));
        return o->hash(self, &h) < 0 ? TR_ERR : tr_int(h);
    }
    case W_LEN: {
        int64_t n = o->len(self);
        return n < 0 ? TR_ERR : tr_int(n);
    }
    case W_GETITEM: return o->getitem(self, args[0]);
    case W_SETITEM: return o->setitem(self, args[0], args[1]) < 0 ? TR_ERR : tr_none();
    case W_DELITEM: return o->setitem(self, args[0], tr_undef()) < 0 ? TR_ERR : tr_none();
    case W_CONTAINS: {
        int r = o->contains(self, args[0]);
        return r < 0 ? TR_ERR : tr_bool(r);
    }
    case W_ITER: return o->iter(self);
    case W_NEXT: {
        TrValue r = o->next(self);
        if (TR_IS_UNDEF(r) && !tr_exc_pending()) return tr_raise_value(tr_exc_new(tr_StopIteration, NULL, 0));
        return r;
    }
    case W_CALL: return o->call(self, args, nargs, NULL);
    case W_BOOL: {
        int t = o->truth(self);
        return t < 0 ? TR_ERR : tr_bool(t);
    }
    case W_BINOP: return o->binop(w->op, self, args[0]);
    case W_INIT_NOP: return tr_none();
    case W_GETATTRIBUTE: case W_SETATTR: case W_DELATTR: {
        if (!tr_is_type(args[0], &tr_str_type))
            return tr_raise(tr_TypeError, "attribute name must be string, not '%s'", tr_type_name(args[0]));
        TrStr *name = TR_AS(TrStr, args[0]);
        if (w->kind == W_GETATTRIBUTE) return o->getattr(self, name);
        return o->setattr(self, name, w->kind == W_SETATTR ? args[1] : tr_undef()) < 0 ? TR_ERR : tr_none();
    }
    case W_FORMAT:
        if (!tr_isinstance(args[0], &tr_str_type))
            return tr_raise(tr_TypeError, "__format__() argument must be str, not %s", tr_type_name(args[0]));
        return o->format(self, TR_AS(TrStr, args[0])); /* the owner's, not the subclass's */
    case W_GET: return o->descr_get(self, args[0], nargs > 1 ? args[1] : tr_none());
    case W_SET: return o->descr_set(self, args[0], args[1]) < 0 ? TR_ERR : tr_none();
    case W_DELETE: return o->descr_set(self, args[0], tr_undef()) < 0 ? TR_ERR : tr_none();
    default: return o->richcmp(self, args[0], w->kind - W_EQ == 0   ? TR_EQ
                                               : w->kind - W_EQ == 1 ? TR_NE
                                               : w->kind - W_EQ == 2 ? TR_LT
                                               : w->kind - W_EQ == 3 ? TR_LE
                                               : w->kind - W_EQ == 4 ? TR_GT
                                                                    : TR_GE);
    }
}

static TrValue wrapper_call(TrValue self, TrValue *args, int nargs, TrTuple *kwnames) {
    TrSlotWrapper *w = TR_AS(TrSlotWrapper, self);
    if (kwnames && kwnames->len && w->kind != W_CALL)
        return tr_raise(tr_TypeError, "%s() takes no keyword arguments", w->name);
    if (!TR_IS_UNDEF(w->self)) return wrapper_invoke(w, w->self, args, nargs);
    if (nargs < 1) return tr_raise(tr_TypeError, "descriptor '%s' of '%s' object needs an argument", w->name, w->owner->name);
    return wrapper_invoke(w, args[0], args + 1, nargs - 1);
}

static TrValue wrapper_get(TrValue descr, TrValue obj, TrValue type) {
    (void)type;
    if (TR_IS_UNDEF(obj) || TR_IS_NONE(obj)) return descr;
    TrSlotWrapper *b = tr_new_object(&tr_slot_wrapper_type, sizeof(TrSlotWrapper));
    *b = *TR_AS(TrSlotWrapper, descr);
    b->self = obj;
    return tr_obj(b);
}

static TrValue wrapper_repr(TrValue self) {
    TrSlotWrapper *w = TR_AS(TrSlotWrapper, self);
    return tr_obj(tr_str_format("<slot wrapper '%s' of '%s' objects>", w->name, w->owner->name));
}

TrType tr_slot_wrapper_type = {
    .ob = {&tr_type_type},
    .name = "wrapper_descriptor",
    .repr = wrapper_repr,
    .call = wrapper_call,
    .descr_get = wrapper_get,
};

static void add_wrapper(TrType *t, const char *name, int kind, int op) {
    TrStr *n = tr_str_intern(name);
    if (!TR_IS_UNDEF(tr_dict_get_str(t->dict, n))) return;
    TrSlotWrapper *w = tr_new_object(&tr_slot_wrapper_type, sizeof(TrSlotWrapper));
    w->name = name;
    w->owner = t;
    w->kind = kind;
    w->op = op;
    w->self = tr_undef();
    tr_dict_set_str(t->dict, n, tr_obj(w));
}

/* Expose a built-in type's own (not inherited) C slots as dunder methods. */
void tr_add_slot_wrappers(TrType *t) {
    TrType *b = t->base;
#define OWN(slot) (t->slot && (!b || t->slot != b->slot))
    if (OWN(repr)) add_wrapper(t, "__repr__", W_REPR, 0);
    if (OWN(str)) add_wrapper(t, "__str__", W_STR, 0);
    if (OWN(hash) && t->hash == tr_hash_unhashable) {
        if (TR_IS_UNDEF(tr_dict_get_cstr(t->dict, "__hash__")))
            tr_dict_set_str(t->dict, tr_str_intern("__hash__"), tr_none());
    } else if (OWN(hash)) {
        add_wrapper(t, "__hash__", W_HASH, 0);
    }
    if (OWN(len)) add_wrapper(t, "__len__", W_LEN, 0);
    if (OWN(getitem)) add_wrapper(t, "__getitem__", W_GETITEM, 0);
    if (OWN(setitem)) {
        add_wrapper(t, "__setitem__", W_SETITEM, 0);
        add_wrapper(t, "__delitem__", W_DELITEM, 0);
    }
    if (OWN(contains)) add_wrapper(t, "__contains__", W_CONTAINS, 0);
    if (OWN(iter)) add_wrapper(t, "__iter__", W_ITER, 0);
    if (OWN(next)) add_wrapper(t, "__next__", W_NEXT, 0);
    if (OWN(call) && t != &tr_type_type) add_wrapper(t, "__call__", W_CALL, 0);
    if (OWN(truth)) add_wrapper(t, "__bool__", W_BOOL, 0);
    if (OWN(descr_get)) add_wrapper(t, "__get__", W_GET, 0);
    if (OWN(getattr)) add_wrapper(t, "__getattribute__", W_GETATTRIBUTE, 0);
    if (OWN(format)) add_wrapper(t, "__format__", W_FORMAT, 0);
    if (OWN(setattr)) {
        add_wrapper(t, "__setattr__", W_SETATTR, 0);
        add_wrapper(t, "__delattr__", W_DELATTR, 0);
    }
    if (OWN(descr_set)) {
        add_wrapper(t, "__set__", W_SET, 0);
        add_wrapper(t, "__delete__", W_DELETE, 0);
    }
    if (OWN(richcmp)) {
        static const char *const names[] = {"__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"};
        for (int i = 0; i < 6; i++) add_wrapper(t, names[i], W_EQ + i, 0);
    }
    if (OWN(binop)) {
        static const char *const names[TR_BIN_COUNT] = {
#define TR_BINOP_DNAME(n, s, d, r, i) d,
            TR_BINOPS(TR_BINOP_DNAME)
#undef TR_BINOP_DNAME
        };
        for (int op = 0; op < TR_BIN_COUNT; op++) add_wrapper(t, names[op], W_BINOP, op);
    }
#undef OWN
}

/* ---- initialisation -------------------------------------------------------------- */

static const TrMethodDef builtin_class_functions[] = {
    {"__build_class__", builtin_build_class, 0},
    {NULL, NULL, 0},
};

void tr_init_classes(TrDict *builtins) {
#define TR_DUNDER_INTERN(n) dunder[D_##n] = tr_str_intern("__" #n "__");
    TR_DUNDERS(TR_DUNDER_INTERN)
#undef TR_DUNDER_INTERN
    static const char *const bd[TR_BIN_COUNT][3] = {
#define TR_BINOP_NAMES(n, s, d, r, i) {d, r, i},
        TR_BINOPS(TR_BINOP_NAMES)
#undef TR_BINOP_NAMES
    };
    for (int op = 0; op < TR_BIN_COUNT; op++) {
        binop_dunder[op] = tr_str_intern(bd[op][0]);
        binop_rdunder[op] = tr_str_intern(bd[op][1]);
        binop_idunder[op] = tr_str_intern(bd[op][2]);
    }
    tr_type_type.tp_new = type_tp_new;
    tr_type_setattr_str(&tr_type_type, "__new__", tr_native_new("__new__", type_dunder_new, &tr_type_type, TR_METH_STATIC));
    tr_type_setattr_str(&tr_type_type, "__init__", tr_native_new("__init__", type_dunder_init, &tr_type_type, 0));
    tr_type_setattr_str(&tr_type_type, "__call__", tr_native_new("__call__", type_dunder_call, &tr_type_type, 0));
    tr_type_setattr_str(&tr_type_type, "__prepare__",
                        tr_native_new("__prepare__", type_dunder_prepare, &tr_type_type, TR_METH_CLASS));
    for (const TrMethodDef *m = object_methods; m->name; m++)
        tr_type_setattr_str(&tr_object_type, m->name, tr_native_new(m->name, m->fn, &tr_object_type, m->flags));
    tr_type_setattr_str(tr_BaseException, "__init__", tr_native_new("__init__", exc_dunder_init, tr_BaseException, 0));
    tr_type_setattr_str(&tr_list_type, "__init__", tr_native_new("__init__", list_dunder_init, &tr_list_type, 0));
    tr_type_setattr_str(&tr_dict_type, "__init__", tr_native_new("__init__", dict_dunder_init, &tr_dict_type, 0));
    tr_type_setattr_str(&tr_set_type, "__init__", tr_native_new("__init__", set_dunder_init, &tr_set_type, 0));
    tr_type_ready(&tr_slot_wrapper_type, NULL);
    tr_init_slots();
    tr_type_ready(&tr_super_type, NULL);
    tr_type_ready(&tr_staticmethod_type, wrapfunc_methods);
    tr_type_ready(&tr_classmethod_type, wrapfunc_methods);
    tr_type_ready(&tr_property_type, property_methods);
    tr_dict_set_str(builtins, tr_str_intern("super"), tr_obj(&tr_super_type));
    tr_dict_set_str(builtins, tr_str_intern("staticmethod"), tr_obj(&tr_staticmethod_type));
    tr_dict_set_str(builtins, tr_str_intern("classmethod"), tr_obj(&tr_classmethod_type));
    tr_dict_set_str(builtins, tr_str_intern("property"), tr_obj(&tr_property_type));
    for (const TrMethodDef *m = builtin_class_functions; m->name; m++)
        tr_dict_set_str(builtins, tr_str_intern(m->name), tr_native_new(m->name, m->fn, NULL, 0));
}
