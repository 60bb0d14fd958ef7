/* tr_mod_ctypes_simple.c — ctypes' simple types: the table of `_type_`
 * codes with their C <-> Python accessors, `_SimpleCData` and its metaclass
 * PyCSimpleType.
 *
 * One row of TR_CT_FORMATS per code names the C type, the libffi type and
 * the accessor pair; integer accessors share one implementation that reads
 * the value's width with memcpy (fields of packed structures may be
 * unaligned) and handles bit fields.  Integers wrap around on assignment
 * (c_byte(300).value == 44), as in CPython.  The accessors are also what
 * structure fields, array items, call arguments and results use
 * (tr_mod_ctypes_cdata.c, tr_mod_ctypes_call.c). */
#include <string.h>
#include <wchar.h>

#include "tr_ctypes.h"

_Static_assert(sizeof(wchar_t) == 4, "c_wchar is UTF-32 here (Linux)");

/* ---- integers --------------------------------------------------------------- */

static uint64_t load_uint(const void *p, int width) {
    switch (width) {
    case 1: { uint8_t x; memcpy(&x, p, 1); return x; }
    case 2: { uint16_t x; memcpy(&x, p, 2); return x; }
    case 4: { uint32_t x; memcpy(&x, p, 4); return x; }
    default: { uint64_t x; memcpy(&x, p, 8); return x; }
    }
}

static void store_uint(void *p, int width, uint64_t v) {
    switch (width) {
    case 1: { uint8_t x = (uint8_t)v; memcpy(p, &x, 1); break; }
    case 2: { uint16_t x = (uint16_t)v; memcpy(p, &x, 2); break; }
    case 4: { uint32_t x = (uint32_t)v; memcpy(p, &x, 4); break; }
    default: memcpy(p, &v, 8); break;
    }
}

/* Mask of the low n bits (1 <= n <= 64). */
static uint64_t low_mask(int n) { return n >= 64 ? ~(uint64_t)0 : ((uint64_t)1 << n) - 1; }

static TrValue int_get(const void *p, int64_t size, int width, bool is_signed) {
    uint64_t v = load_uint(p, width);
    int nbits = (int)TR_CT_BITS(size);
    if (nbits) v >>= TR_CT_BITOFS(size);
    else nbits = width * 8;
    v &= low_mask(nbits);
    if (is_signed && nbits < 64 && (v >> (nbits - 1)) & 1) v |= ~low_mask(nbits);
    return is_signed ? tr_int((int64_t)v) : tr_int_from_uint64(v);
}

static int int_set(void *p, TrValue x, int64_t size, int width) {
    uint64_t v;
    if (tr_index_mask64(x, &v) < 0) return -1;
    int nbits = (int)TR_CT_BITS(size);
    if (nbits) {
        int lo = (int)TR_CT_BITOFS(size);
        uint64_t m = low_mask(nbits) << lo;
        v = (load_uint(p, width) & ~m) | ((v << lo) & m);
    }
    store_uint(p, width, v);
    return 0;
}

#define CT_INT_ACCESSORS(name, ctype, is_signed)                                           \
    static TrValue name##_get(const void *p, int64_t size) {                              \
        return int_get(p, size, (int)sizeof(ctype), is_signed);                            \
    }                                                                                      \
    static int name##_set(void *p, TrValue v, int64_t size) {                             \
        return int_set(p, v, size, (int)sizeof(ctype));                                   \
    }
CT_INT_ACCESSORS(b, signed char, true)
CT_INT_ACCESSORS(B, unsigned char, false)
CT_INT_ACCESSORS(h, short, true)
CT_INT_ACCESSORS(H, unsigned short, false)
CT_INT_ACCESSORS(i, int, true)
CT_INT_ACCESSORS(I, unsigned int, false)
CT_INT_ACCESSORS(l, long, true)
CT_INT_ACCESSORS(L, unsigned long, false)
CT_INT_ACCESSORS(q, long long, true)
CT_INT_ACCESSORS(Q, unsigned long long, false)
#undef CT_INT_ACCESSORS

