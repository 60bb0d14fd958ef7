/* tr_object.h — heap object layouts and the type object.
 *
 * Every heap object starts with TrObject, whose only field names its type.
 * A TrType carries C slot functions (repr, hash, richcmp, binop, ...) so the
 * generic protocol in tr_ops.c dispatches with one indirect call; user
 * classes (later) fill the same slots with functions that look up dunder
 * methods, as CPython's slot wrappers do.  Methods of built-in types live in
 * the type's dict as native function objects, registered from per-file
 * TrMethodDef tables by tr_type_ready().
 *
 * Conventions shared by every slot and runtime function (tr_vm.h):
 *   - functions returning TrValue return TR_ERR (tag UNDEF) with an exception
 *     pending when they fail;
 *   - functions returning int return -1 with an exception pending on failure;
 *   - `next` returns UNDEF with *no* exception pending when exhausted, or
 *     with StopIteration pending when the end carries a value (a generator's
 *     return, a user __next__); tr_next turns the latter into the former;
 *   - binop/richcmp return the NotImplemented singleton to defer. */
#ifndef TR_OBJECT_H
#define TR_OBJECT_H

#include <stddef.h>
#include <stdint.h>

#include "tr_value.h"

typedef struct TrType TrType;

/* Binary operators: X(NAME, symbol, dunder, reflected dunder, inplace dunder).
 * The order matches TrAstBinOp in frontend/tr_ast.h. */
#define TR_BINOPS(X)                                                     \
    X(ADD, "+", "__add__", "__radd__", "__iadd__")                       \
    X(SUB, "-", "__sub__", "__rsub__", "__isub__")                       \
    X(MUL, "*", "__mul__", "__rmul__", "__imul__")                       \
    X(TRUEDIV, "/", "__truediv__", "__rtruediv__", "__itruediv__")       \
    X(FLOORDIV, "//", "__floordiv__", "__rfloordiv__", "__ifloordiv__")  \
    X(MOD, "%", "__mod__", "__rmod__", "__imod__")                       \
    X(POW, "**", "__pow__", "__rpow__", "__ipow__")                      \
    X(LSHIFT, "<<", "__lshift__", "__rlshift__", "__ilshift__")          \
    X(RSHIFT, ">>", "__rshift__", "__rrshift__", "__irshift__")          \
    X(AND, "&", "__and__", "__rand__", "__iand__")                       \
    X(OR, "|", "__or__", "__ror__", "__ior__")                           \
    X(XOR, "^", "__xor__", "__rxor__", "__ixor__")                       \
    X(MATMUL, "@", "__matmul__", "__rmatmul__", "__imatmul__")

typedef enum TrBinOp {
#define TR_BINOP_ENUM(n, s, d, r, i) TR_BIN_##n,
    TR_BINOPS(TR_BINOP_ENUM)
#undef TR_BINOP_ENUM
    TR_BIN_COUNT
} TrBinOp;

/* An in-place operator is passed to a binop slot as op | TR_BIN_INPLACE, so
 * mutable types (list +=, set |=) can update in place; a slot that does not
 * care masks it off. */
#define TR_BIN_INPLACE 0x100

typedef enum TrUnOp { TR_UN_NEG, TR_UN_POS, TR_UN_INVERT } TrUnOp;

/* Rich comparison ops, same order as TrAstCmpOp's first six. */
typedef enum TrCmpOp { TR_LT, TR_LE, TR_EQ, TR_NE, TR_GT, TR_GE } TrCmpOp;

struct TrStr;
struct TrTuple;
struct TrDict;

/* Native calling convention (vectorcall style): args[0..nargs) are the
 * positional arguments, followed by one value per name in kwnames (NULL when
 * there are no keyword arguments).  Methods receive self as args[0]. */
typedef TrValue (*TrNativeFn)(TrValue *args, int nargs, struct TrTuple *kwnames);

typedef struct TrMethodDef {
    const char *name;
    TrNativeFn fn;
    int flags; /* TR_METH_STATIC / TR_METH_CLASS */
} TrMethodDef;
#define TR_METH_STATIC 1
#define TR_METH_CLASS 2

