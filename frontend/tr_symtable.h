/* tr_symtable.h — scope analysis: which names are local, global, cell or free.
 *
 * The compiler asks one question per name use: where does this name live?
 * The symtable answers it after one walk over the module's AST, following
 * CPython's rules: assignment makes a name local unless declared global or
 * nonlocal; a name read but not bound resolves to the nearest enclosing
 * function scope that binds it (becoming a cell there and free here), or to
 * the globals; class bodies do not enclose the functions defined in them;
 * comprehensions are functions of their own, but their walrus targets bind
 * in the enclosing function. */
#ifndef TR_SYMTABLE_H
#define TR_SYMTABLE_H

#include "tr_ast.h"

typedef enum TrScopeKind { TR_SCOPE_MODULE, TR_SCOPE_FUNCTION, TR_SCOPE_CLASS, TR_SCOPE_COMPREHENSION } TrScopeKind;

/* Where a name lives, as seen from one scope. */
typedef enum TrNameKind {
    TR_NAME_LOCAL,          /* plain register */
    TR_NAME_CELL,           /* register holding a cell: local, captured by an inner scope */
    TR_NAME_FREE,           /* register holding a cell from the closure */
    TR_NAME_GLOBAL_EXPLICIT,
    TR_NAME_GLOBAL_IMPLICIT,
    TR_NAME_CLASSLOCAL      /* class body: the class namespace */
} TrNameKind;

/* Symbol flags collected by the walk. */
#define TR_SYM_BOUND 0x1
#define TR_SYM_USED 0x2
#define TR_SYM_PARAM 0x4
#define TR_SYM_GLOBAL 0x8
#define TR_SYM_NONLOCAL 0x10
#define TR_SYM_FREE 0x20   /* resolved: free in this scope */
#define TR_SYM_CELL 0x40   /* resolved: captured by an inner scope */
#define TR_SYM_ANNOT 0x80
#define TR_SYM_WALRUS_OUTER 0x100 /* comprehension: bound by walrus in an outer scope */

typedef struct TrSymbol {
    const char *name;
    int flags;
    int reg;       /* assigned by the compiler */
} TrSymbol;

typedef struct TrScope TrScope;
struct TrScope {
    TrScopeKind kind;
    const char *name;
    const TrAst *node;       /* FunctionDef/Lambda/ClassDef/comprehension, NULL for module */
    TrScope *parent;
    int nsyms, capsyms;
    TrSymbol *syms;          /* in order of first appearance (params first) */
    int *index, indexcap;    /* hash of the names -> 1 + position in syms (big scopes) */
    int nchildren, capchildren;
    TrScope **children;      /* in source order */
    int is_generator;
    int has_walrus;
    int child_cursor;        /* compiler's position among the children */
};

/* Build the scope tree; NULL with *err filled on a scope error
 * (e.g. "no binding for nonlocal 'x' found"). */
TrScope *tr_symtable_build(const TrAstModule *m, const char *filename, TrSyntaxError *err);
TrSymbol *tr_scope_lookup(TrScope *s, const char *name);
TrNameKind tr_scope_name_kind(TrScope *s, const char *name);

#endif
