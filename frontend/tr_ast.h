/* tr_ast.h — the abstract syntax tree the parser builds and the compiler reads.
 *
 * One node struct for statements and expressions, tagged by kind, with a
 * union of per-kind fields: the compiler walks it with one switch per pass,
 * and the node kinds are declared once in TR_AST_KINDS.  Nodes and their
 * arrays come from the GC heap (GC_MALLOC), so a tree lives until the compiler
 * drops it and needs no free routine.  Identifiers and string constants are
 * NUL-terminated UTF-8 C strings (string constants carry an explicit byte
 * length because they may contain NUL); numbers are kept as source text for
 * ints (so big literals stay exact) and as a double for floats. */
#ifndef TR_AST_H
#define TR_AST_H

#include <stddef.h>
#include <stdint.h>

/* X(kind) — every node kind, statements first. */
#define TR_AST_KINDS(X)                                                        \
    /* statements */                                                           \
    X(FunctionDef) X(ClassDef) X(Return) X(Delete) X(Assign) X(AugAssign)      \
    X(AnnAssign) X(For) X(While) X(If) X(With) X(Raise) X(Try) X(Assert)       \
    X(Import) X(ImportFrom) X(Global) X(Nonlocal) X(ExprStmt) X(Pass)          \
    X(Break) X(Continue)                                                       \
    /* expressions */                                                          \
    X(BoolOp) X(NamedExpr) X(BinOp) X(UnaryOp) X(Lambda) X(IfExp) X(Dict)      \
    X(Set) X(ListComp) X(SetComp) X(DictComp) X(GeneratorExp) X(Await)        \
    X(Yield) X(YieldFrom) X(Compare) X(Call) X(FormattedValue) X(JoinedStr)    \
    X(Constant) X(Attribute) X(Subscript) X(Starred) X(Name) X(List) X(Tuple)  \
    X(Slice)

typedef enum TrAstKind {
#define TR_AST_ENUM(k) TR_AST_##k,
    TR_AST_KINDS(TR_AST_ENUM)
#undef TR_AST_ENUM
    TR_AST_KIND_COUNT
} TrAstKind;

/* Operators.  Binary operator order matches the VM's TR_BINOPS table
 * (vm/tr_object.h) so the compiler can map one onto the other by value. */
typedef enum TrAstBinOp {
    TR_OP_ADD, TR_OP_SUB, TR_OP_MUL, TR_OP_TRUEDIV, TR_OP_FLOORDIV, TR_OP_MOD,
    TR_OP_POW, TR_OP_LSHIFT, TR_OP_RSHIFT, TR_OP_BITAND, TR_OP_BITOR,
    TR_OP_BITXOR, TR_OP_MATMUL
} TrAstBinOp;
typedef enum TrAstUnaryOp { TR_UOP_NEG, TR_UOP_POS, TR_UOP_INVERT, TR_UOP_NOT } TrAstUnaryOp;
typedef enum TrAstBoolOp { TR_BOOL_AND, TR_BOOL_OR } TrAstBoolOp;
typedef enum TrAstCmpOp {
    TR_CMP_LT, TR_CMP_LE, TR_CMP_EQ, TR_CMP_NE, TR_CMP_GT, TR_CMP_GE,
    TR_CMP_IS, TR_CMP_ISNOT, TR_CMP_IN, TR_CMP_NOTIN
} TrAstCmpOp;
typedef enum TrAstCtx { TR_CTX_LOAD, TR_CTX_STORE, TR_CTX_DEL } TrAstCtx;
typedef enum TrAstConstKind {
    TR_CONST_NONE, TR_CONST_TRUE, TR_CONST_FALSE, TR_CONST_ELLIPSIS,
    TR_CONST_INT,   /* text: decimal digits only, prefix/underscores removed; base in int_base */
    TR_CONST_FLOAT, /* f */
    TR_CONST_STR,   /* s, slen (UTF-8, escapes already processed) */
    TR_CONST_BYTES  /* s, slen (raw bytes) */
} TrAstConstKind;

typedef struct TrAst TrAst;

typedef struct TrAstList {
    int n;
    TrAst **items;
} TrAstList;

/* A function parameter list, as CPython's `arguments`. */
typedef struct TrAstArg {
    const char *name;
    TrAst *annotation; /* may be NULL; ignored by the compiler */
    int line, col;
} TrAstArg;

typedef struct TrAstArgs {
    int nposonly;          /* the first nposonly of `args` are positional-only */
    int nargs;             /* positional (incl. posonly) */
    TrAstArg *args;
    TrAstArg *vararg;      /* *args or NULL */
    int nkwonly;
    TrAstArg *kwonly;
    TrAst **kw_defaults;   /* nkwonly entries, NULL where no default */
    TrAstArg *kwarg;       /* **kwargs or NULL */
    int ndefaults;         /* defaults for the LAST ndefaults of args */
    TrAst **defaults;
} TrAstArgs;

typedef struct TrAstKeyword {
    const char *name; /* NULL for **expr */
    TrAst *value;
    int line, col;
} TrAstKeyword;

typedef struct TrAstAlias {
    const char *name;   /* dotted name, "*" for star import */
    const char *asname; /* or NULL */
} TrAstAlias;

typedef struct TrAstComprehension {
    TrAst *target, *iter;
    TrAstList ifs;
    int is_async;
} TrAstComprehension;

typedef struct TrAstHandler { /* except clause */
    TrAst *type;      /* NULL for bare except */
    const char *name; /* NULL when no `as` */
    TrAstList body;
    int line, col;
} TrAstHandler;