/* Type flags. */
#define TR_TF_BASETYPE 0x1   /* may be subclassed */
#define TR_TF_HEAPTYPE 0x2   /* created by a class statement */
#define TR_TF_INT_SUBCLASS 0x10
#define TR_TF_STR_SUBCLASS 0x20
#define TR_TF_TUPLE_SUBCLASS 0x40
#define TR_TF_LIST_SUBCLASS 0x80
#define TR_TF_DICT_SUBCLASS 0x100
#define TR_TF_EXC_SUBCLASS 0x200
#define TR_TF_TYPE_SUBCLASS 0x400
/* tp_new allocates instances of heap subclasses itself (it receives the
 * subclass and sizes the object by its basicsize): ctypes' C types, whose
 * instance memory depends on the subclass. */
#define TR_TF_SELF_ALLOC 0x800
#define TR_TF_FLOAT_SUBCLASS 0x1000

struct TrType {
    TrObject ob;
    const char *name;        /* "int", "dict_keys", ... */
    TrType *base;            /* NULL only for object */
    struct TrTuple *bases;   /* tuple of types */
    struct TrTuple *mro;     /* tuple of types, self first */
    struct TrDict *dict;     /* attributes and methods */
    struct TrStr *name_str;  /* interned name, for __name__ */
    uint32_t flags;
    uint32_t version;        /* bumped when dict or bases change (inline caches) */
    int32_t dictoffset;      /* byte offset of a TrDict* in instances, 0 if none */
    int32_t basicsize;       /* instance size for generic allocation */
    int32_t nslots;          /* __slots__ values this class adds to its base's layout (tr_slots.c) */
    int32_t inst_attrs;      /* most attributes an instance's __dict__ has held: sizes new ones' */

    TrValue (*repr)(TrValue self);
    TrValue (*str)(TrValue self);                       /* NULL: use repr */
    int (*hash)(TrValue self, int64_t *out);            /* NULL: unhashable */
    TrValue (*richcmp)(TrValue a, TrValue b, int op);   /* NULL: identity eq only */
    int (*truth)(TrValue self);                         /* NULL: len, else true */
    int64_t (*len)(TrValue self);                       /* NULL: no len */
    TrValue (*getitem)(TrValue self, TrValue key);
    int (*setitem)(TrValue self, TrValue key, TrValue v); /* v UNDEF: delete */
    int (*contains)(TrValue self, TrValue x);           /* NULL: iterate */
    TrValue (*iter)(TrValue self);
    TrValue (*next)(TrValue self);
    TrValue (*call)(TrValue self, TrValue *args, int nargs, struct TrTuple *kwnames);
    TrValue (*getattr)(TrValue self, struct TrStr *name); /* NULL: generic */
    int (*setattr)(TrValue self, struct TrStr *name, TrValue v); /* v UNDEF: delete */
    TrValue (*binop)(int op, TrValue a, TrValue b);     /* either operand may be self */
    TrValue (*unop)(int op, TrValue a);
    /* type(...) call: construct an instance */
    TrValue (*tp_new)(TrType *type, TrValue *args, int nargs, struct TrTuple *kwnames);
    /* descriptor protocol: function -> bound method, property, staticmethod */
    TrValue (*descr_get)(TrValue descr, TrValue obj, TrValue type);
    int (*descr_set)(TrValue descr, TrValue obj, TrValue v);
    /* format(value, spec) hook; NULL: str(value) when spec is empty */
    TrValue (*format)(TrValue self, struct TrStr *spec);
};

/* ---- core object layouts ---------------------------------------------- */

typedef struct TrStr {
    TrObject ob;
    int64_t len;      /* bytes of UTF-8, excluding the trailing NUL */
    int64_t nchars;   /* code points */
    int64_t hash;     /* -1: not computed yet */
    int32_t ascii;    /* 1 when len == nchars */
    int32_t interned;
    char data[];      /* len bytes + NUL */
} TrStr;

typedef struct TrBytes {
    TrObject ob;
    int64_t len;
    int64_t hash;
    unsigned char data[]; /* len bytes + NUL */
} TrBytes;

typedef struct TrTuple {
    TrObject ob;
    int64_t len;
    int64_t hash; /* -1: not computed */
    TrValue items[];
} TrTuple;

