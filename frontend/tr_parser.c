/* tr_parser.c — recursive-descent parser: tokens to the AST of tr_ast.h.
 *
 * One function per grammar rule of CPython 3.11's Grammar/python.gram that
 * this implementation supports, with operator precedence climbed by the
 * usual chain (disjunction → conjunction → ... → power → primary → atom).
 * Tokens are pulled lazily from the lexer into a growing array so that any
 * rule can look ahead a few tokens without backtracking: assignment targets
 * are parsed as expressions and then checked and turned into Store/Del
 * contexts, as CPython's invalid_* rules do for their messages.
 *
 * Errors escape through a longjmp to tr_parse: the first error wins, except
 * that after a generic "invalid syntax" the rest of the file is tokenized so
 * that a tokenizer error there (an unclosed bracket, a bad literal) is the one
 * reported, as CPython does.  Recursion is bounded (TR_PARSE_MAXDEPTH) and so
 * is the height of every expression tree, so that neither the parser nor the
 * compiler's recursive walks can exhaust the C stack. */
#include "tr_ast.h"
#include "tr_lexer.h"

#include <gc.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>

enum {
    TR_PARSE_MAXDEPTH = 2000,   /* nested rules: deeper input is "too complex" */
    TR_PARSE_MAXHEIGHT = 4000   /* expression tree height (compiler recursion) */
};

typedef struct Parser {
    TrLexer *lx;
    TrToken *toks;
    int ntoks, cap, pos;
    TrSyntaxError *err;
    const char *filename;
    jmp_buf *jb;
    int depth;
    int generic;          /* the pending error is a plain "invalid syntax" */
    int in_fstring;       /* parsing an f-string expression (sub-lexer) */
    const char *line_pos; /* f-string fields: a position already counted, */
    int line_at;          /* and its line (keeps many fields linear) */
} Parser;

/* ---- tokens -------------------------------------------------------------- */

static _Noreturn void bail(Parser *p) { longjmp(*p->jb, 1); }

static TrToken *peek_at(Parser *p, int k) {
    while (p->ntoks <= p->pos + k) {
        if (p->ntoks > 0 && (p->toks[p->ntoks - 1].kind == TR_TK_ENDMARKER ||
                             p->toks[p->ntoks - 1].kind == TR_TK_ERRORTOKEN))
            return &p->toks[p->ntoks - 1];
        if (p->ntoks == p->cap) {
            int cap = p->cap ? p->cap * 2 : 256;
            TrToken *t = GC_MALLOC(sizeof *t * (size_t)cap);
            if (p->ntoks) memcpy(t, p->toks, sizeof *t * (size_t)p->ntoks);
            p->toks = t;
            p->cap = cap;
        }
        tr_lexer_next(p->lx, &p->toks[p->ntoks]);
        p->ntoks++;
    }
    return &p->toks[p->pos + k];
}

static TrToken *peek(Parser *p) {
    TrToken *t = peek_at(p, 0);
    if (t->kind == TR_TK_ERRORTOKEN) bail(p); /* the lexer filled *err */
    return t;
}
static TrTokKind kind(Parser *p) { return peek(p)->kind; }
static TrTokKind kind_at(Parser *p, int k) {
    TrToken *t = peek_at(p, k);
    return t->kind;
}
static TrToken *prev(Parser *p) { return &p->toks[p->pos > 0 ? p->pos - 1 : 0]; }
static TrToken *next(Parser *p) {
    TrToken *t = peek(p);
    if (t->kind != TR_TK_ENDMARKER) p->pos++;
    return t;
}
static int accept(Parser *p, TrTokKind k) {
    if (kind(p) != k) return 0;
    next(p);
    return 1;
}

static char *tok_str(const TrToken *t) {
    char *s = GC_MALLOC_ATOMIC(t->len + 1);
    memcpy(s, t->start, t->len);
    s[t->len] = 0;
    return s;
}

/* ---- errors -------------------------------------------------------------- */

static int tok_offset(const TrToken *t) { return tr_utf8_width(t->line_start, t->start) + 1; }
static int tok_end_offset(const TrToken *t) {
    if (t->end_line != t->line) return tok_offset(t) + 1;
    return tr_utf8_width(t->line_start, t->start + t->len) + 1;
}

/* The first byte of `line` in the source. */
static const char *line_start_of(Parser *p, int line) {
    const char *s = p->lx->src;
    int l = 1;
    while (l < line && s < p->lx->src_end) {
        if (*s == '\n') l++;
        s++;
    }
    return s;
}

static _Noreturn void error_span(Parser *p, const char *kind, int line, int col, int end_line,
                                 int end_col, const char *fmt, ...)
    __attribute__((format(printf, 7, 8)));
static _Noreturn void error_span(Parser *p, const char *kind, int line, int col, int end_line,
                                 int end_col, const char *fmt, ...) {
    const char *ls = line_start_of(p, line);
    int off = tr_utf8_width(ls, ls + col) + 1;
    /* a span over several lines is underlined to the end of its first line */
    int end_off = end_line == line ? tr_utf8_width(ls, ls + end_col) + 1
                                   : tr_utf8_width(ls, ls + strcspn(ls, "\n")) + 1;
    va_list ap;
    va_start(ap, fmt);
    tr_syntax_error_vset(p->err, kind, p->filename, line, ls, off, end_off, fmt, ap);
    va_end(ap);
    p->generic = 0;
    bail(p);
}

