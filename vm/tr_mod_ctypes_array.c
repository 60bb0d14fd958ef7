/* tr_mod_ctypes_array.c — arrays (`c_int * 10`) and pointers (`POINTER(T)`).
 *
 * Both are sequences of items of one ctypes type: an array holds `_length_`
 * items in its own memory, a pointer holds the address of items elsewhere
 * (unbounded indexing, `.contents` for item 0).  Items are read and written
 * with tr_ct_get / tr_ct_set, so an item of a simple type is a Python value
 * and an item of a structure type is an instance sharing the memory.  Arrays
 * and slices of c_char / c_wchar read as bytes / str, and such arrays also
 * get `.value` (and `.raw` for c_char), as in CPython.  The array and pointer
 * types of a type are created once and cached, so `c_int * 3 is c_int * 3`
 * and POINTER(c_int) is POINTER(c_int). */
#include <string.h>

#include "tr_ctypes.h"

TrDict *tr_ct_pointer_cache;   /* _ctypes._pointer_type_cache */
static TrDict *array_cache;    /* (item type, length) -> array type */

static TrCtInfo *new_info(TrCtKind kind) {
    TrCtInfo *info = tr_alloc(sizeof *info);
    info->kind = kind;
    info->argtypes = info->restype = tr_undef();
    return info;
}

/* The simple type code of the items of an array or pointer type (0: none). */
static char item_code(TrCtInfo *info) {
    TrCtInfo *ii = info->proto ? tr_ct_type_info(info->proto) : NULL;
    return ii && ii->kind == TR_CT_SIMPLE && !tr_ct_simple_subclass(info->proto) ? ii->fmt->code : 0;
}

/* Items start..start+n*step of memory `base` as bytes, str or a list. */
static TrValue items_slice(TrValue self, TrCtInfo *info, char *mem, int64_t start, int64_t step,
                           int64_t n) {
    TrCtInfo *ii = tr_ct_type_info(info->proto);
    char code = item_code(info);
    if (code == 'c') {
        char *buf = tr_alloc_atomic((size_t)n + 1);
        for (int64_t i = 0; i < n; i++) buf[i] = mem[start + i * step];
        return tr_obj(tr_bytes_new(buf, n));
    }
    if (code == 'u') {
        wchar_t *w = tr_alloc_atomic(sizeof(wchar_t) * (size_t)(n + 1));
        for (int64_t i = 0; i < n; i++) memcpy(&w[i], mem + (start + i * step) * 4, 4);
        return tr_ct_wchar_to_str(w, n);
    }
    TrList *l = tr_list_new(n);
    for (int64_t i = 0; i < n; i++) {
        TrValue v = tr_ct_get(info->proto, NULL, ii->size, mem + (start + i * step) * ii->size, self);
        if (TR_IS_UNDEF(v)) return v;
        l->items[i] = v;
    }
    return tr_obj(l);
}

/* ---- arrays ----------------------------------------------------------------------- */

static TrCtInfo *array_info(TrValue self) { return tr_ct_type_info(tr_typeof(self)); }

static int64_t array_len(TrValue self) { return array_info(self)->length; }

/* An item index (negative counts from the end), IndexError when outside. */
static int array_index(TrValue self, TrValue key, int64_t *i) {
    bool is_index = tr_is_int(key) ||
                    (TR_IS_OBJ(key) && !TR_IS_UNDEF(tr_type_lookup(key.u.o->type, tr_str_intern("__index__"))));
    if (!is_index) {
        tr_raise(tr_TypeError, "indices must be integers");
        return -1;
    }
    if (tr_index_value(key, i) < 0) return -1;
    int64_t n = array_info(self)->length;
    if (*i < 0) *i += n;
    if (*i < 0 || *i >= n) {
        tr_raise(tr_IndexError, "invalid index");
        return -1;
    }
    return 0;
}

static TrValue array_getitem(TrValue self, TrValue key) {
    TrCData *cd = TR_AS(TrCData, self);
    TrCtInfo *info = array_info(self);
    TrCtInfo *ii = tr_ct_type_info(info->proto);
    if (tr_is_type(key, &tr_slice_type)) {
        int64_t start, stop, step;
        int64_t n = tr_slice_indices(TR_AS(TrSlice, key), info->length, &start, &stop, &step);
        if (n < 0) return TR_ERR;
        return items_slice(self, info, cd->ptr, start, step, n);
    }
    int64_t i;
    if (array_index(self, key, &i) < 0) return TR_ERR;
    return tr_ct_get(info->proto, NULL, ii->size, cd->ptr + i * ii->size, self);
}

