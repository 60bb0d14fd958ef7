/* tr_ast.c — node kind names and a compact tree dump.
 *
 * The dump is the parser's observable output for unit tests and for
 * `tauraro --dump-ast`: one s-expression per node, fields in declaration
 * order, so a test can assert the exact shape a source text parses to. */
#include "tr_ast.h"

#include <string.h>

static const char *const kind_names[] = {
#define TR_AST_NAME(k) #k,
    TR_AST_KINDS(TR_AST_NAME)
#undef TR_AST_NAME
};

const char *tr_ast_kind_name(TrAstKind k) {
    return (unsigned)k < TR_AST_KIND_COUNT ? kind_names[k] : "?";
}

static const char *const binop_names[] = {"+", "-", "*", "/", "//", "%", "**",
                                          "<<", ">>", "&", "|", "^", "@"};
static const char *const unop_names[] = {"-", "+", "~", "not"};
static const char *const cmp_names[] = {"<", "<=", "==", "!=", ">", ">=",
                                        "is", "is not", "in", "not in"};

static void dump(FILE *out, const TrAst *n);

static void dump_list(FILE *out, const TrAstList *l) {
    fputc('[', out);
    for (int i = 0; i < l->n; i++) {
        if (i) fputc(' ', out);
        dump(out, l->items[i]);
    }
    fputc(']', out);
}

static void dump_opt(FILE *out, const TrAst *n) {
    if (n) dump(out, n);
    else fputs("-", out);
}

static void dump_bytes(FILE *out, const char *s, size_t n) {
    fputc('"', out);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\') fprintf(out, "\\%c", c);
        else if (c < 0x20 || c == 0x7f) fprintf(out, "\\x%02x", c);
        else fputc(c, out);
    }
    fputc('"', out);
}

static void dump_args(FILE *out, const TrAstArgs *a) {
    fputs("(args", out);
    for (int i = 0; i < a->nargs; i++) {
        fprintf(out, " %s", a->args[i].name);
        if (i + 1 == a->nposonly) fputs(" /", out);
    }
    if (a->vararg) fprintf(out, " *%s", a->vararg->name);
    else if (a->nkwonly) fputs(" *", out);
    for (int i = 0; i < a->nkwonly; i++) {
        fprintf(out, " %s", a->kwonly[i].name);
        if (a->kw_defaults[i]) {
            fputc('=', out);
            dump(out, a->kw_defaults[i]);
        }
    }
    if (a->kwarg) fprintf(out, " **%s", a->kwarg->name);
    if (a->ndefaults) {
        fputs(" defaults ", out);
        TrAstList l = {a->ndefaults, a->defaults};
        dump_list(out, &l);
    }
    fputc(')', out);
}

static void dump_keywords(FILE *out, int n, const TrAstKeyword *k) {
    for (int i = 0; i < n; i++) {
        fprintf(out, " %s=", k[i].name ? k[i].name : "**");
        dump(out, k[i].value);
    }
}

static void dump_comp(FILE *out, const TrAst *n) {
    for (int i = 0; i < n->u.comp.ngens; i++) {
        const TrAstComprehension *g = &n->u.comp.gens[i];
        fputs(" (for ", out);
        dump(out, g->target);
        fputc(' ', out);
        dump(out, g->iter);
        if (g->ifs.n) {
            fputs(" if ", out);
            dump_list(out, &g->ifs);
        }
        fputc(')', out);
    }
}

