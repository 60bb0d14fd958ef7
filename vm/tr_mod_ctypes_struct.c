/* tr_mod_ctypes_struct.c — Structure and Union: laying out `_fields_`,
 * the field descriptors (CField), and the two metaclasses.
 *
 * The layout is gcc's on x86-64 and CPython 3.11's algorithm (PyCField_
 * FromDesc and PyCStructUnionType_update_stgdict): each field is aligned to
 * its type's alignment (or `_pack_` when smaller), the size is rounded up to
 * the largest alignment, a subclass appends its fields after its base's, and
 * bit fields share a storage unit while they fit.  A class gets its layout
 * when its body defines `_fields_` or when `_fields_` is assigned later (for
 * self-referencing structures); after that, or once an instance exists, the
 * layout is final.  The libffi description of the aggregate (needed to pass
 * and return structures by value) is built alongside. */
#include <string.h>

#include "tr_ctypes.h"

/* ---- field descriptors ---------------------------------------------------------- */

typedef struct TrCtField {
    TrObject ob;
    int64_t offset;
    int64_t size;              /* bytes, or bits << 16 | first bit */
    int64_t index;
    TrType *proto;             /* the field's type */
    TrType *owner;             /* the structure or union it belongs to */
    const TrCtFormat *acc;     /* bytes/str accessors of char arrays, else NULL */
    TrStr *name;
    bool anonymous;            /* named in _anonymous_: its fields are the owner's */
} TrCtField;

/* A field reads and writes the memory of instances of its own structure
 * (a descriptor moved to another class must not reach past its memory). */
static bool field_applies(TrCtField *f, TrValue obj) {
    if (tr_isinstance(obj, f->owner)) return true;
    tr_raise(tr_TypeError, "field of '%s' does not apply to a '%s' object", f->owner->name,
             tr_type_name(obj));
    return false;
}

static TrValue field_get(TrValue descr, TrValue obj, TrValue type) {
    (void)type;
    TrCtField *f = TR_AS(TrCtField, descr);
    if (TR_IS_UNDEF(obj)) return descr;
    if (!field_applies(f, obj)) return TR_ERR;
    return tr_ct_get(f->proto, f->acc, f->size, TR_AS(TrCData, obj)->ptr + f->offset, obj);
}

static int field_set(TrValue descr, TrValue obj, TrValue v) {
    TrCtField *f = TR_AS(TrCtField, descr);
    if (!field_applies(f, obj)) return -1;
    if (TR_IS_UNDEF(v)) {
        tr_raise(tr_TypeError, "can't delete attribute");
        return -1;
    }
    int64_t size = f->size;
    if (!TR_CT_BITS(size)) size = tr_ct_type_info(f->proto)->size;
    return tr_ct_set(f->proto, f->acc, f->acc ? f->size : size, TR_AS(TrCData, obj)->ptr + f->offset, v);
}

static TrValue field_repr(TrValue self) {
    TrCtField *f = TR_AS(TrCtField, self);
    int64_t bits = TR_CT_BITS(f->size), low = TR_CT_BITOFS(f->size);
    if (bits)
        return tr_obj(tr_str_format("<Field type=%s, ofs=%lld:%lld, bits=%lld>", f->proto->name,
                                    (long long)f->offset, (long long)low, (long long)bits));
    return tr_obj(tr_str_format("<Field type=%s, ofs=%lld, size=%lld>", f->proto->name,
                                (long long)f->offset, (long long)f->size));
}

static TrValue field_getattr(TrValue self, TrStr *name) {
    TrCtField *f = TR_AS(TrCtField, self);
    if (!strcmp(name->data, "offset")) return tr_int(f->offset);
    if (!strcmp(name->data, "size")) return tr_int(f->size);
    return tr_generic_getattr(self, name);
}

static TrType tr_ct_field_type = {
    .ob = {&tr_type_type},
    .name = "_ctypes.CField",
    .repr = field_repr,
    .getattr = field_getattr,
    .descr_get = field_get,
    .descr_set = field_set,
};

/* ---- layout -------------------------------------------------------------------------- */

/* The running state of a layout (CPython's pfield_size, pbitofs, psize,
 * poffset, palign). */
typedef struct Layout {
    int64_t field_size;  /* bits of the open bit field storage unit, 0 if none */
    int bitofs;          /* next free bit in it */
    int64_t size, offset, align;
    int64_t pack;
} Layout;

enum { NO_BITFIELD, NEW_BITFIELD, CONT_BITFIELD, EXPAND_BITFIELD };

