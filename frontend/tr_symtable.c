/* tr_symtable.c — the scope analysis pass (see tr_symtable.h).
 *
 * Pass one walks the AST, creating a scope per function, lambda, class and
 * comprehension, and records for each name whether it is bound, used,
 * declared global or nonlocal.  Pass two resolves every name that is used
 * but not bound in a function scope, marking the chain of scopes it passes
 * through as free and the owner's binding as a cell. */
#include "tr_symtable.h"

#include <gc.h>
#include <stdio.h>
#include <string.h>

typedef struct Walker {
    TrSyntaxError *err;
    const char *filename;
    int failed;
} Walker;

static void fail(Walker *w, const TrAst *at, const char *fmt, const char *name) {
    if (w->failed) return;
    w->failed = 1;
    char *msg = GC_MALLOC_ATOMIC(256);
    snprintf(msg, 256, fmt, name);
    w->err->kind = "SyntaxError";
    w->err->msg = msg;
    w->err->filename = w->filename;
    w->err->line = at ? at->line : 1;
    w->err->col = at ? at->col + 1 : 1;
    w->err->end_col = w->err->col;
    w->err->text = NULL;
}

static TrScope *new_scope(TrScopeKind kind, const char *name, const TrAst *node, TrScope *parent) {
    TrScope *s = GC_MALLOC(sizeof(TrScope));
    s->kind = kind;
    s->name = name;
    s->node = node;
    s->parent = parent;
    if (parent) {
        if (parent->nchildren == parent->capchildren) {
            parent->capchildren = parent->capchildren ? parent->capchildren * 2 : 4;
            parent->children = GC_REALLOC(parent->children, sizeof(TrScope *) * parent->capchildren);
        }
        parent->children[parent->nchildren++] = s;
    }
    return s;
}

/* Small scopes are searched linearly; from SMALL_SCOPE names on, a hash
 * index keeps lookups constant-time (a module with 10**5 globals). */
enum { SMALL_SCOPE = 16 };

static unsigned name_hash(const char *p) {
    unsigned h = 2166136261u; /* FNV-1a */
    for (; *p; p++) h = (h ^ (unsigned char)*p) * 16777619u;
    return h;
}

/* The index slot for name: its symbol's slot, or the empty slot to fill. */
static int *index_slot(const TrScope *s, const char *name) {
    unsigned mask = (unsigned)s->indexcap - 1;
    for (unsigned i = name_hash(name) & mask;; i = (i + 1) & mask) {
        int *slot = &s->index[i];
        if (!*slot || !strcmp(s->syms[*slot - 1].name, name)) return slot;
    }
}

static void reindex(TrScope *s) {
    s->indexcap = s->indexcap ? s->indexcap * 2 : 4 * SMALL_SCOPE;
    s->index = GC_MALLOC_ATOMIC(sizeof(int) * (size_t)s->indexcap);
    memset(s->index, 0, sizeof(int) * (size_t)s->indexcap);
    for (int i = 0; i < s->nsyms; i++) *index_slot(s, s->syms[i].name) = i + 1;
}

TrSymbol *tr_scope_lookup(TrScope *s, const char *name) {
    if (s->index) {
        int k = *index_slot(s, name);
        return k ? &s->syms[k - 1] : NULL;
    }
    for (int i = 0; i < s->nsyms; i++)
        if (!strcmp(s->syms[i].name, name)) return &s->syms[i];
    return NULL;
}

static TrSymbol *add_sym(TrScope *s, const char *name, int flags) {
    TrSymbol *sym = tr_scope_lookup(s, name);
    if (sym) {
        sym->flags |= flags;
        return sym;
    }
    if (s->nsyms == s->capsyms) {
        s->capsyms = s->capsyms ? s->capsyms * 2 : 8;
        s->syms = GC_REALLOC(s->syms, sizeof(TrSymbol) * s->capsyms);
    }
    sym = &s->syms[s->nsyms++];
    sym->name = name;
    sym->flags = flags;
    sym->reg = -1;
    if (s->index && 2 * s->nsyms <= s->indexcap) *index_slot(s, name) = s->nsyms;
    else if (s->nsyms >= SMALL_SCOPE) reindex(s); /* half full at most */
    return sym;
}

/* ---- pass one ------------------------------------------------------------ */