static _Noreturn void error_tok(Parser *p, const TrToken *t, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static _Noreturn void error_tok(Parser *p, const TrToken *t, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    tr_syntax_error_vset(p->err, "SyntaxError", p->filename, t->line, t->line_start,
                         tok_offset(t), tok_end_offset(t), fmt, ap);
    va_end(ap);
    p->generic = 0;
    bail(p);
}

static _Noreturn void error_node(Parser *p, const TrAst *n, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static _Noreturn void error_node(Parser *p, const TrAst *n, const char *fmt, ...) {
    char buf[400];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    error_span(p, "SyntaxError", n->line, n->col, n->end_line, n->end_col, "%s", buf);
}

/* The generic error at the current token; a NEWLINE/ENDMARKER/INDENT/DEDENT
 * gets CPython's more specific wording. */
static _Noreturn void syntax_error(Parser *p) {
    TrToken *t = peek(p);
    if (t->kind == TR_TK_INDENT) {
        tr_syntax_error_set(p->err, "IndentationError", p->filename, t->line, t->line_start,
                            tok_offset(t), tok_end_offset(t), "unexpected indent");
        p->generic = 0;
        bail(p);
    }
    if (t->kind == TR_TK_DEDENT) {
        tr_syntax_error_set(p->err, "IndentationError", p->filename, t->line, t->line_start,
                            tok_offset(t), tok_end_offset(t), "unexpected unindent");
        p->generic = 0;
        bail(p);
    }
    if (t->kind == TR_TK_ENDMARKER && !p->in_fstring) {
        TrToken *pv = prev(p);
        tr_syntax_error_set(p->err, "SyntaxError", p->filename, pv->line, pv->line_start,
                            tok_end_offset(pv), tok_end_offset(pv), "unexpected EOF while parsing");
        p->generic = 0;
        bail(p);
    }
    if (t->kind == TR_TK_UNKNOWN) {
        unsigned char c = (unsigned char)t->start[0];
        if (c >= 0x80 || c == '$' || c == '?' || c == '`') {
            tr_syntax_error_set(p->err, "SyntaxError", p->filename, t->line, t->line_start,
                                tok_offset(t), tok_offset(t), "invalid syntax");
        } else {
            tr_syntax_error_set(p->err, "SyntaxError", p->filename, t->line, t->line_start,
                                tok_offset(t), tok_end_offset(t), "invalid syntax");
        }
        p->generic = 1;
        bail(p);
    }
    tr_syntax_error_set(p->err, "SyntaxError", p->filename, t->line, t->line_start,
                        tok_offset(t), tok_end_offset(t), "invalid syntax");
    p->generic = 1;
    bail(p);
}

static void expect(Parser *p, TrTokKind k) {
    if (kind(p) == k) {
        next(p);
        return;
    }
    if (k == TR_TK_COLON) {
        /* CPython: "expected ':'" at the token where it is missing */
        TrToken *t = peek(p);
        if (t->kind == TR_TK_EQUAL) syntax_error(p);
        error_tok(p, t, "expected ':'");
    }
    syntax_error(p);
}

static void enter(Parser *p) {
    if (++p->depth > TR_PARSE_MAXDEPTH) {
        TrToken *t = peek(p);
        tr_syntax_error_set(p->err, "RecursionError", p->filename, t->line, t->line_start,
                            tok_offset(t), tok_offset(t),
                            "maximum recursion depth exceeded during compilation");
        p->generic = 0;
        bail(p);
    }
}
static void leave(Parser *p) { p->depth--; }

/* ---- nodes --------------------------------------------------------------- */

static TrAst *node_at(TrAstKind k, const TrToken *t) {
    TrAst *n = GC_MALLOC(sizeof *n);
    n->kind = k;
    n->line = n->end_line = t->line;
    n->col = n->end_col = t->col;
    n->height = 1;
    return n;
}
static TrAst *node_from(TrAstKind k, const TrAst *start) {
    TrAst *n = GC_MALLOC(sizeof *n);
    n->kind = k;
    n->line = start->line;
    n->col = start->col;
    n->height = 1;
    return n;
}
/* End the node at the last consumed token. */
static TrAst *fin(Parser *p, TrAst *n) {
    TrToken *t = prev(p);
    n->end_line = t->end_line;
    n->end_col = t->end_col;
    return n;
}
static void grow(Parser *p, TrAst *n, const TrAst *child) {
    if (child && child->height + 1 > n->height) {
        n->height = child->height + 1;
        if (n->height > TR_PARSE_MAXHEIGHT) {
            tr_syntax_error_set(p->err, "RecursionError", p->filename, n->line, NULL, 0, 0,
                                "maximum recursion depth exceeded during compilation");
            p->generic = 0;
            bail(p);
        }
    }
}

typedef struct Vec {
    int n, cap;
    void **items;
} Vec;
static void vec_push(Vec *v, void *x) {
    if (v->n == v->cap) {
        int cap = v->cap ? v->cap * 2 : 4;
        void **items = GC_MALLOC(sizeof *items * (size_t)cap);
        if (v->n) memcpy(items, v->items, sizeof *items * (size_t)v->n);
        v->items = items;
        v->cap = cap;
    }
    v->items[v->n++] = x;
}
static TrAstList vec_list(Vec *v) {
    TrAstList l = {v->n, (TrAst **)v->items};
    return l;
}

static TrAst *name_node(Parser *p, const TrToken *t, TrAstCtx ctx) {
    (void)p;
    TrAst *n = node_at(TR_AST_Name, t);
    n->u.name.id = tok_str(t);
    n->u.name.ctx = ctx;
    n->end_line = t->end_line;
    n->end_col = t->end_col;
    return n;
}

static const char *expect_name(Parser *p) {
    TrToken *t = peek(p);
    if (t->kind != TR_TK_NAME) syntax_error(p);
    next(p);
    return tok_str(t);
}

/* ---- forward declarations ------------------------------------------------ */

static TrAst *expression(Parser *p);
static TrAst *named_expression(Parser *p);
static TrAst *star_expressions(Parser *p);
static TrAst *star_named_expression(Parser *p);
static TrAst *disjunction(Parser *p);
static TrAst *bitwise_or(Parser *p);
static TrAst *yield_expr(Parser *p);
static TrAstList block(Parser *p, const TrToken *kw, const char *what);
static void statement(Parser *p, Vec *out);
static TrAst *strings(Parser *p);

/* ---- targets ------------------------------------------------------------- */

static const char *expr_description(const TrAst *e) {
    switch (e->kind) {
    case TR_AST_Call: return "function call";
    case TR_AST_Constant:
        switch (e->u.constant.ckind) {
        case TR_CONST_NONE: return "None";
        case TR_CONST_TRUE: return "True";
        case TR_CONST_FALSE: return "False";
        case TR_CONST_ELLIPSIS: return "ellipsis";
        default: return "literal";
        }
    case TR_AST_JoinedStr: return "f-string expression";
    case TR_AST_BoolOp: case TR_AST_BinOp: case TR_AST_UnaryOp: return "expression";
    case TR_AST_Compare: return "comparison";
    case TR_AST_Lambda: return "lambda";
    case TR_AST_IfExp: return "conditional expression";
    case TR_AST_NamedExpr: return "named expression";
    case TR_AST_Dict: return "dict literal";
    case TR_AST_Set: return "set display";
    case TR_AST_ListComp: return "list comprehension";
    case TR_AST_SetComp: return "set comprehension";
    case TR_AST_DictComp: return "dict comprehension";
    case TR_AST_GeneratorExp: return "generator expression";
    case TR_AST_Yield: case TR_AST_YieldFrom: return "yield expression";
    case TR_AST_Await: return "await expression";
    case TR_AST_Starred: return "starred";
    default: return "expression";
    }
}

/* Turn an expression into an assignment (or del) target, as CPython's
 * invalid_assignment / invalid_del_stmt rules report. */
static void set_ctx(Parser *p, TrAst *e, TrAstCtx ctx, int top, int in_assign) {
    switch (e->kind) {
    case TR_AST_Name:
        e->u.name.ctx = ctx;
        return;
    case TR_AST_Attribute:
        e->u.attribute.ctx = ctx;
        return;
    case TR_AST_Subscript:
        e->u.subscript.ctx = ctx;
        return;
    case TR_AST_Starred:
        if (ctx == TR_CTX_DEL) error_node(p, e, "cannot delete starred");
        if (top) error_node(p, e, "starred assignment target must be in a list or tuple");
        e->u.starred.ctx = ctx;
        set_ctx(p, e->u.starred.value, ctx, 0, in_assign);
        return;
    case TR_AST_List:
    case TR_AST_Tuple: {
        e->u.seq.ctx = ctx;
        int stars = 0;
        for (int i = 0; i < e->u.seq.elts.n; i++) {
            TrAst *x = e->u.seq.elts.items[i];
            if (x->kind == TR_AST_Starred && ++stars > 1 && ctx != TR_CTX_DEL)
                error_node(p, x, "multiple starred expressions in assignment");
            set_ctx(p, x, ctx, 0, in_assign);
        }
        return;
    }
    default:
        break;
    }
    const char *what = expr_description(e);
    if (ctx == TR_CTX_DEL) error_node(p, e, "cannot delete %s", what);
    if (in_assign && (e->kind == TR_AST_Call || e->kind == TR_AST_Constant ||
                      e->kind == TR_AST_Compare || e->kind == TR_AST_BinOp ||
                      e->kind == TR_AST_BoolOp || e->kind == TR_AST_UnaryOp))
        error_node(p, e, "cannot assign to %s here. Maybe you meant '==' instead of '='?", what);
    error_node(p, e, "cannot assign to %s", what);
}

/* star_targets as used by `for` and comprehensions: the elements are parsed
 * at bitwise_or level so that the `in` that follows is not taken as a
 * comparison. */
static TrAst *star_targets(Parser *p) {
    TrToken *start = peek(p);
    Vec elts = {0};
    int trailing = 0;
    for (;;) {
        TrAst *e;
        if (kind(p) == TR_TK_STAR) {
            TrToken *st = next(p);
            e = node_at(TR_AST_Starred, st);
            e->u.starred.value = bitwise_or(p);
            grow(p, e, e->u.starred.value);
            fin(p, e);
        } else {
            e = bitwise_or(p);
        }
        vec_push(&elts, e);
        trailing = 0;
        if (kind(p) != TR_TK_COMMA) break;
        next(p);
        trailing = 1;
        TrTokKind k = kind(p);
        if (k == TR_KW_IN || k == TR_TK_EQUAL || k == TR_TK_NEWLINE || k == TR_TK_RPAR ||
            k == TR_TK_RSQB)
            break;
    }
    TrAst *t;
    if (elts.n == 1 && !trailing) {
        t = elts.items[0];
    } else {
        t = node_at(TR_AST_Tuple, start);
        t->u.seq.elts = vec_list(&elts);
        for (int i = 0; i < elts.n; i++) grow(p, t, elts.items[i]);
        fin(p, t);
    }
    set_ctx(p, t, TR_CTX_STORE, 1, 0);
    return t;
}

/* ---- atoms --------------------------------------------------------------- */

static TrAst *number(Parser *p) {
    TrToken *t = next(p);
    TrAst *n = node_at(TR_AST_Constant, t);
    fin(p, n);
    char *s = GC_MALLOC_ATOMIC(t->len + 1);
    size_t k = 0;
    for (size_t i = 0; i < t->len; i++)
        if (t->start[i] != '_') s[k++] = t->start[i];
    s[k] = 0;
    if (t->sub == TR_NUM_FLOAT) {
        n->u.constant.ckind = TR_CONST_FLOAT;
        n->u.constant.f = strtod(s, NULL);
        return n;
    }
    n->u.constant.ckind = TR_CONST_INT;
    int base = 10;
    if (s[0] == '0' && s[1]) {
        char c = (char)(s[1] | 0x20);
        base = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 10;
        if (base != 10) s += 2;
    }
    if (base == 10) { /* 000 is 0 */
        while (s[0] == '0' && s[1]) s++;
    }
    n->u.constant.s = s;
    n->u.constant.slen = strlen(s);
    n->u.constant.int_base = base;
    return n;
}

static TrAst *paren_or_tuple(Parser *p);
static TrAst *list_display(Parser *p);
static TrAst *brace_display(Parser *p);

static TrAst *atom(Parser *p) {
    TrToken *t = peek(p);
    TrAst *n;
    switch (t->kind) {
    case TR_TK_NAME:
        next(p);
        return name_node(p, t, TR_CTX_LOAD);
    case TR_KW_TRUE:
    case TR_KW_FALSE:
    case TR_KW_NONE:
        next(p);
        n = node_at(TR_AST_Constant, t);
        n->u.constant.ckind = t->kind == TR_KW_TRUE    ? TR_CONST_TRUE
                              : t->kind == TR_KW_FALSE ? TR_CONST_FALSE
                                                       : TR_CONST_NONE;
        return fin(p, n);
    case TR_TK_ELLIPSIS:
        next(p);
        n = node_at(TR_AST_Constant, t);
        n->u.constant.ckind = TR_CONST_ELLIPSIS;
        return fin(p, n);
    case TR_TK_NUMBER: return number(p);
    case TR_TK_STRING: return strings(p);
    case TR_TK_LPAR: return paren_or_tuple(p);
    case TR_TK_LSQB: return list_display(p);
    case TR_TK_LBRACE: return brace_display(p);
    default: syntax_error(p);
    }
}

/* ---- comprehensions ------------------------------------------------------ */

static int comprehension_clauses(Parser *p, TrAstComprehension **out, TrAst *owner) {
    Vec gens = {0};
    while (kind(p) == TR_KW_FOR || (kind(p) == TR_KW_ASYNC && kind_at(p, 1) == TR_KW_FOR)) {
        if (kind(p) == TR_KW_ASYNC) error_tok(p, peek(p), "asynchronous comprehensions are not supported");
        next(p);
        TrAstComprehension *g = GC_MALLOC(sizeof *g);
        g->target = star_targets(p);
        expect(p, TR_KW_IN);
        g->iter = disjunction(p);
        grow(p, owner, g->target);
        grow(p, owner, g->iter);
        Vec ifs = {0};
        while (kind(p) == TR_KW_IF) {
            next(p);
            TrAst *c = disjunction(p);
            grow(p, owner, c);
            vec_push(&ifs, c);
        }
        g->ifs = vec_list(&ifs);
        vec_push(&gens, g);
    }
    TrAstComprehension *arr = GC_MALLOC(sizeof *arr * (size_t)(gens.n ? gens.n : 1));
    for (int i = 0; i < gens.n; i++) arr[i] = *(TrAstComprehension *)gens.items[i];
    *out = arr;
    return gens.n;
}

static TrAst *make_comp(Parser *p, TrAstKind k, const TrToken *open, TrAst *elt) {
    TrAst *n = node_at(k, open);
    n->u.comp.elt = elt;
    grow(p, n, elt);
    n->u.comp.ngens = comprehension_clauses(p, &n->u.comp.gens, n);
    return n;
}

static void check_comp_elt(Parser *p, TrAst *e, const char *what) {
    if (e->kind == TR_AST_Starred) error_node(p, e, "iterable unpacking cannot be used in %s", what);
}

/* Two expressions side by side inside brackets: CPython's "Perhaps you
 * forgot a comma?" (only for tokens that can start an expression). */
static int starts_expression(TrTokKind k) {
    switch (k) {
    case TR_TK_NAME: case TR_TK_NUMBER: case TR_TK_STRING: case TR_TK_LPAR: case TR_TK_LSQB:
    case TR_TK_LBRACE: case TR_KW_TRUE: case TR_KW_FALSE: case TR_KW_NONE:
    case TR_TK_TILDE: case TR_TK_ELLIPSIS: case TR_KW_LAMBDA: case TR_KW_NOT:
        return 1;
    default:
        return 0;
    }
}
static void check_missing_comma(Parser *p, TrAst *prev_elt) {
    TrTokKind k = kind(p);
    if (!starts_expression(k)) return;
    if (prev_elt->kind == TR_AST_Name && k == TR_TK_STRING) return; /* prefix-like */
    /* parse the next expression only to find its end; errors inside it win */
    TrAst *nx = expression(p);
    error_span(p, "SyntaxError", prev_elt->line, prev_elt->col, nx->end_line, nx->end_col,
               "invalid syntax. Perhaps you forgot a comma?");
}

/* '(' ... ')': empty tuple, group, tuple, generator expression, yield. */
static TrAst *paren_or_tuple(Parser *p) {
    TrToken *open = next(p);
    enter(p);
    TrAst *n;
    if (kind(p) == TR_TK_RPAR) {
        next(p);
        n = node_at(TR_AST_Tuple, open);
        n->u.seq.ctx = TR_CTX_LOAD;
        leave(p);
        return fin(p, n);
    }
    if (kind(p) == TR_KW_YIELD) {
        TrAst *y = yield_expr(p);
        expect(p, TR_TK_RPAR);
        leave(p);
        return y;
    }
    TrAst *first = star_named_expression(p);
    if (kind(p) == TR_KW_FOR || kind(p) == TR_KW_ASYNC) {
        check_comp_elt(p, first, "comprehension");
        n = make_comp(p, TR_AST_GeneratorExp, open, first);
        expect(p, TR_TK_RPAR);
        leave(p);
        return fin(p, n);
    }
    if (kind(p) == TR_TK_RPAR) {
        next(p);
        leave(p);
        if (first->kind == TR_AST_Starred) error_node(p, first, "cannot use starred expression here");
        /* a parenthesized expression keeps its inner position, as in CPython */
        return first;
    }
    if (kind(p) != TR_TK_COMMA) {
        check_missing_comma(p, first);
        syntax_error(p);
    }
    Vec elts = {0};
    vec_push(&elts, first);
    n = node_at(TR_AST_Tuple, open);
    grow(p, n, first);
    while (accept(p, TR_TK_COMMA)) {
        if (kind(p) == TR_TK_RPAR) break;
        TrAst *e = star_named_expression(p);
        grow(p, n, e);
        vec_push(&elts, e);
        if (kind(p) != TR_TK_COMMA && kind(p) != TR_TK_RPAR) check_missing_comma(p, e);
    }
    expect(p, TR_TK_RPAR);
    n->u.seq.elts = vec_list(&elts);
    n->u.seq.ctx = TR_CTX_LOAD;
    leave(p);
    return fin(p, n);
}

static TrAst *list_display(Parser *p) {
    TrToken *open = next(p);
    enter(p);
    TrAst *n;
    if (accept(p, TR_TK_RSQB)) {
        n = node_at(TR_AST_List, open);
        leave(p);
        return fin(p, n);
    }
    TrAst *first = star_named_expression(p);
    if (kind(p) == TR_KW_FOR || kind(p) == TR_KW_ASYNC) {
        check_comp_elt(p, first, "comprehension");
        n = make_comp(p, TR_AST_ListComp, open, first);
        expect(p, TR_TK_RSQB);
        leave(p);
        return fin(p, n);
    }
    n = node_at(TR_AST_List, open);
    Vec elts = {0};
    vec_push(&elts, first);
    grow(p, n, first);
    if (kind(p) != TR_TK_COMMA && kind(p) != TR_TK_RSQB) check_missing_comma(p, first);
    while (accept(p, TR_TK_COMMA)) {
        if (kind(p) == TR_TK_RSQB) break;
        TrAst *e = star_named_expression(p);
        grow(p, n, e);
        vec_push(&elts, e);
        if (kind(p) != TR_TK_COMMA && kind(p) != TR_TK_RSQB) check_missing_comma(p, e);
    }
    expect(p, TR_TK_RSQB);
    n->u.seq.elts = vec_list(&elts);
    leave(p);
    return fin(p, n);
}

/* '{' ... '}': dict, set, and their comprehensions. */
static TrAst *brace_display(Parser *p) {
    TrToken *open = next(p);
    enter(p);
    TrAst *n;
    if (accept(p, TR_TK_RBRACE)) {
        n = node_at(TR_AST_Dict, open);
        leave(p);
        return fin(p, n);
    }
    TrAst *firstkey = NULL, *firstval;
    int is_dict;
    if (kind(p) == TR_TK_DOUBLESTAR) {
        next(p);
        firstval = bitwise_or(p);
        is_dict = 1;
    } else {
        TrAst *e = star_named_expression(p);
        if (kind(p) == TR_TK_COLON && e->kind != TR_AST_Starred) {
            next(p);
            firstkey = e;
            firstval = expression(p);
            is_dict = 1;
            if (kind(p) == TR_KW_FOR || kind(p) == TR_KW_ASYNC) {
                n = node_at(TR_AST_DictComp, open);
                n->u.comp.key = firstkey;
                n->u.comp.value = firstval;
                grow(p, n, firstkey);
                grow(p, n, firstval);
                n->u.comp.ngens = comprehension_clauses(p, &n->u.comp.gens, n);
                expect(p, TR_TK_RBRACE);
                leave(p);
                return fin(p, n);
            }
        } else {
            firstval = e;
            is_dict = 0;
            if (kind(p) == TR_KW_FOR || kind(p) == TR_KW_ASYNC) {
                check_comp_elt(p, e, "comprehension");
                n = make_comp(p, TR_AST_SetComp, open, e);
                expect(p, TR_TK_RBRACE);
                leave(p);
                return fin(p, n);
            }
        }
    }
    if (is_dict) {
        n = node_at(TR_AST_Dict, open);
        Vec keys = {0}, vals = {0};
        vec_push(&keys, firstkey);
        vec_push(&vals, firstval);
        grow(p, n, firstkey);
        grow(p, n, firstval);
        while (accept(p, TR_TK_COMMA)) {
            if (kind(p) == TR_TK_RBRACE) break;
            if (accept(p, TR_TK_DOUBLESTAR)) {
                vec_push(&keys, NULL);
                TrAst *v = bitwise_or(p);
                grow(p, n, v);
                vec_push(&vals, v);
                continue;
            }
            TrAst *k = expression(p);
            if (kind(p) != TR_TK_COLON) {
                if (kind(p) == TR_TK_COMMA || kind(p) == TR_TK_RBRACE)
                    error_node(p, k, "':' expected after dictionary key");
                syntax_error(p);
            }
            next(p);
            TrAst *v = expression(p);
            grow(p, n, k);
            grow(p, n, v);
            vec_push(&keys, k);
            vec_push(&vals, v);
        }
        expect(p, TR_TK_RBRACE);
        n->u.dict.keys = vec_list(&keys);
        n->u.dict.values = vec_list(&vals);
        leave(p);
        return fin(p, n);
    }
    n = node_at(TR_AST_Set, open);
    Vec elts = {0};
    vec_push(&elts, firstval);
    grow(p, n, firstval);
    if (kind(p) != TR_TK_COMMA && kind(p) != TR_TK_RBRACE) check_missing_comma(p, firstval);
    while (accept(p, TR_TK_COMMA)) {
        if (kind(p) == TR_TK_RBRACE) break;
        TrAst *e = star_named_expression(p);
        grow(p, n, e);
        vec_push(&elts, e);
    }
    expect(p, TR_TK_RBRACE);
    n->u.set.elts = vec_list(&elts);
    leave(p);
    return fin(p, n);
}

/* ---- primaries: calls, subscripts, attributes ----------------------------- */

static TrAst *call_args(Parser *p, TrAst *call) {
    Vec args = {0}, kws = {0};
    int seen_kw = 0, seen_dstar = 0;
    while (kind(p) != TR_TK_RPAR) {
        TrToken *t = peek(p);
        if (t->kind == TR_TK_STAR) {
            next(p);
            TrAst *s = node_at(TR_AST_Starred, t);
            s->u.starred.value = expression(p);
            grow(p, s, s->u.starred.value);
            fin(p, s);
            if (seen_dstar)
                error_node(p, s, "iterable argument unpacking follows keyword argument unpacking");
            vec_push(&args, s);
            grow(p, call, s);
        } else if (t->kind == TR_TK_DOUBLESTAR) {
            next(p);
            TrAstKeyword *k = GC_MALLOC(sizeof *k);
            k->line = t->line;
            k->col = t->col;
            k->value = expression(p);
            grow(p, call, k->value);
            vec_push(&kws, k);
            seen_dstar = 1;
        } else if (t->kind == TR_TK_NAME && kind_at(p, 1) == TR_TK_EQUAL) {
            next(p);
            next(p);
            TrAstKeyword *k = GC_MALLOC(sizeof *k);
            k->name = tok_str(t);
            k->line = t->line;
            k->col = t->col;
            k->value = expression(p);
            grow(p, call, k->value);
            for (int i = 0; i < kws.n; i++) {
                TrAstKeyword *o = kws.items[i];
                if (o->name && !strcmp(o->name, k->name)) {
                    error_span(p, "SyntaxError", t->line, t->col, k->value->end_line,
                               k->value->end_col, "keyword argument repeated: %s", k->name);
                }
            }
            vec_push(&kws, k);
            seen_kw = 1;
        } else {
            TrAst *e = named_expression(p);
            if (kind(p) == TR_TK_EQUAL) {
                if (e->kind == TR_AST_Constant && (e->u.constant.ckind == TR_CONST_TRUE ||
                                                   e->u.constant.ckind == TR_CONST_FALSE ||
                                                   e->u.constant.ckind == TR_CONST_NONE))
                    error_span(p, "SyntaxError", e->line, e->col, peek(p)->end_line,
                               peek(p)->end_col, "cannot assign to %s", expr_description(e));
                error_span(p, "SyntaxError", e->line, e->col, peek(p)->end_line, peek(p)->end_col,
                           "expression cannot contain assignment, perhaps you meant \"==\"?");
            }
            if (kind(p) == TR_KW_FOR || kind(p) == TR_KW_ASYNC) {
                TrAst *g = make_comp(p, TR_AST_GeneratorExp, t, e);
                fin(p, g);
                if (args.n || kws.n || kind(p) != TR_TK_RPAR)
                    error_node(p, g, "Generator expression must be parenthesized");
                g->line = t->line;
                g->col = t->col;
                e = g;
            }
            if (seen_dstar)
                error_node(p, e, "positional argument follows keyword argument unpacking");
            if (seen_kw) error_node(p, e, "positional argument follows keyword argument");
            grow(p, call, e);
            vec_push(&args, e);
        }
        if (kind(p) != TR_TK_COMMA) {
            if (kind(p) != TR_TK_RPAR) {
                TrAst *last = args.n ? args.items[args.n - 1] : NULL;
                if (last && (!kws.n || ((TrAstKeyword *)kws.items[kws.n - 1])->value != last))
                    check_missing_comma(p, last);
                if (kws.n) check_missing_comma(p, ((TrAstKeyword *)kws.items[kws.n - 1])->value);
            }
            break;
        }
        next(p);
    }
    expect(p, TR_TK_RPAR);
    call->u.call.args = vec_list(&args);
    call->u.call.nkeywords = kws.n;
    call->u.call.keywords = GC_MALLOC(sizeof(TrAstKeyword) * (size_t)(kws.n ? kws.n : 1));
    for (int i = 0; i < kws.n; i++) call->u.call.keywords[i] = *(TrAstKeyword *)kws.items[i];
    return fin(p, call);
}

static TrAst *slice_item(Parser *p) {
    TrToken *t = peek(p);
    TrAst *lower = NULL;
    if (t->kind != TR_TK_COLON) {
        if (t->kind == TR_TK_STAR) return star_named_expression(p);
        lower = named_expression(p);
        if (kind(p) != TR_TK_COLON) return lower;
    }
    TrAst *s = node_at(TR_AST_Slice, t);
    next(p); /* ':' */
    s->u.slice.lower = lower;
    TrTokKind k = kind(p);
    if (k != TR_TK_COLON && k != TR_TK_COMMA && k != TR_TK_RSQB) s->u.slice.upper = expression(p);
    if (accept(p, TR_TK_COLON)) {
        k = kind(p);
        if (k != TR_TK_COMMA && k != TR_TK_RSQB) s->u.slice.step = expression(p);
    }
    grow(p, s, s->u.slice.lower);
    grow(p, s, s->u.slice.upper);
    grow(p, s, s->u.slice.step);
    return fin(p, s);
}

static TrAst *subscript_slices(Parser *p) {
    TrToken *start = peek(p);
    TrAst *first = slice_item(p);
    if (kind(p) != TR_TK_COMMA) {
        if (first->kind == TR_AST_Starred) {
            /* a[*b] is a one-element tuple (3.11) */
            TrAst *t = node_at(TR_AST_Tuple, start);
            Vec v = {0};
            vec_push(&v, first);
            t->u.seq.elts = vec_list(&v);
            grow(p, t, first);
            return fin(p, t);
        }
        return first;
    }
    TrAst *t = node_at(TR_AST_Tuple, start);
    Vec v = {0};
    vec_push(&v, first);
    grow(p, t, first);
    while (accept(p, TR_TK_COMMA)) {
        if (kind(p) == TR_TK_RSQB) break;
        TrAst *e = slice_item(p);
        grow(p, t, e);
        vec_push(&v, e);
    }
    t->u.seq.elts = vec_list(&v);
    return fin(p, t);
}

static TrAst *primary(Parser *p) {
    enter(p);
    TrAst *e = atom(p);
    for (;;) {
        TrTokKind k = kind(p);
        TrAst *n;
        if (k == TR_TK_DOT) {
            next(p);
            TrToken *t = peek(p);
            if (t->kind != TR_TK_NAME) syntax_error(p);
            next(p);
            n = node_from(TR_AST_Attribute, e);
            n->u.attribute.value = e;
            n->u.attribute.attr = tok_str(t);
        } else if (k == TR_TK_LPAR) {
            next(p);
            n = node_from(TR_AST_Call, e);
            n->u.call.func = e;
            grow(p, n, e);
            enter(p);
            call_args(p, n);
            leave(p);
            e = n;
            continue;
        } else if (k == TR_TK_LSQB) {
            next(p);
            n = node_from(TR_AST_Subscript, e);
            n->u.subscript.value = e;
            enter(p);
            n->u.subscript.slice = subscript_slices(p);
            leave(p);
            grow(p, n, n->u.subscript.slice);
            expect(p, TR_TK_RSQB);
        } else {
            break;
        }
        grow(p, n, e);
        e = fin(p, n);
    }
    leave(p);
    return e;
}

/* ---- operators ----------------------------------------------------------- */

static TrAst *binop(Parser *p, TrAst *l, TrAstBinOp op, TrAst *r) {
    TrAst *n = node_from(TR_AST_BinOp, l);
    n->u.binop.left = l;
    n->u.binop.op = op;
    n->u.binop.right = r;
    grow(p, n, l);
    grow(p, n, r);
    n->end_line = r->end_line;
    n->end_col = r->end_col;
    return n;
}

static TrAst *factor(Parser *p);

static TrAst *power(Parser *p) {
    TrAst *e;
    if (kind(p) == TR_KW_AWAIT) {
        TrToken *t = next(p);
        e = node_at(TR_AST_Await, t);
        e->u.yield.value = primary(p);
        grow(p, e, e->u.yield.value);
        fin(p, e);
    } else {
        e = primary(p);
    }
    if (kind(p) == TR_TK_DOUBLESTAR) {
        next(p);
        enter(p);
        TrAst *r = factor(p);
        leave(p);
        e = binop(p, e, TR_OP_POW, r);
    }
    return e;
}

static TrAst *factor(Parser *p) {
    TrToken *t = peek(p);
    TrAstUnaryOp op;
    switch (t->kind) {
    case TR_TK_PLUS: op = TR_UOP_POS; break;
    case TR_TK_MINUS: op = TR_UOP_NEG; break;
    case TR_TK_TILDE: op = TR_UOP_INVERT; break;
    default: return power(p);
    }
    next(p);
    enter(p);
    TrAst *n = node_at(TR_AST_UnaryOp, t);
    n->u.unaryop.op = op;
    n->u.unaryop.operand = factor(p);
    grow(p, n, n->u.unaryop.operand);
    leave(p);
    return fin(p, n);
}

/* One binary precedence level: the token → operator map and the next level. */
typedef struct BinLevel {
    TrTokKind tok[5];
    TrAstBinOp op[5];
    int n;
} BinLevel;
static const BinLevel LV_TERM = {{TR_TK_STAR, TR_TK_SLASH, TR_TK_DOUBLESLASH, TR_TK_PERCENT, TR_TK_AT},
                                 {TR_OP_MUL, TR_OP_TRUEDIV, TR_OP_FLOORDIV, TR_OP_MOD, TR_OP_MATMUL}, 5};
static const BinLevel LV_SUM = {{TR_TK_PLUS, TR_TK_MINUS}, {TR_OP_ADD, TR_OP_SUB}, 2};
static const BinLevel LV_SHIFT = {{TR_TK_LEFTSHIFT, TR_TK_RIGHTSHIFT}, {TR_OP_LSHIFT, TR_OP_RSHIFT}, 2};
static const BinLevel LV_AND = {{TR_TK_AMPER}, {TR_OP_BITAND}, 1};
static const BinLevel LV_XOR = {{TR_TK_CIRCUMFLEX}, {TR_OP_BITXOR}, 1};
static const BinLevel LV_OR = {{TR_TK_VBAR}, {TR_OP_BITOR}, 1};
static const BinLevel *const LEVELS[] = {&LV_OR, &LV_XOR, &LV_AND, &LV_SHIFT, &LV_SUM, &LV_TERM};
enum { NLEVELS = sizeof LEVELS / sizeof LEVELS[0] };

static TrAst *binary_level(Parser *p, int lv) {
    if (lv == NLEVELS) return factor(p);
    const BinLevel *L = LEVELS[lv];
    TrAst *e = binary_level(p, lv + 1);
    for (;;) {
        TrTokKind k = kind(p);
        int i;
        for (i = 0; i < L->n && L->tok[i] != k; i++) {
        }
        if (i == L->n) return e;
        next(p);
        e = binop(p, e, L->op[i], binary_level(p, lv + 1));
    }
}

static TrAst *bitwise_or(Parser *p) { return binary_level(p, 0); }

static int compare_op(Parser *p, TrAstCmpOp *op) {
    switch (kind(p)) {
    case TR_TK_LESS: *op = TR_CMP_LT; break;
    case TR_TK_LESSEQUAL: *op = TR_CMP_LE; break;
    case TR_TK_EQEQUAL: *op = TR_CMP_EQ; break;
    case TR_TK_NOTEQUAL: *op = TR_CMP_NE; break;
    case TR_TK_GREATER: *op = TR_CMP_GT; break;
    case TR_TK_GREATEREQUAL: *op = TR_CMP_GE; break;
    case TR_KW_IN: *op = TR_CMP_IN; break;
    case TR_KW_IS:
        if (kind_at(p, 1) == TR_KW_NOT) {
            next(p);
            *op = TR_CMP_ISNOT;
        } else {
            *op = TR_CMP_IS;
        }
        break;
    case TR_KW_NOT:
        if (kind_at(p, 1) != TR_KW_IN) return 0;
        next(p);
        *op = TR_CMP_NOTIN;
        break;
    default: return 0;
    }
    next(p);
    return 1;
}

static TrAst *comparison(Parser *p) {
    TrAst *e = bitwise_or(p);
    TrAstCmpOp op;
    if (!compare_op(p, &op)) return e;
    TrAst *n = node_from(TR_AST_Compare, e);
    n->u.compare.left = e;
    grow(p, n, e);
    int cap = 4, cnt = 0;
    TrAstCmpOp *ops = GC_MALLOC_ATOMIC(sizeof *ops * (size_t)cap);
    TrAst **rs = GC_MALLOC(sizeof *rs * (size_t)cap);
    do {
        if (cnt == cap) {
            cap *= 2;
            TrAstCmpOp *o2 = GC_MALLOC_ATOMIC(sizeof *o2 * (size_t)cap);
            TrAst **r2 = GC_MALLOC(sizeof *r2 * (size_t)cap);
            memcpy(o2, ops, sizeof *ops * (size_t)cnt);
            memcpy(r2, rs, sizeof *rs * (size_t)cnt);
            ops = o2;
            rs = r2;
        }
        ops[cnt] = op;
        rs[cnt] = bitwise_or(p);
        grow(p, n, rs[cnt]);
        cnt++;
    } while (compare_op(p, &op));
    n->u.compare.n = cnt;
    n->u.compare.ops = ops;
    n->u.compare.comparators = rs;
    return fin(p, n);
}

static TrAst *inversion(Parser *p) {
    if (kind(p) != TR_KW_NOT) return comparison(p);
    TrToken *t = next(p);
    enter(p);
    TrAst *n = node_at(TR_AST_UnaryOp, t);
    n->u.unaryop.op = TR_UOP_NOT;
    n->u.unaryop.operand = inversion(p);
    grow(p, n, n->u.unaryop.operand);
    leave(p);
    return fin(p, n);
}

static TrAst *boolop(Parser *p, TrTokKind tok, TrAstBoolOp op, TrAst *(*sub)(Parser *)) {
    TrAst *e = sub(p);
    if (kind(p) != tok) return e;
    TrAst *n = node_from(TR_AST_BoolOp, e);
    n->u.boolop.op = op;
    Vec vals = {0};
    vec_push(&vals, e);
    grow(p, n, e);
    while (accept(p, tok)) {
        TrAst *x = sub(p);
        grow(p, n, x);
        vec_push(&vals, x);
    }
    n->u.boolop.values = vec_list(&vals);
    return fin(p, n);
}
static TrAst *conjunction(Parser *p) { return boolop(p, TR_KW_AND, TR_BOOL_AND, inversion); }
static TrAst *disjunction(Parser *p) { return boolop(p, TR_KW_OR, TR_BOOL_OR, conjunction); }

/* ---- parameters ------------------------------------------------------------ */

/* Parameters of def (annotations allowed) or lambda, up to `end`. */
static TrAstArgs *parameters(Parser *p, TrTokKind end, int is_lambda) {
    TrAstArgs *a = GC_MALLOC(sizeof *a);
    Vec args = {0}, defaults = {0}, kwonly = {0}, kwdefs = {0};
    int star_seen = 0, slash_seen = 0;
    while (kind(p) != end) {
        TrToken *t = peek(p);
        if (t->kind == TR_TK_SLASH) {
            if (slash_seen) error_tok(p, t, "/ may appear only once");
            if (star_seen) error_tok(p, t, "/ must be ahead of *");
            if (args.n == 0) error_tok(p, t, "at least one argument must precede /");
            next(p);
            slash_seen = 1;
            a->nposonly = args.n;
        } else if (t->kind == TR_TK_STAR) {
            if (star_seen) error_tok(p, t, "* argument may appear only once");
            next(p);
            star_seen = 1;
            if (kind(p) == TR_TK_NAME) {
                TrToken *nt = next(p);
                TrAstArg *v = GC_MALLOC(sizeof *v);
                v->name = tok_str(nt);
                v->line = nt->line;
                v->col = nt->col;
                if (!is_lambda && accept(p, TR_TK_COLON)) {
                    if (kind(p) == TR_TK_STAR) {
                        next(p);
                        v->annotation = expression(p);
                    } else {
                        v->annotation = expression(p);
                    }
                }
                a->vararg = v;
            } else if (kind(p) == end || (kind(p) == TR_TK_COMMA && kind_at(p, 1) == end)) {
                error_tok(p, t, "named arguments must follow bare *");
            }
            if (kind(p) == TR_TK_EQUAL) error_tok(p, peek(p), "var-positional argument cannot have default value");
        } else if (t->kind == TR_TK_DOUBLESTAR) {
            next(p);
            TrToken *nt = peek(p);
            if (nt->kind != TR_TK_NAME) syntax_error(p);
            next(p);
            TrAstArg *v = GC_MALLOC(sizeof *v);
            v->name = tok_str(nt);
            v->line = nt->line;
            v->col = nt->col;
            if (!is_lambda && accept(p, TR_TK_COLON)) v->annotation = expression(p);
            if (kind(p) == TR_TK_EQUAL) error_tok(p, peek(p), "var-keyword argument cannot have default value");
            a->kwarg = v;
            accept(p, TR_TK_COMMA);
            if (kind(p) != end) {
                if (kind(p) == TR_TK_NAME || kind(p) == TR_TK_STAR || kind(p) == TR_TK_DOUBLESTAR)
                    error_tok(p, peek(p), "arguments cannot follow var-keyword argument");
                syntax_error(p);
            }
            break;
        } else if (t->kind == TR_TK_NAME) {
            next(p);
            TrAstArg *v = GC_MALLOC(sizeof *v);
            v->name = tok_str(t);
            v->line = t->line;
            v->col = t->col;
            if (!is_lambda && accept(p, TR_TK_COLON)) v->annotation = expression(p);
            TrAst *def = NULL;
            if (accept(p, TR_TK_EQUAL)) def = expression(p);
            if (star_seen) {
                vec_push(&kwonly, v);
                vec_push(&kwdefs, def);
            } else {
                if (!def && defaults.n)
                    error_tok(p, t, "non-default argument follows default argument");
                vec_push(&args, v);
                if (def) vec_push(&defaults, def);
            }
        } else {
            syntax_error(p);
        }
        if (kind(p) != TR_TK_COMMA) break;
        next(p);
    }
    a->nargs = args.n;
    a->args = GC_MALLOC(sizeof(TrAstArg) * (size_t)(args.n ? args.n : 1));
    for (int i = 0; i < args.n; i++) a->args[i] = *(TrAstArg *)args.items[i];
    a->nkwonly = kwonly.n;
    a->kwonly = GC_MALLOC(sizeof(TrAstArg) * (size_t)(kwonly.n ? kwonly.n : 1));
    a->kw_defaults = GC_MALLOC(sizeof(TrAst *) * (size_t)(kwonly.n ? kwonly.n : 1));
    for (int i = 0; i < kwonly.n; i++) {
        a->kwonly[i] = *(TrAstArg *)kwonly.items[i];
        a->kw_defaults[i] = kwdefs.items[i];
    }
    a->ndefaults = defaults.n;
    a->defaults = (TrAst **)defaults.items;
    /* duplicate names */
    const char *names[512];
    int nn = 0;
    for (int i = 0; i < a->nargs && nn < 512; i++) names[nn++] = a->args[i].name;
    if (a->vararg && nn < 512) names[nn++] = a->vararg->name;
    for (int i = 0; i < a->nkwonly && nn < 512; i++) names[nn++] = a->kwonly[i].name;
    if (a->kwarg && nn < 512) names[nn++] = a->kwarg->name;
    for (int i = 0; i < nn; i++)
        for (int j = 0; j < i; j++)
            if (!strcmp(names[i], names[j]))
                error_tok(p, prev(p), "duplicate argument '%s' in function definition", names[i]);
    return a;
}

/* ---- expressions --------------------------------------------------------- */

static TrAst *lambdef(Parser *p) {
    TrToken *t = next(p);
    TrAst *n = node_at(TR_AST_Lambda, t);
    n->u.lambda.args = parameters(p, TR_TK_COLON, 1);
    expect(p, TR_TK_COLON);
    enter(p);
    n->u.lambda.body = expression(p);
    leave(p);
    grow(p, n, n->u.lambda.body);
    return fin(p, n);
}

static TrAst *expression(Parser *p) {
    enter(p);
    if (kind(p) == TR_KW_LAMBDA) {
        TrAst *l = lambdef(p);
        leave(p);
        return l;
    }
    TrAst *e = disjunction(p);
    if (kind(p) == TR_KW_IF) {
        next(p);
        TrAst *test = disjunction(p);
        if (kind(p) != TR_KW_ELSE) {
            if (kind(p) == TR_TK_NEWLINE || kind(p) == TR_TK_RPAR || kind(p) == TR_TK_COMMA ||
                kind(p) == TR_TK_RSQB || kind(p) == TR_TK_ENDMARKER)
                error_span(p, "SyntaxError", e->line, e->col, test->end_line, test->end_col,
                           "expected 'else' after 'if' expression");
            syntax_error(p);
        }
        next(p);
        TrAst *orelse = expression(p);
        TrAst *n = node_from(TR_AST_IfExp, e);
        n->u.ifexp.test = test;
        n->u.ifexp.body = e;
        n->u.ifexp.orelse = orelse;
        grow(p, n, e);
        grow(p, n, test);
        grow(p, n, orelse);
        e = fin(p, n);
    }
    leave(p);
    return e;
}

static TrAst *named_expression(Parser *p) {
    if (kind(p) == TR_TK_NAME && kind_at(p, 1) == TR_TK_COLONEQUAL) {
        TrToken *t = next(p);
        next(p);
        TrAst *n = node_at(TR_AST_NamedExpr, t);
        n->u.namedexpr.target = name_node(p, t, TR_CTX_STORE);
        n->u.namedexpr.value = expression(p);
        grow(p, n, n->u.namedexpr.value);
        return fin(p, n);
    }
    TrAst *e = expression(p);
    if (kind(p) == TR_TK_COLONEQUAL)
        error_node(p, e, "cannot use assignment expressions with %s", expr_description(e));
    return e;
}

static TrAst *star_named_expression(Parser *p) {
    if (kind(p) == TR_TK_STAR) {
        TrToken *t = next(p);
        TrAst *n = node_at(TR_AST_Starred, t);
        n->u.starred.value = bitwise_or(p);
        grow(p, n, n->u.starred.value);
        return fin(p, n);
    }
    return named_expression(p);
}

static TrAst *star_expression(Parser *p) {
    if (kind(p) == TR_TK_STAR) {
        TrToken *t = next(p);
        TrAst *n = node_at(TR_AST_Starred, t);
        n->u.starred.value = bitwise_or(p);
        grow(p, n, n->u.starred.value);
        return fin(p, n);
    }
    return expression(p);
}

/* Can this token end a star_expressions list after a trailing comma? */
static int ends_exprlist(TrTokKind k) {
    switch (k) {
    case TR_TK_NEWLINE: case TR_TK_SEMI: case TR_TK_EQUAL: case TR_TK_RPAR: case TR_TK_RSQB:
    case TR_TK_RBRACE: case TR_TK_COLON: case TR_TK_ENDMARKER:
    case TR_TK_PLUSEQUAL: case TR_TK_MINEQUAL: case TR_TK_STAREQUAL: case TR_TK_SLASHEQUAL:
    case TR_TK_PERCENTEQUAL: case TR_TK_AMPEREQUAL: case TR_TK_VBAREQUAL:
    case TR_TK_CIRCUMFLEXEQUAL: case TR_TK_LEFTSHIFTEQUAL: case TR_TK_RIGHTSHIFTEQUAL:
    case TR_TK_DOUBLESTAREQUAL: case TR_TK_DOUBLESLASHEQUAL: case TR_TK_ATEQUAL:
        return 1;
    default:
        return 0;
    }
}

static TrAst *star_expressions(Parser *p) {
    TrAst *first = star_expression(p);
    if (kind(p) != TR_TK_COMMA) return first;
    TrAst *n = node_from(TR_AST_Tuple, first);
    Vec elts = {0};
    vec_push(&elts, first);
    grow(p, n, first);
    while (accept(p, TR_TK_COMMA)) {
        if (ends_exprlist(kind(p))) break;
        TrAst *e = star_expression(p);
        grow(p, n, e);
        vec_push(&elts, e);
    }
    n->u.seq.elts = vec_list(&elts);
    return fin(p, n);
}

static TrAst *yield_expr(Parser *p) {
    TrToken *t = next(p);
    if (accept(p, TR_KW_FROM)) {
        TrAst *n = node_at(TR_AST_YieldFrom, t);
        n->u.yield.value = expression(p);
        grow(p, n, n->u.yield.value);
        return fin(p, n);
    }
    TrAst *n = node_at(TR_AST_Yield, t);
    if (!ends_exprlist(kind(p))) {
        n->u.yield.value = star_expressions(p);
        grow(p, n, n->u.yield.value);
    }
    return fin(p, n);
}

/* ---- strings and f-strings ----------------------------------------------- */

typedef struct StrParts {
    Vec values;      /* Constant(str) and FormattedValue nodes */
    TrLexBuf lit;    /* pending literal text */
    int has_lit;
} StrParts;

static void flush_literal(Parser *p, StrParts *sp, const TrToken *t) {
    (void)p;
    if (!sp->has_lit) return;
    TrAst *c = node_at(TR_AST_Constant, t);
    c->u.constant.ckind = TR_CONST_STR;
    c->u.constant.s = sp->lit.data;
    c->u.constant.slen = sp->lit.len;
    vec_push(&sp->values, c);
    memset(&sp->lit, 0, sizeof sp->lit);
    sp->has_lit = 0;
}

static void add_literal(Parser *p, StrParts *sp, const TrToken *t, const char *body, size_t len,
                        int is_raw) {
    const char *msg = NULL;
    if (len == 0) return;
    if (tr_lexer_decode_string(body, len, 0, is_raw, &sp->lit, &msg) < 0)
        error_tok(p, t, "%s", msg);
    sp->has_lit = 1;
}

static TrAst *fstring_body(Parser *p, const TrToken *t, const char *body, size_t len,
                           int is_raw, int depth, StrParts *sp);

/* Parse "{expr[=][!c][:spec]}" starting after '{' at *pp; add a
 * FormattedValue (and for `=` the expression text) to sp. */
static void fstring_field(Parser *p, const TrToken *t, const char **pp, const char *end,
                          int is_raw, int depth, StrParts *sp) {
    const char *s = *pp, *q = s;
    int nest = 0;
    char inq = 0;
    int inq3 = 0;
    const char *expr_end = NULL;
    int self_doc = 0;
    if (depth >= 2) error_tok(p, t, "f-string: expressions nested too deeply");
    for (; q < end; q++) {
        char c = *q;
        if (inq) {
            if (c == '\\') error_tok(p, t, "f-string expression part cannot include a backslash");
            if (c == inq && (!inq3 || (q + 2 < end && q[1] == inq && q[2] == inq))) {
                if (inq3) q += 2;
                inq = 0;
            }
            continue;
        }
        if (c == '\\') error_tok(p, t, "f-string expression part cannot include a backslash");
        if (c == '\'' || c == '"') {
            inq = c;
            inq3 = q + 2 < end && q[1] == c && q[2] == c;
            if (inq3) q += 2;
            continue;
        }
        if (c == '#') error_tok(p, t, "f-string expression part cannot include '#'");
        if (c == '[' || c == '(' || c == '{') {
            nest++;
            continue;
        }
        if (c == ']' || c == ')') {
            if (nest == 0) error_tok(p, t, "f-string: unmatched '%c'", c);
            nest--;
            continue;
        }
        if (c == '}') {
            if (nest == 0) break;
            nest--;
            continue;
        }
        if (nest) continue;
        if (c == '!' && q + 1 < end && q[1] == '=') {
            q++;
            continue;
        }
        if (c == '=' && q + 1 < end && q[1] == '=') {
            q++;
            continue;
        }
        if ((c == '<' || c == '>') && q + 1 < end && q[1] == '=') {
            q++;
            continue;
        }
        if (c == '!' || c == ':') break;
        if (c == '=') {
            self_doc = 1;
            expr_end = q;
            q++;
            while (q < end && (*q == ' ' || *q == '\t' || *q == '\n')) q++;
            break;
        }
    }
    if (inq) error_tok(p, t, "f-string: unterminated string");
    if (q >= end) {
        if (nest) error_tok(p, t, "f-string: expecting '}'");
        error_tok(p, t, "f-string: expecting '}'");
    }
    if (!expr_end) expr_end = q;
    /* empty expression? */
    const char *a = s;
    while (a < expr_end && (*a == ' ' || *a == '\t' || *a == '\n')) a++;
    if (a == expr_end) error_tok(p, t, "f-string: empty expression not allowed");

    /* line of s within the token */
    const char *x = t->start;
    int line = t->line;
    if (p->line_pos && p->line_pos >= t->start && p->line_pos <= s) x = p->line_pos, line = p->line_at;
    for (; x < s; x++)
        if (*x == '\n') line++;
    p->line_pos = s;
    p->line_at = line;
    TrLexer sub;
    tr_lexer_init_sub(&sub, p->lx, s, expr_end, line);
    Parser sp2;
    memset(&sp2, 0, sizeof sp2);
    sp2.lx = &sub;
    sp2.err = p->err;
    sp2.filename = p->filename;
    sp2.jb = p->jb;
    sp2.depth = p->depth;
    sp2.in_fstring = 1;
    TrAst *value;
    if (kind(&sp2) == TR_KW_YIELD) value = yield_expr(&sp2);
    else value = star_expressions(&sp2);
    if (kind(&sp2) != TR_TK_ENDMARKER) syntax_error(&sp2);

    if (self_doc) {
        /* the expression text, `=` and the spaces around it, verbatim */
        tr_lexbuf_put(&sp->lit, s, (size_t)(q - s));
        sp->has_lit = 1;
    }
    int conversion = -1;
    if (*q == '!') {
        q++;
        if (q >= end || (*q != 's' && *q != 'r' && *q != 'a')) {
            if (q < end && *q == '}') error_tok(p, t, "f-string: missing conversion character");
            error_tok(p, t, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
        }
        conversion = *q++;
        if (q >= end || (*q != ':' && *q != '}')) error_tok(p, t, "f-string: expecting '}'");
    }
    TrAst *spec = NULL;
    if (*q == ':') {
        q++;
        /* the spec runs to the matching '}' and may hold nested fields */
        const char *ss = q;
        int n2 = 0;
        for (; q < end; q++) {
            if (*q == '{') n2++;
            else if (*q == '}') {
                if (n2 == 0) break;
                n2--;
            }
        }
        if (q >= end) error_tok(p, t, "f-string: expecting '}'");
        StrParts specparts;
        memset(&specparts, 0, sizeof specparts);
        spec = fstring_body(p, t, ss, (size_t)(q - ss), is_raw, depth + 1, &specparts);
    }
    if (q >= end || *q != '}') error_tok(p, t, "f-string: expecting '}'");
    q++;
    if (self_doc && conversion == -1 && !spec) conversion = 'r';
    flush_literal(p, sp, t);
    TrAst *fv = node_at(TR_AST_FormattedValue, t);
    fv->u.formatted.value = value;
    fv->u.formatted.conversion = conversion;
    fv->u.formatted.format_spec = spec;
    fv->height = value->height + 1 + (spec ? spec->height : 0);
    fv->end_line = t->end_line;
    fv->end_col = t->end_col;
    vec_push(&sp->values, fv);
    *pp = q;
}

/* Split an f-string body into literal pieces and fields; returns a
 * JoinedStr of sp's values (used for nested format specs; the top level
 * reads sp directly). */
static TrAst *fstring_body(Parser *p, const TrToken *t, const char *body, size_t len,
                           int is_raw, int depth, StrParts *sp) {
    const char *q = body, *end = body + len, *lit = body;
    while (q < end) {
        char c = *q;
        if (c == '\\' && !is_raw && q + 1 < end) {
            if (q[1] == 'N' && q + 2 < end && q[2] == '{') {
                const char *r = memchr(q, '}', (size_t)(end - q));
                q = r ? r + 1 : end;
                continue;
            }
            q += 2;
            continue;
        }
        if (c == '{') {
            add_literal(p, sp, t, lit, (size_t)(q - lit), is_raw);
            if (q + 1 < end && q[1] == '{' && depth == 0) {
                tr_lexbuf_putc(&sp->lit, '{');
                sp->has_lit = 1;
                q += 2;
                lit = q;
                continue;
            }
            q++;
            fstring_field(p, t, &q, end, is_raw, depth, sp);
            lit = q;
            continue;
        }
        if (c == '}') {
            add_literal(p, sp, t, lit, (size_t)(q - lit), is_raw);
            if (q + 1 < end && q[1] == '}' && depth == 0) {
                tr_lexbuf_putc(&sp->lit, '}');
                sp->has_lit = 1;
                q += 2;
                lit = q;
                continue;
            }
            error_tok(p, t, "f-string: single '}' is not allowed");
        }
        q++;
    }
    add_literal(p, sp, t, lit, (size_t)(end - lit), is_raw);
    if (depth == 0) return NULL;
    flush_literal(p, sp, t);
    TrAst *js = node_at(TR_AST_JoinedStr, t);
    js->u.joinedstr.values = vec_list(&sp->values);
    for (int i = 0; i < sp->values.n; i++) grow(p, js, sp->values.items[i]);
    return js;
}

/* Adjacent string literals: one Constant (str or bytes) or a JoinedStr. */
static TrAst *strings(Parser *p) {
    TrToken *first = peek(p);
    StrParts sp;
    memset(&sp, 0, sizeof sp);
    int any_f = 0, bytes = -1;
    TrLexBuf bbuf = {0};
    while (kind(p) == TR_TK_STRING) {
        TrToken *t = next(p);
        TrStrLit sl;
        tr_lexer_split_string(t, &sl);
        if (bytes == -1) bytes = sl.is_bytes;
        else if (bytes != sl.is_bytes) error_tok(p, t, "cannot mix bytes and nonbytes literals");
        if (sl.is_bytes) {
            const char *msg = NULL;
            for (size_t i = 0; i < sl.body_len; i++)
                if ((unsigned char)sl.body[i] >= 0x80)
                    error_tok(p, t, "bytes can only contain ASCII literal characters");
            if (tr_lexer_decode_string(sl.body, sl.body_len, 1, sl.is_raw, &bbuf, &msg) < 0)
                error_tok(p, t, "%s", msg);
        } else if (sl.is_fstring) {
            any_f = 1;
            fstring_body(p, t, sl.body, sl.body_len, sl.is_raw, 0, &sp);
        } else {
            add_literal(p, &sp, t, sl.body, sl.body_len, sl.is_raw);
        }
    }
    TrAst *n = node_at(TR_AST_Constant, first);
    if (bytes == 1) {
        n->u.constant.ckind = TR_CONST_BYTES;
        if (!bbuf.data) tr_lexbuf_put(&bbuf, "", 0);
        n->u.constant.s = bbuf.data;
        n->u.constant.slen = bbuf.len;
        return fin(p, n);
    }
    if (!any_f) {
        n->u.constant.ckind = TR_CONST_STR;
        if (!sp.lit.data) tr_lexbuf_put(&sp.lit, "", 0);
        n->u.constant.s = sp.lit.data;
        n->u.constant.slen = sp.lit.len;
        return fin(p, n);
    }
    flush_literal(p, &sp, first);
    n->kind = TR_AST_JoinedStr;
    n->u.joinedstr.values = vec_list(&sp.values);
    for (int i = 0; i < sp.values.n; i++) grow(p, n, sp.values.items[i]);
    return fin(p, n);
}

/* ---- simple statements ---------------------------------------------------- */

static TrAst *stmt_at(TrAstKind k, const TrToken *t) { return node_at(k, t); }

static int augassign_op(TrTokKind k, TrAstBinOp *op) {
    switch (k) {
    case TR_TK_PLUSEQUAL: *op = TR_OP_ADD; return 1;
    case TR_TK_MINEQUAL: *op = TR_OP_SUB; return 1;
    case TR_TK_STAREQUAL: *op = TR_OP_MUL; return 1;
    case TR_TK_SLASHEQUAL: *op = TR_OP_TRUEDIV; return 1;
    case TR_TK_DOUBLESLASHEQUAL: *op = TR_OP_FLOORDIV; return 1;
    case TR_TK_PERCENTEQUAL: *op = TR_OP_MOD; return 1;
    case TR_TK_DOUBLESTAREQUAL: *op = TR_OP_POW; return 1;
    case TR_TK_LEFTSHIFTEQUAL: *op = TR_OP_LSHIFT; return 1;
    case TR_TK_RIGHTSHIFTEQUAL: *op = TR_OP_RSHIFT; return 1;
    case TR_TK_AMPEREQUAL: *op = TR_OP_BITAND; return 1;
    case TR_TK_VBAREQUAL: *op = TR_OP_BITOR; return 1;
    case TR_TK_CIRCUMFLEXEQUAL: *op = TR_OP_BITXOR; return 1;
    case TR_TK_ATEQUAL: *op = TR_OP_MATMUL; return 1;
    default: return 0;
    }
}

static TrAst *rhs(Parser *p) {
    if (kind(p) == TR_KW_YIELD) return yield_expr(p);
    return star_expressions(p);
}

static TrAst *expr_or_assign_stmt(Parser *p) {
    TrToken *t0 = peek(p);
    TrAst *e = rhs(p);
    TrAstBinOp op;
    if (kind(p) == TR_TK_EQUAL) {
        Vec targets = {0};
        TrAst *value = e;
        while (accept(p, TR_TK_EQUAL)) {
            vec_push(&targets, value);
            value = rhs(p);
        }
        for (int i = 0; i < targets.n; i++) {
            TrAst *tg = targets.items[i];
            if (tg->kind == TR_AST_Yield || tg->kind == TR_AST_YieldFrom)
                error_node(p, tg, "assignment to yield expression not possible");
            set_ctx(p, tg, TR_CTX_STORE, 1, 1);
        }
        TrAst *s = stmt_at(TR_AST_Assign, t0);
        s->u.assign.targets = vec_list(&targets);
        s->u.assign.value = value;
        return fin(p, s);
    }
    if (augassign_op(kind(p), &op)) {
        if (e->kind != TR_AST_Name && e->kind != TR_AST_Attribute && e->kind != TR_AST_Subscript)
            error_node(p, e, "'%s' is an illegal expression for augmented assignment",
                       e->kind == TR_AST_Tuple ? "tuple" : e->kind == TR_AST_List ? "list"
                                                                             : expr_description(e));
        next(p);
        set_ctx(p, e, TR_CTX_STORE, 1, 0);
        TrAst *s = stmt_at(TR_AST_AugAssign, t0);
        s->u.augassign.target = e;
        s->u.augassign.op = op;
        s->u.augassign.value = rhs(p);
        return fin(p, s);
    }
    if (kind(p) == TR_TK_COLON) {
        /* annotated assignment */
        if (e->kind == TR_AST_Tuple)
            error_node(p, e, "only single target (not tuple) can be annotated");
        if (e->kind == TR_AST_List)
            error_node(p, e, "only single target (not list) can be annotated");
        if (e->kind != TR_AST_Name && e->kind != TR_AST_Attribute && e->kind != TR_AST_Subscript)
            error_node(p, e, "illegal target for annotation");
        next(p);
        TrAst *s = stmt_at(TR_AST_AnnAssign, t0);
        set_ctx(p, e, TR_CTX_STORE, 1, 0);
        s->u.annassign.target = e;
        s->u.annassign.simple = e->kind == TR_AST_Name && t0->kind != TR_TK_LPAR;
        s->u.annassign.annotation = expression(p);
        if (accept(p, TR_TK_EQUAL)) s->u.annassign.value = rhs(p);
        return fin(p, s);
    }
    /* print "x" → CPython's hint */
    if (e->kind == TR_AST_Name && (!strcmp(e->u.name.id, "print") || !strcmp(e->u.name.id, "exec")) &&
        starts_expression(kind(p))) {
        TrAst *arg = expression(p);
        error_span(p, "SyntaxError", e->line, e->col, arg->end_line, arg->end_col,
                   "Missing parentheses in call to '%s'. Did you mean %s(...)?", e->u.name.id,
                   e->u.name.id);
    }
    TrAst *s = stmt_at(TR_AST_ExprStmt, t0);
    s->u.exprstmt.value = e;
    return fin(p, s);
}

static const char *dotted_name(Parser *p) {
    TrLexBuf b = {0};
    TrToken *t = peek(p);
    if (t->kind != TR_TK_NAME) syntax_error(p);
    next(p);
    tr_lexbuf_put(&b, t->start, t->len);
    while (kind(p) == TR_TK_DOT) {
        next(p);
        t = peek(p);
        if (t->kind != TR_TK_NAME) syntax_error(p);
        next(p);
        tr_lexbuf_putc(&b, '.');
        tr_lexbuf_put(&b, t->start, t->len);
    }
    return b.data;
}

static TrAstAlias *aliases(Parser *p, int dotted, int *count, int in_parens) {
    Vec v = {0};
    for (;;) {
        TrAstAlias *a = GC_MALLOC(sizeof *a);
        a->name = dotted ? dotted_name(p) : expect_name(p);
        if (accept(p, TR_KW_AS)) a->asname = expect_name(p);
        vec_push(&v, a);
        if (kind(p) != TR_TK_COMMA) break;
        next(p);
        if (in_parens && kind(p) == TR_TK_RPAR) break;
        if (!in_parens && !dotted && kind(p) == TR_TK_NEWLINE)
            error_tok(p, prev(p), "trailing comma not allowed without surrounding parentheses");
    }
    TrAstAlias *arr = GC_MALLOC(sizeof *arr * (size_t)v.n);
    for (int i = 0; i < v.n; i++) arr[i] = *(TrAstAlias *)v.items[i];
    *count = v.n;
    return arr;
}

static TrAst *import_stmt(Parser *p) {
    TrToken *t = next(p);
    TrAst *s = stmt_at(TR_AST_Import, t);
    s->u.import.names = aliases(p, 1, &s->u.import.nnames, 0);
    return fin(p, s);
}

static TrAst *from_stmt(Parser *p) {
    TrToken *t = next(p);
    TrAst *s = stmt_at(TR_AST_ImportFrom, t);
    int level = 0;
    for (;;) {
        if (accept(p, TR_TK_DOT)) level++;
        else if (accept(p, TR_TK_ELLIPSIS)) level += 3;
        else break;
    }
    s->u.importfrom.level = level;
    if (kind(p) != TR_KW_IMPORT) s->u.importfrom.module = dotted_name(p);
    else if (level == 0) syntax_error(p);
    expect(p, TR_KW_IMPORT);
    if (kind(p) == TR_TK_STAR) {
        next(p);
        TrAstAlias *a = GC_MALLOC(sizeof *a);
        a->name = "*";
        s->u.importfrom.names = a;
        s->u.importfrom.nnames = 1;
    } else if (accept(p, TR_TK_LPAR)) {
        s->u.importfrom.names = aliases(p, 0, &s->u.importfrom.nnames, 1);
        expect(p, TR_TK_RPAR);
    } else {
        s->u.importfrom.names = aliases(p, 0, &s->u.importfrom.nnames, 0);
    }
    return fin(p, s);
}

static TrAst *del_stmt(Parser *p) {
    TrToken *t = next(p);
    TrAst *s = stmt_at(TR_AST_Delete, t);
    Vec v = {0};
    for (;;) {
        TrAst *e = bitwise_or(p);
        set_ctx(p, e, TR_CTX_DEL, 1, 0);
        vec_push(&v, e);
        if (kind(p) != TR_TK_COMMA) break;
        next(p);
        if (kind(p) == TR_TK_NEWLINE || kind(p) == TR_TK_SEMI) break;
    }
    if (kind(p) != TR_TK_NEWLINE && kind(p) != TR_TK_SEMI && kind(p) != TR_TK_ENDMARKER) {
        syntax_error(p);
    }
    s->u.del.targets = vec_list(&v);
    return fin(p, s);
}

static TrAst *global_stmt(Parser *p, TrAstKind k) {
    TrToken *t = next(p);
    TrAst *s = stmt_at(k, t);
    Vec v = {0};
    do {
        vec_push(&v, (void *)expect_name(p));
    } while (accept(p, TR_TK_COMMA));
    s->u.global.nnames = v.n;
    s->u.global.names = (const char **)v.items;
    return fin(p, s);
}

static TrAst *simple_stmt(Parser *p) {
    TrToken *t = peek(p);
    TrAst *s;
    switch (t->kind) {
    case TR_KW_PASS:
        next(p);
        return fin(p, stmt_at(TR_AST_Pass, t));
    case TR_KW_BREAK:
        next(p);
        return fin(p, stmt_at(TR_AST_Break, t));
    case TR_KW_CONTINUE:
        next(p);
        return fin(p, stmt_at(TR_AST_Continue, t));
    case TR_KW_RETURN:
        next(p);
        s = stmt_at(TR_AST_Return, t);
        if (!ends_exprlist(kind(p))) s->u.ret.value = star_expressions(p);
        return fin(p, s);
    case TR_KW_RAISE:
        next(p);
        s = stmt_at(TR_AST_Raise, t);
        if (!ends_exprlist(kind(p))) {
            s->u.raise.exc = expression(p);
            if (accept(p, TR_KW_FROM)) s->u.raise.cause = expression(p);
        }
        return fin(p, s);
    case TR_KW_GLOBAL: return global_stmt(p, TR_AST_Global);
    case TR_KW_NONLOCAL: return global_stmt(p, TR_AST_Nonlocal);
    case TR_KW_DEL: return del_stmt(p);
    case TR_KW_ASSERT:
        next(p);
        s = stmt_at(TR_AST_Assert, t);
        s->u.assertstmt.test = expression(p);
        if (accept(p, TR_TK_COMMA)) s->u.assertstmt.msg = expression(p);
        return fin(p, s);
    case TR_KW_IMPORT: return import_stmt(p);
    case TR_KW_FROM: return from_stmt(p);
    default: return expr_or_assign_stmt(p);
    }
}

/* simple_stmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE */
static void simple_stmts(Parser *p, Vec *out) {
    for (;;) {
        vec_push(out, simple_stmt(p));
        if (kind(p) == TR_TK_SEMI) {
            next(p);
            if (kind(p) == TR_TK_NEWLINE || kind(p) == TR_TK_ENDMARKER) break;
            continue;
        }
        break;
    }
    if (kind(p) == TR_TK_ENDMARKER) return;
    if (kind(p) != TR_TK_NEWLINE) syntax_error(p);
    next(p);
}

/* ---- compound statements ------------------------------------------------- */

/* ':' followed by an indented block or simple statements on the same line. */
static TrAstList block(Parser *p, const TrToken *kw, const char *what) {
    Vec v = {0};
    if (kind(p) == TR_TK_NEWLINE) {
        next(p);
        if (kind(p) != TR_TK_INDENT) {
            TrToken *t = peek(p);
            tr_syntax_error_set(p->err, "IndentationError", p->filename, t->line, t->line_start,
                                tok_offset(t), tok_end_offset(t),
                                "expected an indented block after %s on line %d", what, kw->line);
            p->generic = 0;
            bail(p);
        }
        next(p);
        enter(p);
        while (kind(p) != TR_TK_DEDENT && kind(p) != TR_TK_ENDMARKER) statement(p, &v);
        leave(p);
        accept(p, TR_TK_DEDENT);
    } else {
        simple_stmts(p, &v);
    }
    return vec_list(&v);
}

static void expect_colon(Parser *p) { expect(p, TR_TK_COLON); }

static TrAst *if_stmt(Parser *p) {
    TrToken *t = next(p); /* if / elif */
    TrAst *s = stmt_at(TR_AST_If, t);
    s->u.ifstmt.test = named_expression(p);
    if (kind(p) == TR_TK_EQUAL)
        error_span(p, "SyntaxError", s->u.ifstmt.test->line, s->u.ifstmt.test->col,
                   peek(p)->end_line, peek(p)->end_col,
                   "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    expect_colon(p);
    s->u.ifstmt.body = block(p, t, t->kind == TR_KW_IF ? "'if' statement" : "'elif' statement");
    if (kind(p) == TR_KW_ELIF) {
        TrAst *e = if_stmt(p);
        Vec v = {0};
        vec_push(&v, e);
        s->u.ifstmt.orelse = vec_list(&v);
    } else if (kind(p) == TR_KW_ELSE) {
        TrToken *et = next(p);
        expect_colon(p);
        s->u.ifstmt.orelse = block(p, et, "'else' statement");
    }
    return fin(p, s);
}

static TrAst *while_stmt(Parser *p) {
    TrToken *t = next(p);
    TrAst *s = stmt_at(TR_AST_While, t);
    s->u.whileloop.test = named_expression(p);
    if (kind(p) == TR_TK_EQUAL)
        error_span(p, "SyntaxError", s->u.whileloop.test->line, s->u.whileloop.test->col,
                   peek(p)->end_line, peek(p)->end_col,
                   "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    expect_colon(p);
    s->u.whileloop.body = block(p, t, "'while' statement");
    if (kind(p) == TR_KW_ELSE) {
        TrToken *et = next(p);
        expect_colon(p);
        s->u.whileloop.orelse = block(p, et, "'else' statement");
    }
    return fin(p, s);
}

static TrAst *for_stmt(Parser *p) {
    TrToken *t = next(p);
    TrAst *s = stmt_at(TR_AST_For, t);
    s->u.forloop.target = star_targets(p);
    if (kind(p) != TR_KW_IN) syntax_error(p);
    next(p);
    s->u.forloop.iter = star_expressions(p);
    expect_colon(p);
    s->u.forloop.body = block(p, t, "'for' statement");
    if (kind(p) == TR_KW_ELSE) {
        TrToken *et = next(p);
        expect_colon(p);
        s->u.forloop.orelse = block(p, et, "'else' statement");
    }
    return fin(p, s);
}

static TrAstWithItem with_item(Parser *p) {
    TrAstWithItem it = {0};
    it.context_expr = expression(p);
    if (accept(p, TR_KW_AS)) {
        /* one target: `with a as x, b as y` has two items, not a tuple */
        TrAst *tg = bitwise_or(p);
        set_ctx(p, tg, TR_CTX_STORE, 1, 0);
        it.optional_vars = tg;
    }
    return it;
}

/* Index (relative to pos) of the token after the bracket matching the one
 * at pos, or -1. */
static int after_matching(Parser *p) {
    int depth = 0;
    for (int k = 0;; k++) {
        TrTokKind kk = kind_at(p, k);
        if (kk == TR_TK_ENDMARKER || kk == TR_TK_ERRORTOKEN || kk == TR_TK_NEWLINE) return -1;
        if (kk == TR_TK_LPAR || kk == TR_TK_LSQB || kk == TR_TK_LBRACE) depth++;
        else if (kk == TR_TK_RPAR || kk == TR_TK_RSQB || kk == TR_TK_RBRACE) {
            if (--depth == 0) return k + 1;
        }
    }
}

static TrAst *with_stmt(Parser *p) {
    TrToken *t = next(p);
    TrAst *s = stmt_at(TR_AST_With, t);
    Vec items = {0};
    int parenthesized = 0;
    if (kind(p) == TR_TK_LPAR) {
        int k = after_matching(p);
        if (k > 0 && kind_at(p, k) == TR_TK_COLON) {
            /* `with (a, b as c):` — but `with (a):` and `with (a, b):` are
             * expressions when no item has `as`; both parse the same way */
            int has_as = 0;
            for (int i = 1; i < k - 1; i++)
                if (kind_at(p, i) == TR_KW_AS) has_as = 1;
            parenthesized = has_as;
        }
    }
    if (parenthesized) {
        next(p);
        for (;;) {
            TrAstWithItem *it = GC_MALLOC(sizeof *it);
            *it = with_item(p);
            vec_push(&items, it);
            if (!accept(p, TR_TK_COMMA)) break;
            if (kind(p) == TR_TK_RPAR) break;
        }
        expect(p, TR_TK_RPAR);
    } else {
        for (;;) {
            TrAstWithItem *it = GC_MALLOC(sizeof *it);
            *it = with_item(p);
            vec_push(&items, it);
            if (!accept(p, TR_TK_COMMA)) break;
        }
    }
    expect_colon(p);
    s->u.with.nitems = items.n;
    s->u.with.items = GC_MALLOC(sizeof(TrAstWithItem) * (size_t)items.n);
    for (int i = 0; i < items.n; i++) s->u.with.items[i] = *(TrAstWithItem *)items.items[i];
    s->u.with.body = block(p, t, "'with' statement");
    return fin(p, s);
}

static TrAst *try_stmt(Parser *p) {
    TrToken *t = next(p);
    TrAst *s = stmt_at(TR_AST_Try, t);
    expect_colon(p);
    s->u.trystmt.body = block(p, t, "'try' statement");
    Vec hs = {0};
    while (kind(p) == TR_KW_EXCEPT) {
        TrToken *et = next(p);
        if (kind(p) == TR_TK_STAR) error_tok(p, peek(p), "except* is not supported");
        TrAstHandler *h = GC_MALLOC(sizeof *h);
        h->line = et->line;
        h->col = et->col;
        if (kind(p) != TR_TK_COLON) {
            TrAst *ty = expression(p);
            if (kind(p) == TR_TK_COMMA) {
                /* except A, B: → CPython's message */
                TrAst *first = ty;
                next(p);
                TrAst *last = expression(p);
                while (accept(p, TR_TK_COMMA)) last = expression(p);
                error_span(p, "SyntaxError", first->line, first->col, last->end_line,
                           last->end_col, "multiple exception types must be parenthesized");
            }
            h->type = ty;
            if (accept(p, TR_KW_AS)) h->name = expect_name(p);
        }
        expect_colon(p);
        h->body = block(p, et, "'except' statement");
        vec_push(&hs, h);
        if (!h->type && kind(p) == TR_KW_EXCEPT)
            error_tok(p, et, "default 'except:' must be last");
    }
    s->u.trystmt.nhandlers = hs.n;
    s->u.trystmt.handlers = GC_MALLOC(sizeof(TrAstHandler) * (size_t)(hs.n ? hs.n : 1));
    for (int i = 0; i < hs.n; i++) s->u.trystmt.handlers[i] = *(TrAstHandler *)hs.items[i];
    if (kind(p) == TR_KW_ELSE) {
        if (!hs.n) syntax_error(p);
        TrToken *et = next(p);
        expect_colon(p);
        s->u.trystmt.orelse = block(p, et, "'else' statement");
    }
    if (kind(p) == TR_KW_FINALLY) {
        TrToken *ft = next(p);
        expect_colon(p);
        s->u.trystmt.finalbody = block(p, ft, "'finally' statement");
    }
    if (!hs.n && !s->u.trystmt.finalbody.n) {
        TrToken *x = peek(p);
        error_tok(p, x, "expected 'except' or 'finally' block");
    }
    return fin(p, s);
}

static TrAst *funcdef(Parser *p, TrAstList decorators, const TrToken *start) {
    TrToken *t = next(p); /* def */
    TrAst *s = stmt_at(TR_AST_FunctionDef, start ? start : t);
    s->u.funcdef.name = s->u.funcdef.bind_name = expect_name(p);
    s->u.funcdef.decorators = decorators;
    expect(p, TR_TK_LPAR);
    s->u.funcdef.args = parameters(p, TR_TK_RPAR, 0);
    expect(p, TR_TK_RPAR);
    if (accept(p, TR_TK_RARROW)) s->u.funcdef.returns = expression(p);
    expect_colon(p);
    s->u.funcdef.body = block(p, t, "function definition");
    return fin(p, s);
}

static TrAst *classdef(Parser *p, TrAstList decorators, const TrToken *start) {
    TrToken *t = next(p); /* class */
    TrAst *s = stmt_at(TR_AST_ClassDef, start ? start : t);
    s->u.classdef.name = s->u.classdef.bind_name = expect_name(p);
    s->u.classdef.decorators = decorators;
    s->u.classdef.keywords = GC_MALLOC(sizeof(TrAstKeyword));
    if (accept(p, TR_TK_LPAR)) {
        TrAst tmp;
        memset(&tmp, 0, sizeof tmp);
        tmp.kind = TR_AST_Call;
        tmp.line = t->line;
        tmp.col = t->col;
        call_args(p, &tmp);
        for (int i = 0; i < tmp.u.call.args.n; i++)
            if (tmp.u.call.args.items[i]->kind == TR_AST_GeneratorExp)
                error_node(p, tmp.u.call.args.items[i], "invalid syntax");
        s->u.classdef.bases = tmp.u.call.args;
        s->u.classdef.nkeywords = tmp.u.call.nkeywords;
        s->u.classdef.keywords = tmp.u.call.keywords;
    }
    expect_colon(p);
    s->u.classdef.body = block(p, t, "class definition");
    return fin(p, s);
}

static TrAst *decorated(Parser *p) {
    TrToken *start = peek(p);
    Vec decs = {0};
    while (kind(p) == TR_TK_AT) {
        next(p);
        vec_push(&decs, named_expression(p));
        if (kind(p) != TR_TK_NEWLINE) syntax_error(p);
        next(p);
    }
    TrAstList dl = vec_list(&decs);
    if (kind(p) == TR_KW_DEF) return funcdef(p, dl, start);
    if (kind(p) == TR_KW_CLASS) return classdef(p, dl, start);
    if (kind(p) == TR_KW_ASYNC) error_tok(p, peek(p), "'async def' is not supported");
    syntax_error(p);
}

static void statement(Parser *p, Vec *out) {
    TrAstList none = {0, NULL};
    enter(p);
    switch (kind(p)) {
    case TR_KW_IF: vec_push(out, if_stmt(p)); break;
    case TR_KW_WHILE: vec_push(out, while_stmt(p)); break;
    case TR_KW_FOR: vec_push(out, for_stmt(p)); break;
    case TR_KW_TRY: vec_push(out, try_stmt(p)); break;
    case TR_KW_WITH: vec_push(out, with_stmt(p)); break;
    case TR_KW_DEF: vec_push(out, funcdef(p, none, NULL)); break;
    case TR_KW_CLASS: vec_push(out, classdef(p, none, NULL)); break;
    case TR_TK_AT: vec_push(out, decorated(p)); break;
    case TR_KW_ASYNC: error_tok(p, peek(p), "'async' statements are not supported");
    case TR_KW_ELSE: case TR_KW_ELIF: case TR_KW_EXCEPT: case TR_KW_FINALLY:
    case TR_TK_INDENT:
        syntax_error(p);
    default: simple_stmts(p, out); break;
    }
    leave(p);
}

/* ---- entry ----------------------------------------------------------------- */

/* After a generic error CPython tokenizes the rest of the input: a later
 * tokenizer error may be the one reported. */
static void drain_after_generic(Parser *p) {
    TrSyntaxError lexerr;
    memset(&lexerr, 0, sizeof lexerr);
    p->lx->err = &lexerr;
    int errline = p->err->line;
    TrToken t;
    for (int guard = 0; guard < 10000000; guard++) {
        TrTokKind k = tr_lexer_next(p->lx, &t);
        if (k == TR_TK_ENDMARKER) break;
        if (k == TR_TK_ERRORTOKEN) {
            if (p->lx->fail_class == TR_LEXFAIL_DIRECT ||
                (p->lx->fail_class == TR_LEXFAIL_UNCLOSED && lexerr.line < errline))
                *p->err = lexerr;
            break;
        }
    }
}

TrAstModule *tr_parse(const char *src, size_t len, const char *filename, int mode,
                      TrSyntaxError *err) {
    size_t plen;
    char *buf = tr_lexer_prepare(src, len, filename, err, &plen);
    if (!buf) return NULL;
    TrLexer lx;
    tr_lexer_init(&lx, buf, plen, filename, err);
    Parser p;
    memset(&p, 0, sizeof p);
    p.lx = &lx;
    p.err = err;
    p.filename = filename;
    jmp_buf jb;
    p.jb = &jb;
    TrAstModule *m = GC_MALLOC(sizeof *m);
    Vec body = {0};
    if (setjmp(jb)) {
        if (p.generic && !lx.failed) drain_after_generic(&p);
        return NULL;
    }
    if (mode == 2) {
        while (accept(&p, TR_TK_NEWLINE)) {
        }
        TrToken *t = peek(&p);
        TrAst *e = star_expressions(&p);
        while (accept(&p, TR_TK_NEWLINE)) {
        }
        if (kind(&p) != TR_TK_ENDMARKER) syntax_error(&p);
        TrAst *s = stmt_at(TR_AST_ExprStmt, t);
        s->u.exprstmt.value = e;
        fin(&p, s);
        vec_push(&body, s);
    } else if (mode == 1) {
        while (accept(&p, TR_TK_NEWLINE)) {
        }
        if (kind(&p) != TR_TK_ENDMARKER) statement(&p, &body);
        while (accept(&p, TR_TK_NEWLINE)) {
        }
        if (kind(&p) != TR_TK_ENDMARKER) {
            TrToken *t = peek(&p);
            error_tok(&p, t, "multiple statements found while compiling a single statement");
        }
    } else {
        for (;;) {
            while (accept(&p, TR_TK_NEWLINE)) {
            }
            if (kind(&p) == TR_TK_ENDMARKER) break;
            statement(&p, &body);
        }
    }
    m->body = vec_list(&body);
    return m;
}