/* Place one field of type t (info fi, `bits` > 0 for a bit field). */
static TrCtField *place_field(Layout *L, TrType *t, TrCtInfo *fi, int bits, int64_t index,
                              int *kind_out) {
    int kind;
    int64_t unit = fi->size * 8;
    if (bits && L->field_size && unit <= L->field_size && L->bitofs + bits <= L->field_size)
        kind = CONT_BITFIELD;
    else if (bits && L->field_size && unit >= L->field_size && L->bitofs + bits <= unit)
        kind = EXPAND_BITFIELD;
    else if (bits) {
        kind = NEW_BITFIELD;
        L->bitofs = 0;
        L->field_size = unit;
    } else {
        kind = NO_BITFIELD;
        L->bitofs = 0;
        L->field_size = 0;
    }
    *kind_out = kind;
    TrCtField *f = tr_new_object(&tr_ct_field_type, sizeof *f);
    f->proto = t;
    f->index = index;
    if (fi->kind == TR_CT_ARRAY && fi->proto) {
        TrCtInfo *ii = tr_ct_type_info(fi->proto);
        if (ii && ii->kind == TR_CT_SIMPLE && ii->fmt->code == 'c') f->acc = &tr_ct_format_chars;
        if (ii && ii->kind == TR_CT_SIMPLE && ii->fmt->code == 'u') f->acc = &tr_ct_format_wchars;
    }
    switch (kind) {
    case NEW_BITFIELD:
    case NO_BITFIELD: {
        if (kind == NEW_BITFIELD) {
            f->size = ((int64_t)bits << 16) + L->bitofs;
            L->bitofs = bits;
        } else {
            f->size = fi->size;
        }
        int64_t align = L->pack && L->pack < fi->align ? L->pack : fi->align;
        if (align && L->offset % align) {
            int64_t delta = align - L->offset % align;
            L->size += delta;
            L->offset += delta;
        }
        L->size += fi->size;
        f->offset = L->offset;
        L->offset += fi->size;
        L->align = align;
        break;
    }
    case EXPAND_BITFIELD:
        L->offset += fi->size - L->field_size / 8;
        L->size += fi->size - L->field_size / 8;
        L->field_size = unit;
        f->size = ((int64_t)bits << 16) + L->bitofs;
        f->offset = L->offset - fi->size;
        L->bitofs += bits;
        break;
    default: /* CONT_BITFIELD */
        f->size = ((int64_t)bits << 16) + L->bitofs;
        f->offset = L->offset - fi->size;
        L->bitofs += bits;
        break;
    }
    return f;
}

/* A `_fields_` entry: (name, type) or (name, type, bits). */
static int parse_field(TrValue item, int64_t i, TrStr **name, TrType **t, TrCtInfo **fi, int *bits) {
    TrTuple *tup = tr_is_type(item, &tr_tuple_type) ? TR_AS(TrTuple, item) : NULL;
    if (!tup || tup->len < 2 || tup->len > 3 || !tr_isinstance(tup->items[0], &tr_str_type) ||
        (tup->len == 3 && !tr_is_int(tup->items[2]))) {
        tr_raise(tr_TypeError, "'_fields_' must be a sequence of (name, C type) pairs");
        return -1;
    }
    *name = TR_AS(TrStr, tup->items[0]);
    *fi = tr_ct_info(tup->items[1]);
    if (!*fi) {
        tr_raise(tr_TypeError, "second item in _fields_ tuple (index %lld) must be a C type", (long long)i);
        return -1;
    }
    *t = TR_AS(TrType, tup->items[1]);
    *bits = 0;
    if (tup->len == 3) {
        int64_t b;
        if (tr_index_value(tup->items[2], &b) < 0) return -1;
        if ((*fi)->kind != TR_CT_SIMPLE || !(*fi)->fmt->bitfield_ok) {
            tr_raise(tr_TypeError, "bit fields not allowed for type %s", (*t)->name);
            return -1;
        }
        if (b <= 0 || b > (*fi)->size * 8) {
            tr_raise(tr_ValueError, "number of bits invalid for bit field");
            return -1;
        }
        *bits = (int)b;
    }
    return 0;
}

/* libffi sees a union as a struct of integer words covering its size: right
 * for unions holding any integer, which classifies the whole as INTEGER. */
static void union_ffi(TrCtInfo *info) {
    int64_t n = (info->size + 7) / 8;
    ffi_type **el = tr_alloc(sizeof(ffi_type *) * (size_t)(n + 1));
    for (int64_t i = 0; i < n; i++) {
        int64_t left = info->size - i * 8;
        el[i] = left >= 8 ? &ffi_type_uint64 : left >= 4 ? &ffi_type_uint32
              : left >= 2 ? &ffi_type_uint16 : &ffi_type_uint8;
    }
    info->agg.elements = el;
}

