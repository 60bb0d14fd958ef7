/* tr_mangle.c — private name mangling, as a pass over the AST.
 *
 * Inside a class body, and in every function, lambda and comprehension
 * nested in it, an identifier of the form __name (not ending in __) is
 * rewritten to _Class__name, Class being the nearest enclosing class's name
 * without its leading underscores (CPython's _Py_Mangle).  Doing it once on
 * the tree, before scope analysis, lets the symbol table and the compiler
 * see only final names.  The one name that must stay as written is that of
 * a def or class statement itself (its __name__); its binding goes to
 * bind_name instead. */
#include <gc.h>
#include <string.h>

#include "tr_ast.h"

static const char *mangle(const char *cls, const char *name) {
    if (!cls || !name) return name;
    size_t n = strlen(name);
    if (n < 3 || name[0] != '_' || name[1] != '_') return name;
    if (name[n - 1] == '_' && name[n - 2] == '_') return name;
    if (strchr(name, '.')) return name;
    while (*cls == '_') cls++;
    if (!*cls) return name;
    size_t c = strlen(cls);
    char *out = GC_MALLOC_ATOMIC(c + n + 2);
    out[0] = '_';
    memcpy(out + 1, cls, c);
    memcpy(out + 1 + c, name, n + 1);
    return out;
}

static void expr(const char *cls, TrAst *e);
static void stmts(const char *cls, TrAstList *l);

static void exprs(const char *cls, TrAstList *l) {
    for (int i = 0; i < l->n; i++) expr(cls, l->items[i]);
}

static void arg(const char *cls, TrAstArg *a) {
    if (!a) return;
    a->name = mangle(cls, a->name);
    expr(cls, a->annotation);
}

/* Defaults belong to the enclosing scope, names to the function: both
 * are under the same class here. */
static void args(const char *cls, TrAstArgs *a) {
    if (!a) return;
    for (int i = 0; i < a->nargs; i++) arg(cls, &a->args[i]);
    for (int i = 0; i < a->nkwonly; i++) {
        arg(cls, &a->kwonly[i]);
        expr(cls, a->kw_defaults[i]);
    }
    arg(cls, a->vararg);
    arg(cls, a->kwarg);
    for (int i = 0; i < a->ndefaults; i++) expr(cls, a->defaults[i]);
}

static void keywords(const char *cls, int n, TrAstKeyword *k) {
    for (int i = 0; i < n; i++) expr(cls, k[i].value); /* keyword names are not mangled */
}

static void aliases(const char *cls, int n, TrAstAlias *a) {
    for (int i = 0; i < n; i++) {
        const char *bound = a[i].asname ? a[i].asname : a[i].name;
        if (!strcmp(bound, "*")) continue;
        const char *m = mangle(cls, bound);
        if (m != bound) a[i].asname = m;
    }
}

static void expr(const char *cls, TrAst *e) {
    if (!e) return;
    switch (e->kind) {
    case TR_AST_Name: e->u.name.id = mangle(cls, e->u.name.id); break;
    case TR_AST_Attribute:
        expr(cls, e->u.attribute.value);
        e->u.attribute.attr = mangle(cls, e->u.attribute.attr);
        break;
    case TR_AST_BoolOp: exprs(cls, &e->u.boolop.values); break;
    case TR_AST_NamedExpr: expr(cls, e->u.namedexpr.target); expr(cls, e->u.namedexpr.value); break;
    case TR_AST_BinOp: expr(cls, e->u.binop.left); expr(cls, e->u.binop.right); break;
    case TR_AST_UnaryOp: expr(cls, e->u.unaryop.operand); break;
    case TR_AST_Lambda: args(cls, e->u.lambda.args); expr(cls, e->u.lambda.body); break;
    case TR_AST_IfExp:
        expr(cls, e->u.ifexp.test); expr(cls, e->u.ifexp.body); expr(cls, e->u.ifexp.orelse);
        break;
    case TR_AST_Dict: exprs(cls, &e->u.dict.keys); exprs(cls, &e->u.dict.values); break;
    case TR_AST_Set: exprs(cls, &e->u.set.elts); break;
    case TR_AST_ListComp: case TR_AST_SetComp: case TR_AST_DictComp: case TR_AST_GeneratorExp:
        expr(cls, e->u.comp.elt); expr(cls, e->u.comp.key); expr(cls, e->u.comp.value);
        for (int i = 0; i < e->u.comp.ngens; i++) {
            expr(cls, e->u.comp.gens[i].target);
            expr(cls, e->u.comp.gens[i].iter);
            exprs(cls, &e->u.comp.gens[i].ifs);
        }
        break;
    case TR_AST_Await: case TR_AST_Yield: case TR_AST_YieldFrom: expr(cls, e->u.yield.value); break;
    case TR_AST_Compare:
        expr(cls, e->u.compare.left);
        for (int i = 0; i < e->u.compare.n; i++) expr(cls, e->u.compare.comparators[i]);
        break;
    case TR_AST_Call:
        expr(cls, e->u.call.func);
        exprs(cls, &e->u.call.args);
        keywords(cls, e->u.call.nkeywords, e->u.call.keywords);
        break;
    case TR_AST_FormattedValue: expr(cls, e->u.formatted.value); expr(cls, e->u.formatted.format_spec); break;
    case TR_AST_JoinedStr: exprs(cls, &e->u.joinedstr.values); break;
    case TR_AST_Subscript: expr(cls, e->u.subscript.value); expr(cls, e->u.subscript.slice); break;
    case TR_AST_Starred: expr(cls, e->u.starred.value); break;
    case TR_AST_List: case TR_AST_Tuple: exprs(cls, &e->u.seq.elts); break;
    case TR_AST_Slice:
        expr(cls, e->u.slice.lower); expr(cls, e->u.slice.upper); expr(cls, e->u.slice.step);
        break;
    default: break; /* Constant, and statements never reach here */
    }
}