/* c_bool: any object, by its truth (bit fields are not applied, as in CPython). */
static TrValue bool_get(const void *p, int64_t size) {
    (void)size;
    unsigned char c;
    memcpy(&c, p, 1);
    return tr_bool(c != 0);
}

static int bool_set(void *p, TrValue v, int64_t size) {
    (void)size;
    int t = tr_truth(v);
    if (t < 0) return -1;
    unsigned char c = (unsigned char)t;
    memcpy(p, &c, 1);
    return 0;
}

/* ---- floating point ----------------------------------------------------------- */

/* CPython's PyFloat_AsDouble: floats, ints, __float__, __index__. */
static int as_double(TrValue v, double *out) {
    if (TR_IS_FLOAT(v) || tr_is_int(v)) return tr_number_to_double(v, out);
    static const char *const hooks[] = {"__float__", "__index__"};
    for (int i = 0; i < 2 && TR_IS_OBJ(v); i++) {
        if (TR_IS_UNDEF(tr_type_lookup(v.u.o->type, tr_str_intern(hooks[i])))) continue;
        TrValue r = tr_call_method(v, hooks[i], NULL, 0);
        if (TR_IS_UNDEF(r)) return -1;
        if (i == 0 && !TR_IS_FLOAT(r)) {
            tr_raise(tr_TypeError, "%s.__float__ returned non-float (type %s)", tr_type_name(v),
                     tr_type_name(r));
            return -1;
        }
        return tr_number_to_double(r, out);
    }
    tr_raise(tr_TypeError, "must be real number, not %s", tr_type_name(v));
    return -1;
}

#define CT_FLOAT_ACCESSORS(name, ctype)                                                    \
    static TrValue name##_get(const void *p, int64_t size) {                              \
        (void)size;                                                                        \
        ctype x;                                                                           \
        memcpy(&x, p, sizeof x);                                                           \
        return tr_float((double)x);                                                        \
    }                                                                                      \
    static int name##_set(void *p, TrValue v, int64_t size) {                             \
        (void)size;                                                                        \
        double d;                                                                          \
        if (as_double(v, &d) < 0) return -1;                                               \
        ctype x = (ctype)d;                                                                \
        memcpy(p, &x, sizeof x);                                                           \
        return 0;                                                                          \
    }
CT_FLOAT_ACCESSORS(f, float)
CT_FLOAT_ACCESSORS(d, double)
CT_FLOAT_ACCESSORS(g, long double)
#undef CT_FLOAT_ACCESSORS

/* ---- characters and strings ---------------------------------------------------- */

static TrValue c_get(const void *p, int64_t size) {
    (void)size;
    return tr_obj(tr_bytes_new(p, 1));
}

static int c_set(void *p, TrValue v, int64_t size) {
    (void)size;
    if (tr_is_type(v, &tr_bytes_type) && TR_AS(TrBytes, v)->len == 1) {
        memcpy(p, TR_AS(TrBytes, v)->data, 1);
        return 0;
    }
    if (TR_IS_INT(v) || TR_IS_BOOL(v)) {
        if (v.u.i >= 0 && v.u.i < 256) {
            unsigned char c = (unsigned char)v.u.i;
            memcpy(p, &c, 1);
            return 0;
        }
    }
    tr_raise(tr_TypeError, "one character bytes, bytearray or integer expected");
    return -1;
}

/* str -> NUL-terminated UTF-32 in a fresh pointer-free block; *n = length. */
wchar_t *tr_ct_str_to_wchar(TrStr *s, int64_t *n) {
    wchar_t *w = tr_alloc_atomic(sizeof(wchar_t) * (size_t)(s->nchars + 1));
    int64_t k = 0;
    for (int64_t i = 0; i < s->len; k++) {
        int nb;
        w[k] = (wchar_t)tr_utf8_decode(s->data + i, &nb);
        i += nb;
    }
    w[k] = 0;
    if (n) *n = k;
    return w;
}