static int64_t pack_of(TrType *cls) {
    TrValue p = tr_ct_type_attr(cls, "_pack_");
    if (TR_IS_UNDEF(p)) return 0;
    int64_t pack;
    if (!tr_is_int(p) || tr_index_value(p, &pack) < 0 || pack < 0 || pack > INT32_MAX) {
        tr_exc_clear();
        tr_raise(tr_ValueError, "_pack_ must be a non-negative integer");
        return -1;
    }
    return pack;
}

/* The fields of an anonymous member's structure type become fields of
 * cls at their offset inside it, recursively (CPython's MakeFields). */
static int add_anonymous(TrType *cls, TrCtField *member, int64_t offset) {
    TrType *t = member->proto;
    TrCtInfo *ti = tr_ct_type_info(t);
    while (ti && !ti->fields && t->base) ti = tr_ct_type_info(t = t->base);
    if (!ti || !ti->fields || (ti->kind != TR_CT_STRUCT && ti->kind != TR_CT_UNION)) {
        tr_raise(tr_AttributeError, "type object '%s' has no attribute '_fields_'", member->proto->name);
        return -1;
    }
    for (int64_t i = 0; i < ti->fields->len; i++) {
        TrCtField *sub = TR_AS(TrCtField, ti->fields->items[i]);
        if (sub->anonymous) {
            if (add_anonymous(cls, sub, offset + sub->offset) < 0) return -1;
            continue;
        }
        TrCtField *f = tr_new_object(&tr_ct_field_type, sizeof *f);
        *f = *sub;
        f->offset = offset + sub->offset;
        f->owner = cls;
        if (tr_type_type.setattr(tr_obj(cls), f->name, tr_obj(f)) < 0) return -1;
    }
    return 0;
}

/* _anonymous_: names of structure/union fields whose own fields are
 * reachable directly (CPython's MakeAnonFields). */
static int make_anonymous(TrType *cls) {
    TrValue anon = tr_ct_type_attr(cls, "_anonymous_");
    if (TR_IS_UNDEF(anon)) return 0;
    TrList *names = tr_is_type(anon, &tr_str_type) ? NULL : tr_list_of(anon);
    if (!names) {
        tr_exc_clear();
        tr_raise(tr_TypeError, "_anonymous_ must be a sequence");
        return -1;
    }
    for (int64_t i = 0; i < names->len; i++) {
        if (!tr_isinstance(names->items[i], &tr_str_type)) {
            tr_raise(tr_TypeError, "_anonymous_ items must be strings");
            return -1;
        }
        TrStr *name = TR_AS(TrStr, names->items[i]);
        TrValue d = tr_getattr(tr_obj(cls), name);
        if (TR_IS_UNDEF(d)) return -1;
        if (!tr_is_type(d, &tr_ct_field_type)) {
            tr_raise(tr_AttributeError, "'%U' is specified in _anonymous_ but not in _fields_", name);
            return -1;
        }
        TrCtField *f = TR_AS(TrCtField, d);
        f->anonymous = true;
        if (add_anonymous(cls, f, f->offset) < 0) return -1;
    }
    return 0;
}

/* The items of `_fields_`, which must be a sequence. */
static TrList *field_items(TrValue fields) {
    TrList *items = tr_typeof(fields)->len ? tr_list_of(fields) : NULL;
    if (!items && (!tr_exc_pending() || tr_exc_matches(tr_TypeError))) {
        tr_exc_clear();
        tr_raise(tr_TypeError, "'_fields_' must be a sequence of pairs");
    }
    return items;
}

/* Size rounded up to the alignment, and the libffi aggregate. */
static void finish_layout(TrCtInfo *info, int64_t size, int64_t align, ffi_type **el, bool is_struct) {
    info->size = (size + align - 1) / align * align;
    info->align = align;
    info->agg.type = FFI_TYPE_STRUCT;
    info->agg.size = (size_t)info->size;
    info->agg.alignment = (unsigned short)align;
    info->agg.elements = el;
    if (!is_struct) union_ffi(info);
    info->ffi = &info->agg;
    info->final = true;
}