static int array_setitem(TrValue self, TrValue key, TrValue v) {
    TrCData *cd = TR_AS(TrCData, self);
    TrCtInfo *info = array_info(self);
    TrCtInfo *ii = tr_ct_type_info(info->proto);
    if (TR_IS_UNDEF(v)) {
        tr_raise(tr_TypeError, "Array does not support item deletion");
        return -1;
    }
    if (tr_is_type(key, &tr_slice_type)) {
        int64_t start, stop, step;
        int64_t n = tr_slice_indices(TR_AS(TrSlice, key), info->length, &start, &stop, &step);
        if (n < 0) return -1;
        TrList *items = tr_list_of(v);
        if (!items) return -1;
        if (items->len != n) {
            tr_raise(tr_ValueError, "Can only assign sequence of same size");
            return -1;
        }
        for (int64_t i = 0; i < n; i++)
            if (tr_ct_set(info->proto, NULL, ii->size, cd->ptr + (start + i * step) * ii->size,
                          items->items[i]) < 0)
                return -1;
        return 0;
    }
    int64_t i;
    if (array_index(self, key, &i) < 0) return -1;
    return tr_ct_set(info->proto, NULL, ii->size, cd->ptr + i * ii->size, v);
}

static TrValue array_init(TrValue *args, int nargs, TrTuple *kwnames) {
    (void)kwnames;
    if (!tr_ct_is_cdata(args[0])) return tr_raise(tr_TypeError, "not a ctype instance");
    for (int i = 1; i < nargs; i++)
        if (array_setitem(args[0], tr_int(i - 1), args[i]) < 0) return TR_ERR;
    return tr_none();
}

static TrValue array_new(TrType *t, TrValue *args, int nargs, TrTuple *kwnames) {
    TrCData *cd = tr_ct_new(t);
    if (!cd) return TR_ERR;
    TrValue self = tr_obj(cd);
    if (tr_ct_native_init(t, array_init))
        for (int i = 0; i < nargs; i++)
            if (array_setitem(self, tr_int(i), args[i]) < 0) return TR_ERR;
    (void)kwnames;
    return self;
}

/* .value / .raw of c_char arrays, .value of c_wchar arrays */
static TrValue char_value_get(TrValue self) {
    TrCData *cd = TR_AS(TrCData, self);
    int64_t n = 0;
    while (n < cd->size && cd->ptr[n]) n++;
    return tr_obj(tr_bytes_new(cd->ptr, n));
}

static int char_value_set(TrValue self, TrValue v) {
    TrCData *cd = TR_AS(TrCData, self);
    if (TR_IS_UNDEF(v)) {
        tr_raise(tr_TypeError, "can't delete attribute");
        return -1;
    }
    if (!tr_is_type(v, &tr_bytes_type)) {
        tr_raise(tr_TypeError, "bytes expected instead of %s instance", tr_type_name(v));
        return -1;
    }
    int64_t n = TR_AS(TrBytes, v)->len;
    if (n > cd->size) {
        tr_raise(tr_ValueError, "byte string too long");
        return -1;
    }
    memcpy(cd->ptr, TR_AS(TrBytes, v)->data, (size_t)n);
    if (n < cd->size) cd->ptr[n] = 0;
    return 0;
}

static TrValue char_raw_get(TrValue self) {
    TrCData *cd = TR_AS(TrCData, self);
    return tr_obj(tr_bytes_new(cd->ptr, cd->size));
}

static int char_raw_set(TrValue self, TrValue v) {
    TrCData *cd = TR_AS(TrCData, self);
    if (TR_IS_UNDEF(v)) {
        tr_raise(tr_TypeError, "can't delete attribute");
        return -1;
    }
    const void *src;
    int64_t n;
    if (tr_is_type(v, &tr_bytes_type)) {
        src = TR_AS(TrBytes, v)->data;
        n = TR_AS(TrBytes, v)->len;
    } else if (tr_ct_is_cdata(v)) {
        src = TR_AS(TrCData, v)->ptr;
        n = TR_AS(TrCData, v)->size;
    } else {
        tr_raise(tr_TypeError, "a bytes-like object is required, not '%s'", tr_type_name(v));
        return -1;
    }
    if (n > cd->size) {
        tr_raise(tr_ValueError, "byte string too long");
        return -1;
    }
    memmove(cd->ptr, src, (size_t)n);
    return 0;
}

