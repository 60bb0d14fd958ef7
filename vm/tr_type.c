/* tr_type.c — type objects: `type`, `object`, None and the other singletons.
 *
 * Built-in types are static structs filled in by their own files; at startup
 * each calls tr_type_ready(), which gives it a dict of native methods (from
 * its TrMethodDef table), its MRO and an interned name.  Attribute lookup on
 * types walks the MRO; the version counter lets inline caches (later) notice
 * when a class changes. */
#include <string.h>

#include "tr_icache.h"
#include "tr_vm.h"

static uint32_t next_type_version = 1;
void tr_add_slot_wrappers(TrType *t);

/* A heap type's __qualname__ (Outer.Inner) lives in its dict. */
static TrStr *type_qualname(TrType *t) {
    TrValue q = t->dict ? tr_dict_get_cstr(t->dict, "__qualname__") : tr_undef();
    return tr_is_type(q, &tr_str_type) ? TR_AS(TrStr, q) : t->name_str;
}

static TrValue type_repr(TrValue self) {
    TrType *t = TR_AS(TrType, self);
    if (t->flags & TR_TF_HEAPTYPE) {
        TrValue mod = t->dict ? tr_dict_get_cstr(t->dict, "__module__") : tr_undef();
        if (!TR_IS_UNDEF(mod) && tr_is_type(mod, &tr_str_type) &&
            strcmp(TR_AS(TrStr, mod)->data, "builtins") != 0)
            return tr_obj(tr_str_format("<class '%U.%U'>", TR_AS(TrStr, mod), type_qualname(t)));
    }
    return tr_obj(tr_str_format("<class '%s'>", t->name));
}

static int identity_hash(TrValue self, int64_t *out) {
    uint64_t p = (uint64_t)(uintptr_t)self.u.o;
    int64_t h = (int64_t)((p >> 4) | (p << 60));
    *out = h == -1 ? -2 : h;
    return 0;
}

static TrValue identity_richcmp(TrValue a, TrValue b, int op) {
    if (op == TR_EQ || op == TR_NE) {
        bool same = a.tag == b.tag && a.u.bits == b.u.bits;
        if (!same) return op == TR_NE ? TR_NOTIMPL : TR_NOTIMPL;
        return tr_bool(op == TR_EQ);
    }
    return TR_NOTIMPL;
}

static TrValue type_call(TrValue self, TrValue *args, int nargs, TrTuple *kwnames) {
    TrType *t = TR_AS(TrType, self);
    if (t == &tr_type_type && nargs == 1 && !kwnames) return tr_obj(tr_typeof(args[0]));
    if (!t->tp_new) return tr_raise(tr_TypeError, "cannot create '%s' instances", t->name);
    return t->tp_new(t, args, nargs, kwnames);
}

static TrValue type_getattr(TrValue self, TrStr *name) {
    TrType *t = TR_AS(TrType, self);
    const char *n = name->data;
    if (n[0] == '_' && n[1] == '_') {
        if (!strcmp(n, "__name__")) return tr_obj(t->name_str);
        if (!strcmp(n, "__qualname__")) return tr_obj(type_qualname(t));
        if (!strcmp(n, "__mro__")) return tr_obj(t->mro);
        if (!strcmp(n, "__class__")) return tr_obj(tr_typeof(self));
        if (!strcmp(n, "__bases__")) return tr_obj(t->bases ? t->bases : tr_empty_tuple);
        if (!strcmp(n, "__base__")) return t->base ? tr_obj(t->base) : tr_none();
        if (!strcmp(n, "__dict__")) return tr_obj(t->dict);
        if (!strcmp(n, "__annotations__") && (t->flags & TR_TF_HEAPTYPE)) {
            /* the class's own, never a base's; created empty on first use */
            TrValue a = tr_dict_get_str(t->dict, name);
            if (TR_IS_UNDEF(a)) tr_dict_set_str(t->dict, name, a = tr_obj(tr_dict_new()));
            return a;
        }
    }
    TrValue v = tr_type_lookup(t, name);
    if (!TR_IS_UNDEF(v)) {
        TrType *vt = tr_typeof(v);
        if (vt->descr_get) return vt->descr_get(v, tr_undef(), self);
        return v;
    }
    /* attributes of the metatype (a metaclass's methods, type.mro) */
    TrType *meta = tr_typeof(self);
    v = tr_type_lookup(meta, name);
    if (!TR_IS_UNDEF(v)) {
        TrType *vt = tr_typeof(v);
        if (vt->descr_get) return vt->descr_get(v, self, tr_obj(meta));
        return v;
    }
    return tr_raise(tr_AttributeError, "type object '%s' has no attribute '%U'", t->name, name);
}