/* Lay out `fields` for cls (CPython's PyCStructUnionType_update_stgdict). */
static int set_fields(TrType *cls, TrValue fields, bool is_struct) {
    TrCtInfo *info = ((TrCType *)cls)->info;
    if (info->final) {
        tr_raise(tr_AttributeError, "_fields_ is final");
        return -1;
    }
    int64_t pack = pack_of(cls);
    if (pack < 0) return -1;
    TrList *items = field_items(fields);
    if (!items) return -1;
    TrCtInfo *bi = tr_ct_type_info(cls->base);
    Layout L = {0, 0, 0, 0, 0, pack};
    int64_t total_align = 1, union_size = 0, nel = 0, base_len = 0;
    if (bi) {
        L.size = L.offset = bi->size;
        L.align = bi->align;
        total_align = bi->align ? bi->align : 1;
        base_len = bi->length;
        info->has_pointers = bi->has_pointers;
    }
    ffi_type **el = tr_alloc(sizeof(ffi_type *) * (size_t)(base_len + items->len + 1));
    if (bi && bi->agg.elements)
        for (ffi_type **p = bi->agg.elements; *p && nel < base_len; p++) el[nel++] = *p;
    TrList *own = tr_list_new(0);
    for (int64_t i = 0; i < items->len; i++) {
        TrStr *name;
        TrType *ft;
        TrCtInfo *fi;
        int bits;
        if (parse_field(items->items[i], i, &name, &ft, &fi, &bits) < 0) return -1;
        fi->final = true;
        info->has_pointers |= fi->has_pointers || fi->kind == TR_CT_POINTER || fi->kind == TR_CT_FUNCPTR;
        if (!is_struct) L.size = L.offset = L.align = 0;
        int kind;
        TrCtField *f = place_field(&L, ft, fi, bits, i, &kind);
        f->name = name;
        f->owner = cls;
        /* one libffi element per storage unit: bit fields sharing one add none */
        if (kind == NO_BITFIELD || kind == NEW_BITFIELD) el[nel++] = fi->ffi;
        if (!is_struct && L.size > union_size) union_size = L.size;
        if (L.align > total_align) total_align = L.align;
        tr_list_append(own, tr_obj(f));
        if (tr_type_type.setattr(tr_obj(cls), name, tr_obj(f)) < 0) return -1;
    }
    info->length = base_len + items->len;
    info->fields = own;
    finish_layout(info, is_struct ? L.size : union_size, total_align, el, is_struct);
    return make_anonymous(cls);
}

/* ---- instances ------------------------------------------------------------------------ */

/* Positional arguments fill the fields in order, the bases' first
 * (CPython's _init_pos_args).  Returns the next argument index. */
static int64_t init_positional(TrValue self, TrType *t, TrValue *args, int nargs, TrTuple *kwnames) {
    int64_t index = 0;
    TrCtInfo *bi = t->base ? tr_ct_type_info(t->base) : NULL;
    if (bi && (bi->kind == TR_CT_STRUCT || bi->kind == TR_CT_UNION)) {
        index = init_positional(self, t->base, args, nargs, kwnames);
        if (index < 0) return -1;
    }
    TrCtInfo *info = tr_ct_type_info(t);
    if (!info || !info->fields) return index;
    for (int64_t i = 0; i < info->fields->len && index + i < nargs; i++) {
        TrCtField *f = TR_AS(TrCtField, info->fields->items[i]);
        for (int64_t k = 0; kwnames && k < kwnames->len; k++)
            if (tr_str_eq(TR_AS(TrStr, kwnames->items[k]), f->name)) {
                tr_raise(tr_TypeError, "duplicate values for field %R", tr_obj(f->name));
                return -1;
            }
        if (tr_setattr(self, f->name, args[index + i]) < 0) return -1;
    }
    return index + info->fields->len;
}

static TrValue struct_init(TrValue *args, int nargs, TrTuple *kwnames) {
    TrValue self = args[0];
    if (!tr_ct_is_cdata(self)) return tr_raise(tr_TypeError, "not a ctype instance");
    args++;
    nargs--;
    if (nargs) {
        int64_t used = init_positional(self, tr_typeof(self), args, nargs, kwnames);
        if (used < 0) return TR_ERR;
        if (used < nargs) return tr_raise(tr_TypeError, "too many initializers");
    }
    for (int64_t k = 0; kwnames && k < kwnames->len; k++)
        if (tr_setattr(self, TR_AS(TrStr, kwnames->items[k]), args[nargs + k]) < 0) return TR_ERR;
    return tr_none();
}