static void visit_expr(Walker *w, TrScope *s, const TrAst *e);
static void visit_stmts(Walker *w, TrScope *s, const TrAstList *body);

static void visit_exprs(Walker *w, TrScope *s, const TrAstList *l) {
    for (int i = 0; i < l->n; i++) visit_expr(w, s, l->items[i]);
}

static void bind(Walker *w, TrScope *s, const char *name, const TrAst *at) {
    TrSymbol *sym = tr_scope_lookup(s, name);
    if (sym && (sym->flags & TR_SYM_GLOBAL) == 0 && (sym->flags & TR_SYM_NONLOCAL) == 0 &&
        (sym->flags & TR_SYM_PARAM) == 0) {
        sym->flags |= TR_SYM_BOUND;
        return;
    }
    (void)w;
    (void)at;
    add_sym(s, name, TR_SYM_BOUND);
}

static void visit_args(Walker *w, TrScope *outer, TrScope *fn, const TrAstArgs *a) {
    for (int i = 0; i < a->ndefaults; i++) visit_expr(w, outer, a->defaults[i]);
    for (int i = 0; i < a->nkwonly; i++)
        if (a->kw_defaults[i]) visit_expr(w, outer, a->kw_defaults[i]);
    for (int i = 0; i < a->nargs; i++) {
        if (a->args[i].annotation) visit_expr(w, outer, a->args[i].annotation);
        if (tr_scope_lookup(fn, a->args[i].name)) {
            fail(w, NULL, "duplicate argument '%s' in function definition", a->args[i].name);
            return;
        }
        add_sym(fn, a->args[i].name, TR_SYM_PARAM | TR_SYM_BOUND);
    }
    for (int i = 0; i < a->nkwonly; i++) {
        if (a->kwonly[i].annotation) visit_expr(w, outer, a->kwonly[i].annotation);
        if (tr_scope_lookup(fn, a->kwonly[i].name)) {
            fail(w, NULL, "duplicate argument '%s' in function definition", a->kwonly[i].name);
            return;
        }
        add_sym(fn, a->kwonly[i].name, TR_SYM_PARAM | TR_SYM_BOUND);
    }
    if (a->vararg && a->vararg->annotation) visit_expr(w, outer, a->vararg->annotation);
    if (a->kwarg && a->kwarg->annotation) visit_expr(w, outer, a->kwarg->annotation);
    if (a->vararg) add_sym(fn, a->vararg->name, TR_SYM_PARAM | TR_SYM_BOUND);
    if (a->kwarg) add_sym(fn, a->kwarg->name, TR_SYM_PARAM | TR_SYM_BOUND);
}

static const char *comp_name(TrAstKind k) {
    switch (k) {
    case TR_AST_ListComp: return "<listcomp>";
    case TR_AST_SetComp: return "<setcomp>";
    case TR_AST_DictComp: return "<dictcomp>";
    default: return "<genexpr>";
    }
}

static void visit_comprehension(Walker *w, TrScope *s, const TrAst *e) {
    /* the first iterable is evaluated in the enclosing scope */
    visit_expr(w, s, e->u.comp.gens[0].iter);
    TrScope *c = new_scope(TR_SCOPE_COMPREHENSION, comp_name(e->kind), e, s);
    if (e->kind == TR_AST_GeneratorExp) c->is_generator = 1;
    add_sym(c, ".0", TR_SYM_PARAM | TR_SYM_BOUND);
    for (int g = 0; g < e->u.comp.ngens; g++) {
        const TrAstComprehension *gen = &e->u.comp.gens[g];
        if (g > 0) visit_expr(w, c, gen->iter);
        visit_expr(w, c, gen->target);
        visit_exprs(w, c, &gen->ifs);
    }
    if (e->kind == TR_AST_DictComp) {
        visit_expr(w, c, e->u.comp.key);
        visit_expr(w, c, e->u.comp.value);
    } else {
        visit_expr(w, c, e->u.comp.elt);
    }
}

/* `x := v` inside comprehensions binds x in the nearest enclosing
 * non-comprehension scope. */
