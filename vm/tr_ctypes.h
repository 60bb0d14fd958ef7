/* tr_ctypes.h — internals shared by the files of the `_ctypes` module.
 *
 * `_ctypes` is the C core of the ctypes package (lib/ctypes/): C data types
 * whose instances own or share a block of C memory, function pointers called
 * through libffi, and Python callables wrapped as C function pointers
 * (libffi closures).  It mirrors CPython's Modules/_ctypes, split by concern:
 *
 *   tr_mod_ctypes.c           module functions (sizeof, byref, cast, dlopen, ...),
 *                             CArgObject, the attribute descriptor type, init
 *   tr_mod_ctypes_cdata.c     the memory of instances, reading/writing values of
 *                             any ctypes type, the methods every metaclass shares
 *   tr_mod_ctypes_simple.c    the simple-type table (c_int ...): C <-> Python
 *                             accessors, _SimpleCData and its metaclass
 *   tr_mod_ctypes_struct.c    Structure / Union layout (gcc's), field descriptors
 *   tr_mod_ctypes_array.c     arrays and pointers
 *   tr_mod_ctypes_call.c      function pointers: argument conversion, the cached
 *                             ffi_cif, ffi_call, results
 *   tr_mod_ctypes_callback.c  callbacks: ffi_closure thunks calling Python
 *
 * Every ctypes type is a class whose metaclass is one of six C metaclasses;
 * the class object has room after its TrType for a pointer to its storage
 * info (CPython's StgDict): size, alignment, libffi type, accessors.  The
 * metaclasses fill it when the class is created (from `_type_`, `_fields_`,
 * `_length_`, `_argtypes_` ...).  Instances are TrCData: a pointer to their C
 * memory, which is inline for small values, a GC block (scanned only when the
 * type can hold addresses, see TrCtInfo.has_pointers), memory of another
 * instance (a field, an item: `base`) or memory of C code (from_address).  Because
 * the collector is conservative and recognises interior pointers, an address
 * stored in scanned C memory keeps its target alive: that replaces CPython's
 * `_objects` keep-alive bookkeeping. */
#ifndef TR_CTYPES_H
#define TR_CTYPES_H

#include <ffi.h>
#include <wchar.h>

#include "tr_module.h"

/* ---- accessors: C value <-> Python value ---------------------------------- */

/* `size` is the byte size of the value, or for a bit field
 * (bits << 16 | first bit), as in CPython. */
typedef TrValue (*TrCtGetFn)(const void *ptr, int64_t size);
/* Store v at ptr; -1 with an exception pending when v does not convert. */
typedef int (*TrCtSetFn)(void *ptr, TrValue v, int64_t size);

typedef struct TrCtFormat {
    char code;         /* the `_type_` letter */
    uint8_t size, align;
    bool pointer;      /* the value is an address (memory holding it is scanned) */
    bool bitfield_ok;  /* may be the type of a bit field */
    ffi_type *ffi;
    TrCtGetFn get;
    TrCtSetFn set;
} TrCtFormat;

/* The accessors of `_type_` code c; NULL when unknown. */
const TrCtFormat *tr_ct_format(char c);
/* Fields of type c_char * n / c_wchar * n read and write bytes / str. */
extern const TrCtFormat tr_ct_format_chars, tr_ct_format_wchars;
#define TR_CT_BITS(size) ((size) >> 16)
#define TR_CT_BITOFS(size) ((size) & 0xFFFF)

/* ---- storage info of a type ------------------------------------------------ */

typedef enum TrCtKind {
    TR_CT_SIMPLE = 1, TR_CT_STRUCT, TR_CT_UNION, TR_CT_ARRAY, TR_CT_POINTER, TR_CT_FUNCPTR
} TrCtKind;

/* Function flags (CPython's FUNCFLAG_*). */
#define TR_CT_FUNCFLAG_CDECL 0x1
#define TR_CT_FUNCFLAG_PYTHONAPI 0x4
#define TR_CT_FUNCFLAG_USE_ERRNO 0x8
#define TR_CT_FUNCFLAG_USE_LASTERROR 0x10

typedef struct TrCtInfo {
    TrCtKind kind;
    bool final;          /* layout frozen: instances exist, or a field / _fields_ set */
    bool has_pointers;   /* instances' memory may hold addresses: allocate it scanned */
    int64_t size, align;
    int64_t length;      /* arrays: items; structs/unions: fields including the bases' */
    const TrCtFormat *fmt; /* simple types */
    TrType *proto;       /* array item type; pointer target (NULL: incomplete pointer) */
    ffi_type *ffi;       /* how libffi passes a value of this type */
    ffi_type agg;        /* the aggregate `ffi` points to for structs, unions, arrays */
    TrList *fields;      /* structs/unions: this class's TrCtField objects, in order */
    /* function pointer types (the prototype) */
    TrValue argtypes;    /* `_argtypes_` as given, UNDEF when not given */
    TrTuple *argconv;    /* its items' from_param methods */
    TrValue restype;     /* UNDEF when not given */
    int flags;           /* TR_CT_FUNCFLAG_* */
} TrCtInfo;