static void dump(FILE *out, const TrAst *n) {
    fprintf(out, "(%s", tr_ast_kind_name(n->kind));
    switch (n->kind) {
    case TR_AST_FunctionDef:
        fprintf(out, " %s ", n->u.funcdef.name);
        dump_args(out, n->u.funcdef.args);
        fputc(' ', out);
        dump_list(out, &n->u.funcdef.decorators);
        fputc(' ', out);
        dump_list(out, &n->u.funcdef.body);
        break;
    case TR_AST_ClassDef:
        fprintf(out, " %s ", n->u.classdef.name);
        dump_list(out, &n->u.classdef.bases);
        dump_keywords(out, n->u.classdef.nkeywords, n->u.classdef.keywords);
        fputc(' ', out);
        dump_list(out, &n->u.classdef.body);
        break;
    case TR_AST_Return: fputc(' ', out); dump_opt(out, n->u.ret.value); break;
    case TR_AST_Delete: fputc(' ', out); dump_list(out, &n->u.del.targets); break;
    case TR_AST_Assign:
        fputc(' ', out);
        dump_list(out, &n->u.assign.targets);
        fputc(' ', out);
        dump(out, n->u.assign.value);
        break;
    case TR_AST_AugAssign:
        fputc(' ', out);
        dump(out, n->u.augassign.target);
        fprintf(out, " %s= ", binop_names[n->u.augassign.op]);
        dump(out, n->u.augassign.value);
        break;
    case TR_AST_AnnAssign:
        fputc(' ', out);
        dump(out, n->u.annassign.target);
        fputc(' ', out);
        dump(out, n->u.annassign.annotation);
        fputc(' ', out);
        dump_opt(out, n->u.annassign.value);
        break;
    case TR_AST_For:
        fputc(' ', out);
        dump(out, n->u.forloop.target);
        fputc(' ', out);
        dump(out, n->u.forloop.iter);
        fputc(' ', out);
        dump_list(out, &n->u.forloop.body);
        fputc(' ', out);
        dump_list(out, &n->u.forloop.orelse);
        break;
    case TR_AST_While:
    case TR_AST_If:
        fputc(' ', out);
        dump(out, n->u.ifstmt.test);
        fputc(' ', out);
        dump_list(out, &n->u.ifstmt.body);
        fputc(' ', out);
        dump_list(out, &n->u.ifstmt.orelse);
        break;
    case TR_AST_With:
        for (int i = 0; i < n->u.with.nitems; i++) {
            fputc(' ', out);
            dump(out, n->u.with.items[i].context_expr);
            if (n->u.with.items[i].optional_vars) {
                fputs(" as ", out);
                dump(out, n->u.with.items[i].optional_vars);
            }
        }
        fputc(' ', out);
        dump_list(out, &n->u.with.body);
        break;
    case TR_AST_Raise:
        fputc(' ', out);
        dump_opt(out, n->u.raise.exc);
        fputc(' ', out);
        dump_opt(out, n->u.raise.cause);
        break;
    case TR_AST_Try:
        fputc(' ', out);
        dump_list(out, &n->u.trystmt.body);
        for (int i = 0; i < n->u.trystmt.nhandlers; i++) {
            const TrAstHandler *h = &n->u.trystmt.handlers[i];
            fputs(" (except ", out);
            dump_opt(out, h->type);
            fprintf(out, " %s ", h->name ? h->name : "-");
            dump_list(out, &h->body);
            fputc(')', out);
        }
        fputc(' ', out);
        dump_list(out, &n->u.trystmt.orelse);
        fputc(' ', out);
        dump_list(out, &n->u.trystmt.finalbody);
        break;
    case TR_AST_Assert:
        fputc(' ', out);
        dump(out, n->u.assertstmt.test);
        fputc(' ', out);
        dump_opt(out, n->u.assertstmt.msg);
        break;
    case TR_AST_Import:
    case TR_AST_ImportFrom: {
        int cnt = n->kind == TR_AST_Import ? n->u.import.nnames : n->u.importfrom.nnames;
        const TrAstAlias *al = n->kind == TR_AST_Import ? n->u.import.names : n->u.importfrom.names;
        if (n->kind == TR_AST_ImportFrom)
            fprintf(out, " %d %s", n->u.importfrom.level,
                    n->u.importfrom.module ? n->u.importfrom.module : "-");
        for (int i = 0; i < cnt; i++)
            fprintf(out, " %s%s%s", al[i].name, al[i].asname ? " as " : "",
                    al[i].asname ? al[i].asname : "");
        break;
    }
    case TR_AST_Global:
    case TR_AST_Nonlocal:
        for (int i = 0; i < n->u.global.nnames; i++) fprintf(out, " %s", n->u.global.names[i]);
        break;
    case TR_AST_ExprStmt: fputc(' ', out); dump(out, n->u.exprstmt.value); break;
    case TR_AST_Pass: case TR_AST_Break: case TR_AST_Continue: break;
    case TR_AST_BoolOp:
        fprintf(out, " %s ", n->u.boolop.op == TR_BOOL_AND ? "and" : "or");
        dump_list(out, &n->u.boolop.values);
        break;
    case TR_AST_NamedExpr:
        fputc(' ', out);
        dump(out, n->u.namedexpr.target);
        fputc(' ', out);
        dump(out, n->u.namedexpr.value);
        break;
    case TR_AST_BinOp:
        fprintf(out, " %s ", binop_names[n->u.binop.op]);
        dump(out, n->u.binop.left);
        fputc(' ', out);
        dump(out, n->u.binop.right);
        break;
    case TR_AST_UnaryOp:
        fprintf(out, " %s ", unop_names[n->u.unaryop.op]);
        dump(out, n->u.unaryop.operand);
        break;
    case TR_AST_Lambda:
        fputc(' ', out);
        dump_args(out, n->u.lambda.args);
        fputc(' ', out);
        dump(out, n->u.lambda.body);
        break;
    case TR_AST_IfExp:
        fputc(' ', out);
        dump(out, n->u.ifexp.test);
        fputc(' ', out);
        dump(out, n->u.ifexp.body);
        fputc(' ', out);
        dump(out, n->u.ifexp.orelse);
        break;
    case TR_AST_Dict:
        for (int i = 0; i < n->u.dict.keys.n; i++) {
            fputc(' ', out);
            dump_opt(out, n->u.dict.keys.items[i]);
            fputc(':', out);
            dump(out, n->u.dict.values.items[i]);
        }
        break;
    case TR_AST_Set: fputc(' ', out); dump_list(out, &n->u.set.elts); break;
    case TR_AST_ListComp: case TR_AST_SetComp: case TR_AST_GeneratorExp:
        fputc(' ', out);
        dump(out, n->u.comp.elt);
        dump_comp(out, n);
        break;
    case TR_AST_DictComp:
        fputc(' ', out);
        dump(out, n->u.comp.key);
        fputc(':', out);
        dump(out, n->u.comp.value);
        dump_comp(out, n);
        break;
    case TR_AST_Await: case TR_AST_Yield: case TR_AST_YieldFrom:
        fputc(' ', out);
        dump_opt(out, n->u.yield.value);
        break;
    case TR_AST_Compare:
        fputc(' ', out);
        dump(out, n->u.compare.left);
        for (int i = 0; i < n->u.compare.n; i++) {
            fprintf(out, " %s ", cmp_names[n->u.compare.ops[i]]);
            dump(out, n->u.compare.comparators[i]);
        }
        break;
    case TR_AST_Call:
        fputc(' ', out);
        dump(out, n->u.call.func);
        fputc(' ', out);
        dump_list(out, &n->u.call.args);
        dump_keywords(out, n->u.call.nkeywords, n->u.call.keywords);
        break;
    case TR_AST_FormattedValue:
        fputc(' ', out);
        dump(out, n->u.formatted.value);
        if (n->u.formatted.conversion >= 0) fprintf(out, " !%c", n->u.formatted.conversion);
        if (n->u.formatted.format_spec) {
            fputc(' ', out);
            dump(out, n->u.formatted.format_spec);
        }
        break;
    case TR_AST_JoinedStr: fputc(' ', out); dump_list(out, &n->u.joinedstr.values); break;
    case TR_AST_Constant:
        switch (n->u.constant.ckind) {
        case TR_CONST_NONE: fputs(" None", out); break;
        case TR_CONST_TRUE: fputs(" True", out); break;
        case TR_CONST_FALSE: fputs(" False", out); break;
        case TR_CONST_ELLIPSIS: fputs(" ...", out); break;
        case TR_CONST_INT: fprintf(out, " %s/%d", n->u.constant.s, n->u.constant.int_base); break;
        case TR_CONST_FLOAT: fprintf(out, " %.17g", n->u.constant.f); break;
        case TR_CONST_STR:
            fputc(' ', out);
            dump_bytes(out, n->u.constant.s, n->u.constant.slen);
            break;
        case TR_CONST_BYTES:
            fputs(" b", out);
            dump_bytes(out, n->u.constant.s, n->u.constant.slen);
            break;
        }
        break;
    case TR_AST_Attribute:
        fputc(' ', out);
        dump(out, n->u.attribute.value);
        fprintf(out, " %s", n->u.attribute.attr);
        break;
    case TR_AST_Subscript:
        fputc(' ', out);
        dump(out, n->u.subscript.value);
        fputc(' ', out);
        dump(out, n->u.subscript.slice);
        break;
    case TR_AST_Starred: fputc(' ', out); dump(out, n->u.starred.value); break;
    case TR_AST_Name:
        fprintf(out, " %s%s", n->u.name.id,
                n->u.name.ctx == TR_CTX_STORE ? "!" : n->u.name.ctx == TR_CTX_DEL ? "~" : "");
        break;
    case TR_AST_List: case TR_AST_Tuple: fputc(' ', out); dump_list(out, &n->u.seq.elts); break;
    case TR_AST_Slice:
        fputc(' ', out);
        dump_opt(out, n->u.slice.lower);
        fputc(' ', out);
        dump_opt(out, n->u.slice.upper);
        fputc(' ', out);
        dump_opt(out, n->u.slice.step);
        break;
    case TR_AST_KIND_COUNT: break;
    }
    fputc(')', out);
}

void tr_ast_dump(FILE *out, const TrAstModule *m) {
    for (int i = 0; i < m->body.n; i++) {
        dump(out, m->body.items[i]);
        fputc('\n', out);
    }
}