static void bind_walrus(Walker *w, TrScope *s, const char *name, const TrAst *at) {
    TrScope *t = s;
    while (t->kind == TR_SCOPE_COMPREHENSION) {
        TrSymbol *sym = tr_scope_lookup(t, name);
        if (sym && (sym->flags & TR_SYM_BOUND) && !(sym->flags & TR_SYM_WALRUS_OUTER)) {
            fail(w, at, "assignment expression cannot rebind comprehension iteration variable '%s'",
                 name);
            return;
        }
        t = t->parent;
    }
    if (t == s) {
        bind(w, s, name, at);
        return;
    }
    if (t->kind == TR_SCOPE_CLASS) {
        fail(w, at, "assignment expression within a comprehension cannot be used in a class body%s", "");
        return;
    }
    for (TrScope *c = s; c != t; c = c->parent)
        add_sym(c, name, t->kind == TR_SCOPE_MODULE ? TR_SYM_GLOBAL : TR_SYM_WALRUS_OUTER);
    TrSymbol *ts = tr_scope_lookup(t, name);
    if (!ts || !(ts->flags & (TR_SYM_GLOBAL | TR_SYM_NONLOCAL))) bind(w, t, name, at);
}

static void visit_expr(Walker *w, TrScope *s, const TrAst *e) {
    if (!e || w->failed) return;
    switch (e->kind) {
    case TR_AST_Name:
        if (e->u.name.ctx == TR_CTX_LOAD) {
            add_sym(s, e->u.name.id, TR_SYM_USED);
            /* zero-argument super() needs the implicit __class__ cell */
            if (s->kind == TR_SCOPE_FUNCTION && !strcmp(e->u.name.id, "super"))
                add_sym(s, "__class__", TR_SYM_USED);
        } else {
            bind(w, s, e->u.name.id, e);
        }
        break;
    case TR_AST_BoolOp: visit_exprs(w, s, &e->u.boolop.values); break;
    case TR_AST_NamedExpr:
        s->has_walrus = 1;
        for (TrScope *p = s->parent; p && s->kind == TR_SCOPE_COMPREHENSION; p = p->parent) {
            p->has_walrus = 1;
            if (p->kind != TR_SCOPE_COMPREHENSION) break;
        }
        visit_expr(w, s, e->u.namedexpr.value);
        bind_walrus(w, s, e->u.namedexpr.target->u.name.id, e);
        break;
    case TR_AST_BinOp:
        visit_expr(w, s, e->u.binop.left);
        visit_expr(w, s, e->u.binop.right);
        break;
    case TR_AST_UnaryOp: visit_expr(w, s, e->u.unaryop.operand); break;
    case TR_AST_Lambda: {
        TrScope *fn = new_scope(TR_SCOPE_FUNCTION, "<lambda>", e, s);
        visit_args(w, s, fn, e->u.lambda.args);
        visit_expr(w, fn, e->u.lambda.body);
        break;
    }
    case TR_AST_IfExp:
        visit_expr(w, s, e->u.ifexp.test);
        visit_expr(w, s, e->u.ifexp.body);
        visit_expr(w, s, e->u.ifexp.orelse);
        break;
    case TR_AST_Dict:
        for (int i = 0; i < e->u.dict.keys.n; i++) visit_expr(w, s, e->u.dict.keys.items[i]);
        visit_exprs(w, s, &e->u.dict.values);
        break;
    case TR_AST_Set: visit_exprs(w, s, &e->u.set.elts); break;
    case TR_AST_ListComp:
    case TR_AST_SetComp:
    case TR_AST_DictComp:
    case TR_AST_GeneratorExp: visit_comprehension(w, s, e); break;
    case TR_AST_Await:
    case TR_AST_Yield:
    case TR_AST_YieldFrom:
        if (s->kind == TR_SCOPE_COMPREHENSION) {
            fail(w, e, "'yield' inside %s", s->name[1] == 'l' ? "list comprehension"
                                                 : s->name[1] == 's' ? "set comprehension"
                                                 : s->name[1] == 'd' ? "dict comprehension"
                                                                     : "generator expression");
            return;
        }
        if (s->kind != TR_SCOPE_FUNCTION) {
            fail(w, e, "'yield' outside function%s", "");
            return;
        }
        s->is_generator = 1;
        visit_expr(w, s, e->u.yield.value);
        break;
    case TR_AST_Compare:
        visit_expr(w, s, e->u.compare.left);
        for (int i = 0; i < e->u.compare.n; i++) visit_expr(w, s, e->u.compare.comparators[i]);
        break;
    case TR_AST_Call:
        visit_expr(w, s, e->u.call.func);
        visit_exprs(w, s, &e->u.call.args);
        for (int i = 0; i < e->u.call.nkeywords; i++) visit_expr(w, s, e->u.call.keywords[i].value);
        break;
    case TR_AST_FormattedValue:
        visit_expr(w, s, e->u.formatted.value);
        visit_expr(w, s, e->u.formatted.format_spec);
        break;
    case TR_AST_JoinedStr: visit_exprs(w, s, &e->u.joinedstr.values); break;
    case TR_AST_Constant: break;
    case TR_AST_Attribute: visit_expr(w, s, e->u.attribute.value); break;
    case TR_AST_Subscript:
        visit_expr(w, s, e->u.subscript.value);
        visit_expr(w, s, e->u.subscript.slice);
        break;
    case TR_AST_Starred: visit_expr(w, s, e->u.starred.value); break;
    case TR_AST_List:
    case TR_AST_Tuple: visit_exprs(w, s, &e->u.seq.elts); break;
    case TR_AST_Slice:
        visit_expr(w, s, e->u.slice.lower);
        visit_expr(w, s, e->u.slice.upper);
        visit_expr(w, s, e->u.slice.step);
        break;
    default: break;
    }
}