/* n UTF-32 code units -> str; ValueError for values beyond U+10FFFF. */
TrValue tr_ct_wchar_to_str(const wchar_t *w, int64_t n) {
    TrBuf b;
    tr_buf_init(&b, n + 1);
    for (int64_t i = 0; i < n; i++) {
        uint32_t cp = (uint32_t)w[i];
        if (cp > 0x10FFFF)
            return tr_raise(tr_ValueError, "character U+%x is not in range [U+0000; U+10ffff]",
                            (int)cp);
        char enc[4];
        tr_buf_put(&b, enc, tr_utf8_encode(cp, enc));
    }
    return tr_obj(tr_buf_finish(&b));
}

static TrValue u_get(const void *p, int64_t size) {
    (void)size;
    wchar_t w;
    memcpy(&w, p, sizeof w);
    return tr_ct_wchar_to_str(&w, 1);
}

static int u_set(void *p, TrValue v, int64_t size) {
    (void)size;
    if (!tr_isinstance(v, &tr_str_type)) {
        tr_raise(tr_TypeError, "unicode string expected instead of %s instance", tr_type_name(v));
        return -1;
    }
    TrStr *s = TR_AS(TrStr, v);
    if (s->nchars != 1) {
        tr_raise(tr_TypeError, "one character unicode string expected");
        return -1;
    }
    int nb;
    wchar_t w = (wchar_t)tr_utf8_decode(s->data, &nb);
    memcpy(p, &w, sizeof w);
    return 0;
}

/* An int stored as an address: modulo 2**64, as CPython's setters do. */
static int int_address(TrValue v, void **out) {
    uint64_t u;
    if (tr_index_mask64(v, &u) < 0) return -1;
    *out = (void *)(uintptr_t)u;
    return 0;
}

static void store_ptr(void *p, const void *v) { memcpy(p, &v, sizeof v); }
static void *load_ptr(const void *p) {
    void *v;
    memcpy(&v, p, sizeof v);
    return v;
}

/* The pointer setters: None is NULL, an int is an address, c_char_p takes
 * the address of a bytes object's data and c_wchar_p a UTF-32 copy of a str
 * (the scanned memory holding the address keeps either alive); anything
 * else raises TypeError(msg). */
static int address_set(void *p, TrValue v, char code, const char *msg) {
    void *a = NULL;
    if (code == 'z' && tr_is_type(v, &tr_bytes_type)) a = TR_AS(TrBytes, v)->data;
    else if (code == 'Z' && tr_isinstance(v, &tr_str_type)) a = tr_ct_str_to_wchar(TR_AS(TrStr, v), NULL);
    else if (tr_is_int(v)) {
        if (int_address(v, &a) < 0) return -1;
    } else if (!TR_IS_NONE(v)) {
        tr_raise(tr_TypeError, msg, tr_type_name(v));
        return -1;
    }
    store_ptr(p, a);
    return 0;
}

static TrValue z_get(const void *p, int64_t size) {
    (void)size;
    const char *s = load_ptr(p);
    return s ? tr_obj(tr_bytes_new(s, (int64_t)strlen(s))) : tr_none();
}

static int z_set(void *p, TrValue v, int64_t size) {
    (void)size;
    return address_set(p, v, 'z', "bytes or integer address expected instead of %s instance");
}

static TrValue Z_get(const void *p, int64_t size) {
    (void)size;
    const wchar_t *w = load_ptr(p);
    return w ? tr_ct_wchar_to_str(w, (int64_t)wcslen(w)) : tr_none();
}

static int Z_set(void *p, TrValue v, int64_t size) {
    (void)size;
    return address_set(p, v, 'Z', "unicode string or integer address expected instead of %s instance");
}

static TrValue P_get(const void *p, int64_t size) {
    (void)size;
    void *a = load_ptr(p);
    return a ? tr_int_from_uint64((uint64_t)(uintptr_t)a) : tr_none();
}

static int P_set(void *p, TrValue v, int64_t size) {
    (void)size;
    return address_set(p, v, 'P', "cannot be converted to pointer");
}