typedef struct TrCType {
    TrType t;
    TrCtInfo *info;      /* NULL for the abstract bases (Structure, _SimpleCData, ...) */
} TrCType;

extern TrType tr_ct_simple_meta, tr_ct_struct_meta, tr_ct_union_meta, tr_ct_array_meta,
    tr_ct_pointer_meta, tr_ct_funcptr_meta;
extern TrCType tr_ct_cdata_type, tr_ct_simple_type, tr_ct_struct_type, tr_ct_union_type,
    tr_ct_array_type, tr_ct_pointer_type, tr_ct_funcptr_type;
extern TrType tr_ct_carg_type;
extern TrType *tr_ct_ArgumentError;

/* The fields every metaclass and every C base class share (they differ in
 * their slots only). */
#define TR_CT_META_FIELDS(cname)                                                          \
    .ob = {&tr_type_type}, .name = cname, .base = &tr_type_type, .flags = TR_TF_BASETYPE, \
    .basicsize = sizeof(TrCType), .binop = tr_ct_meta_binop
#define TR_CT_BASE_FIELDS(meta, cname, size)                                      \
    .ob = {&meta}, .name = cname, .base = &tr_ct_cdata_type.t,                    \
    .flags = TR_TF_BASETYPE | TR_TF_SELF_ALLOC, .basicsize = size

/* Is meta one of the six metaclasses (whose classes carry a TrCtInfo)?
 * Inline: every call and field access asks. */
static inline bool tr_ct_is_meta(TrType *m) {
    return m == &tr_ct_simple_meta || m == &tr_ct_struct_meta || m == &tr_ct_pointer_meta ||
           m == &tr_ct_array_meta || m == &tr_ct_funcptr_meta || m == &tr_ct_union_meta;
}
/* The info of ctypes type t (NULL when t is not one, or an abstract base). */
static inline TrCtInfo *tr_ct_type_info(TrType *t) {
    return tr_ct_is_meta(t->ob.type) ? ((TrCType *)t)->info : NULL;
}
/* The info of type object v, or NULL (v may be any value). */
static inline TrCtInfo *tr_ct_info(TrValue v) {
    return TR_IS_OBJ(v) && tr_ct_is_meta(v.u.o->type) ? ((TrCType *)v.u.o)->info : NULL;
}
/* Is v an instance of a ctypes type? */
static inline bool tr_ct_is_cdata(TrValue v) {
    return TR_IS_OBJ(v) && tr_ct_is_meta(v.u.o->type->ob.type);
}
/* A user subclass of a simple type (c_int's subclass): its values stay
 * instances instead of becoming Python ints (CPython's _ctypes_simple_instance). */
bool tr_ct_simple_subclass(TrType *t);

/* ---- instances ------------------------------------------------------------- */

typedef struct TrCData {
    TrObject ob;
    char *ptr;          /* the C memory (as a GC pointer it keeps GC memory alive) */
    int64_t size;       /* bytes at ptr */
    TrValue base;       /* the instance this one is a view into (_b_base_); UNDEF if none */
    bool owner;         /* ptr was allocated for this object (resize may grow it) */
    union {
        char buf[16];
        long double ld;
        void *p;
    } inl;              /* small values live here */
} TrCData;

/* A value converted for a C call or held by a CArgObject. */
typedef union TrCtValue {
    int64_t i;
    uint64_t u;
    double d;
    float f;
    long double ld;
    void *p;
    char b[16];
} TrCtValue;

/* byref() results and from_param() conversions (CPython's PyCArgObject). */
typedef struct TrCArg {
    TrObject ob;
    char tag;           /* 'P' pointer, or the simple type code */
    ffi_type *ffi;
    TrCtValue v;
    void *valptr;       /* what libffi reads: &v, or a struct's memory */
    TrValue obj;        /* kept alive: the object referenced */
} TrCArg;

/* Function pointer instances. */
typedef struct TrCFunc {
    TrCData cd;         /* the address lives in cd.inl.p */
    TrValue restype;    /* UNDEF: the prototype's */
    TrValue argtypes;   /* as assigned (list or tuple); UNDEF: the prototype's */
    TrTuple *argtuple;  /* argtypes as a tuple, NULL when not assigned */
    TrTuple *argconv;   /* the from_param method of each */
    TrValue errcheck;   /* UNDEF: none */
    TrValue keep;       /* the callback thunk or the library object */
    struct TrCtCallCache *cache; /* cif of the last call (tr_mod_ctypes_call.c) */
} TrCFunc;

/* New zeroed instance of ctypes type t (owning its memory).  NULL + error
 * ("abstract class") when t has no storage info. */
TrCData *tr_ct_new(TrType *t);
/* Instance of t over memory at ptr, a view into instance `base` (UNDEF: none). */
TrCData *tr_ct_at(TrType *t, void *ptr, TrValue base);
/* New instance of t holding a copy of the bytes at src. */
TrCData *tr_ct_from_bytes(TrType *t, const void *src);
/* GC memory for C data: scanned when it may hold addresses; MemoryError. */
void *tr_ct_malloc(int64_t size, bool scanned);
/* Is t's __init__ still the built-in `init` (no Python class overrides it)?
 * Then the C tp_new runs it itself, as slot_tp_new will not. */