/* C.__name__ = "D" renames the type itself (its repr keeps __qualname__). */
static int type_set_name(TrType *t, TrValue v) {
    if (TR_IS_UNDEF(v)) {
        tr_raise(tr_TypeError, "cannot delete '__name__' attribute of immutable type '%s'", t->name);
        return -1;
    }
    if (!tr_is_type(v, &tr_str_type)) {
        tr_raise(tr_TypeError, "can only assign string to %s.__name__, not '%s'", t->name,
                 tr_type_name(v));
        return -1;
    }
    if (!tr_is_type(tr_dict_get_cstr(t->dict, "__qualname__"), &tr_str_type))
        tr_dict_set_str(t->dict, tr_str_intern("__qualname__"), tr_obj(t->name_str));
    t->name_str = tr_str_intern_str(TR_AS(TrStr, v));
    t->name = t->name_str->data;
    return 0;
}

/* C.__bases__ = ...: CPython's checks; the reassignment itself (which
 * recomputes the MRO of every subclass) is not supported. */
static int type_set_bases(TrType *t, TrValue v) {
    if (TR_IS_UNDEF(v)) {
        tr_raise(tr_TypeError, "cannot delete '__bases__' attribute of immutable type '%s'", t->name);
        return -1;
    }
    if (!tr_is_type(v, &tr_tuple_type)) {
        tr_raise(tr_TypeError, "can only assign tuple to %s.__bases__, not %s", t->name, tr_type_name(v));
        return -1;
    }
    TrTuple *b = TR_AS(TrTuple, v);
    if (b->len == 0) {
        tr_raise(tr_TypeError, "can only assign non-empty tuple to %s.__bases__, not ()", t->name);
        return -1;
    }
    for (int64_t i = 0; i < b->len; i++)
        if (!TR_IS_OBJ(b->items[i]) || !tr_isinstance(b->items[i], &tr_type_type)) {
            tr_raise(tr_TypeError, "%s.__bases__ must be tuple of classes, not '%s'", t->name,
                     tr_type_name(b->items[i]));
            return -1;
        }
    tr_raise(tr_TypeError, "Tauraro does not support assigning %s.__bases__", t->name);
    return -1;
}

static int type_setattr(TrValue self, TrStr *name, TrValue v) {
    TrType *t = TR_AS(TrType, self);
    if (!(t->flags & TR_TF_HEAPTYPE)) {
        tr_raise(tr_TypeError,
                 "cannot set '%U' attribute of immutable type '%s'", name, t->name);
        return -1;
    }
    if (!strcmp(name->data, "__name__")) return type_set_name(t, v);
    if (!strcmp(name->data, "__bases__")) return type_set_bases(t, v);
    t->version = next_type_version++;
    tr_type_epoch++; /* invalidates every inline cache (tr_icache.h) */
    if (TR_IS_UNDEF(v)) return tr_dict_del(t->dict, tr_obj(name));
    tr_dict_set_str(t->dict, name, v);
    /* C.__repr__ = f after the class statement: the slot must follow */
    if (name->len > 4 && name->data[0] == '_' && name->data[1] == '_') tr_type_refresh_slots(t);
    return 0;
}

static TrValue type_or(int op, TrValue a, TrValue b) {
    (void)op; (void)a; (void)b;
    return TR_NOTIMPL;
}