static void declare(Walker *w, TrScope *s, const TrAst *st, int flag) {
    const char *what = flag == TR_SYM_GLOBAL ? "global" : "nonlocal";
    for (int i = 0; i < st->u.global.nnames; i++) {
        const char *n = st->u.global.names[i];
        TrSymbol *sym = tr_scope_lookup(s, n);
        char buf[160];
        if (sym && (sym->flags & TR_SYM_PARAM)) {
            snprintf(buf, sizeof buf, "name '%%s' is parameter and %s", what);
            fail(w, st, GC_strdup(buf), n);
            return;
        }
        if (sym && (sym->flags & (TR_SYM_GLOBAL | TR_SYM_NONLOCAL)) &&
            !(sym->flags & flag)) {
            snprintf(buf, sizeof buf, "name '%%s' is %s and %s",
                     flag == TR_SYM_GLOBAL ? "nonlocal" : "global", what);
            fail(w, st, GC_strdup(buf), n);
            return;
        }
        if (sym && (sym->flags & TR_SYM_USED) && !(sym->flags & flag)) {
            snprintf(buf, sizeof buf, "name '%%s' is used prior to %s declaration", what);
            fail(w, st, GC_strdup(buf), n);
            return;
        }
        if (sym && (sym->flags & TR_SYM_BOUND) && !(sym->flags & flag)) {
            snprintf(buf, sizeof buf, "name '%%s' is assigned to before %s declaration", what);
            fail(w, st, GC_strdup(buf), n);
            return;
        }
        if (flag == TR_SYM_NONLOCAL && s->kind == TR_SCOPE_MODULE) {
            fail(w, st, "nonlocal declaration not allowed at module level%s", "");
            return;
        }
        add_sym(s, n, flag);
    }
}