static TrValue struct_new(TrType *t, TrValue *args, int nargs, TrTuple *kwnames) {
    TrCData *cd = tr_ct_new(t);
    if (!cd) return TR_ERR;
    if (!tr_ct_native_init(t, struct_init)) return tr_obj(cd);
    int nkw = kwnames ? (int)kwnames->len : 0;
    TrValue small[9];
    TrValue *all = nargs + nkw < 9 ? small : tr_alloc(sizeof(TrValue) * (size_t)(nargs + nkw + 1));
    all[0] = tr_obj(cd);
    if (nargs + nkw) memcpy(all + 1, args, sizeof(TrValue) * (size_t)(nargs + nkw));
    if (TR_IS_UNDEF(struct_init(all, nargs + 1, kwnames))) return TR_ERR;
    return tr_obj(cd);
}

static const TrMethodDef struct_methods[] = {
    {"__init__", struct_init, 0},
    {NULL, NULL, 0},
};

TrCType tr_ct_struct_type = {{
    TR_CT_BASE_FIELDS(tr_ct_struct_meta, "_ctypes.Structure", sizeof(TrCData)),
    .tp_new = struct_new,
}, NULL};

TrCType tr_ct_union_type = {{
    TR_CT_BASE_FIELDS(tr_ct_union_meta, "_ctypes.Union", sizeof(TrCData)),
    .tp_new = struct_new,
}, NULL};

/* ---- the metaclasses -------------------------------------------------------------------- */

static TrValue aggregate_meta_new(TrType *meta, TrValue *args, int nargs, TrTuple *kwnames,
                                  bool is_struct) {
    TrValue cls = tr_ct_meta_new3(meta, args, nargs, kwnames);
    if (TR_IS_UNDEF(cls)) return cls;
    TrType *t = TR_AS(TrType, cls);
    TrCtInfo *info = tr_alloc(sizeof *info);
    TrCtInfo *bi = tr_ct_type_info(t->base);
    TrValue fields = tr_dict_get_cstr(t->dict, "_fields_");
    if (bi && TR_IS_UNDEF(fields)) {
        *info = *bi; /* a subclass without _fields_ has its base's layout */
        if (bi->ffi == &bi->agg) info->ffi = &info->agg;
        info->fields = NULL;
        info->final = false;
        bi->final = true;
    } else {
        info->kind = is_struct ? TR_CT_STRUCT : TR_CT_UNION;
        info->agg.type = FFI_TYPE_STRUCT;
        info->agg.elements = tr_alloc(sizeof(ffi_type *));
        info->ffi = &info->agg;
        info->argtypes = info->restype = tr_undef();
    }
    ((TrCType *)t)->info = info;
    if (!TR_IS_UNDEF(fields) && set_fields(t, fields, is_struct) < 0) return TR_ERR;
    return cls;
}

static TrValue struct_meta_new(TrType *meta, TrValue *args, int nargs, TrTuple *kwnames) {
    return aggregate_meta_new(meta, args, nargs, kwnames, true);
}

static TrValue union_meta_new(TrType *meta, TrValue *args, int nargs, TrTuple *kwnames) {
    return aggregate_meta_new(meta, args, nargs, kwnames, false);
}

/* Assigning _fields_ after the class statement lays the class out. */
static int aggregate_meta_setattr(TrValue self, TrStr *name, TrValue v) {
    if (tr_type_type.setattr(self, name, v) < 0) return -1;
    if (TR_IS_UNDEF(v) || strcmp(name->data, "_fields_") != 0) return 0;
    TrType *t = TR_AS(TrType, self);
    if (!((TrCType *)t)->info) {
        tr_raise(tr_TypeError, "abstract class");
        return -1;
    }
    return set_fields(t, v, t->ob.type == &tr_ct_struct_meta);
}

TrType tr_ct_struct_meta = {
    TR_CT_META_FIELDS("_ctypes.PyCStructType"),
    .tp_new = struct_meta_new,
    .setattr = aggregate_meta_setattr,
};

TrType tr_ct_union_meta = {
    TR_CT_META_FIELDS("_ctypes.UnionType"),
    .tp_new = union_meta_new,
    .setattr = aggregate_meta_setattr,
};

void tr_ct_init_struct(void) {
    tr_type_ready(&tr_ct_field_type, NULL);
    tr_ct_ready_meta(&tr_ct_struct_meta, tr_ct_generic_from_param_def);
    tr_ct_ready_meta(&tr_ct_union_meta, tr_ct_generic_from_param_def);
    tr_ct_ready_base(&tr_ct_struct_type, &tr_ct_struct_meta, struct_methods);
    tr_ct_ready_base(&tr_ct_union_type, &tr_ct_union_meta, struct_methods);
}