TrType tr_type_type = {
    .ob = {&tr_type_type},
    .name = "type",
    .base = &tr_object_type,
    .flags = TR_TF_BASETYPE,
    .repr = type_repr,
    .hash = identity_hash,
    .richcmp = identity_richcmp,
    .call = type_call,
    .getattr = type_getattr,
    .setattr = type_setattr,
    .binop = type_or,
};

static TrValue object_repr(TrValue self) {
    TrType *t = tr_typeof(self);
    TrValue mod = t->flags & TR_TF_HEAPTYPE ? tr_dict_get_cstr(t->dict, "__module__") : tr_undef();
    if (tr_is_type(mod, &tr_str_type) && strcmp(TR_AS(TrStr, mod)->data, "builtins") != 0)
        return tr_obj(tr_str_format("<%U.%s object at %p>", TR_AS(TrStr, mod), t->name,
                                    (void *)self.u.o));
    return tr_obj(tr_str_format("<%s object at %p>", t->name, (void *)self.u.o));
}

TrObject *tr_new_instance(TrType *t, size_t size) {
    if (t->dictoffset <= 0) {
        TrObject *o = tr_new_object(t, size);
        if (t->dictoffset) *tr_dict_slot(o) = tr_dict_new();
        return o;
    }
    size_t at = (size + 15) & ~(size_t)15;
    TrObject *o = tr_new_object(t, at + tr_dict_block_size(t->inst_attrs));
    *tr_dict_slot(o) = tr_dict_init_block((char *)o + at, t->inst_attrs);
    return o;
}

static TrValue object_new(TrType *t, TrValue *args, int nargs, TrTuple *kwnames) {
    (void)args;
    if (nargs || kwnames) return tr_raise(tr_TypeError, "object() takes no arguments");
    return tr_obj(tr_new_instance(t, t->basicsize > 0 ? (size_t)t->basicsize : sizeof(TrInstance)));
}

TrType tr_object_type = {
    .ob = {&tr_type_type},
    .name = "object",
    .base = NULL,
    .flags = TR_TF_BASETYPE,
    .repr = object_repr,
    .hash = identity_hash,
    .richcmp = identity_richcmp,
    .tp_new = object_new,
    .basicsize = sizeof(TrInstance),
};

/* ---- None, NotImplemented, Ellipsis ------------------------------------- */

static TrValue none_repr(TrValue self) { (void)self; return tr_str_value("None"); }
static int none_truth(TrValue self) { (void)self; return 0; }
static int none_hash(TrValue self, int64_t *out) { (void)self; *out = 0xFCA86420; return 0; }
static TrValue none_new(TrType *t, TrValue *args, int nargs, TrTuple *kwnames) {
    (void)t; (void)args;
    if (nargs || kwnames) return tr_raise(tr_TypeError, "NoneType takes no arguments");
    return tr_none();
}

TrType tr_none_type = {
    .ob = {&tr_type_type},
    .name = "NoneType",
    .base = &tr_object_type,
    .repr = none_repr,
    .hash = none_hash,
    .richcmp = identity_richcmp,
    .truth = none_truth,
    .tp_new = none_new,
};

static TrValue singleton_repr(TrValue self) {
    return tr_str_value(TR_AS(TrSingleton, self)->name);
}

TrType tr_notimpl_type = {
    .ob = {&tr_type_type},
    .name = "NotImplementedType",
    .base = &tr_object_type,
    .repr = singleton_repr,
    .hash = identity_hash,
    .richcmp = identity_richcmp,
};
TrType tr_ellipsis_type = {
    .ob = {&tr_type_type},
    .name = "ellipsis",
    .base = &tr_object_type,
    .repr = singleton_repr,
    .hash = identity_hash,
    .richcmp = identity_richcmp,
};
TrSingleton tr_NotImplemented_obj = {{&tr_notimpl_type}, "NotImplemented"};
TrSingleton tr_Ellipsis_obj = {{&tr_ellipsis_type}, "Ellipsis"};

/* Types of unboxed values, indexed by tag (UNDEF maps to NoneType so a stray
 * unbound value never dereferences NULL). */