static void visit_stmt(Walker *w, TrScope *s, const TrAst *st) {
    if (!st || w->failed) return;
    switch (st->kind) {
    case TR_AST_FunctionDef: {
        visit_exprs(w, s, &st->u.funcdef.decorators);
        TrScope *fn = new_scope(TR_SCOPE_FUNCTION, st->u.funcdef.name, st, s);
        visit_args(w, s, fn, st->u.funcdef.args);
        if (st->u.funcdef.returns) visit_expr(w, s, st->u.funcdef.returns);
        visit_stmts(w, fn, &st->u.funcdef.body);
        bind(w, s, st->u.funcdef.bind_name, st);
        break;
    }
    case TR_AST_ClassDef: {
        visit_exprs(w, s, &st->u.classdef.decorators);
        visit_exprs(w, s, &st->u.classdef.bases);
        for (int i = 0; i < st->u.classdef.nkeywords; i++)
            visit_expr(w, s, st->u.classdef.keywords[i].value);
        TrScope *cls = new_scope(TR_SCOPE_CLASS, st->u.classdef.name, st, s);
        visit_stmts(w, cls, &st->u.classdef.body);
        bind(w, s, st->u.classdef.bind_name, st);
        break;
    }
    case TR_AST_Return: visit_expr(w, s, st->u.ret.value); break;
    case TR_AST_Delete: visit_exprs(w, s, &st->u.del.targets); break;
    case TR_AST_Assign:
        visit_expr(w, s, st->u.assign.value);
        visit_exprs(w, s, &st->u.assign.targets);
        break;
    case TR_AST_AugAssign:
        visit_expr(w, s, st->u.augassign.value);
        if (st->u.augassign.target->kind == TR_AST_Name) {
            add_sym(s, st->u.augassign.target->u.name.id, TR_SYM_USED);
            bind(w, s, st->u.augassign.target->u.name.id, st);
        } else {
            visit_expr(w, s, st->u.augassign.target);
        }
        break;
    case TR_AST_AnnAssign:
        visit_expr(w, s, st->u.annassign.value);
        if (st->u.annassign.target->kind != TR_AST_Name || s->kind != TR_SCOPE_FUNCTION)
            visit_expr(w, s, st->u.annassign.annotation);
        if (st->u.annassign.target->kind == TR_AST_Name) {
            TrSymbol *sym = tr_scope_lookup(s, st->u.annassign.target->u.name.id);
            if (!sym || !(sym->flags & (TR_SYM_GLOBAL | TR_SYM_NONLOCAL)))
                bind(w, s, st->u.annassign.target->u.name.id, st);
        } else {
            visit_expr(w, s, st->u.annassign.target);
        }
        break;
    case TR_AST_For:
        visit_expr(w, s, st->u.forloop.iter);
        visit_expr(w, s, st->u.forloop.target);
        visit_stmts(w, s, &st->u.forloop.body);
        visit_stmts(w, s, &st->u.forloop.orelse);
        break;
    case TR_AST_While:
        visit_expr(w, s, st->u.whileloop.test);
        visit_stmts(w, s, &st->u.whileloop.body);
        visit_stmts(w, s, &st->u.whileloop.orelse);
        break;
    case TR_AST_If:
        visit_expr(w, s, st->u.ifstmt.test);
        visit_stmts(w, s, &st->u.ifstmt.body);
        visit_stmts(w, s, &st->u.ifstmt.orelse);
        break;
    case TR_AST_With:
        for (int i = 0; i < st->u.with.nitems; i++) {
            visit_expr(w, s, st->u.with.items[i].context_expr);
            visit_expr(w, s, st->u.with.items[i].optional_vars);
        }
        visit_stmts(w, s, &st->u.with.body);
        break;
    case TR_AST_Raise:
        visit_expr(w, s, st->u.raise.exc);
        visit_expr(w, s, st->u.raise.cause);
        break;
    case TR_AST_Try:
        visit_stmts(w, s, &st->u.trystmt.body);
        for (int i = 0; i < st->u.trystmt.nhandlers; i++) {
            const TrAstHandler *h = &st->u.trystmt.handlers[i];
            visit_expr(w, s, h->type);
            if (h->name) bind(w, s, h->name, st);
            visit_stmts(w, s, &h->body);
        }
        visit_stmts(w, s, &st->u.trystmt.orelse);
        visit_stmts(w, s, &st->u.trystmt.finalbody);
        break;
    case TR_AST_Assert:
        visit_expr(w, s, st->u.assertstmt.test);
        visit_expr(w, s, st->u.assertstmt.msg);
        break;
    case TR_AST_Import:
        for (int i = 0; i < st->u.import.nnames; i++) {
            const TrAstAlias *a = &st->u.import.names[i];
            if (a->asname) {
                bind(w, s, a->asname, st);
            } else {
                const char *dot = strchr(a->name, '.');
                bind(w, s, dot ? GC_strndup(a->name, (size_t)(dot - a->name)) : a->name, st);
            }
        }
        break;
    case TR_AST_ImportFrom:
        for (int i = 0; i < st->u.importfrom.nnames; i++) {
            const TrAstAlias *a = &st->u.importfrom.names[i];
            if (!strcmp(a->name, "*")) {
                if (s->kind != TR_SCOPE_MODULE) {
                    fail(w, st, "import * only allowed at module level%s", "");
                    return;
                }
                continue;
            }
            bind(w, s, a->asname ? a->asname : a->name, st);
        }
        break;
    case TR_AST_Global: declare(w, s, st, TR_SYM_GLOBAL); break;
    case TR_AST_Nonlocal: declare(w, s, st, TR_SYM_NONLOCAL); break;
    case TR_AST_ExprStmt: visit_expr(w, s, st->u.exprstmt.value); break;
    default: break;
    }
}