/* py_object: the C memory holds the address of a GC box with the value
 * (Tauraro's values are 16 bytes, not a pointer). */
static TrValue O_get(const void *p, int64_t size) {
    (void)size;
    TrValue *box = load_ptr(p);
    if (!box) return tr_raise(tr_ValueError, "PyObject is NULL");
    return *box;
}

static int O_set(void *p, TrValue v, int64_t size) {
    (void)size;
    TrValue *box = tr_alloc(sizeof *box);
    *box = v;
    store_ptr(p, box);
    return 0;
}

/* ---- char arrays inside structures (CPython's 's' and 'U') ---------------------- */

static TrValue s_get(const void *p, int64_t size) {
    const char *s = p;
    int64_t n = 0;
    while (n < size && s[n]) n++;
    return tr_obj(tr_bytes_new(s, n));
}

static int s_set(void *p, TrValue v, int64_t size) {
    if (!tr_is_type(v, &tr_bytes_type)) {
        tr_raise(tr_TypeError, "expected bytes, %s found", tr_type_name(v));
        return -1;
    }
    const char *data = (const char *)TR_AS(TrBytes, v)->data;
    int64_t n = (int64_t)strlen(data);
    if (n < size) n++; /* the terminating NUL when there is room */
    else if (n > size) {
        tr_raise(tr_ValueError, "bytes too long (%lld, maximum length %lld)", (long long)n,
                 (long long)size);
        return -1;
    }
    memcpy(p, data, (size_t)n);
    return 0;
}

static TrValue U_get(const void *p, int64_t size) {
    int64_t max = size / (int64_t)sizeof(wchar_t), n = 0;
    wchar_t *w = tr_alloc_atomic(sizeof(wchar_t) * (size_t)(max + 1));
    memcpy(w, p, sizeof(wchar_t) * (size_t)max);
    while (n < max && w[n]) n++;
    return tr_ct_wchar_to_str(w, n);
}

static int U_set(void *p, TrValue v, int64_t size) {
    if (!tr_isinstance(v, &tr_str_type)) {
        tr_raise(tr_TypeError, "unicode string expected instead of %s instance", tr_type_name(v));
        return -1;
    }
    int64_t n, max = size / (int64_t)sizeof(wchar_t);
    wchar_t *w = tr_ct_str_to_wchar(TR_AS(TrStr, v), &n);
    if (n > max) {
        tr_raise(tr_ValueError, "string too long (%lld, maximum length %lld)", (long long)n,
                 (long long)max);
        return -1;
    }
    memcpy(p, w, sizeof(wchar_t) * (size_t)(n < max ? n + 1 : n));
    return 0;
}

/* ---- the table ------------------------------------------------------------------ */

/* X(code, C type, libffi type, accessor prefix, holds an address, bit fields) */
#define TR_CT_FORMATS(X)                                        \
    X('b', signed char, ffi_type_schar, b, false, true)         \
    X('B', unsigned char, ffi_type_uchar, B, false, true)       \
    X('h', short, ffi_type_sshort, h, false, true)              \
    X('H', unsigned short, ffi_type_ushort, H, false, true)     \
    X('i', int, ffi_type_sint, i, false, true)                  \
    X('I', unsigned int, ffi_type_uint, I, false, true)         \
    X('l', long, ffi_type_slong, l, false, true)                \
    X('L', unsigned long, ffi_type_ulong, L, false, true)       \
    X('q', long long, ffi_type_sint64, q, false, true)          \
    X('Q', unsigned long long, ffi_type_uint64, Q, false, true) \
    X('?', _Bool, ffi_type_uchar, bool, false, true)            \
    X('f', float, ffi_type_float, f, false, false)              \
    X('d', double, ffi_type_double, d, false, false)            \
    X('g', long double, ffi_type_longdouble, g, false, false)   \
    X('c', char, ffi_type_schar, c, false, false)               \
    X('u', wchar_t, ffi_type_sint32, u, false, false)           \
    X('z', char *, ffi_type_pointer, z, true, false)            \
    X('Z', wchar_t *, ffi_type_pointer, Z, true, false)         \
    X('P', void *, ffi_type_pointer, P, true, false)            \
    X('O', TrValue *, ffi_type_pointer, O, true, false)