bool tr_ct_native_init(TrType *t, TrNativeFn init);

/* Read the value of type t stored at ptr (CPython's PyCData_get): simple
 * types give Python values, others an instance sharing the memory of base.
 * `acc` overrides t's accessors (char arrays in structs) with bit field
 * `size`. */
TrValue tr_ct_get(TrType *t, const TrCtFormat *acc, int64_t size, void *ptr, TrValue base);
/* Store v as a value of type t at ptr (CPython's PyCData_set). */
int tr_ct_set(TrType *t, const TrCtFormat *acc, int64_t size, void *ptr, TrValue v);

/* ---- errors ------------------------------------------------------------------ */

/* Replace the pending exception by `type`("<prefix>ExcName: message"), as
 * CPython's _ctypes_extend_error.  Returns TR_ERR. */
TrValue tr_ct_extend_error(TrType *type, const char *prefix);

/* ---- types created from C ---------------------------------------------------- */

/* A class `name` deriving from base, created by metaclass meta with the
 * attributes of ns; its __module__ is the calling Python module's, as for
 * CPython's type(). */
TrValue tr_ct_make_type(TrType *meta, const char *name, TrType *base, TrDict *ns);
/* POINTER(t) and the array type t * n, both cached. */
TrValue tr_ct_pointer_type_of(TrValue t);
TrValue tr_ct_array_type_of(TrValue item, int64_t n);
/* The value of attribute `name` of type t (looked up through its bases);
 * UNDEF with no exception when absent. */
TrValue tr_ct_type_attr(TrType *t, const char *name);

/* ---- descriptors for C-level attributes (value, contents, restype ...) ------- */

typedef struct TrCtGetSet {
    TrObject ob;
    const char *name;
    TrType *owner;
    TrValue (*get)(TrValue self);
    int (*set)(TrValue self, TrValue v); /* NULL: read-only; v UNDEF: delete */
} TrCtGetSet;
typedef struct TrCtGetSetDef {
    const char *name;
    TrValue (*get)(TrValue self);
    int (*set)(TrValue self, TrValue v);
} TrCtGetSetDef;
/* Put the descriptors of a NULL-terminated table into t's dict. */
void tr_ct_add_getsets(TrType *t, const TrCtGetSetDef *defs);

/* ---- per-file start-up and shared pieces -------------------------------------- */

/* Methods every metaclass has (from_address, from_buffer, from_buffer_copy, in_dll). */
extern const TrMethodDef tr_ct_meta_methods[];
/* The metaclasses' `*` (array type) and their other binops. */
TrValue tr_ct_meta_binop(int op, TrValue a, TrValue b);
/* Generic from_param (CPython's CDataType_from_param). */
TrValue tr_ct_generic_from_param(TrType *t, TrValue v);
TrCArg *tr_ct_carg_new(char tag, ffi_type *ffi);
/* byref(obj): obj must be a ctypes instance. */
TrValue tr_ct_byref(TrValue obj, int64_t offset);

/* Ready a metaclass with its own methods plus tr_ct_meta_methods; ready a
 * C base class whose metaclass is meta (its __name__ drops "_ctypes."). */
void tr_ct_ready_meta(TrType *meta, const TrMethodDef *own);
void tr_ct_ready_base(TrCType *t, TrType *meta, const TrMethodDef *methods);
/* {"from_param", generic} for the metaclasses without a special one. */
extern const TrMethodDef tr_ct_generic_from_param_def[];
/* The first step of every metaclass's tp_new: type(name, bases, ns). */
TrValue tr_ct_meta_new3(TrType *meta, TrValue *args, int nargs, TrTuple *kwnames);
TrValue tr_type_new(TrType *meta, TrStr *name, TrTuple *bases, TrDict *ns); /* tr_class.c */
/* v._as_parameter_, UNDEF (no exception) when v has none. */
TrValue tr_ct_as_parameter(TrValue v);
/* The dlopen handle in dll._handle; NULL with an error. */
void *tr_ct_dll_handle(TrValue dll);
/* str <-> wchar_t (UTF-32) strings. */
wchar_t *tr_ct_str_to_wchar(TrStr *s, int64_t *n);
TrValue tr_ct_wchar_to_str(const wchar_t *w, int64_t n);

void tr_ct_init_cdata(void);
void tr_ct_init_simple(void);
void tr_ct_init_struct(void);
void tr_ct_init_array(void);
void tr_ct_init_call(void);
void tr_ct_init_callback(void);

/* Set f's address to a new closure calling `callable` with f's prototype
 * (tr_mod_ctypes_callback.c); -1 with an error. */
int tr_ct_make_callback(TrCFunc *f, TrCtInfo *proto, TrValue callable);
/* errno as seen by ctypes (get_errno/set_errno and USE_ERRNO calls). */
extern int tr_ct_errno;

#endif