static void stmt(const char *cls, TrAst *s) {
    switch (s->kind) {
    case TR_AST_FunctionDef:
        exprs(cls, &s->u.funcdef.decorators);
        args(cls, s->u.funcdef.args);
        expr(cls, s->u.funcdef.returns);
        stmts(cls, &s->u.funcdef.body);
        s->u.funcdef.bind_name = mangle(cls, s->u.funcdef.name);
        break;
    case TR_AST_ClassDef:
        exprs(cls, &s->u.classdef.decorators);
        exprs(cls, &s->u.classdef.bases);
        keywords(cls, s->u.classdef.nkeywords, s->u.classdef.keywords);
        stmts(s->u.classdef.name, &s->u.classdef.body);
        s->u.classdef.bind_name = mangle(cls, s->u.classdef.name);
        break;
    case TR_AST_Return: expr(cls, s->u.ret.value); break;
    case TR_AST_Delete: exprs(cls, &s->u.del.targets); break;
    case TR_AST_Assign: exprs(cls, &s->u.assign.targets); expr(cls, s->u.assign.value); break;
    case TR_AST_AugAssign: expr(cls, s->u.augassign.target); expr(cls, s->u.augassign.value); break;
    case TR_AST_AnnAssign:
        expr(cls, s->u.annassign.target); expr(cls, s->u.annassign.annotation);
        expr(cls, s->u.annassign.value);
        break;
    case TR_AST_For:
        expr(cls, s->u.forloop.target); expr(cls, s->u.forloop.iter);
        stmts(cls, &s->u.forloop.body); stmts(cls, &s->u.forloop.orelse);
        break;
    case TR_AST_While:
        expr(cls, s->u.whileloop.test);
        stmts(cls, &s->u.whileloop.body); stmts(cls, &s->u.whileloop.orelse);
        break;
    case TR_AST_If:
        expr(cls, s->u.ifstmt.test);
        stmts(cls, &s->u.ifstmt.body); stmts(cls, &s->u.ifstmt.orelse);
        break;
    case TR_AST_With:
        for (int i = 0; i < s->u.with.nitems; i++) {
            expr(cls, s->u.with.items[i].context_expr);
            expr(cls, s->u.with.items[i].optional_vars);
        }
        stmts(cls, &s->u.with.body);
        break;
    case TR_AST_Raise: expr(cls, s->u.raise.exc); expr(cls, s->u.raise.cause); break;
    case TR_AST_Try:
        stmts(cls, &s->u.trystmt.body);
        for (int i = 0; i < s->u.trystmt.nhandlers; i++) {
            TrAstHandler *h = &s->u.trystmt.handlers[i];
            expr(cls, h->type);
            h->name = mangle(cls, h->name);
            stmts(cls, &h->body);
        }
        stmts(cls, &s->u.trystmt.orelse);
        stmts(cls, &s->u.trystmt.finalbody);
        break;
    case TR_AST_Assert: expr(cls, s->u.assertstmt.test); expr(cls, s->u.assertstmt.msg); break;
    case TR_AST_Import: aliases(cls, s->u.import.nnames, s->u.import.names); break;
    case TR_AST_ImportFrom: aliases(cls, s->u.importfrom.nnames, s->u.importfrom.names); break;
    case TR_AST_Global: case TR_AST_Nonlocal:
        for (int i = 0; i < s->u.global.nnames; i++)
            s->u.global.names[i] = mangle(cls, s->u.global.names[i]);
        break;
    case TR_AST_ExprStmt: expr(cls, s->u.exprstmt.value); break;
    default: break; /* Pass, Break, Continue */
    }
}

static void stmts(const char *cls, TrAstList *l) {
    for (int i = 0; i < l->n; i++) stmt(cls, l->items[i]);
}

void tr_ast_mangle(TrAstModule *m) { stmts(NULL, &m->body); }
