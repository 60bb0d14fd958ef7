/* tr_set.c — set and frozenset.
 *
 * Python programs print sets, and the order they print in is the order of
 * CPython's hash table slots.  So this file follows CPython 3.11's
 * setobject.c algorithm step for step (not its code): an open-addressing
 * table starting at 8 slots; probing that looks at LINEAR_PROBES (9)
 * neighbouring slots before jumping with the perturbed recurrence
 * i = 5i + 1 + perturb (perturb >>= 5); dummies left by removals and reused
 * by the next insertion that passes them (the last one passed); growth to 4x the live count (2x
 * beyond 50000) once fill reaches 3/5 of the table, reinserting in old slot
 * order; and the same construction order for every operation (union copies
 * the left operand then adds; intersection walks the smaller set; ...).
 * With CPython's int hashes (tr_hash) that reproduces CPython's iteration
 * order exactly.
 *
 * Slot encoding: empty = {hash 0, key UNDEF with payload 0}; dummy =
 * {hash -1, key UNDEF with payload 1}.  A live key is never UNDEF. */
#include <string.h>

#include "tr_iters.h"

#define AS_SET(v) TR_AS(TrSet, v)
#define MINSIZE 8
#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5

static inline bool slot_empty(const TrSetEntry *e) { return e->key.tag == TR_TAG_UNDEF && e->key.u.bits == 0; }
static inline bool slot_dummy(const TrSetEntry *e) { return e->key.tag == TR_TAG_UNDEF && e->key.u.bits == 1; }
static inline bool slot_live(const TrSetEntry *e) { return e->key.tag != TR_TAG_UNDEF; }
static inline void make_dummy(TrSetEntry *e) {
    e->key.tag = TR_TAG_UNDEF;
    e->key.u.bits = 1;
    e->hash = -1;
}

bool tr_is_anyset(TrValue v) {
    if (v.tag != TR_TAG_OBJ) return false;
    TrType *t = v.u.o->type;
    if (t == &tr_set_type || t == &tr_frozenset_type) return true;
    return tr_type_is_subtype(t, &tr_set_type) || tr_type_is_subtype(t, &tr_frozenset_type);
}

static bool is_frozen(TrSet *s) {
    return s->ob.type == &tr_frozenset_type || tr_type_is_subtype(s->ob.type, &tr_frozenset_type);
}

/* set or frozenset: the built-in type results of operations take. */
static TrType *base_type(TrSet *s) { return is_frozen(s) ? &tr_frozenset_type : &tr_set_type; }

static void table_reset(TrSet *s, int64_t size) {
    s->table = tr_alloc(sizeof(TrSetEntry) * (size_t)size);
    s->mask = size - 1;
    s->fill = s->used = 0;
}

static TrSet *set_alloc(TrType *type) {
    TrSet *s = tr_alloc(tr_instance_size(type, sizeof(TrSet)));
    s->ob.type = type;
    s->hash = -1;
    table_reset(s, MINSIZE);
    if (type != &tr_set_type && type != &tr_frozenset_type) tr_instance_init_dict(type, s);
    return s;
}

TrSet *tr_set_new(TrType *type) { return set_alloc(type ? type : &tr_set_type); }

/* ---- the table algorithm ---------------------------------------------------- */

/* Does live entry e hold `key` (hash already equal)?  1, 0, -1 error; -2 when
 * the comparison changed the table (the caller restarts). */
static int entry_matches(TrSet *s, TrSetEntry *e, TrValue key) {
    TrValue startkey = e->key;
    if (tr_same(startkey, key)) return 1;
    if (tr_is_type(startkey, &tr_str_type) && tr_is_type(key, &tr_str_type))
        return tr_str_eq(TR_AS(TrStr, startkey), TR_AS(TrStr, key));
    TrSetEntry *table = s->table;
    int eq = tr_eq(startkey, key);
    if (eq < 0) return -1;
    if (table != s->table || !tr_same(e->key, startkey)) return eq > 0 ? 1 : -2;
    return eq;
}

/* The slot holding `key`, or the empty slot that ends its probe sequence;
 * NULL on error. */