/* Where an object's __dict__ pointer lives: dictoffset > 0 is a fixed
 * offset; dictoffset < 0 marks a variable-size layout (a tuple subclass)
 * whose dict pointer follows the inline items, as CPython's negative
 * tp_dictoffset.  NULL when instances have no __dict__. */
static inline struct TrDict **tr_dict_slot(TrObject *o) {
    int64_t off = o->type->dictoffset;
    if (off > 0) return (struct TrDict **)((char *)o + off);
    if (off == -1) return (struct TrDict **)&((TrTuple *)o)->items[((TrTuple *)o)->len];
    if (off == -2) { /* str subclass: after the text and its NUL, aligned */
        size_t at = (offsetof(TrStr, data) + (size_t)((TrStr *)o)->len + 1 + 7) & ~(size_t)7;
        return (struct TrDict **)((char *)o + at);
    }
    return NULL;
}

typedef struct TrList {
    TrObject ob;
    int64_t len, cap;
    TrValue *items;
} TrList;

/* Insertion-ordered hash table shared by dict and set (CPython's compact
 * layout: an index array into a dense entry array). */
typedef struct TrHEntry {
    int64_t hash;
    TrValue key;   /* UNDEF: deleted slot */
    TrValue value; /* unused by sets */
} TrHEntry;

typedef struct TrHTable {
    int64_t used;      /* live entries */
    int64_t nentries;  /* entries written incl. deleted */
    /* 32 bits keep every instance's dict 8 bytes smaller; a 2^32-slot
     * index would need more than 100 GB */
    int32_t entcap;    /* capacity of entries */
    int32_t mask;      /* index size - 1 */
    void *index;       /* -1 empty, -2 dummy, else entry number; int8..int32 by size (tr_dict.c) */
    TrHEntry *entries;
} TrHTable;

typedef struct TrDict {
    TrObject ob;
    TrHTable t;
    uint64_t version; /* bumped on every mutation (global caches) */
} TrDict;

/* set/frozenset: CPython's open-addressing set table, so iteration order of
 * small ints matches CPython's exactly. */
typedef struct TrSetEntry {
    int64_t hash;
    TrValue key; /* UNDEF: empty; tag NONE+dummy marker handled in tr_set.c */
} TrSetEntry;

typedef struct TrSet {
    TrObject ob;
    int64_t fill;  /* active + dummy */
    int64_t used;  /* active */
    int64_t mask;
    TrSetEntry *table;
    int64_t hash;  /* frozenset: -1 not computed */
    int64_t finger; /* pop() position */
} TrSet;

typedef struct TrRange {
    TrObject ob;
    int64_t start, stop, step, len;
} TrRange;

typedef struct TrSlice {
    TrObject ob;
    TrValue start, stop, step; /* None when omitted */
} TrSlice;

typedef struct TrCell {
    TrObject ob;
    TrValue v; /* UNDEF: empty */
} TrCell;

typedef struct TrNative {
    TrObject ob;
    const char *name;
    TrNativeFn fn;
    TrValue self;      /* bound receiver, UNDEF when unbound */
    TrType *owner;     /* type whose method this is, or NULL for a plain builtin */
    int flags;
} TrNative;

typedef struct TrMethod {
    TrObject ob;
    TrValue func;
    TrValue self;
} TrMethod;

/* Objects with a __dict__ (instances, modules, functions, exceptions) keep
 * it right after the header, so generic attribute code finds it at a fixed
 * offset; the type's dictoffset says whether it is there. */
typedef struct TrInstance {
    TrObject ob;
    struct TrDict *dict;
} TrInstance;

typedef struct TrModule {
    TrObject ob;
    struct TrDict *dict;
    struct TrStr *name;
} TrModule;

typedef struct TrException {
    TrObject ob;
    struct TrDict *dict;
    struct TrTuple *args;
    TrValue cause;      /* None or exception */
    TrValue context;    /* None or exception */
    int suppress_context;
    struct TrList *traceback; /* flat list: code, line, code, line, ... innermost first */
    TrValue value;      /* StopIteration.value / SystemExit.code / KeyError key */
} TrException;

/* Sentinel singletons with their own types. */
typedef struct TrSingleton {
    TrObject ob;
    const char *name;
} TrSingleton;

#endif