static const TrCtFormat formats[] = {
#define CT_FORMAT_ROW(code, ctype, ffi, acc, ptr, bits) \
    {code, sizeof(ctype), _Alignof(ctype), ptr, bits, &ffi, acc##_get, acc##_set},
    TR_CT_FORMATS(CT_FORMAT_ROW)
#undef CT_FORMAT_ROW
};

const TrCtFormat tr_ct_format_chars = {'s', 1, 1, false, false, &ffi_type_schar, s_get, s_set};
const TrCtFormat tr_ct_format_wchars = {'U', 4, 4, false, false, &ffi_type_sint32, U_get, U_set};

const TrCtFormat *tr_ct_format(char c) {
    for (size_t i = 0; i < sizeof formats / sizeof formats[0]; i++)
        if (formats[i].code == c) return &formats[i];
    return NULL;
}

/* ---- _SimpleCData ------------------------------------------------------------------ */

bool tr_ct_simple_subclass(TrType *t) {
    return t->ob.type == &tr_ct_simple_meta && t->base != &tr_ct_simple_type.t;
}

static TrValue simple_value_get(TrValue self) {
    TrCData *cd = TR_AS(TrCData, self);
    TrCtInfo *info = tr_ct_type_info(cd->ob.type);
    return info->fmt->get(cd->ptr, info->size);
}

static int simple_value_set(TrValue self, TrValue v) {
    if (TR_IS_UNDEF(v)) {
        tr_raise(tr_TypeError, "can't delete attribute");
        return -1;
    }
    TrCData *cd = TR_AS(TrCData, self);
    TrCtInfo *info = tr_ct_type_info(cd->ob.type);
    return info->fmt->set(cd->ptr, v, info->size);
}

static TrValue simple_init(TrValue *args, int nargs, TrTuple *kwnames) {
    (void)kwnames; /* ignored, as in CPython */
    if (nargs > 2)
        return tr_raise(tr_TypeError, "__init__ expected at most 1 argument, got %d", nargs - 1);
    if (nargs == 2 && simple_value_set(args[0], args[1]) < 0) return TR_ERR;
    return tr_none();
}

static TrValue simple_new(TrType *t, TrValue *args, int nargs, TrTuple *kwnames) {
    TrCData *cd = tr_ct_new(t);
    if (!cd) return TR_ERR;
    TrValue self = tr_obj(cd);
    (void)kwnames; /* ignored, as in CPython */
    if (tr_ct_native_init(t, simple_init)) {
        if (nargs > 1)
            return tr_raise(tr_TypeError, "__init__ expected at most 1 argument, got %d", nargs);
        if (nargs == 1 && simple_value_set(self, args[0]) < 0) return TR_ERR;
    }
    return self;
}

static TrValue simple_repr(TrValue self) {
    TrType *t = tr_typeof(self);
    if (tr_ct_simple_subclass(t))
        return tr_obj(tr_str_format("<%s object at %p>", t->name, (void *)self.u.o));
    TrValue v = simple_value_get(self);
    if (TR_IS_UNDEF(v)) return v;
    return tr_obj(tr_str_format("%s(%R)", t->name, v));
}

static int simple_truth(TrValue self) {
    TrCData *cd = TR_AS(TrCData, self);
    for (int64_t i = 0; i < cd->size; i++)
        if (cd->ptr[i]) return 1;
    return 0;
}

static const TrMethodDef simple_methods[] = {
    {"__init__", simple_init, 0},
    {NULL, NULL, 0},
};

static const TrCtGetSetDef simple_getsets[] = {
    {"value", simple_value_get, simple_value_set},
    {NULL, NULL, NULL},
};

TrCType tr_ct_simple_type = {{
    TR_CT_BASE_FIELDS(tr_ct_simple_meta, "_ctypes._SimpleCData", sizeof(TrCData)),
    .repr = simple_repr,
    .truth = simple_truth,
    .tp_new = simple_new,
}, NULL};

/* ---- PyCSimpleType --------------------------------------------------------------- */

#define SIMPLE_TYPE_CHARS "cbBhHiIlLdfuzZqQPXOv?g"

static TrCtInfo *simple_info(TrType *cls) {
    TrValue proto = tr_ct_type_attr(cls, "_type_");
    if (TR_IS_UNDEF(proto)) {
        tr_raise(tr_AttributeError, "class must define a '_type_' attribute");
        return NULL;
    }
    if (!tr_isinstance(proto, &tr_str_type)) {
        tr_raise(tr_TypeError, "class must define a '_type_' string attribute");
        return NULL;
    }
    TrStr *code = TR_AS(TrStr, proto);
    if (code->nchars != 1) {
        tr_raise(tr_ValueError, "class must define a '_type_' attribute which must be a string of length 1");
        return NULL;
    }
    if (!code->ascii || !strchr(SIMPLE_TYPE_CHARS, code->data[0])) {
        tr_raise(tr_AttributeError, "class must define a '_type_' attribute which must be\n"
                                    "a single character string containing one of '%s'.",
                 SIMPLE_TYPE_CHARS);
        return NULL;
    }
    const TrCtFormat *fmt = tr_ct_format(code->data[0]);
    if (!fmt) {
        tr_raise(tr_ValueError, "_type_ '%U' not supported", code);
        return NULL;
    }
    TrCtInfo *info = tr_alloc(sizeof *info);
    info->kind = TR_CT_SIMPLE;
    info->fmt = fmt;
    info->size = fmt->size;
    info->align = fmt->align;
    info->length = 0;
    info->ffi = fmt->ffi;
    info->has_pointers = fmt->pointer;
    info->argtypes = info->restype = tr_undef();
    return info;
}

static TrValue simple_meta_new(TrType *meta, TrValue *args, int nargs, TrTuple *kwnames) {
    TrValue cls = tr_ct_meta_new3(meta, args, nargs, kwnames);
    if (TR_IS_UNDEF(cls)) return cls;
    TrCtInfo *info = simple_info(TR_AS(TrType, cls));
    if (!info) return TR_ERR;
    ((TrCType *)cls.u.o)->info = info;
    return cls;
}

/* ---- from_param ------------------------------------------------------------------ */

/* The element type's code when v is an array or pointer of a simple type. */
static char item_code(TrValue v) {
    TrCtInfo *vi = tr_ct_is_cdata(v) ? tr_ct_type_info(tr_typeof(v)) : NULL;
    if (!vi || (vi->kind != TR_CT_ARRAY && vi->kind != TR_CT_POINTER) || !vi->proto) return 0;
    TrCtInfo *pi = tr_ct_type_info(vi->proto);
    return pi && pi->kind == TR_CT_SIMPLE ? pi->fmt->code : 0;
}

/* A CArg holding v converted by format code c. */
static TrValue carg_of(char c, TrValue v) {
    const TrCtFormat *fmt = tr_ct_format(c);
    TrCArg *a = tr_ct_carg_new(c, fmt->ffi);
    if (fmt->set(&a->v, v, fmt->size) < 0) return TR_ERR;
    a->obj = v;
    return tr_obj(a);
}

/* c_char_p / c_wchar_p: their strings, None, their own instances, arrays and
 * pointers of their character type, byref() of a character. */
static TrValue string_from_param(TrType *t, char code, TrValue v) {
    char ch = code == 'z' ? 'c' : 'u';
    if (TR_IS_NONE(v)) return v;
    if (code == 'z' ? tr_is_type(v, &tr_bytes_type) : tr_isinstance(v, &tr_str_type))
        return carg_of(code, v);
    if (tr_isinstance(v, t) || item_code(v) == ch) return v;
    if (tr_is_type(v, &tr_ct_carg_type)) {
        TrCtInfo *oi = tr_ct_info(tr_obj(tr_typeof(TR_AS(TrCArg, v)->obj)));
        if (oi && oi->kind == TR_CT_SIMPLE && oi->fmt->code == ch) return v;
    }
    return tr_undef();
}

/* c_void_p: ints, bytes, str, None, any array/pointer/function pointer,
 * byref(), c_char_p and c_wchar_p instances. */
static TrValue void_p_from_param(TrType *t, TrValue v) {
    if (TR_IS_NONE(v)) return v;
    if (tr_is_int(v)) return carg_of('P', v);
    if (tr_is_type(v, &tr_bytes_type)) return carg_of('z', v);
    if (tr_isinstance(v, &tr_str_type)) return carg_of('Z', v);
    if (tr_isinstance(v, t)) return v;
    TrCtInfo *vi = tr_ct_is_cdata(v) ? tr_ct_type_info(tr_typeof(v)) : NULL;
    if (vi && (vi->kind == TR_CT_ARRAY || vi->kind == TR_CT_POINTER)) return v;
    if (tr_is_type(v, &tr_ct_carg_type) && TR_AS(TrCArg, v)->tag == 'P') return v;
    if (vi && (vi->kind == TR_CT_FUNCPTR ||
               (vi->kind == TR_CT_SIMPLE && (vi->fmt->code == 'z' || vi->fmt->code == 'Z')))) {
        TrCArg *a = tr_ct_carg_new(vi->kind == TR_CT_FUNCPTR ? 'P' : 'Z', &ffi_type_pointer);
        memcpy(&a->v.p, TR_AS(TrCData, v)->ptr, sizeof(void *));
        a->obj = v;
        return tr_obj(a);
    }
    return tr_undef();
}

/* PyCSimpleType.from_param(cls, value); UNDEF without an exception means
 * "wrong type" after trying _as_parameter_. */
static TrValue simple_convert(TrType *t, TrCtInfo *info, TrValue v) {
    char code = info->fmt->code;
    if (code == 'z' || code == 'Z') return string_from_param(t, code, v);
    if (code == 'P') return void_p_from_param(t, v);
    if (tr_isinstance(v, t)) return v;
    TrValue r = carg_of(code, v);
    if (TR_IS_UNDEF(r)) tr_exc_clear();
    return r;
}

static TrValue simple_from_param(TrType *t, TrValue v) {
    TrCtInfo *info = tr_ct_type_info(t);
    if (!info) return tr_raise(tr_TypeError, "abstract class");
    TrValue r = simple_convert(t, info, v);
    if (!TR_IS_UNDEF(r) || tr_exc_pending()) return r;
    TrValue ap = tr_ct_as_parameter(v);
    if (!TR_IS_UNDEF(ap)) {
        if (tr_enter_recursion() < 0) return TR_ERR; /* _as_parameter_ chains */
        r = simple_from_param(t, ap);
        tr_leave_recursion();
        return r;
    }
    if (tr_exc_pending()) return TR_ERR;
    return tr_raise(tr_TypeError, "wrong type");
}

static TrValue simple_meta_from_param(TrValue *args, int nargs, TrTuple *kwnames) {
    if (tr_check_args("from_param", nargs - 1, kwnames, 1, 1) < 0) return TR_ERR;
    return simple_from_param(TR_AS(TrType, args[0]), args[1]);
}

static const TrMethodDef simple_meta_methods[] = {
    {"from_param", simple_meta_from_param, 0},
    {NULL, NULL, 0},
};

TrType tr_ct_simple_meta = {
    TR_CT_META_FIELDS("_ctypes.PyCSimpleType"),
    .tp_new = simple_meta_new,
};

void tr_ct_init_simple(void) {
    tr_ct_ready_meta(&tr_ct_simple_meta, simple_meta_methods);
    tr_ct_ready_base(&tr_ct_simple_type, &tr_ct_simple_meta, simple_methods);
    tr_ct_add_getsets(&tr_ct_simple_type.t, simple_getsets);
}