static TrValue wchar_value_get(TrValue self) {
    TrCData *cd = TR_AS(TrCData, self);
    int64_t max = cd->size / 4, n = 0;
    wchar_t *w = tr_alloc_atomic(sizeof(wchar_t) * (size_t)(max + 1));
    memcpy(w, cd->ptr, (size_t)(max * 4));
    while (n < max && w[n]) n++;
    return tr_ct_wchar_to_str(w, n);
}

static int wchar_value_set(TrValue self, TrValue v) {
    TrCData *cd = TR_AS(TrCData, self);
    if (TR_IS_UNDEF(v)) {
        tr_raise(tr_TypeError, "can't delete attribute");
        return -1;
    }
    if (!tr_isinstance(v, &tr_str_type)) {
        tr_raise(tr_TypeError, "unicode string expected instead of %s instance", tr_type_name(v));
        return -1;
    }
    int64_t n, max = cd->size / 4;
    wchar_t *w = tr_ct_str_to_wchar(TR_AS(TrStr, v), &n);
    if (n > max) {
        tr_raise(tr_ValueError, "string too long");
        return -1;
    }
    memcpy(cd->ptr, w, (size_t)((n < max ? n + 1 : n) * 4));
    return 0;
}

static const TrCtGetSetDef char_array_getsets[] = {
    {"value", char_value_get, char_value_set},
    {"raw", char_raw_get, char_raw_set},
    {NULL, NULL, NULL},
};

static const TrCtGetSetDef wchar_array_getsets[] = {
    {"value", wchar_value_get, wchar_value_set},
    {NULL, NULL, NULL},
};

static const TrMethodDef array_methods[] = {
    {"__init__", array_init, 0},
    {NULL, NULL, 0},
};

TrCType tr_ct_array_type = {{
    TR_CT_BASE_FIELDS(tr_ct_array_meta, "_ctypes.Array", sizeof(TrCData)),
    .tp_new = array_new,
    .len = array_len,
    .getitem = array_getitem,
    .setitem = array_setitem,
}, NULL};

/* The libffi view of an array inside a structure passed by value: a struct
 * of its items when small enough to travel in registers (x86-64 classifies
 * aggregates of up to 32 bytes by their members), else just its size. */
static void array_ffi(TrCtInfo *info, TrCtInfo *ii) {
    bool unroll = info->size <= 32 && info->length > 0;
    int64_t n = unroll ? info->length : 1;
    ffi_type **el = tr_alloc(sizeof(ffi_type *) * (size_t)(n + 1));
    for (int64_t i = 0; i < n; i++) el[i] = ii->ffi;
    info->agg.type = FFI_TYPE_STRUCT;
    info->agg.size = (size_t)info->size;
    info->agg.alignment = (unsigned short)info->align;
    info->agg.elements = el;
    info->ffi = &info->agg;
}

static TrValue array_meta_new(TrType *meta, TrValue *args, int nargs, TrTuple *kwnames) {
    TrValue cls = tr_ct_meta_new3(meta, args, nargs, kwnames);
    if (TR_IS_UNDEF(cls)) return cls;
    TrType *t = TR_AS(TrType, cls);
    TrValue lenv = tr_ct_type_attr(t, "_length_");
    if (TR_IS_UNDEF(lenv)) return tr_raise(tr_AttributeError, "class must define a '_length_' attribute");
    if (!tr_is_int(lenv)) return tr_raise(tr_TypeError, "The '_length_' attribute must be an integer");
    int64_t length;
    if (tr_index_value(lenv, &length) < 0) {
        tr_exc_clear();
        return tr_raise(tr_OverflowError, "The '_length_' attribute is too large");
    }
    if (length < 0) return tr_raise(tr_ValueError, "The '_length_' attribute must not be negative");
    TrValue item = tr_ct_type_attr(t, "_type_");
    if (TR_IS_UNDEF(item)) return tr_raise(tr_AttributeError, "class must define a '_type_' attribute");
    TrCtInfo *ii = tr_ct_info(item);
    if (!ii) return tr_raise(tr_TypeError, "_type_ must have storage info");
    if (ii->size && length > INT64_MAX / 4 / ii->size) return tr_raise(tr_OverflowError, "array too large");
    TrCtInfo *info = new_info(TR_CT_ARRAY);
    info->proto = TR_AS(TrType, item);
    info->length = length;
    info->size = ii->size * length;
    info->align = ii->align;
    info->has_pointers = ii->has_pointers;
    array_ffi(info, ii);
    ((TrCType *)t)->info = info;
    char code = item_code(info);
    if (code == 'c') tr_ct_add_getsets(t, char_array_getsets);
    if (code == 'u') tr_ct_add_getsets(t, wchar_array_getsets);
    return cls;
}