TrType *const tr_tag_types[] = {
    [TR_TAG_UNDEF] = &tr_none_type, [TR_TAG_NONE] = &tr_none_type,
    [TR_TAG_BOOL] = &tr_bool_type,  [TR_TAG_INT] = &tr_int_type,
    [TR_TAG_FLOAT] = &tr_float_type, [TR_TAG_OBJ] = &tr_object_type,
};

/* ---- readying and lookup ------------------------------------------------ */

static TrTuple *single_chain_mro(TrType *t) {
    int n = 0;
    for (TrType *b = t; b; b = b->base) n++;
    TrTuple *mro = tr_tuple_new(n);
    int i = 0;
    for (TrType *b = t; b; b = b->base) mro->items[i++] = tr_obj(b);
    return mro;
}

/* T.__new__(cls, *args): the built-in constructor of cls's first built-in
 * base (the most derived one, as CPython's tp_new_wrapper requires). */
static TrValue builtin_dunder_new(TrValue *args, int nargs, TrTuple *kwnames) {
    if (nargs < 1) return tr_raise(tr_TypeError, "__new__(): not enough arguments");
    if (!tr_isinstance(args[0], &tr_type_type))
        return tr_raise(tr_TypeError, "__new__(X): X is not a type object (%s)",
                        tr_typeof(args[0])->name);
    TrType *cls = TR_AS(TrType, args[0]);
    for (int64_t i = 0; i < cls->mro->len; i++) {
        TrType *b = TR_AS(TrType, cls->mro->items[i]);
        if (!(b->flags & TR_TF_HEAPTYPE) && b->tp_new) return b->tp_new(cls, args + 1, nargs - 1, kwnames);
    }
    return tr_raise(tr_TypeError, "cannot create '%s' instances", cls->name);
}

void tr_type_ready(TrType *t, const TrMethodDef *methods) {
    t->ob.type = &tr_type_type;
    if (!t->base && t != &tr_object_type) t->base = &tr_object_type;
    if (!t->dict) t->dict = tr_dict_new();
    tr_dict_watch(t->dict);
    t->name_str = tr_str_intern(t->name);
    if (!t->mro) t->mro = single_chain_mro(t);
    if (!t->bases) {
        if (t->base) {
            TrValue b = tr_obj(t->base);
            t->bases = tr_tuple_from(&b, 1);
        } else {
            t->bases = tr_empty_tuple;
        }
    }
    /* inherit slots a subtype did not fill in */
    for (TrType *b = t->base; b; b = b->base) {
#define INHERIT(slot) if (!t->slot) t->slot = b->slot;
        INHERIT(repr) INHERIT(str) INHERIT(hash) INHERIT(richcmp) INHERIT(truth)
        INHERIT(len) INHERIT(getitem) INHERIT(setitem) INHERIT(contains)
        INHERIT(iter) INHERIT(next) INHERIT(call) INHERIT(getattr) INHERIT(setattr)
        INHERIT(binop) INHERIT(unop) INHERIT(descr_get) INHERIT(descr_set) INHERIT(format)
#undef INHERIT
        if (!t->basicsize) t->basicsize = b->basicsize;
        if (!t->dictoffset) t->dictoffset = b->dictoffset;
    }
    for (const TrMethodDef *m = methods; m && m->name; m++)
        tr_dict_set_str(t->dict, tr_str_intern(m->name), tr_native_new(m->name, m->fn, t, m->flags));
    tr_add_slot_wrappers(t);
    /* str.__new__(cls, ...) and friends, for subclasses' super().__new__ */
    if (t->tp_new && t != &tr_object_type && t != &tr_type_type &&
        TR_IS_UNDEF(tr_dict_get_cstr(t->dict, "__new__")))
        tr_dict_set_str(t->dict, tr_str_intern("__new__"),
                        tr_native_new("__new__", builtin_dunder_new, t, TR_METH_STATIC));
    t->version = next_type_version++;
    tr_type_epoch++; /* invalidates every inline cache (tr_icache.h) */
}

