/* tr_dict.c — dict, its views (keys/values/items) and their iterators.
 *
 * The table is CPython's compact ordered dict: a dense array of entries in
 * insertion order plus a sparse index of entry numbers probed with the
 * perturbation recurrence (i = 5i + 1 + perturb).  Deleting leaves a dummy
 * in the index and an empty entry; the table is rebuilt (compacting the
 * entries) when the entry array is full, sized from 3 * used as CPython's
 * GROWTH_RATE.  Keys match by identity, then equal hash and ==, so 1, 1.0
 * and True are one key.  `version` changes on every mutation so global and
 * attribute caches can validate cheaply.
 *
 * Names and attributes use the str fast paths (tr_dict_get_str/_set_str):
 * pointer comparison first (interned names), then string equality; they
 * never call user code and never raise. */
#include <string.h>

#include "tr_icache.h"
#include "tr_iters.h"

#define AS_DICT(v) TR_AS(TrDict, v)
#define IX_EMPTY (-1)
#define IX_DUMMY (-2)
#define MINSIZE 8
#define PERTURB_SHIFT 5

/* Every mutation: the version for the caches that validate by it, and the
 * type epoch when this is a class's namespace. */
static inline void changed(TrDict *d) {
    if (++d->version & TR_DICT_WATCHED) tr_type_epoch++;
}

/* ---- table ------------------------------------------------------------- */

/* The index holds entry numbers in the narrowest signed width that fits
 * the table, as CPython's DK_IXSIZE: most dicts are small, and a small
 * table's index is then 8 bytes instead of 64.  Entry numbers stay below
 * two thirds of the index size, so a width holds every one of them. */
static inline unsigned ix_shift(uint64_t size) { return size <= 0x80 ? 0 : size <= 0x8000 ? 1 : 2; }
static inline size_t ix_bytes(int64_t size) { return (size_t)size << ix_shift((uint64_t)size); }
static inline int64_t ix_get(const TrHTable *t, uint64_t i) {
    switch (ix_shift((uint64_t)t->mask + 1)) {
    case 0: return ((const int8_t *)t->index)[i];
    case 1: return ((const int16_t *)t->index)[i];
    default: return ((const int32_t *)t->index)[i];
    }
}
static inline void ix_set(TrHTable *t, uint64_t i, int64_t ix) {
    switch (ix_shift((uint64_t)t->mask + 1)) {
    case 0: ((int8_t *)t->index)[i] = (int8_t)ix; break;
    case 1: ((int16_t *)t->index)[i] = (int16_t)ix; break;
    default: ((int32_t *)t->index)[i] = (int32_t)ix; break;
    }
}

/* A small table (up to TR_DICT_EMBED_MAX entries) is one block, entries
 * first and the index after them: most dicts never grow past it (an
 * instance's attributes, keyword arguments), and one allocation instead of
 * two is a measurable part of creating an object.  The block is scanned,
 * index and all; the index holds small entry numbers and -1/-2, which
 * never look like heap addresses.  For n entries (0: CPython's smallest
 * table, 8 slots and 5 entries) the index is the smallest with room for
 * them, and the entries are exactly n: an instance's table is sized from
 * what its class's instances have held (tr_note_inst_attrs). */
#define SMALL_ENTRIES ((MINSIZE << 1) / 3)
static void small_shape(int64_t n, int64_t *size, int64_t *entcap) {
    if (n <= 0 || n > TR_DICT_EMBED_MAX) n = n <= 0 ? SMALL_ENTRIES : TR_DICT_EMBED_MAX;
    int64_t sz = 4;
    while ((sz << 1) / 3 < n) sz <<= 1;
    *size = sz;
    *entcap = n;
}

/* Not rounded up: the collector adds a byte to every object (interior
 * pointers), so a 2-attribute instance of 156 bytes takes 160, not 176. */
static size_t small_bytes(int64_t size, int64_t entcap) {
    return sizeof(TrHEntry) * (size_t)entcap + ix_bytes(size);
}

size_t tr_dict_block_size(int64_t n) {
    int64_t size, entcap;
    small_shape(n, &size, &entcap);
    return sizeof(TrDict) + small_bytes(size, entcap);
}

static void table_init_small(TrHTable *t, void *block, int64_t size, int64_t entcap) {
    t->mask = size - 1;
    t->entries = block;
    t->index = (char *)block + sizeof(TrHEntry) * (size_t)entcap;
    memset(t->index, 0xff, ix_bytes(size)); /* all IX_EMPTY */
    t->entcap = entcap;
    t->nentries = 0;
    t->used = 0;
}

/* Allocate a fresh, empty table whose index has `size` slots. */
static void table_init(TrHTable *t, int64_t size) {
    if (size > INT64_C(0x80000000)) tr_out_of_memory(sizeof(TrHEntry) * (size_t)size); /* past the 32-bit mask */
    if (size == MINSIZE) {
        table_init_small(t, tr_alloc(small_bytes(MINSIZE, SMALL_ENTRIES)), MINSIZE, SMALL_ENTRIES);
        return;
    }
    t->mask = size - 1;
    t->index = tr_alloc_atomic(ix_bytes(size));
    memset(t->index, 0xff, ix_bytes(size)); /* all IX_EMPTY */
    t->entcap = (size << 1) / 3;
    t->entries = tr_alloc(sizeof(TrHEntry) * (size_t)t->entcap);
    t->nentries = 0;
    t->used = 0;
}

/* First index slot for `hash` holding an empty or dummy mark (insertion). */
static int64_t find_free_slot(const TrHTable *t, int64_t hash) {
    uint64_t mask = (uint64_t)t->mask, perturb = (uint64_t)hash;
    uint64_t i = (uint64_t)hash & mask;
    while (ix_get(t, i) >= 0) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
    return (int64_t)i;
}