TrType tr_ct_array_meta = {
    TR_CT_META_FIELDS("_ctypes.PyCArrayType"),
    .tp_new = array_meta_new,
};

TrValue tr_ct_array_type_of(TrValue item, int64_t n) {
    TrValue kv[2] = {item, tr_int(n)};
    TrValue key = tr_obj(tr_tuple_from(kv, 2));
    TrValue hit = tr_dict_get(array_cache, key);
    if (!TR_IS_UNDEF(hit) || tr_exc_pending()) return hit;
    if (!tr_isinstance(item, &tr_type_type)) return tr_raise(tr_TypeError, "Expected a type object");
    char name[300];
    snprintf(name, sizeof name, "%.200s_Array_%lld", TR_AS(TrType, item)->name, (long long)n);
    TrDict *ns = tr_dict_new();
    tr_dict_set_str(ns, tr_str_intern("_length_"), tr_int(n));
    tr_dict_set_str(ns, tr_str_intern("_type_"), item);
    TrValue t = tr_ct_make_type(&tr_ct_array_meta, name, &tr_ct_array_type.t, ns);
    if (TR_IS_UNDEF(t) || tr_dict_set(array_cache, key, t) < 0) return TR_ERR;
    return t;
}

/* ---- pointers --------------------------------------------------------------------- */

static TrCtInfo *pointer_info(TrValue self) { return tr_ct_type_info(tr_typeof(self)); }

/* A pointer type made by POINTER("name") has no item type until set_type. */
static bool incomplete(TrCtInfo *info) {
    if (info->proto) return false;
    tr_raise(tr_TypeError, "Cannot create instance: has no _type_");
    return true;
}

/* The address a pointer holds; NULL with ValueError when it is NULL. */
static char *pointee(TrValue self) {
    if (incomplete(pointer_info(self))) return NULL;
    char *p;
    memcpy(&p, TR_AS(TrCData, self)->ptr, sizeof p);
    if (!p) tr_raise(tr_ValueError, "NULL pointer access");
    return p;
}

static TrValue contents_get(TrValue self) {
    char *p = pointee(self);
    if (!p) return TR_ERR;
    TrCData *cd = tr_ct_at(pointer_info(self)->proto, p, self);
    return cd ? tr_obj(cd) : TR_ERR;
}

static int contents_set(TrValue self, TrValue v) {
    TrCtInfo *info = pointer_info(self);
    if (TR_IS_UNDEF(v)) {
        tr_raise(tr_TypeError, "Pointer does not support item deletion");
        return -1;
    }
    if (!info->proto) {
        tr_raise(tr_TypeError, "Cannot create instance: has no _type_");
        return -1;
    }
    if (!tr_ct_is_cdata(v)) {
        tr_raise(tr_TypeError, "expected %s instead of %s", info->proto->name, tr_type_name(v));
        return -1;
    }
    /* the address points into v's memory, which the scanned pointer keeps alive */
    memcpy(TR_AS(TrCData, self)->ptr, &TR_AS(TrCData, v)->ptr, sizeof(void *));
    return 0;
}