void tr_type_setattr_str(TrType *t, const char *name, TrValue v) {
    if (!t->dict) t->dict = tr_dict_new();
    tr_dict_watch(t->dict);
    tr_dict_set_str(t->dict, tr_str_intern(name), v);
    t->version = next_type_version++;
    tr_type_epoch++; /* invalidates every inline cache (tr_icache.h) */
}

uint32_t tr_type_new_version(void) {
    tr_type_epoch++;
    return next_type_version++;
}

bool tr_type_is_subtype(TrType *a, TrType *b) {
    if (a == b || b == &tr_object_type) return true;
    if (a->mro) {
        for (int64_t i = 0; i < a->mro->len; i++)
            if (a->mro->items[i].u.o == (TrObject *)b) return true;
        return false;
    }
    for (TrType *t = a; t; t = t->base)
        if (t == b) return true;
    return false;
}

bool tr_isinstance(TrValue v, TrType *t) { return tr_type_is_subtype(tr_typeof(v), t); }

/* The type lookup cache (CPython's method cache): the result of the MRO
 * walk for (type, name), misses included, valid while tr_type_epoch is
 * unchanged.  Every class namespace is a watched dict, so any change to
 * any class bumps the epoch and empties the cache at once.  It serves the
 * lookups that per-instruction caches cannot hold: polymorphic call sites
 * (one method name on several classes), descriptors, dunder slots.  The
 * entries are static data, so the collector keeps their types and names
 * alive (a name's address is never reused while an entry holds it). */
#define TR_MCACHE_BITS 12
typedef struct {
    TrType *type;
    TrStr *name;
    uint64_t epoch;
    TrValue value;
} TrMCacheEntry;
static TrMCacheEntry mcache[1 << TR_MCACHE_BITS];

static TrValue lookup_mro(TrType *t, TrStr *name) {
    TrTuple *mro = t->mro;
    if (!mro) return t->dict ? tr_dict_get_str(t->dict, name) : tr_undef();
    for (int64_t i = 0; i < mro->len; i++) {
        TrType *b = TR_AS(TrType, mro->items[i]);
        if (!b->dict) continue;
        TrValue v = tr_dict_get_str(b->dict, name);
        if (!TR_IS_UNDEF(v)) return v;
    }
    return tr_undef();
}

TrValue tr_type_lookup(TrType *t, TrStr *name) {
    /* both addresses mixed into the top bits: one name on several classes
     * (a polymorphic call site) must not share a slot */
    uint64_t h = (uint64_t)(uintptr_t)t * UINT64_C(0x9E3779B97F4A7C15) ^
                 (uint64_t)(uintptr_t)name * UINT64_C(0xC2B2AE3D27D4EB4F);
    TrMCacheEntry *e = &mcache[h >> (64 - TR_MCACHE_BITS)];
    if (e->type == t && e->name == name && e->epoch == tr_type_epoch) return e->value;
    uint64_t epoch = tr_type_epoch;
    TrValue v = lookup_mro(t, name);
    /* only exact str names (what attribute names are), and only if no
     * class changed meanwhile */
    if (epoch == tr_type_epoch && tr_is_type(tr_obj(name), &tr_str_type)) {
        e->type = t;
        e->name = name;
        e->epoch = epoch;
        e->value = v;
    }
    return v;
}

static TrValue type_mro_method(TrValue *args, int nargs, TrTuple *kwnames) {
    if (tr_check_args("mro", nargs, kwnames, 1, 1) < 0) return TR_ERR;
    TrTuple *m = TR_AS(TrType, args[0])->mro;
    return tr_obj(tr_list_from(m->items, m->len));
}

static const TrMethodDef type_methods[] = {
    {"mro", type_mro_method, 0},
    {NULL, NULL, 0},
};

void tr_init_types(void) {
    tr_type_ready(&tr_object_type, NULL);
    tr_type_ready(&tr_type_type, type_methods);
    tr_type_ready(&tr_none_type, NULL);
    tr_type_ready(&tr_notimpl_type, NULL);
    tr_type_ready(&tr_ellipsis_type, NULL);
}