/* Rebuild with room for `minused` live entries; entries are compacted in
 * order, so iteration order is unchanged. */
static void table_resize(TrHTable *t, int64_t minused) {
    int64_t size = MINSIZE;
    while (size < minused) size <<= 1;
    TrHTable old = *t;
    table_init(t, size);
    for (int64_t k = 0; k < old.nentries; k++) {
        TrHEntry *e = &old.entries[k];
        if (TR_IS_UNDEF(e->key)) continue;
        t->entries[t->nentries] = *e;
        ix_set(t, (uint64_t)find_free_slot(t, e->hash), t->nentries++);
    }
    t->used = t->nentries;
}

/* Locate `key`: returns the entry number (>= 0), IX_EMPTY when absent, or
 * -3 on a comparison error.  *slot receives the index slot found. */
#define IX_ERROR (-3)
static int64_t lookup(TrDict *d, TrValue key, int64_t hash, int64_t *slot) {
restart:;
    TrHTable *t = &d->t;
    if (!t->index) return IX_EMPTY;
    uint64_t mask = (uint64_t)t->mask, perturb = (uint64_t)hash;
    uint64_t i = (uint64_t)hash & mask;
    for (;;) {
        int64_t ix = ix_get(t, i);
        if (ix == IX_EMPTY) {
            if (slot) *slot = (int64_t)i;
            return IX_EMPTY;
        }
        if (ix >= 0) {
            TrHEntry *e = &t->entries[ix];
            if (tr_same(e->key, key)) goto found;
            if (e->hash == hash) {
                TrHEntry *entries = t->entries;
                TrValue startkey = e->key;
                int eq;
                if (tr_is_type(startkey, &tr_str_type) && tr_is_type(key, &tr_str_type))
                    eq = tr_str_eq(TR_AS(TrStr, startkey), TR_AS(TrStr, key));
                else
                    eq = tr_eq(startkey, key);
                if (eq < 0) return IX_ERROR;
                /* __eq__ may have mutated the dict: start again */
                if (entries != t->entries || !tr_same(t->entries[ix].key, startkey)) goto restart;
                if (eq) goto found;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
        continue;
    found:
        if (slot) *slot = (int64_t)i;
        return ix;
    }
}

/* The index slot that points at entry number ix (no key comparisons). */
static int64_t slot_of_entry(const TrHTable *t, int64_t hash, int64_t ix) {
    uint64_t mask = (uint64_t)t->mask, perturb = (uint64_t)hash;
    uint64_t i = (uint64_t)hash & mask;
    while (ix_get(t, i) != ix) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
    return (int64_t)i;
}

/* Insert a key known to be absent. */
static void insert_new(TrDict *d, TrValue key, int64_t hash, TrValue v) {
    TrHTable *t = &d->t;
    if (!t->index) table_init(t, MINSIZE);
    else if (t->nentries >= t->entcap) table_resize(t, t->used * 3);
    int64_t n = t->nentries++;
    t->entries[n].hash = hash;
    t->entries[n].key = key;
    t->entries[n].value = v;
    ix_set(t, (uint64_t)find_free_slot(t, hash), n);
    t->used++;
    changed(d);
}

/* Remove entry number ix found at index slot `slot`. */
static void delete_at(TrDict *d, int64_t slot, int64_t ix) {
    TrHTable *t = &d->t;
    ix_set(t, (uint64_t)slot, IX_DUMMY);
    t->entries[ix].key = tr_undef();
    t->entries[ix].value = tr_undef();
    t->used--;
    changed(d);
}

static int insert_hashed(TrDict *d, TrValue key, int64_t hash, TrValue v) {
    int64_t ix = lookup(d, key, hash, NULL);
    if (ix == IX_ERROR) return -1;
    if (ix >= 0) {
        d->t.entries[ix].value = v;
        changed(d);
        return 0;
    }
    insert_new(d, key, hash, v);
    return 0;
}

/* ---- public API ----------------------------------------------------------- */

TrDict *tr_dict_new(void) {
    return tr_new_object(&tr_dict_type, sizeof(TrDict));
}

TrDict *tr_dict_init_block(void *mem, int64_t n) {
    TrDict *d = mem;
    d->ob.type = &tr_dict_type;
    int64_t size, entcap;
    small_shape(n, &size, &entcap);
    table_init_small(&d->t, d + 1, size, entcap);
    return d;
}

TrValue tr_dict_get(TrDict *d, TrValue key) {
    int64_t h;
    if (tr_hash(key, &h) < 0) return TR_ERR;
    int64_t ix = lookup(d, key, h, NULL);
    if (ix == IX_ERROR) return TR_ERR;
    return ix >= 0 ? d->t.entries[ix].value : tr_undef();
}

int tr_dict_set(TrDict *d, TrValue key, TrValue v) {
    int64_t h;
    if (tr_hash(key, &h) < 0) return -1;
    return insert_hashed(d, key, h, v);
}

int tr_dict_contains(TrDict *d, TrValue key) {
    int64_t h;
    if (tr_hash(key, &h) < 0) return -1;
    int64_t ix = lookup(d, key, h, NULL);
    return ix == IX_ERROR ? -1 : ix >= 0;
}

int tr_dict_del(TrDict *d, TrValue key) {
    int64_t h, slot;
    if (tr_hash(key, &h) < 0) return -1;
    int64_t ix = lookup(d, key, h, &slot);
    if (ix == IX_ERROR) return -1;
    if (ix < 0) {
        tr_raise_with(tr_KeyError, key);
        return -1;
    }
    delete_at(d, slot, ix);
    return 0;
}

TrValue tr_dict_pop(TrDict *d, TrValue key, TrValue dflt) {
    int64_t h, slot;
    if (tr_hash(key, &h) < 0) return TR_ERR;
    int64_t ix = lookup(d, key, h, &slot);
    if (ix == IX_ERROR) return TR_ERR;
    if (ix < 0) return TR_IS_UNDEF(dflt) ? tr_raise_with(tr_KeyError, key) : dflt;
    TrValue v = d->t.entries[ix].value;
    delete_at(d, slot, ix);
    return v;
}

static bool str_key_matches(TrValue k, TrStr *key, int64_t hash, int64_t ehash) {
    if (k.tag != TR_TAG_OBJ) return false;
    if (k.u.o == (TrObject *)key) return true;
    if (ehash != hash) return false;
    TrType *t = k.u.o->type;
    return (t == &tr_str_type || (t->flags & TR_TF_STR_SUBCLASS)) && tr_str_eq(TR_AS(TrStr, k), key);
}

/* Probe for a str key without calling user code. */
static int64_t lookup_str(TrDict *d, TrStr *key, int64_t hash, int64_t *slot) {
    TrHTable *t = &d->t;
    if (!t->index) return IX_EMPTY;
    uint64_t mask = (uint64_t)t->mask, perturb = (uint64_t)hash;
    uint64_t i = (uint64_t)hash & mask;
    for (;;) {
        int64_t ix = ix_get(t, i);
        if (ix == IX_EMPTY) break;
        if (ix >= 0 && str_key_matches(t->entries[ix].key, key, hash, t->entries[ix].hash)) {
            if (slot) *slot = (int64_t)i;
            return ix;
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
    return IX_EMPTY;
}

TrValue tr_dict_get_str(TrDict *d, TrStr *key) {
    if (!d->t.used) return tr_undef();
    int64_t ix = lookup_str(d, key, tr_str_hash(key), NULL);
    return ix >= 0 ? d->t.entries[ix].value : tr_undef();
}

int64_t tr_dict_index_str(TrDict *d, TrStr *key) {
    if (!d->t.used) return -1;
    int64_t ix = lookup_str(d, key, tr_str_hash(key), NULL);
    return ix >= 0 ? ix : -1;
}

void tr_dict_set_str(TrDict *d, TrStr *key, TrValue v) {
    int64_t h = tr_str_hash(key);
    int64_t ix = lookup_str(d, key, h, NULL);
    if (ix >= 0) {
        d->t.entries[ix].value = v;
        changed(d);
        return;
    }
    insert_new(d, tr_obj(key), h, v);
}

TrValue tr_dict_get_cstr(TrDict *d, const char *key) {
    return tr_dict_get_str(d, tr_str_intern(key));
}

bool tr_dict_next(TrDict *d, int64_t *pos, TrValue *key, TrValue *value) {
    TrHTable *t = &d->t;
    for (int64_t i = *pos; i < t->nentries; i++) {
        TrHEntry *e = &t->entries[i];
        if (TR_IS_UNDEF(e->key)) continue;
        *pos = i + 1;
        if (key) *key = e->key;
        if (value) *value = e->value;
        return true;
    }
    *pos = t->nentries;
    return false;
}

TrDict *tr_dict_copy(TrDict *d) {
    TrDict *r = tr_dict_new();
    TrHTable *t = &d->t;
    if (!t->used) return r;
    if (t->used == t->nentries) { /* no holes: copy the table as is */
        r->t = *t;
        r->t.index = tr_alloc_atomic(ix_bytes(t->mask + 1));
        memcpy(r->t.index, t->index, ix_bytes(t->mask + 1));
        r->t.entries = tr_alloc(sizeof(TrHEntry) * (size_t)t->entcap);
        memcpy(r->t.entries, t->entries, sizeof(TrHEntry) * (size_t)t->nentries);
        return r;
    }
    int64_t size = MINSIZE;
    while ((size << 1) / 3 < t->used) size <<= 1;
    table_init(&r->t, size);
    for (int64_t i = 0; i < t->nentries; i++) {
        TrHEntry *e = &t->entries[i];
        if (!TR_IS_UNDEF(e->key)) insert_new(r, e->key, e->hash, e->value);
    }
    return r;
}

static void dict_clear(TrDict *d) {
    memset(&d->t, 0, sizeof d->t);
    changed(d);
}

/* Merge a mapping: a dict directly, else anything with keys(). */
static int merge_mapping(TrDict *d, TrValue other) {
    if (tr_is_dict(other) && tr_typeof(other)->iter == tr_dict_type.iter) {
        TrDict *o = AS_DICT(other);
        if (o == d) return 0;
        for (int64_t i = 0; i < o->t.nentries; i++) {
            TrHEntry *e = &o->t.entries[i];
            if (TR_IS_UNDEF(e->key)) continue;
            if (insert_hashed(d, e->key, e->hash, e->value) < 0) return -1;
        }
        return 0;
    }
    TrValue keys = tr_call_method(other, "keys", NULL, 0);
    if (TR_IS_UNDEF(keys)) return -1;
    TrValue it = tr_iter(keys);
    if (TR_IS_UNDEF(it)) return -1;
    for (;;) {
        TrValue k = tr_next(it);
        if (TR_IS_UNDEF(k)) return tr_exc_pending() ? -1 : 0;
        TrValue v = tr_getitem(other, k);
        if (TR_IS_UNDEF(v) || tr_dict_set(d, k, v) < 0) return -1;
    }
}

/* Merge an iterable of key/value pairs, with CPython's messages. */
static int merge_pairs(TrDict *d, TrValue seq) {
    TrValue it = tr_iter(seq);
    if (TR_IS_UNDEF(it)) return -1;
    for (int64_t n = 0;; n++) {
        TrValue item = tr_next(it);
        if (TR_IS_UNDEF(item)) return tr_exc_pending() ? -1 : 0;
        TrValue kv[2];
        int64_t len;
        if (tr_is_tuple(item) || tr_is_list(item)) {
            len = tr_is_tuple(item) ? TR_AS(TrTuple, item)->len : TR_AS(TrList, item)->len;
            TrValue *src = tr_is_tuple(item) ? TR_AS(TrTuple, item)->items : TR_AS(TrList, item)->items;
            if (len == 2) kv[0] = src[0], kv[1] = src[1];
        } else {
            if (!tr_typeof(item)->iter) {
                tr_raise(tr_TypeError, "cannot convert dictionary update sequence element #%lld to a sequence",
                         (long long)n);
                return -1;
            }
            TrList *l = tr_list_of(item);
            if (!l) return -1;
            len = l->len;
            if (len == 2) kv[0] = l->items[0], kv[1] = l->items[1];
        }
        if (len != 2) {
            tr_raise(tr_ValueError, "dictionary update sequence element #%lld has length %lld; 2 is required",
                     (long long)n, (long long)len);
            return -1;
        }
        if (tr_dict_set(d, kv[0], kv[1]) < 0) return -1;
    }
}

static bool has_keys_method(TrValue v) {
    return !TR_IS_UNDEF(tr_type_lookup(tr_typeof(v), tr_str_intern("keys")));
}

int tr_dict_update(TrDict *d, TrValue other) {
    if (tr_is_dict(other) || has_keys_method(other)) return merge_mapping(d, other);
    return merge_pairs(d, other);
}

/* Keyword arguments (args after nargs, named by kwnames) into d. */
static void update_kwargs(TrDict *d, TrValue *args, int nargs, TrTuple *kwnames) {
    for (int64_t k = 0; kwnames && k < kwnames->len; k++)
        tr_dict_set_str(d, TR_AS(TrStr, kwnames->items[k]), args[nargs + k]);
}

/* ---- slots ---------------------------------------------------------------- */

static TrValue dict_repr(TrValue self) {
    TrDict *d = AS_DICT(self);
    if (d->t.used == 0) return tr_str_value("{}");
    if (tr_repr_enter(self)) return tr_str_value("{...}");
    TrBuf b;
    tr_buf_init(&b, 16 + 8 * d->t.used);
    tr_buf_putc(&b, '{');
    bool first = true;
    for (int64_t i = 0; i < d->t.nentries; i++) {
        TrHEntry e = d->t.entries[i];
        if (TR_IS_UNDEF(e.key)) continue;
        if (!first) tr_buf_put(&b, ", ", 2);
        first = false;
        TrStr *ks = tr_repr(e.key);
        TrStr *vs = ks ? tr_repr(e.value) : NULL;
        if (!vs) {
            tr_repr_leave(self);
            return TR_ERR;
        }
        tr_buf_put_str(&b, ks);
        tr_buf_put(&b, ": ", 2);
        tr_buf_put_str(&b, vs);
    }
    tr_buf_putc(&b, '}');
    tr_repr_leave(self);
    return tr_str_value_or_err(tr_buf_finish(&b));
}

static int64_t dict_len(TrValue self) { return AS_DICT(self)->t.used; }

static int dict_equal(TrDict *a, TrDict *b) {
    if (a->t.used != b->t.used) return 0;
    for (int64_t i = 0; i < a->t.nentries; i++) {
        TrHEntry e = a->t.entries[i];
        if (TR_IS_UNDEF(e.key)) continue;
        int64_t ix = lookup(b, e.key, e.hash, NULL);
        if (ix == IX_ERROR) return -1;
        if (ix < 0) return 0;
        int eq = tr_eq(e.value, b->t.entries[ix].value);
        if (eq <= 0) return eq;
    }
    return 1;
}

static TrValue dict_richcmp(TrValue a, TrValue b, int op) {
    if ((op != TR_EQ && op != TR_NE) || !tr_is_dict(a) || !tr_is_dict(b)) return TR_NOTIMPL;
    int eq = dict_equal(AS_DICT(a), AS_DICT(b));
    if (eq < 0) return TR_ERR;
    return tr_bool(op == TR_EQ ? eq : !eq);
}

static TrValue dict_getitem(TrValue self, TrValue key) {
    TrDict *d = AS_DICT(self);
    TrValue v = tr_dict_get(d, key);
    if (!TR_IS_UNDEF(v) || tr_exc_pending()) return v;
    TrType *t = tr_typeof(self);
    if (t != &tr_dict_type) { /* subclasses may define __missing__ */
        TrValue missing = tr_type_lookup(t, tr_str_intern("__missing__"));
        if (!TR_IS_UNDEF(missing)) return tr_call2(missing, self, key);
    }
    return tr_raise_with(tr_KeyError, key);
}

static int dict_setitem(TrValue self, TrValue key, TrValue v) {
    if (TR_IS_UNDEF(v)) return tr_dict_del(AS_DICT(self), key);
    return tr_dict_set(AS_DICT(self), key, v);
}

static int dict_contains(TrValue self, TrValue key) {
    return tr_dict_contains(AS_DICT(self), key);
}

static TrValue dict_binop(int op, TrValue a, TrValue b) {
    if ((op & 0xff) != TR_BIN_OR) return TR_NOTIMPL;
    if (op & TR_BIN_INPLACE) {
        if (!tr_is_dict(a)) return TR_NOTIMPL;
        return tr_dict_update(AS_DICT(a), b) < 0 ? TR_ERR : a;
    }
    if (!tr_is_dict(a) || !tr_is_dict(b)) return TR_NOTIMPL;
    TrDict *r = tr_dict_copy(AS_DICT(a));
    return merge_mapping(r, b) < 0 ? TR_ERR : tr_obj(r);
}

/* ---- iterators -------------------------------------------------------------- */

enum { KIND_KEYS, KIND_VALUES, KIND_ITEMS };

static TrValue dict_iter_new(TrDict *d, TrType *type) {
    TrDictIter *it = tr_new_object(type, sizeof(TrDictIter));
    it->dict = d;
    it->used = d->t.used;
    it->remaining = d->t.used;
    return tr_obj(it);
}

/* Advance to the next live entry, with CPython's mutation checks. */
static TrHEntry *dict_iter_step(TrValue self) {
    TrDictIter *it = TR_AS(TrDictIter, self);
    TrDict *d = it->dict;
    if (!d) return NULL;
    if (it->used != d->t.used) {
        tr_raise(tr_RuntimeError, "dictionary changed size during iteration");
        it->used = -1; /* sticky */
        return NULL;
    }
    int64_t i = it->pos;
    while (i < d->t.nentries && TR_IS_UNDEF(d->t.entries[i].key)) i++;
    if (i >= d->t.nentries) {
        it->dict = NULL;
        return NULL;
    }
    if (it->remaining == 0) {
        tr_raise(tr_RuntimeError, "dictionary keys changed during iteration");
        it->dict = NULL;
        return NULL;
    }
    it->pos = i + 1;
    it->remaining--;
    return &d->t.entries[i];
}

static TrValue dict_keyiter_next(TrValue self) {
    TrHEntry *e = dict_iter_step(self);
    return e ? e->key : tr_undef();
}

static TrValue dict_valueiter_next(TrValue self) {
    TrHEntry *e = dict_iter_step(self);
    return e ? e->value : tr_undef();
}

static TrValue dict_itemiter_next(TrValue self) {
    TrHEntry *e = dict_iter_step(self);
    if (!e) return tr_undef();
    TrTuple *t = tr_tuple_new(2);
    t->items[0] = e->key;
    t->items[1] = e->value;
    return tr_obj(t);
}

TrType tr_dict_keyiter_type = {
    .ob = {&tr_type_type},
    .name = "dict_keyiterator",
    .iter = tr_self_iter,
    .next = dict_keyiter_next,
    .tp_new = tr_tp_new_disabled,
};
TrType tr_dict_valueiter_type = {
    .ob = {&tr_type_type},
    .name = "dict_valueiterator",
    .iter = tr_self_iter,
    .next = dict_valueiter_next,
    .tp_new = tr_tp_new_disabled,
};
TrType tr_dict_itemiter_type = {
    .ob = {&tr_type_type},
    .name = "dict_itemiterator",
    .iter = tr_self_iter,
    .next = dict_itemiter_next,
    .tp_new = tr_tp_new_disabled,
};

static TrValue dict_iter(TrValue self) { return dict_iter_new(AS_DICT(self), &tr_dict_keyiter_type); }

/* reversed(dict) and reversed(view): walk the entries backwards. */
typedef struct DictRevIter {
    TrObject ob;
    TrDict *dict;
    int64_t pos; /* next entry number to look at, counting down */
    int64_t used;
    int kind;
} DictRevIter;

static TrValue dict_reviter_next(TrValue self) {
    DictRevIter *it = TR_AS(DictRevIter, self);
    TrDict *d = it->dict;
    if (!d) return tr_undef();
    if (it->used != d->t.used) {
        tr_raise(tr_RuntimeError, "dictionary changed size during iteration");
        it->used = -1;
        return tr_undef();
    }
    int64_t i = it->pos;
    while (i >= 0 && (i >= d->t.nentries || TR_IS_UNDEF(d->t.entries[i].key))) i--;
    if (i < 0) {
        it->dict = NULL;
        return tr_undef();
    }
    it->pos = i - 1;
    TrHEntry *e = &d->t.entries[i];
    if (it->kind == KIND_KEYS) return e->key;
    if (it->kind == KIND_VALUES) return e->value;
    TrValue kv[2] = {e->key, e->value};
    return tr_obj(tr_tuple_from(kv, 2));
}

static TrType dict_reviter_types[3] = {
    {.ob = {&tr_type_type}, .name = "dict_reversekeyiterator", .iter = tr_self_iter,
     .next = dict_reviter_next, .tp_new = tr_tp_new_disabled},
    {.ob = {&tr_type_type}, .name = "dict_reversevalueiterator", .iter = tr_self_iter,
     .next = dict_reviter_next, .tp_new = tr_tp_new_disabled},
    {.ob = {&tr_type_type}, .name = "dict_reverseitemiterator", .iter = tr_self_iter,
     .next = dict_reviter_next, .tp_new = tr_tp_new_disabled},
};

static TrValue dict_reversed(TrDict *d, int kind) {
    DictRevIter *it = tr_new_object(&dict_reviter_types[kind], sizeof(DictRevIter));
    it->dict = d;
    it->pos = d->t.nentries - 1;
    it->used = d->t.used;
    it->kind = kind;
    return tr_obj(it);
}

/* ---- views ---------------------------------------------------------------- */

static TrValue view_new(TrDict *d, TrType *type) {
    TrDictView *v = tr_new_object(type, sizeof(TrDictView));
    v->dict = d;
    return tr_obj(v);
}

static TrDict *view_dict(TrValue v) { return TR_AS(TrDictView, v)->dict; }

static int view_kind(TrValue v) {
    TrType *t = tr_typeof(v);
    return t == &tr_dict_keys_type ? KIND_KEYS : t == &tr_dict_values_type ? KIND_VALUES : KIND_ITEMS;
}

static bool is_setlike_view(TrValue v) {
    return tr_is_type(v, &tr_dict_keys_type) || tr_is_type(v, &tr_dict_items_type);
}

static TrValue view_repr(TrValue self) {
    if (tr_repr_enter(self)) return tr_str_value("...");
    TrList *l = tr_list_of(self);
    TrStr *s = l ? tr_repr(tr_obj(l)) : NULL;
    tr_repr_leave(self);
    if (!s) return TR_ERR;
    return tr_obj(tr_str_format("%s(%U)", tr_type_name(self), s));
}

static int64_t view_len(TrValue self) { return view_dict(self)->t.used; }

static TrValue view_iter(TrValue self) {
    static TrType *const iter_types[] = {&tr_dict_keyiter_type, &tr_dict_valueiter_type,
                                         &tr_dict_itemiter_type};
    return dict_iter_new(view_dict(self), iter_types[view_kind(self)]);
}

int tr_dictview_contains(TrValue self, TrValue x) {
    TrDict *d = view_dict(self);
    switch (view_kind(self)) {
    case KIND_KEYS: return tr_dict_contains(d, x);
    case KIND_ITEMS: {
        if (!tr_is_tuple(x) || TR_AS(TrTuple, x)->len != 2) return 0;
        TrTuple *kv = TR_AS(TrTuple, x);
        TrValue v = tr_dict_get(d, kv->items[0]);
        if (TR_IS_UNDEF(v)) return tr_exc_pending() ? -1 : 0;
        return tr_eq(v, kv->items[1]);
    }
    default: { /* values: a linear scan */
        for (int64_t i = 0; i < d->t.nentries; i++) {
            TrHEntry e = d->t.entries[i];
            if (TR_IS_UNDEF(e.key)) continue;
            int r = tr_eq(e.value, x);
            if (r != 0) return r;
        }
        return 0;
    }
    }
}

/* Every item of `a` is in `b` (CPython's all_contained_in). */
static int all_contained_in(TrValue a, TrValue b) {
    TrValue it = tr_iter(a);
    if (TR_IS_UNDEF(it)) return -1;
    for (;;) {
        TrValue x = tr_next(it);
        if (TR_IS_UNDEF(x)) return tr_exc_pending() ? -1 : 1;
        int r = tr_contains(b, x);
        if (r <= 0) return r;
    }
}

static TrValue view_richcmp(TrValue a, TrValue b, int op) {
    if (!tr_is_anyset(b) && !is_setlike_view(b)) return TR_NOTIMPL;
    int64_t la = tr_len(a), lb = tr_len(b);
    if (la < 0 || lb < 0) return TR_ERR;
    int ok = 0;
    switch (op) {
    case TR_EQ:
    case TR_NE:
        if (la == lb) ok = all_contained_in(a, b);
        if (op == TR_NE && ok >= 0) ok = !ok;
        break;
    case TR_LT: if (la < lb) ok = all_contained_in(a, b); break;
    case TR_LE: if (la <= lb) ok = all_contained_in(a, b); break;
    case TR_GT: if (la > lb) ok = all_contained_in(b, a); break;
    default: if (la >= lb) ok = all_contained_in(b, a); break;
    }
    return ok < 0 ? TR_ERR : tr_bool(ok);
}

/* view & other, following _PyDictView_Intersect's choice of which side to
 * iterate (it decides the result's insertion order). */
static TrValue view_intersect(TrValue a, TrValue b) {
    if (!is_setlike_view(a)) {
        TrValue t = a;
        a = b;
        b = t;
    }
    int64_t la = view_len(a);
    if (tr_is_type(b, &tr_set_type) && la <= tr_len(b)) {
        TrValue arg = a;
        return tr_call_method(b, "intersection", &arg, 1);
    }
    if (is_setlike_view(b) && view_len(b) > la) {
        TrValue t = a;
        a = b;
        b = t;
    }
    TrSet *r = tr_set_new(&tr_set_type);
    TrValue it = tr_iter(b);
    if (TR_IS_UNDEF(it)) return TR_ERR;
    for (;;) {
        TrValue x = tr_next(it);
        if (TR_IS_UNDEF(x)) return tr_exc_pending() ? TR_ERR : tr_obj(r);
        int c = tr_dictview_contains(a, x);
        if (c < 0 || (c && tr_set_add(r, x) < 0)) return TR_ERR;
    }
}

static TrValue view_binop(int op, TrValue a, TrValue b) {
    op &= 0xff; /* views are immutable: a &= b rebinds to a new set */
    if (op != TR_BIN_AND && op != TR_BIN_OR && op != TR_BIN_SUB && op != TR_BIN_XOR)
        return TR_NOTIMPL;
    if (!is_setlike_view(a) && !is_setlike_view(b)) return TR_NOTIMPL;
    if (op == TR_BIN_AND) return view_intersect(a, b);
    TrValue r = tr_set_from_iterable(&tr_set_type, a);
    if (TR_IS_UNDEF(r)) return TR_ERR;
    TrSet *s = TR_AS(TrSet, r);
    int rc = op == TR_BIN_OR    ? tr_set_update(s, b)
             : op == TR_BIN_SUB ? tr_set_difference_update(s, b)
                                : tr_set_symmetric_difference_update(s, b);
    return rc < 0 ? TR_ERR : r;
}

static TrValue m_view_isdisjoint(TrValue *args, int nargs, TrTuple *kwnames) {
    if (tr_check_args("isdisjoint", nargs - 1, kwnames, 1, 1) < 0) return TR_ERR;
    TrValue it = tr_iter(args[1]);
    if (TR_IS_UNDEF(it)) return TR_ERR;
    for (;;) {
        TrValue x = tr_next(it);
        if (TR_IS_UNDEF(x)) return tr_exc_pending() ? TR_ERR : tr_bool(true);
        int c = tr_dictview_contains(args[0], x);
        if (c < 0) return TR_ERR;
        if (c) return tr_bool(false);
    }
}

static TrValue m_view_reversed(TrValue *args, int nargs, TrTuple *kwnames) {
    if (tr_check_args("__reversed__", nargs - 1, kwnames, 0, 0) < 0) return TR_ERR;
    return dict_reversed(view_dict(args[0]), view_kind(args[0]));
}

static TrValue view_getattr(TrValue self, TrStr *name) {
    if (!strcmp(name->data, "mapping")) return tr_obj(view_dict(self)); /* (a proxy in CPython) */
    return tr_generic_getattr(self, name);
}

static const TrMethodDef setview_methods[] = {
    {"isdisjoint", m_view_isdisjoint, 0},
    {"__reversed__", m_view_reversed, 0},
    {NULL, NULL, 0},
};
static const TrMethodDef valuesview_methods[] = {
    {"__reversed__", m_view_reversed, 0},
    {NULL, NULL, 0},
};

TrType tr_dict_keys_type = {
    .ob = {&tr_type_type},
    .name = "dict_keys",
    .repr = view_repr,
    .hash = tr_hash_unhashable,
    .richcmp = view_richcmp,
    .len = view_len,
    .contains = tr_dictview_contains,
    .iter = view_iter,
    .binop = view_binop,
    .getattr = view_getattr,
    .tp_new = tr_tp_new_disabled,
};
TrType tr_dict_items_type = {
    .ob = {&tr_type_type},
    .name = "dict_items",
    .repr = view_repr,
    .hash = tr_hash_unhashable,
    .richcmp = view_richcmp,
    .len = view_len,
    .contains = tr_dictview_contains,
    .iter = view_iter,
    .binop = view_binop,
    .getattr = view_getattr,
    .tp_new = tr_tp_new_disabled,
};
TrType tr_dict_values_type = {
    .ob = {&tr_type_type},
    .name = "dict_values",
    .repr = view_repr,
    .len = view_len,
    .contains = tr_dictview_contains,
    .iter = view_iter,
    .getattr = view_getattr,
    .tp_new = tr_tp_new_disabled,
};

/* ---- construction --------------------------------------------------------- */

static int dict_init_args(TrDict *d, TrValue *args, int nargs, TrTuple *kwnames) {
    if (nargs > 1) {
        tr_raise(tr_TypeError, "dict expected at most 1 argument, got %d", nargs);
        return -1;
    }
    if (nargs == 1 && tr_dict_update(d, args[0]) < 0) return -1;
    update_kwargs(d, args, nargs, kwnames);
    return 0;
}

static TrValue dict_new(TrType *type, TrValue *args, int nargs, TrTuple *kwnames) {
    if (type != &tr_dict_type) { /* a subclass: __init__ fills it */
        TrDict *d = tr_alloc(tr_instance_size(type, sizeof(TrDict)));
        d->ob.type = type;
        tr_instance_init_dict(type, d);
        return tr_obj(d);
    }
    TrDict *d = tr_dict_new();
    return dict_init_args(d, args, nargs, kwnames) < 0 ? TR_ERR : tr_obj(d);
}

/* ---- methods -------------------------------------------------------------- */

#define SELF AS_DICT(args[0])
#define CHECK(name, lo, hi) \
    if (tr_check_args(name, nargs - 1, kwnames, lo, hi) < 0) return TR_ERR

static TrValue m_get(TrValue *args, int nargs, TrTuple *kwnames) {
    CHECK("get", 1, 2);
    TrValue v = tr_dict_get(SELF, args[1]);
    if (!TR_IS_UNDEF(v) || tr_exc_pending()) return v;
    return nargs > 2 ? args[2] : tr_none();
}

static TrValue m_keys(TrValue *args, int nargs, TrTuple *kwnames) {
    CHECK("dict.keys", 0, 0);
    return view_new(SELF, &tr_dict_keys_type);
}

static TrValue m_values(TrValue *args, int nargs, TrTuple *kwnames) {
    CHECK("dict.values", 0, 0);
    return view_new(SELF, &tr_dict_values_type);
}

static TrValue m_items(TrValue *args, int nargs, TrTuple *kwnames) {
    CHECK("dict.items", 0, 0);
    return view_new(SELF, &tr_dict_items_type);
}

static TrValue m_pop(TrValue *args, int nargs, TrTuple *kwnames) {
    CHECK("pop", 1, 2);
    return tr_dict_pop(SELF, args[1], nargs > 2 ? args[2] : tr_undef());
}

static TrValue m_popitem(TrValue *args, int nargs, TrTuple *kwnames) {
    CHECK("dict.popitem", 0, 0);
    TrDict *d = SELF;
    TrHTable *t = &d->t;
    if (t->used == 0) return tr_raise_with(tr_KeyError, tr_str_value("popitem(): dictionary is empty"));
    int64_t i = t->nentries - 1;
    while (i >= 0 && TR_IS_UNDEF(t->entries[i].key)) i--;
    TrHEntry e = t->entries[i];
    delete_at(d, slot_of_entry(t, e.hash, i), i);
    /* as CPython: the tail entries are gone, but the dummy stays in the
     * index, so the room is not handed back (entcap shrinks with nentries) */
    t->entcap -= t->nentries - i;
    t->nentries = i;
    TrValue kv[2] = {e.key, e.value};
    return tr_obj(tr_tuple_from(kv, 2));
}

static TrValue m_setdefault(TrValue *args, int nargs, TrTuple *kwnames) {
    CHECK("setdefault", 1, 2);
    TrValue v = tr_dict_get(SELF, args[1]);
    if (!TR_IS_UNDEF(v) || tr_exc_pending()) return v;
    TrValue dflt = nargs > 2 ? args[2] : tr_none();
    return tr_dict_set(SELF, args[1], dflt) < 0 ? TR_ERR : dflt;
}

static TrValue m_update(TrValue *args, int nargs, TrTuple *kwnames) {
    if (nargs > 2) return tr_raise(tr_TypeError, "update expected at most 1 argument, got %d", nargs - 1);
    if (nargs == 2 && tr_dict_update(SELF, args[1]) < 0) return TR_ERR;
    update_kwargs(SELF, args, nargs, kwnames);
    return tr_none();
}

static TrValue m_copy(TrValue *args, int nargs, TrTuple *kwnames) {
    CHECK("dict.copy", 0, 0);
    return tr_obj(tr_dict_copy(SELF));
}

static TrValue m_clear(TrValue *args, int nargs, TrTuple *kwnames) {
    CHECK("dict.clear", 0, 0);
    dict_clear(SELF);
    return tr_none();
}

/* dict.fromkeys(iterable, value=None): classmethod, args[0] is the type. */
static TrValue m_fromkeys(TrValue *args, int nargs, TrTuple *kwnames) {
    CHECK("fromkeys", 1, 2);
    TrValue value = nargs > 2 ? args[2] : tr_none();
    TrValue d = tr_call0(args[0]);
    if (TR_IS_UNDEF(d)) return TR_ERR;
    TrValue it = tr_iter(args[1]);
    if (TR_IS_UNDEF(it)) return TR_ERR;
    bool exact = tr_is_type(d, &tr_dict_type);
    for (;;) {
        TrValue k = tr_next(it);
        if (TR_IS_UNDEF(k)) return tr_exc_pending() ? TR_ERR : d;
        int rc = exact ? tr_dict_set(AS_DICT(d), k, value) : tr_setitem(d, k, value);
        if (rc < 0) return TR_ERR;
    }
}

static TrValue m_reversed(TrValue *args, int nargs, TrTuple *kwnames) {
    CHECK("dict.__reversed__", 0, 0);
    return dict_reversed(SELF, KIND_KEYS);
}

static TrValue m_init(TrValue *args, int nargs, TrTuple *kwnames) {
    return dict_init_args(SELF, args + 1, nargs - 1, kwnames) < 0 ? TR_ERR : tr_none();
}

static TrValue m_getitem(TrValue *args, int nargs, TrTuple *kwnames) {
    CHECK("dict.__getitem__", 1, 1);
    return dict_getitem(args[0], args[1]);
}

static TrValue m_setitem(TrValue *args, int nargs, TrTuple *kwnames) {
    CHECK("__setitem__", 2, 2);
    return tr_dict_set(SELF, args[1], args[2]) < 0 ? TR_ERR : tr_none();
}

static TrValue m_delitem(TrValue *args, int nargs, TrTuple *kwnames) {
    CHECK("dict.__delitem__", 1, 1);
    return tr_dict_del(SELF, args[1]) < 0 ? TR_ERR : tr_none();
}

static TrValue m_contains(TrValue *args, int nargs, TrTuple *kwnames) {
    CHECK("dict.__contains__", 1, 1);
    int r = tr_dict_contains(SELF, args[1]);
    return r < 0 ? TR_ERR : tr_bool(r);
}

static TrValue m_len(TrValue *args, int nargs, TrTuple *kwnames) {
    CHECK("dict.__len__", 0, 0);
    return tr_int(SELF->t.used);
}

static TrValue m_iter(TrValue *args, int nargs, TrTuple *kwnames) {
    CHECK("dict.__iter__", 0, 0);
    return dict_iter(args[0]);
}

static TrValue m_class_getitem(TrValue *args, int nargs, TrTuple *kwnames) {
    CHECK("dict.__class_getitem__", 1, 1);
    return tr_generic_alias_new(args[0], args[1]);
}

#undef CHECK
#undef SELF

static const TrMethodDef dict_methods[] = {
    {"get", m_get, 0},
    {"keys", m_keys, 0},
    {"values", m_values, 0},
    {"items", m_items, 0},
    {"pop", m_pop, 0},
    {"popitem", m_popitem, 0},
    {"setdefault", m_setdefault, 0},
    {"update", m_update, 0},
    {"copy", m_copy, 0},
    {"clear", m_clear, 0},
    {"fromkeys", m_fromkeys, TR_METH_CLASS},
    {"__reversed__", m_reversed, 0},
    {"__init__", m_init, 0},
    {"__getitem__", m_getitem, 0},
    {"__setitem__", m_setitem, 0},
    {"__delitem__", m_delitem, 0},
    {"__contains__", m_contains, 0},
    {"__len__", m_len, 0},
    {"__iter__", m_iter, 0},
    {"__class_getitem__", m_class_getitem, TR_METH_CLASS},
    {NULL, NULL, 0},
};

TrType tr_dict_type = {
    .ob = {&tr_type_type},
    .name = "dict",
    .base = &tr_object_type,
    .flags = TR_TF_BASETYPE | TR_TF_DICT_SUBCLASS,
    .basicsize = sizeof(TrDict),
    .repr = dict_repr,
    .hash = tr_hash_unhashable,
    .richcmp = dict_richcmp,
    .len = dict_len,
    .getitem = dict_getitem,
    .setitem = dict_setitem,
    .contains = dict_contains,
    .iter = dict_iter,
    .binop = dict_binop,
    .tp_new = dict_new,
};

void tr_init_dict(void) {
    tr_type_ready(&tr_dict_type, dict_methods);
    tr_type_ready(&tr_dict_keys_type, setview_methods);
    tr_type_ready(&tr_dict_items_type, setview_methods);
    tr_type_ready(&tr_dict_values_type, valuesview_methods);
    tr_type_ready(&tr_dict_keyiter_type, NULL);
    tr_type_ready(&tr_dict_valueiter_type, NULL);
    tr_type_ready(&tr_dict_itemiter_type, NULL);
    for (int i = 0; i < 3; i++) tr_type_ready(&dict_reviter_types[i], NULL);
}