static TrValue pointer_getitem(TrValue self, TrValue key) {
    TrCtInfo *info = pointer_info(self);
    if (incomplete(info)) return TR_ERR;
    TrCtInfo *ii = tr_ct_type_info(info->proto);
    if (tr_is_type(key, &tr_slice_type)) {
        TrSlice *s = TR_AS(TrSlice, key);
        int64_t start = 0, stop, step = 1, n;
        if (!TR_IS_NONE(s->step) && tr_index_value(s->step, &step) < 0) return TR_ERR;
        if (step == 0) return tr_raise(tr_ValueError, "slice step cannot be zero");
        if (TR_IS_NONE(s->start)) {
            if (step < 0) return tr_raise(tr_ValueError, "slice start is required for step < 0");
        } else if (tr_index_value(s->start, &start) < 0) return TR_ERR;
        if (TR_IS_NONE(s->stop)) return tr_raise(tr_ValueError, "slice stop is required");
        if (tr_index_value(s->stop, &stop) < 0) return TR_ERR;
        if ((step > 0 && start > stop) || (step < 0 && start < stop)) n = 0;
        else if (step > 0) n = (stop - start - 1) / step + 1;
        else n = (stop - start + 1) / step + 1;
        char *p = pointee(self);
        if (!p) return TR_ERR;
        return items_slice(self, info, p, start, step, n);
    }
    int64_t i;
    if (!tr_is_int(key)) return tr_raise(tr_TypeError, "Pointer indices must be integer");
    if (tr_index_value(key, &i) < 0) return TR_ERR;
    char *p = pointee(self);
    if (!p) return TR_ERR;
    return tr_ct_get(info->proto, NULL, ii->size, p + i * ii->size, self);
}

static int pointer_setitem(TrValue self, TrValue key, TrValue v) {
    TrCtInfo *info = pointer_info(self);
    if (incomplete(info)) return -1;
    TrCtInfo *ii = tr_ct_type_info(info->proto);
    if (TR_IS_UNDEF(v)) {
        tr_raise(tr_TypeError, "Pointer does not support item deletion");
        return -1;
    }
    int64_t i;
    if (!tr_is_int(key)) {
        tr_raise(tr_TypeError, "Pointer indices must be integer");
        return -1;
    }
    if (tr_index_value(key, &i) < 0) return -1;
    char *p = pointee(self);
    if (!p) return -1;
    return tr_ct_set(info->proto, NULL, ii->size, p + i * ii->size, v);
}

static int pointer_truth(TrValue self) {
    void *p;
    memcpy(&p, TR_AS(TrCData, self)->ptr, sizeof p);
    return p != NULL;
}

static TrValue pointer_init(TrValue *args, int nargs, TrTuple *kwnames) {
    (void)kwnames;
    if (nargs > 2) return tr_raise(tr_TypeError, "POINTER expected at most 1 argument, got %d", nargs - 1);
    if (nargs == 2 && contents_set(args[0], args[1]) < 0) return TR_ERR;
    return tr_none();
}

static TrValue pointer_new(TrType *t, TrValue *args, int nargs, TrTuple *kwnames) {
    TrCtInfo *info = tr_ct_type_info(t);
    if (!info || !info->proto) return tr_raise(tr_TypeError, "Cannot create instance: has no _type_");
    TrCData *cd = tr_ct_new(t);
    if (!cd) return TR_ERR;
    (void)kwnames;
    if (tr_ct_native_init(t, pointer_init)) {
        if (nargs > 1) return tr_raise(tr_TypeError, "POINTER expected at most 1 argument, got %d", nargs);
        if (nargs == 1 && contents_set(tr_obj(cd), args[0]) < 0) return TR_ERR;
    }
    return tr_obj(cd);
}

static const TrMethodDef pointer_methods[] = {
    {"__init__", pointer_init, 0},
    {NULL, NULL, 0},
};

static const TrCtGetSetDef pointer_getsets[] = {
    {"contents", contents_get, contents_set},
    {NULL, NULL, NULL},
};

TrCType tr_ct_pointer_type = {{
    TR_CT_BASE_FIELDS(tr_ct_pointer_meta, "_ctypes._Pointer", sizeof(TrCData)),
    .tp_new = pointer_new,
    .truth = pointer_truth,
    .getitem = pointer_getitem,
    .setitem = pointer_setitem,
}, NULL};

static int set_proto(TrCtInfo *info, TrValue proto) {
    if (!tr_ct_info(proto)) {
        tr_raise(tr_TypeError, "_type_ must have storage info");
        return -1;
    }
    info->proto = TR_AS(TrType, proto);
    return 0;
}

static TrValue pointer_meta_new(TrType *meta, TrValue *args, int nargs, TrTuple *kwnames) {
    TrValue cls = tr_ct_meta_new3(meta, args, nargs, kwnames);
    if (TR_IS_UNDEF(cls)) return cls;
    TrType *t = TR_AS(TrType, cls);
    TrCtInfo *info = new_info(TR_CT_POINTER);
    info->size = info->align = sizeof(void *);
    info->length = 1;
    info->ffi = &ffi_type_pointer;
    info->has_pointers = true;
    TrValue proto = tr_dict_get_cstr(t->dict, "_type_");
    if (!TR_IS_UNDEF(proto) && set_proto(info, proto) < 0) return TR_ERR;
    ((TrCType *)t)->info = info;
    return cls;
}