static void visit_stmts(Walker *w, TrScope *s, const TrAstList *body) {
    for (int i = 0; i < body->n && !w->failed; i++) visit_stmt(w, s, body->items[i]);
}

/* ---- pass two: resolve free variables ------------------------------------ */

/* The function scope that binds `name` for a use in `s`, or NULL (global). */
static TrScope *find_owner(TrScope *s, const char *name) {
    for (TrScope *e = s->parent; e; e = e->parent) {
        if (e->kind == TR_SCOPE_CLASS) continue;
        if (e->kind == TR_SCOPE_MODULE) return NULL;
        TrSymbol *sym = tr_scope_lookup(e, name);
        if (!sym) continue;
        if (sym->flags & TR_SYM_GLOBAL) return NULL;
        if (sym->flags & (TR_SYM_NONLOCAL | TR_SYM_WALRUS_OUTER)) continue;
        if (sym->flags & TR_SYM_BOUND) return e;
    }
    return NULL;
}

static void make_free(TrScope *s, TrScope *owner, const char *name) {
    for (TrScope *x = s; x != owner; x = x->parent) add_sym(x, name, TR_SYM_FREE);
    add_sym(owner, name, TR_SYM_CELL);
}

static void resolve(Walker *w, TrScope *s) {
    for (int i = 0; i < s->nsyms && !w->failed; i++) {
        TrSymbol *sym = &s->syms[i];
        const char *name = sym->name;
        int f = sym->flags;
        if (s->kind == TR_SCOPE_MODULE || (f & TR_SYM_GLOBAL)) continue;
        if (f & (TR_SYM_NONLOCAL | TR_SYM_WALRUS_OUTER)) {
            TrScope *owner = find_owner(s, name);
            if (!owner) {
                if (f & TR_SYM_NONLOCAL) {
                    fail(w, s->node, "no binding for nonlocal '%s' found", name);
                    return;
                }
                continue;
            }
            make_free(s, owner, name);
            sym = &s->syms[i];
            continue;
        }
        if (f & (TR_SYM_BOUND | TR_SYM_FREE)) continue;
        if ((f & TR_SYM_USED) && !strcmp(name, "__class__") && s->kind != TR_SCOPE_CLASS) {
            /* __class__ resolves to the nearest enclosing class body */
            TrScope *owner = s->parent;
            while (owner && owner->kind != TR_SCOPE_CLASS) owner = owner->parent;
            if (owner) {
                make_free(s, owner, name);
                continue;
            }
        }
        if (f & TR_SYM_USED) {
            TrScope *owner = find_owner(s, name);
            if (owner) make_free(s, owner, name);
        }
    }
    for (int i = 0; i < s->nchildren && !w->failed; i++) resolve(w, s->children[i]);
}

TrScope *tr_symtable_build(const TrAstModule *m, const char *filename, TrSyntaxError *err) {
    Walker w = {err, filename, 0};
    TrScope *top = new_scope(TR_SCOPE_MODULE, "<module>", NULL, NULL);
    visit_stmts(&w, top, &m->body);
    if (!w.failed) resolve(&w, top);
    return w.failed ? NULL : top;
}

TrNameKind tr_scope_name_kind(TrScope *s, const char *name) {
    TrSymbol *sym = tr_scope_lookup(s, name);
    if (s->kind == TR_SCOPE_MODULE) return TR_NAME_GLOBAL_IMPLICIT;
    if (!sym) return s->kind == TR_SCOPE_CLASS ? TR_NAME_CLASSLOCAL : TR_NAME_GLOBAL_IMPLICIT;
    int f = sym->flags;
    if (f & TR_SYM_GLOBAL) return TR_NAME_GLOBAL_EXPLICIT;
    if (s->kind == TR_SCOPE_CLASS) {
        if ((f & TR_SYM_CELL) && !strcmp(name, "__class__")) return TR_NAME_CELL;
        if ((f & TR_SYM_FREE) && !(f & TR_SYM_BOUND)) return TR_NAME_FREE;
        return TR_NAME_CLASSLOCAL;
    }
    if (f & TR_SYM_FREE) return TR_NAME_FREE;
    if (f & TR_SYM_CELL) return TR_NAME_CELL;
    if (f & TR_SYM_BOUND) return TR_NAME_LOCAL;
    return TR_NAME_GLOBAL_IMPLICIT;
}