typedef struct TrAstWithItem {
    TrAst *context_expr;
    TrAst *optional_vars; /* NULL when no `as` */
} TrAstWithItem;

struct TrAst {
    TrAstKind kind;
    int line, col;         /* 1-based line, 0-based column (byte offset) */
    int end_line, end_col;
    union {
        /* --- statements --- */
        /* bind_name: the variable the statement assigns (name, mangled in a class: tr_mangle.c) */
        struct { const char *name, *bind_name; TrAstArgs *args; TrAstList body, decorators; TrAst *returns; } funcdef;
        struct { const char *name, *bind_name; TrAstList bases; int nkeywords; TrAstKeyword *keywords; TrAstList body, decorators; } classdef;
        struct { TrAst *value; /* may be NULL */ } ret;
        struct { TrAstList targets; } del;
        struct { TrAstList targets; TrAst *value; } assign;       /* a = b = value */
        struct { TrAst *target; TrAstBinOp op; TrAst *value; } augassign;
        struct { TrAst *target, *annotation, *value; int simple; } annassign; /* value may be NULL */
        struct { TrAst *target, *iter; TrAstList body, orelse; } forloop;
        struct { TrAst *test; TrAstList body, orelse; } whileloop;
        struct { TrAst *test; TrAstList body, orelse; } ifstmt;     /* elif = nested If in orelse */
        struct { int nitems; TrAstWithItem *items; TrAstList body; } with;
        struct { TrAst *exc, *cause; /* both may be NULL */ } raise;
        struct { TrAstList body; int nhandlers; TrAstHandler *handlers; TrAstList orelse, finalbody; } trystmt;
        struct { TrAst *test, *msg; } assertstmt;
        struct { int nnames; TrAstAlias *names; } import;
        struct { const char *module; /* NULL for `from . import x` */ int nnames; TrAstAlias *names; int level; } importfrom;
        struct { int nnames; const char **names; } global;    /* Global and Nonlocal */
        struct { TrAst *value; } exprstmt;
        /* --- expressions --- */
        struct { TrAstBoolOp op; TrAstList values; } boolop;
        struct { TrAst *target, *value; } namedexpr;
        struct { TrAst *left; TrAstBinOp op; TrAst *right; } binop;
        struct { TrAstUnaryOp op; TrAst *operand; } unaryop;
        struct { TrAstArgs *args; TrAst *body; } lambda;
        struct { TrAst *test, *body, *orelse; } ifexp;
        struct { TrAstList keys; /* NULL key = **value */ TrAstList values; } dict;
        struct { TrAstList elts; } set;
        /* ListComp, SetComp, GeneratorExp use elt; DictComp uses key/value */
        struct { TrAst *elt, *key, *value; int ngens; TrAstComprehension *gens; } comp;
        struct { TrAst *value; /* may be NULL */ } yield;   /* Yield, YieldFrom, Await */
        struct { TrAst *left; int n; TrAstCmpOp *ops; TrAst **comparators; } compare;
        struct { TrAst *func; TrAstList args; int nkeywords; TrAstKeyword *keywords; } call;
        /* conversion: -1 none, 's', 'r', 'a'; format_spec: JoinedStr or NULL */
        struct { TrAst *value; int conversion; TrAst *format_spec; } formatted;
        struct { TrAstList values; /* Constant(str) and FormattedValue */ } joinedstr;
        struct { TrAstConstKind ckind; const char *s; size_t slen; double f; int int_base; } constant;
        struct { TrAst *value; const char *attr; TrAstCtx ctx; } attribute;
        struct { TrAst *value, *slice; TrAstCtx ctx; } subscript;
        struct { TrAst *value; TrAstCtx ctx; } starred;
        struct { const char *id; TrAstCtx ctx; } name;
        struct { TrAstList elts; TrAstCtx ctx; } seq;             /* List and Tuple */
        struct { TrAst *lower, *upper, *step; /* each may be NULL */ } slice;
    } u;
    int height;            /* expressions: 1 + the height of the tallest child (the parser
                              bounds it so recursive walkers cannot exhaust the C stack) */
};

/* A parsed module. */
typedef struct TrAstModule {
    TrAstList body;
} TrAstModule;

/* A syntax error found by the lexer or parser: CPython's SyntaxError /
 * IndentationError / TabError fields.  `kind` is the exception class name. */
typedef struct TrSyntaxError {
    const char *kind;     /* "SyntaxError", "IndentationError", "TabError" */
    const char *msg;
    const char *filename;
    int line;             /* 1-based */
    int col;              /* 1-based column of the caret, as CPython's offset */
    int end_col;          /* 1-based, exclusive; may equal col */
    const char *text;     /* the offending source line without newline, or NULL */
} TrSyntaxError;

/* Parse `src` (len bytes, UTF-8) as a module.  On success returns the tree;
 * on failure returns NULL and fills *err. `mode` is 0 for a file (exec), 1
 * for a single interactive statement (REPL: `single`), 2 for an expression
 * (eval).  For mode 2 the module body holds one ExprStmt. */
TrAstModule *tr_parse(const char *src, size_t len, const char *filename, int mode,
                      TrSyntaxError *err);

/* Rewrite private names (__x inside a class) to their mangled form, as
 * CPython's compiler does; run once before scope analysis (tr_mangle.c). */
void tr_ast_mangle(TrAstModule *m);

/* The name of a node kind ("FunctionDef"), for dumps and messages. */
const char *tr_ast_kind_name(TrAstKind k);

/* Print a tree in a compact s-expression form (used by --dump-ast and tests). */
#include <stdio.h>
void tr_ast_dump(FILE *out, const TrAstModule *m);

#endif