/* set_type(cls, T): complete an incomplete pointer type (POINTER("name")). */
static TrValue pointer_meta_set_type(TrValue *args, int nargs, TrTuple *kwnames) {
    if (tr_check_args("set_type", nargs - 1, kwnames, 1, 1) < 0) return TR_ERR;
    TrCtInfo *info = tr_ct_info(args[0]);
    if (!info) return tr_raise(tr_TypeError, "abstract class");
    if (set_proto(info, args[1]) < 0) return TR_ERR;
    if (tr_type_type.setattr(args[0], tr_str_intern("_type_"), args[1]) < 0) return TR_ERR;
    return tr_none();
}

/* POINTER(T).from_param: None, its own instances, T instances (by
 * reference), arrays and pointers of T or of a subclass of T. */
static TrValue pointer_meta_from_param(TrValue *args, int nargs, TrTuple *kwnames) {
    if (tr_check_args("from_param", nargs - 1, kwnames, 1, 1) < 0) return TR_ERR;
    TrType *t = TR_AS(TrType, args[0]);
    TrValue v = args[1];
    TrCtInfo *info = tr_ct_type_info(t);
    if (TR_IS_NONE(v)) return v;
    if (info && info->proto && tr_isinstance(v, info->proto)) return tr_ct_byref(v, 0);
    TrCtInfo *vi = tr_ct_is_cdata(v) ? tr_ct_type_info(tr_typeof(v)) : NULL;
    if (vi && info && info->proto && (vi->kind == TR_CT_POINTER || vi->kind == TR_CT_ARRAY) && vi->proto &&
        tr_type_is_subtype(vi->proto, info->proto))
        return v;
    return tr_ct_generic_from_param(t, v);
}

static const TrMethodDef pointer_meta_methods[] = {
    {"from_param", pointer_meta_from_param, 0},
    {"set_type", pointer_meta_set_type, 0},
    {NULL, NULL, 0},
};

TrType tr_ct_pointer_meta = {
    TR_CT_META_FIELDS("_ctypes.PyCPointerType"),
    .tp_new = pointer_meta_new,
};

TrValue tr_ct_pointer_type_of(TrValue cls) {
    TrValue hit = tr_dict_get(tr_ct_pointer_cache, cls);
    if (!TR_IS_UNDEF(hit) || tr_exc_pending()) return hit;
    char name[300];
    TrDict *ns = tr_dict_new();
    bool incomplete = tr_isinstance(cls, &tr_str_type);
    if (incomplete) {
        snprintf(name, sizeof name, "LP_%.200s", TR_AS(TrStr, cls)->data);
    } else if (tr_isinstance(cls, &tr_type_type)) {
        snprintf(name, sizeof name, "LP_%.200s", TR_AS(TrType, cls)->name);
        tr_dict_set_str(ns, tr_str_intern("_type_"), cls);
    } else {
        return tr_raise(tr_TypeError, "must be a ctypes type");
    }
    TrValue t = tr_ct_make_type(&tr_ct_pointer_meta, name, &tr_ct_pointer_type.t, ns);
    if (TR_IS_UNDEF(t)) return t;
    /* an incomplete type is cached under its id, as CPython does */
    TrValue key = incomplete ? tr_int_from_uint64((uint64_t)(uintptr_t)t.u.o) : cls;
    if (tr_dict_set(tr_ct_pointer_cache, key, t) < 0) return TR_ERR;
    return t;
}

void tr_ct_init_array(void) {
    tr_ct_pointer_cache = tr_dict_new();
    array_cache = tr_dict_new();
    tr_ct_ready_meta(&tr_ct_array_meta, tr_ct_generic_from_param_def);
    tr_ct_ready_meta(&tr_ct_pointer_meta, pointer_meta_methods);
    tr_ct_ready_base(&tr_ct_array_type, &tr_ct_array_meta, array_methods);
    tr_ct_ready_base(&tr_ct_pointer_type, &tr_ct_pointer_meta, pointer_methods);
    tr_ct_add_getsets(&tr_ct_pointer_type.t, pointer_getsets);
}