static TrSetEntry *lookkey(TrSet *s, TrValue key, int64_t hash) {
restart:;
    uint64_t mask = (uint64_t)s->mask, perturb = (uint64_t)hash;
    uint64_t i = (uint64_t)hash & mask;
    for (;;) {
        TrSetEntry *e = &s->table[i];
        int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        do {
            if (e->hash == 0 && slot_empty(e)) return e;
            if (e->hash == hash && slot_live(e)) {
                int m = entry_matches(s, e, key);
                if (m == -1) return NULL;
                if (m == -2) goto restart;
                if (m) return e;
                mask = (uint64_t)s->mask;
            }
            e++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

/* Insert into a table known to hold no dummies and not `key` (resizing). */
static void insert_clean(TrSetEntry *table, uint64_t mask, TrValue key, int64_t hash) {
    uint64_t perturb = (uint64_t)hash, i = (uint64_t)hash & mask;
    for (;;) {
        TrSetEntry *e = &table[i];
        if (slot_empty(e)) goto found;
        if (i + LINEAR_PROBES <= mask) {
            for (int j = 0; j < LINEAR_PROBES; j++) {
                e++;
                if (slot_empty(e)) goto found;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
        continue;
    found:
        e->key = key;
        e->hash = hash;
        return;
    }
}

/* Rebuild with the smallest power-of-two size > minused, walking the old
 * table in slot order (this order is what later iteration shows). */
static void table_resize(TrSet *s, int64_t minused) {
    int64_t size = MINSIZE;
    while (size <= minused) size <<= 1;
    TrSetEntry *old = s->table;
    int64_t oldmask = s->mask;
    s->table = tr_alloc(sizeof(TrSetEntry) * (size_t)size);
    s->mask = size - 1;
    s->fill = s->used;
    for (int64_t i = 0; i <= oldmask; i++)
        if (slot_live(&old[i])) insert_clean(s->table, (uint64_t)s->mask, old[i].key, old[i].hash);
}

static int64_t grow_target(TrSet *s) { return s->used > 50000 ? s->used * 2 : s->used * 4; }

static int add_entry(TrSet *s, TrValue key, int64_t hash) {
restart:;
    uint64_t mask = (uint64_t)s->mask, perturb = (uint64_t)hash;
    uint64_t i = (uint64_t)hash & mask;
    TrSetEntry *freeslot = NULL;
    for (;;) {
        TrSetEntry *e = &s->table[i];
        int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        do {
            if (e->hash == 0 && slot_empty(e)) {
                if (freeslot) { /* reuse a dummy passed on the way */
                    freeslot->key = key;
                    freeslot->hash = hash;
                    s->used++;
                    return 0;
                }
                e->key = key;
                e->hash = hash;
                s->fill++;
                s->used++;
                if (s->fill * 5 >= (int64_t)mask * 3) table_resize(s, grow_target(s));
                return 0;
            }
            if (e->hash == hash && slot_live(e)) {
                int m = entry_matches(s, e, key);
                if (m == -1) return -1;
                if (m == -2) goto restart;
                if (m) return 0;
                mask = (uint64_t)s->mask;
            } else if (e->hash == -1 && slot_dummy(e)) {
                freeslot = e; /* CPython keeps the last dummy passed */
            }
            e++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

/* 1 found and removed, 0 absent, -1 error. */
static int discard_entry(TrSet *s, TrValue key, int64_t hash) {
    TrSetEntry *e = lookkey(s, key, hash);
    if (!e) return -1;
    if (!slot_live(e)) return 0;
    make_dummy(e);
    s->used--;
    return 1;
}

static int contains_entry(TrSet *s, TrValue key, int64_t hash) {
    TrSetEntry *e = lookkey(s, key, hash);
    return e ? slot_live(e) : -1;
}

bool tr_set_next(TrSet *s, int64_t *pos, TrValue *key) {
    for (int64_t i = *pos; i <= s->mask; i++) {
        if (slot_live(&s->table[i])) {
            *pos = i + 1;
            *key = s->table[i].key;
            return true;
        }
    }
    *pos = s->mask + 1;
    return false;
}

/* Like tr_set_next, also giving the stored hash. */
static bool next_entry(TrSet *s, int64_t *pos, TrSetEntry **out) {
    for (int64_t i = *pos; i <= s->mask; i++) {
        if (slot_live(&s->table[i])) {
            *pos = i + 1;
            *out = &s->table[i];
            return true;
        }
    }
    return false;
}

static void clear_internal(TrSet *s) { table_reset(s, MINSIZE); }

/* Unhashable keys that are sets are looked up as frozensets (CPython). */
static int hash_key(TrValue key, int64_t *h, TrValue *used_key) {
    *used_key = key;
    if (tr_hash(key, h) == 0) return 0;
    if (!tr_is_anyset(key) || !tr_exc_matches(tr_TypeError)) return -1;
    tr_exc_clear();
    TrSet *f = set_alloc(&tr_frozenset_type);
    int64_t pos = 0;
    TrSetEntry *e;
    while (next_entry(AS_SET(key), &pos, &e)) add_entry(f, e->key, e->hash);
    *used_key = tr_obj(f);
    return tr_hash(*used_key, h);
}

int tr_set_add(TrSet *s, TrValue key) {
    int64_t h;
    if (tr_hash(key, &h) < 0) return -1;
    return add_entry(s, key, h);
}

int tr_set_contains(TrSet *s, TrValue key) {
    int64_t h;
    TrValue k;
    if (hash_key(key, &h, &k) < 0) return -1;
    return contains_entry(s, k, h);
}

int tr_set_discard(TrSet *s, TrValue key) {
    int64_t h;
    TrValue k;
    if (hash_key(key, &h, &k) < 0) return -1;
    return discard_entry(s, k, h);
}

/* set_merge: other is a set; one big resize up front, then either a copy
 * into an empty table or ordinary insertions in other's slot order. */
static int merge_set(TrSet *s, TrSet *o) {
    if (o == s || o->used == 0) return 0;
    if ((s->fill + o->used) * 5 >= s->mask * 3) table_resize(s, (s->used + o->used) * 2);
    if (s->fill == 0 && s->mask == o->mask && o->fill == o->used) {
        memcpy(s->table, o->table, sizeof(TrSetEntry) * (size_t)(o->mask + 1));
        s->fill = o->fill;
        s->used = o->used;
        return 0;
    }
    if (s->fill == 0) {
        s->fill = s->used = o->used;
        for (int64_t i = 0; i <= o->mask; i++)
            if (slot_live(&o->table[i]))
                insert_clean(s->table, (uint64_t)s->mask, o->table[i].key, o->table[i].hash);
        return 0;
    }
    for (int64_t i = 0; i <= o->mask; i++) {
        TrSetEntry *e = &o->table[i];
        if (slot_live(e) && add_entry(s, e->key, e->hash) < 0) return -1;
    }
    return 0;
}

/* set_update_internal: sets merge, exact dicts add their keys with one
 * presize, anything else is iterated. */
int tr_set_update(TrSet *s, TrValue other) {
    if (tr_is_anyset(other)) return merge_set(s, AS_SET(other));
    if (tr_is_type(other, &tr_dict_type)) {
        TrDict *d = TR_AS(TrDict, other);
        if ((s->fill + d->t.used) * 5 >= s->mask * 3) table_resize(s, (s->used + d->t.used) * 2);
        for (int64_t i = 0; i < d->t.nentries; i++) {
            TrHEntry *e = &d->t.entries[i];
            if (!TR_IS_UNDEF(e->key) && add_entry(s, e->key, e->hash) < 0) return -1;
        }
        return 0;
    }
    TrValue it = tr_iter(other);
    if (TR_IS_UNDEF(it)) return -1;
    for (;;) {
        TrValue k = tr_next(it);
        if (TR_IS_UNDEF(k)) return tr_exc_pending() ? -1 : 0;
        if (tr_set_add(s, k) < 0) return -1;
    }
}

TrValue tr_set_from_iterable(TrType *type, TrValue iterable) {
    TrSet *s = set_alloc(type);
    if (!TR_IS_UNDEF(iterable) && tr_set_update(s, iterable) < 0) return TR_ERR;
    return tr_obj(s);
}

static TrSet *copy_as(TrType *type, TrSet *src) {
    TrSet *s = set_alloc(type);
    merge_set(s, src); /* cannot fail: no comparisons into an empty table */
    return s;
}

static TrSet *set_copy(TrSet *s) { return copy_as(base_type(s), s); }

/* ---- set algebra, in CPython's construction order ---------------------------- */

static TrValue set_intersection(TrSet *s, TrValue other) {
    if (other.tag == TR_TAG_OBJ && other.u.o == (TrObject *)s) return tr_obj(set_copy(s));
    TrSet *r = set_alloc(base_type(s));
    if (tr_is_anyset(other)) {
        TrSet *a = s, *b = AS_SET(other); /* walk the smaller, probe the larger */
        if (b->used > a->used) {
            TrSet *t = a;
            a = b;
            b = t;
        }
        int64_t pos = 0;
        TrSetEntry *e;
        while (next_entry(b, &pos, &e)) {
            TrValue key = e->key;
            int64_t h = e->hash;
            int c = contains_entry(a, key, h);
            if (c < 0 || (c && add_entry(r, key, h) < 0)) return TR_ERR;
        }
        return tr_obj(r);
    }
    TrValue it = tr_iter(other);
    if (TR_IS_UNDEF(it)) return TR_ERR;
    for (;;) {
        TrValue key = tr_next(it);
        if (TR_IS_UNDEF(key)) return tr_exc_pending() ? TR_ERR : tr_obj(r);
        int64_t h;
        if (tr_hash(key, &h) < 0) return TR_ERR;
        int c = contains_entry(s, key, h);
        if (c < 0) return TR_ERR;
        if (c) {
            if (add_entry(r, key, h) < 0) return TR_ERR;
            if (r->used >= s->used) return tr_obj(r);
        }
    }
}

/* Swap the tables of two sets (intersection_update builds a new one). */
static void swap_bodies(TrSet *a, TrSet *b) {
    TrSet t = *a;
    a->fill = b->fill, a->used = b->used, a->mask = b->mask, a->table = b->table;
    b->fill = t.fill, b->used = t.used, b->mask = t.mask, b->table = t.table;
    a->hash = b->hash = -1;
}

int tr_set_difference_update(TrSet *s, TrValue other) {
    if (other.tag == TR_TAG_OBJ && other.u.o == (TrObject *)s) {
        clear_internal(s);
        return 0;
    }
    if (tr_is_anyset(other)) {
        TrSet *o = AS_SET(other);
        if ((o->used >> 3) > s->used) { /* much larger: intersect first */
            TrValue r = set_intersection(s, other);
            if (TR_IS_UNDEF(r)) return -1;
            o = AS_SET(r);
        }
        int64_t pos = 0;
        TrSetEntry *e;
        while (next_entry(o, &pos, &e))
            if (discard_entry(s, e->key, e->hash) < 0) return -1;
    } else {
        TrValue it = tr_iter(other);
        if (TR_IS_UNDEF(it)) return -1;
        for (;;) {
            TrValue k = tr_next(it);
            if (TR_IS_UNDEF(k)) {
                if (tr_exc_pending()) return -1;
                break;
            }
            if (tr_set_discard(s, k) < 0) return -1;
        }
    }
    /* more than 1/4 dummies: rebuild */
    if (s->fill - s->used > s->mask / 4) table_resize(s, grow_target(s));
    return 0;
}

static TrValue set_difference(TrSet *s, TrValue other) {
    int64_t other_size;
    bool is_dict = tr_is_type(other, &tr_dict_type);
    if (tr_is_anyset(other)) other_size = AS_SET(other)->used;
    else if (is_dict) other_size = TR_AS(TrDict, other)->t.used;
    else other_size = -1;
    if (other_size < 0 || (s->used >> 2) > other_size) {
        TrSet *r = set_copy(s);
        return tr_set_difference_update(r, other) < 0 ? TR_ERR : tr_obj(r);
    }
    TrSet *r = set_alloc(base_type(s));
    int64_t pos = 0;
    TrSetEntry *e;
    while (next_entry(s, &pos, &e)) {
        TrValue key = e->key;
        int64_t h = e->hash;
        int c = is_dict ? tr_dict_contains(TR_AS(TrDict, other), key) : contains_entry(AS_SET(other), key, h);
        if (c < 0 || (!c && add_entry(r, key, h) < 0)) return TR_ERR;
    }
    return tr_obj(r);
}

/* Toggle every key of other (a set, or an exact dict's keys) in s. */
static int toggle_entry(TrSet *s, TrValue key, int64_t h) {
    int r = discard_entry(s, key, h);
    if (r < 0) return -1;
    return r == 0 ? add_entry(s, key, h) : 0;
}

int tr_set_symmetric_difference_update(TrSet *s, TrValue other) {
    if (other.tag == TR_TAG_OBJ && other.u.o == (TrObject *)s) {
        clear_internal(s);
        return 0;
    }
    if (tr_is_type(other, &tr_dict_type)) {
        TrDict *d = TR_AS(TrDict, other);
        for (int64_t i = 0; i < d->t.nentries; i++) {
            TrHEntry *e = &d->t.entries[i];
            if (!TR_IS_UNDEF(e->key) && toggle_entry(s, e->key, e->hash) < 0) return -1;
        }
        return 0;
    }
    TrSet *o;
    if (tr_is_anyset(other)) {
        o = AS_SET(other);
    } else {
        TrValue t = tr_set_from_iterable(base_type(s), other);
        if (TR_IS_UNDEF(t)) return -1;
        o = AS_SET(t);
    }
    int64_t pos = 0;
    TrSetEntry *e;
    while (next_entry(o, &pos, &e))
        if (toggle_entry(s, e->key, e->hash) < 0) return -1;
    return 0;
}

static TrValue set_symmetric_difference(TrSet *s, TrValue other) {
    /* CPython starts from a copy of *other* and toggles s's keys in it */
    TrValue r = tr_set_from_iterable(base_type(s), other);
    if (TR_IS_UNDEF(r)) return TR_ERR;
    return tr_set_symmetric_difference_update(AS_SET(r), tr_obj(s)) < 0 ? TR_ERR : r;
}

static TrValue set_union(TrSet *s, TrValue other) {
    TrSet *r = set_copy(s);
    if (other.tag == TR_TAG_OBJ && other.u.o == (TrObject *)s) return tr_obj(r);
    return tr_set_update(r, other) < 0 ? TR_ERR : tr_obj(r);
}

/* 1 when every key of s is in other (a set), 0 otherwise, -1 error. */
static int subset_of(TrSet *s, TrSet *o) {
    if (s->used > o->used) return 0;
    int64_t pos = 0;
    TrSetEntry *e;
    while (next_entry(s, &pos, &e)) {
        int c = contains_entry(o, e->key, e->hash);
        if (c <= 0) return c;
    }
    return 1;
}

/* other as a set: itself if it is one, else set(other). */
static TrSet *as_set(TrValue other) {
    if (tr_is_anyset(other)) return AS_SET(other);
    TrValue t = tr_set_from_iterable(&tr_set_type, other);
    return TR_IS_UNDEF(t) ? NULL : AS_SET(t);
}

/* ---- slots ------------------------------------------------------------------ */

static TrValue set_repr(TrValue self) {
    TrSet *s = AS_SET(self);
    TrType *t = tr_typeof(self);
    bool plain = t == &tr_set_type;
    if (s->used == 0) return tr_obj(tr_str_format("%s()", t->name));
    if (tr_repr_enter(self)) return tr_obj(tr_str_format("%s(...)", t->name));
    TrBuf b;
    tr_buf_init(&b, 16 + 4 * s->used);
    if (!plain) {
        tr_buf_puts(&b, t->name);
        tr_buf_putc(&b, '(');
    }
    tr_buf_putc(&b, '{');
    /* snapshot the keys: a key's repr may mutate the set */
    TrList *keys = tr_list_new(0);
    int64_t pos = 0;
    TrValue k;
    while (tr_set_next(s, &pos, &k)) tr_list_append(keys, k);
    int rc = tr_buf_put_reprs(&b, keys->items, keys->len);
    tr_repr_leave(self);
    if (rc < 0) return TR_ERR;
    tr_buf_putc(&b, '}');
    if (!plain) tr_buf_putc(&b, ')');
    return tr_str_value_or_err(tr_buf_finish(&b));
}

static int64_t set_len(TrValue self) { return AS_SET(self)->used; }

static int set_contains_slot(TrValue self, TrValue key) { return tr_set_contains(AS_SET(self), key); }

static uint64_t shuffle_bits(uint64_t h) { return ((h ^ 89869747ULL) ^ (h << 16)) * 3644798167ULL; }

/* CPython's frozenset_hash: xor of shuffled entry hashes over the whole
 * table (empty slots hash 0, dummies -1, corrected for afterwards). */
static int frozenset_hash(TrValue self, int64_t *out) {
    TrSet *s = AS_SET(self);
    if (s->hash != -1) {
        *out = s->hash;
        return 0;
    }
    uint64_t h = 0;
    for (int64_t i = 0; i <= s->mask; i++) h ^= shuffle_bits((uint64_t)s->table[i].hash);
    if ((s->mask + 1 - s->fill) & 1) h ^= shuffle_bits(0);
    if ((s->fill - s->used) & 1) h ^= shuffle_bits((uint64_t)-1);
    h ^= ((uint64_t)s->used + 1) * 1927868237ULL;
    h ^= (h >> 11) ^ (h >> 25);
    h = h * 69069U + 907133923ULL;
    if (h == UINT64_MAX) h = 590923713ULL;
    s->hash = (int64_t)h;
    *out = s->hash;
    return 0;
}

static TrValue set_richcmp(TrValue a, TrValue b, int op) {
    if (!tr_is_anyset(a) || !tr_is_anyset(b)) return TR_NOTIMPL;
    TrSet *x = AS_SET(a), *y = AS_SET(b);
    int r;
    switch (op) {
    case TR_EQ:
    case TR_NE:
        if (x->used != y->used) r = 0;
        else if (x->hash != -1 && y->hash != -1 && x->hash != y->hash) r = 0;
        else r = subset_of(x, y);
        if (r >= 0 && op == TR_NE) r = !r;
        break;
    case TR_LE: r = subset_of(x, y); break;
    case TR_GE: r = subset_of(y, x); break;
    case TR_LT: r = x->used < y->used ? subset_of(x, y) : 0; break;
    default: r = x->used > y->used ? subset_of(y, x) : 0; break;
    }
    return r < 0 ? TR_ERR : tr_bool(r);
}

static TrValue set_binop(int op, TrValue a, TrValue b) {
    if (!tr_is_anyset(a) || !tr_is_anyset(b)) return TR_NOTIMPL;
    TrSet *s = AS_SET(a);
    /* in place only for mutable sets: frozenset |= x rebinds */
    bool inplace = (op & TR_BIN_INPLACE) && !is_frozen(s);
    int rc;
    switch (op & 0xff) {
    case TR_BIN_OR:
        if (!inplace) return set_union(s, b);
        rc = tr_set_update(s, b);
        break;
    case TR_BIN_AND:
        if (!inplace) return set_intersection(s, b);
        {
            TrValue r = set_intersection(s, b);
            if (TR_IS_UNDEF(r)) return TR_ERR;
            swap_bodies(s, AS_SET(r));
            rc = 0;
        }
        break;
    case TR_BIN_SUB:
        if (!inplace) return set_difference(s, b);
        rc = tr_set_difference_update(s, b);
        break;
    case TR_BIN_XOR:
        if (!inplace) return set_symmetric_difference(s, b);
        rc = tr_set_symmetric_difference_update(s, b);
        break;
    default: return TR_NOTIMPL;
    }
    return rc < 0 ? TR_ERR : a;
}

/* ---- iterator ----------------------------------------------------------------- */

static TrValue set_iter(TrValue self) {
    TrSet *s = AS_SET(self);
    TrSetIter *it = tr_new_object(&tr_set_iter_type, sizeof(TrSetIter));
    it->set = s;
    it->used = s->used;
    it->remaining = s->used;
    return tr_obj(it);
}

static TrValue set_iter_next(TrValue self) {
    TrSetIter *it = TR_AS(TrSetIter, self);
    TrSet *s = it->set;
    if (!s) return tr_undef();
    if (it->used != s->used) {
        it->used = -1; /* sticky */
        return tr_raise(tr_RuntimeError, "Set changed size during iteration");
    }
    int64_t i = it->pos;
    while (i <= s->mask && !slot_live(&s->table[i])) i++;
    it->pos = i + 1;
    if (i > s->mask) {
        it->set = NULL;
        return tr_undef();
    }
    it->remaining--;
    return s->table[i].key;
}

TrType tr_set_iter_type = {
    .ob = {&tr_type_type},
    .name = "set_iterator",
    .iter = tr_self_iter,
    .next = set_iter_next,
    .tp_new = tr_tp_new_disabled,
};

/* ---- construction ----------------------------------------------------------- */

static TrValue set_new(TrType *type, TrValue *args, int nargs, TrTuple *kwnames) {
    bool frozen = type == &tr_frozenset_type || tr_type_is_subtype(type, &tr_frozenset_type);
    const char *name = frozen ? "frozenset" : "set";
    if (kwnames && kwnames->len && (type == &tr_set_type || type == &tr_frozenset_type))
        return tr_raise(tr_TypeError, "%s() takes no keyword arguments", name);
    if (type == &tr_set_type || !frozen) {
        /* set and its subclasses are filled by set.__init__ (or directly) */
        if (type == &tr_set_type && tr_check_args(name, nargs, NULL, 0, 1) < 0) return TR_ERR;
        return tr_set_from_iterable(type, type == &tr_set_type && nargs ? args[0] : tr_undef());
    }
    if (tr_check_args(name, nargs, NULL, 0, 1) < 0) return TR_ERR;
    if (type == &tr_frozenset_type && nargs && tr_is_type(args[0], &tr_frozenset_type)) return args[0];
    return tr_set_from_iterable(type, nargs ? args[0] : tr_undef());
}

/* ---- methods -------------------------------------------------------------------- */

#define SELF AS_SET(args[0])
#define CHECK(name, lo, hi) \
    if (tr_check_args(name, nargs - 1, kwnames, lo, hi) < 0) return TR_ERR

static TrValue m_add(TrValue *args, int nargs, TrTuple *kwnames) {
    CHECK("set.add", 1, 1);
    return tr_set_add(SELF, args[1]) < 0 ? TR_ERR : tr_none();
}

static TrValue m_discard(TrValue *args, int nargs, TrTuple *kwnames) {
    CHECK("set.discard", 1, 1);
    return tr_set_discard(SELF, args[1]) < 0 ? TR_ERR : tr_none();
}

static TrValue m_remove(TrValue *args, int nargs, TrTuple *kwnames) {
    CHECK("set.remove", 1, 1);
    int r = tr_set_discard(SELF, args[1]);
    if (r < 0) return TR_ERR;
    return r ? tr_none() : tr_raise_with(tr_KeyError, args[1]);
}

/* pop() resumes scanning at the finger, as CPython does. */
static TrValue m_pop(TrValue *args, int nargs, TrTuple *kwnames) {
    CHECK("set.pop", 0, 0);
    TrSet *s = SELF;
    if (s->used == 0) return tr_raise_with(tr_KeyError, tr_str_value("pop from an empty set"));
    int64_t i = s->finger & s->mask;
    while (!slot_live(&s->table[i])) i = i + 1 > s->mask ? 0 : i + 1;
    TrValue key = s->table[i].key;
    make_dummy(&s->table[i]);
    s->used--;
    s->finger = i + 1;
    return key;
}

static TrValue m_clear(TrValue *args, int nargs, TrTuple *kwnames) {
    CHECK("set.clear", 0, 0);
    clear_internal(SELF);
    return tr_none();
}

static TrValue m_copy(TrValue *args, int nargs, TrTuple *kwnames) {
    CHECK("copy", 0, 0);
    TrSet *s = SELF;
    if (tr_is_type(args[0], &tr_frozenset_type)) return args[0];
    return tr_obj(set_copy(s));
}

static TrValue m_update(TrValue *args, int nargs, TrTuple *kwnames) {
    CHECK("update", 0, 255);
    for (int i = 1; i < nargs; i++)
        if (tr_set_update(SELF, args[i]) < 0) return TR_ERR;
    return tr_none();
}

static TrValue m_union(TrValue *args, int nargs, TrTuple *kwnames) {
    CHECK("union", 0, 255);
    TrSet *r = set_copy(SELF);
    for (int i = 1; i < nargs; i++) {
        if (args[i].tag == TR_TAG_OBJ && args[i].u.o == args[0].u.o) continue;
        if (tr_set_update(r, args[i]) < 0) return TR_ERR;
    }
    return tr_obj(r);
}

static TrValue intersection_multi(TrValue *args, int nargs) {
    if (nargs == 1) return tr_obj(set_copy(SELF));
    TrValue r = args[0];
    for (int i = 1; i < nargs; i++) {
        r = set_intersection(AS_SET(r), args[i]);
        if (TR_IS_UNDEF(r)) return TR_ERR;
    }
    return r;
}

static TrValue m_intersection(TrValue *args, int nargs, TrTuple *kwnames) {
    CHECK("intersection", 0, 255);
    return intersection_multi(args, nargs);
}

static TrValue m_intersection_update(TrValue *args, int nargs, TrTuple *kwnames) {
    CHECK("intersection_update", 0, 255);
    TrValue r = intersection_multi(args, nargs);
    if (TR_IS_UNDEF(r)) return TR_ERR;
    swap_bodies(SELF, AS_SET(r));
    return tr_none();
}

static TrValue m_difference(TrValue *args, int nargs, TrTuple *kwnames) {
    CHECK("difference", 0, 255);
    if (nargs == 1) return tr_obj(set_copy(SELF));
    TrValue r = set_difference(SELF, args[1]);
    for (int i = 2; i < nargs && !TR_IS_UNDEF(r); i++)
        if (tr_set_difference_update(AS_SET(r), args[i]) < 0) return TR_ERR;
    return r;
}

static TrValue m_difference_update(TrValue *args, int nargs, TrTuple *kwnames) {
    CHECK("difference_update", 0, 255);
    for (int i = 1; i < nargs; i++)
        if (tr_set_difference_update(SELF, args[i]) < 0) return TR_ERR;
    return tr_none();
}

static TrValue m_symmetric_difference(TrValue *args, int nargs, TrTuple *kwnames) {
    CHECK("set.symmetric_difference", 1, 1);
    return set_symmetric_difference(SELF, args[1]);
}

static TrValue m_symmetric_difference_update(TrValue *args, int nargs, TrTuple *kwnames) {
    CHECK("set.symmetric_difference_update", 1, 1);
    return tr_set_symmetric_difference_update(SELF, args[1]) < 0 ? TR_ERR : tr_none();
}

static TrValue m_issubset(TrValue *args, int nargs, TrTuple *kwnames) {
    CHECK("set.issubset", 1, 1);
    TrSet *o = as_set(args[1]);
    if (!o) return TR_ERR;
    int r = subset_of(SELF, o);
    return r < 0 ? TR_ERR : tr_bool(r);
}

static TrValue m_issuperset(TrValue *args, int nargs, TrTuple *kwnames) {
    CHECK("set.issuperset", 1, 1);
    TrSet *o = as_set(args[1]);
    if (!o) return TR_ERR;
    int r = subset_of(o, SELF);
    return r < 0 ? TR_ERR : tr_bool(r);
}

static TrValue m_isdisjoint(TrValue *args, int nargs, TrTuple *kwnames) {
    CHECK("set.isdisjoint", 1, 1);
    TrSet *s = SELF;
    TrValue other = args[1];
    if (other.tag == TR_TAG_OBJ && other.u.o == (TrObject *)s) return tr_bool(s->used == 0);
    if (tr_is_anyset(other)) {
        TrSet *a = s, *b = AS_SET(other);
        if (b->used > a->used) {
            TrSet *t = a;
            a = b;
            b = t;
        }
        int64_t pos = 0;
        TrSetEntry *e;
        while (next_entry(b, &pos, &e)) {
            int c = contains_entry(a, e->key, e->hash);
            if (c < 0) return TR_ERR;
            if (c) return tr_bool(false);
        }
        return tr_bool(true);
    }
    TrValue it = tr_iter(other);
    if (TR_IS_UNDEF(it)) return TR_ERR;
    for (;;) {
        TrValue k = tr_next(it);
        if (TR_IS_UNDEF(k)) return tr_exc_pending() ? TR_ERR : tr_bool(true);
        int c = tr_set_contains(s, k);
        if (c < 0) return TR_ERR;
        if (c) return tr_bool(false);
    }
}

static TrValue m_init(TrValue *args, int nargs, TrTuple *kwnames) {
    if (kwnames && kwnames->len)
        return tr_raise(tr_TypeError, "%s() takes no keyword arguments", tr_type_name(args[0]));
    if (tr_check_args("set", nargs - 1, NULL, 0, 1) < 0) return TR_ERR;
    clear_internal(SELF);
    if (nargs > 1 && tr_set_update(SELF, args[1]) < 0) return TR_ERR;
    return tr_none();
}

static TrValue m_contains(TrValue *args, int nargs, TrTuple *kwnames) {
    CHECK("set.__contains__", 1, 1);
    int r = tr_set_contains(SELF, args[1]);
    return r < 0 ? TR_ERR : tr_bool(r);
}

static TrValue m_len(TrValue *args, int nargs, TrTuple *kwnames) {
    CHECK("set.__len__", 0, 0);
    return tr_int(SELF->used);
}

static TrValue m_iter(TrValue *args, int nargs, TrTuple *kwnames) {
    CHECK("set.__iter__", 0, 0);
    return set_iter(args[0]);
}

static TrValue m_class_getitem(TrValue *args, int nargs, TrTuple *kwnames) {
    CHECK("__class_getitem__", 1, 1);
    return tr_generic_alias_new(args[0], args[1]);
}

#undef CHECK
#undef SELF

static const TrMethodDef set_methods[] = {
    {"add", m_add, 0},
    {"discard", m_discard, 0},
    {"remove", m_remove, 0},
    {"pop", m_pop, 0},
    {"clear", m_clear, 0},
    {"copy", m_copy, 0},
    {"update", m_update, 0},
    {"intersection_update", m_intersection_update, 0},
    {"difference_update", m_difference_update, 0},
    {"symmetric_difference_update", m_symmetric_difference_update, 0},
    {"union", m_union, 0},
    {"intersection", m_intersection, 0},
    {"difference", m_difference, 0},
    {"symmetric_difference", m_symmetric_difference, 0},
    {"issubset", m_issubset, 0},
    {"issuperset", m_issuperset, 0},
    {"isdisjoint", m_isdisjoint, 0},
    {"__init__", m_init, 0},
    {"__contains__", m_contains, 0},
    {"__len__", m_len, 0},
    {"__iter__", m_iter, 0},
    {"__class_getitem__", m_class_getitem, TR_METH_CLASS},
    {NULL, NULL, 0},
};

static const TrMethodDef frozenset_methods[] = {
    {"copy", m_copy, 0},
    {"union", m_union, 0},
    {"intersection", m_intersection, 0},
    {"difference", m_difference, 0},
    {"symmetric_difference", m_symmetric_difference, 0},
    {"issubset", m_issubset, 0},
    {"issuperset", m_issuperset, 0},
    {"isdisjoint", m_isdisjoint, 0},
    {"__contains__", m_contains, 0},
    {"__len__", m_len, 0},
    {"__iter__", m_iter, 0},
    {"__class_getitem__", m_class_getitem, TR_METH_CLASS},
    {NULL, NULL, 0},
};

TrType tr_set_type = {
    .ob = {&tr_type_type},
    .name = "set",
    .base = &tr_object_type,
    .flags = TR_TF_BASETYPE,
    .basicsize = sizeof(TrSet),
    .repr = set_repr,
    .hash = tr_hash_unhashable,
    .richcmp = set_richcmp,
    .len = set_len,
    .contains = set_contains_slot,
    .iter = set_iter,
    .binop = set_binop,
    .tp_new = set_new,
};

TrType tr_frozenset_type = {
    .ob = {&tr_type_type},
    .name = "frozenset",
    .base = &tr_object_type,
    .flags = TR_TF_BASETYPE,
    .basicsize = sizeof(TrSet),
    .repr = set_repr,
    .hash = frozenset_hash,
    .richcmp = set_richcmp,
    .len = set_len,
    .contains = set_contains_slot,
    .iter = set_iter,
    .binop = set_binop,
    .tp_new = set_new,
};

void tr_init_set(void) {
    tr_type_ready(&tr_set_type, set_methods);
    tr_type_ready(&tr_frozenset_type, frozenset_methods);
    tr_type_ready(&tr_set_iter_type, NULL);
}
