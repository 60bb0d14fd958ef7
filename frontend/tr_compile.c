/* tr_compile.c — the code generator: AST to register bytecode.
 *
 * One FnComp per scope being compiled.  Every local variable owns a fixed
 * register (parameters first, in CPython's co_varnames order), free
 * variables follow, and temporaries are allocated above them like a stack:
 * an expression is compiled into a target register when the caller has one,
 * otherwise into a fresh temporary, and temporaries are released when the
 * enclosing statement or expression is done.
 *
 * Control that leaves a block early (return, break, continue) walks the
 * block stack, emitting each finally body inline and restoring the handled
 * exception for each except clause it leaves, as CPython 3.11 does.
 * Exception handling is an exception table: a "protector" block covers a
 * pc range whose exceptions go to its handler; while code for a finally body
 * is emitted inline the protectors being left are suspended, so a range can
 * have holes (several table entries). */
#include <gc.h>
#include <stdlib.h>
#include <string.h>

#include "tr_compiler.h"
#include "tr_interp.h"
#include "tr_symtable.h"

#define MAX_BLOCKS 128

typedef enum BlockKind { BLK_LOOP, BLK_TRY, BLK_FINALLY, BLK_HANDLER, BLK_WITH } BlockKind;

typedef struct Block {
    BlockKind kind;
    /* loops */
    int continue_label, break_label;
    /* protectors (TRY, FINALLY, HANDLER cleanup) */
    int handler_label, reg, depth, seg_start;
    /* FINALLY: the body to run inline when control leaves */
    const TrAstList *finalbody;
    /* HANDLER: register holding the previously handled exception, `as` name */
    int prev_reg;
    /* WITH: register holding the bound __exit__, called when control leaves */
    int exit_reg;
    const char *as_name;
} Block;

typedef struct ExcRange {
    int start, end, handler_label, reg, depth;
} ExcRange;

typedef struct Fixup {
    int pc, label, slot; /* slot 1 = B, 2 = C */
} Fixup;

typedef struct Comp Comp;

typedef struct FnComp {
    Comp *c;
    struct FnComp *parent;
    TrScope *scope;
    TrInstr *code;
    int32_t *lines;
    int ncode, capcode;
    TrValue consts_list;   /* TrList of constants */
    TrDict *const_index;   /* (type, value) -> index */
    TrList *names_list;
    TrDict *name_index;
    int nlocals;           /* registers owned by variables */
    int ntemp, maxreg;
    int *labels;
    int nlabels, caplabels;
    Fixup *fixups;
    int nfixups, capfixups;
    ExcRange *ranges;
    int nranges, capranges;
    Block blocks[MAX_BLOCKS];
    int nblocks;
    int nprotectors;
    unsigned char *assigned; /* definite assignment, by register */
    int cur_line;
    int loop_id;
    int argcount, posonly, kwonly, flags;
    const char *name;
    TrStr *qualname;
} FnComp;

struct Comp {
    const char *filename;
    TrSyntaxError err;
    int failed;
    int mode;
};

/* ---- errors -------------------------------------------------------------- */

static void error_at(FnComp *f, const TrAst *at, const char *msg) {
    Comp *c = f->c;
    if (c->failed) return;
    c->failed = 1;
    c->err.kind = "SyntaxError";
    c->err.msg = msg;
    c->err.filename = c->filename;
    c->err.line = at ? at->line : f->cur_line;
    c->err.col = at ? at->col + 1 : 1;
    c->err.end_col = c->err.col;
    c->err.text = NULL;
}

/* ---- emission ------------------------------------------------------------ */

static int emit(FnComp *f, unsigned op, unsigned a, unsigned b, unsigned cc) {
    if (a > TR_MAX_A || b > TR_MAX_BC || cc > TR_MAX_BC) {
        error_at(f, NULL, "too many registers or constants in one function");
        a = b = cc = 0;
    }
    if (f->ncode == f->capcode) {
        f->capcode = f->capcode ? f->capcode * 2 : 64;
        f->code = GC_REALLOC(f->code, sizeof(TrInstr) * (size_t)f->capcode);
        f->lines = GC_REALLOC(f->lines, sizeof(int32_t) * (size_t)f->capcode);
    }
    f->code[f->ncode] = TR_MKINSTR(op, a, b, cc);
    f->lines[f->ncode] = f->cur_line;
    return f->ncode++;
}

static int new_label(FnComp *f) {
    if (f->nlabels == f->caplabels) {
        f->caplabels = f->caplabels ? f->caplabels * 2 : 16;
        f->labels = GC_REALLOC(f->labels, sizeof(int) * (size_t)f->caplabels);
    }
    f->labels[f->nlabels] = -1;
    return f->nlabels++;
}

static void place(FnComp *f, int label) { f->labels[label] = f->ncode; }

static void fixup(FnComp *f, int pc, int label, int slot) {
    if (f->nfixups == f->capfixups) {
        f->capfixups = f->capfixups ? f->capfixups * 2 : 16;
        f->fixups = GC_REALLOC(f->fixups, sizeof(Fixup) * (size_t)f->capfixups);
    }
    f->fixups[f->nfixups++] = (Fixup){pc, label, slot};
}

static void emit_jump(FnComp *f, unsigned op, unsigned a, int label) {
    int pc = emit(f, op, a, 0, 0);
    fixup(f, pc, label, 1);
}

static int tmp(FnComp *f) {
    int r = f->nlocals + f->ntemp++;
    if (r + 1 > f->maxreg) f->maxreg = r + 1;
    return r;
}

/* n consecutive temporaries */
static int tmps(FnComp *f, int n) {
    int r = f->nlocals + f->ntemp;
    f->ntemp += n;
    if (r + n > f->maxreg) f->maxreg = r + n;
    return r;
}

#define TEMP_MARK(f) int temp_mark_ = (f)->ntemp
#define TEMP_RESET(f) ((f)->ntemp = temp_mark_)

/* ---- constants and names ------------------------------------------------- */

static int add_const(FnComp *f, TrValue v) {
    /* key by (type, value) so 1, 1.0 and True stay distinct; floats by bits
     * so 0.0 and -0.0 do too */
    TrValue key_items[2] = {tr_obj(tr_typeof(v)), v};
    if (v.tag == TR_TAG_FLOAT) key_items[1] = tr_int((int64_t)v.u.bits);
    bool hashable = v.tag != TR_TAG_OBJ || tr_is_type(v, &tr_str_type) ||
                    tr_is_type(v, &tr_bytes_type) || tr_is_bigint(v);
    TrValue key = tr_obj(tr_tuple_from(key_items, 2));
    if (hashable) {
        TrValue idx = tr_dict_get(f->const_index, key);
        if (!TR_IS_UNDEF(idx)) return (int)idx.u.i;
    }
    TrList *l = TR_AS(TrList, f->consts_list);
    int i = (int)l->len;
    tr_list_append(l, v);
    if (hashable) tr_dict_set(f->const_index, key, tr_int(i));
    return i;
}

static int add_name(FnComp *f, const char *name) {
    TrStr *s = tr_str_intern(name);
    TrValue idx = tr_dict_get_str(f->name_index, s);
    if (!TR_IS_UNDEF(idx)) return (int)idx.u.i;
    int i = (int)f->names_list->len;
    tr_list_append(f->names_list, tr_obj(s));
    tr_dict_set_str(f->name_index, s, tr_int(i));
    return i;
}

/* ---- blocks and exception ranges ----------------------------------------- */

static Block *push_block(FnComp *f, BlockKind kind, const TrAst *at) {
    if (f->nblocks == MAX_BLOCKS) {
        error_at(f, at, "too many statically nested blocks");
        return &f->blocks[MAX_BLOCKS - 1];
    }
    Block *b = &f->blocks[f->nblocks++];
    memset(b, 0, sizeof *b);
    b->kind = kind;
    b->seg_start = -1;
    return b;
}

static void add_range(FnComp *f, int start, int end, Block *b) {
    if (end <= start) return;
    if (f->nranges == f->capranges) {
        f->capranges = f->capranges ? f->capranges * 2 : 8;
        f->ranges = GC_REALLOC(f->ranges, sizeof(ExcRange) * (size_t)f->capranges);
    }
    f->ranges[f->nranges++] = (ExcRange){start, end, b->handler_label, b->reg, b->depth};
}

static void protect_begin(FnComp *f, Block *b) {
    b->handler_label = new_label(f);
    b->depth = f->nprotectors++;
    b->seg_start = f->ncode;
}

static void protect_suspend(FnComp *f, Block *b) {
    if (b->seg_start >= 0) add_range(f, b->seg_start, f->ncode, b);
    b->seg_start = -1;
}

static void protect_end(FnComp *f, Block *b) {
    protect_suspend(f, b);
    f->nprotectors--;
}

static bool is_protector(const Block *b) { return b->kind != BLK_LOOP; }

/* ---- definite assignment ------------------------------------------------- */

static unsigned char *assigned_save(FnComp *f) {
    unsigned char *s = GC_MALLOC_ATOMIC((size_t)f->nlocals + 1);
    memcpy(s, f->assigned, (size_t)f->nlocals + 1);
    return s;
}
static void assigned_restore(FnComp *f, const unsigned char *s) {
    memcpy(f->assigned, s, (size_t)f->nlocals + 1);
}
static void assigned_intersect(FnComp *f, const unsigned char *s) {
    for (int i = 0; i <= f->nlocals; i++) f->assigned[i] &= s[i];
}
/* After return/raise/break/continue nothing is reachable: everything counts
 * as assigned, so the intersection at the next merge ignores this path. */
static void assigned_unreachable(FnComp *f) { memset(f->assigned, 1, (size_t)f->nlocals + 1); }

/* ---- names --------------------------------------------------------------- */

static TrSymbol *local_sym(FnComp *f, const char *name) {
    return tr_scope_lookup(f->scope, name);
}

static void expr_into(FnComp *f, const TrAst *e, int dst);
static int expr_any(FnComp *f, const TrAst *e);
static void stmts(FnComp *f, const TrAstList *body);
static void stmt(FnComp *f, const TrAst *st);

static int load_name(FnComp *f, const char *name, int dst, const TrAst *at) {
    TrNameKind k = tr_scope_name_kind(f->scope, name);
    (void)at;
    switch (k) {
    case TR_NAME_LOCAL: {
        TrSymbol *s = local_sym(f, name);
        if (!f->assigned[s->reg]) emit(f, TR_OPC_CHECKLOCAL, s->reg, add_name(f, name), 0);
        /* a later walrus in the same expression could change the register
         * before it is read, so copy when the scope has one */
        if (dst >= 0 && dst != s->reg) {
            emit(f, TR_OPC_MOVE, dst, s->reg, 0);
            return dst;
        }
        if (f->scope->has_walrus) {
            int t = tmp(f);
            emit(f, TR_OPC_MOVE, t, s->reg, 0);
            return t;
        }
        return s->reg;
    }
    case TR_NAME_CELL:
    case TR_NAME_FREE: {
        TrSymbol *s = local_sym(f, name);
        int r = dst >= 0 ? dst : tmp(f);
        emit(f, TR_OPC_LOADDEREF, r, s->reg, add_name(f, name));
        return r;
    }
    case TR_NAME_CLASSLOCAL: {
        int r = dst >= 0 ? dst : tmp(f);
        emit(f, TR_OPC_LOADNAME, r, add_name(f, name), 0);
        return r;
    }
    case TR_NAME_GLOBAL_EXPLICIT:
    case TR_NAME_GLOBAL_IMPLICIT:
    default: {
        int r = dst >= 0 ? dst : tmp(f);
        emit(f, TR_OPC_LOADGLOBAL, r, add_name(f, name), 0);
        return r;
    }
    }
}

/* The register a store to `name` can compute straight into, or -1. */
static int name_store_reg(FnComp *f, const char *name) {
    if (tr_scope_name_kind(f->scope, name) == TR_NAME_LOCAL) return local_sym(f, name)->reg;
    return -1;
}

static void store_name(FnComp *f, const char *name, int src) {
    TrNameKind k = tr_scope_name_kind(f->scope, name);
    switch (k) {
    case TR_NAME_LOCAL: {
        TrSymbol *s = local_sym(f, name);
        if (src != s->reg) emit(f, TR_OPC_MOVE, s->reg, src, 0);
        f->assigned[s->reg] = 1;
        break;
    }
    case TR_NAME_CELL:
    case TR_NAME_FREE:
        emit(f, TR_OPC_STOREDEREF, local_sym(f, name)->reg, src, 0);
        break;
    case TR_NAME_CLASSLOCAL:
        emit(f, TR_OPC_STORENAME, src, add_name(f, name), 0);
        break;
    default:
        emit(f, TR_OPC_STOREGLOBAL, src, add_name(f, name), 0);
        break;
    }
}

static void delete_name(FnComp *f, const char *name) {
    TrNameKind k = tr_scope_name_kind(f->scope, name);
    switch (k) {
    case TR_NAME_LOCAL: {
        TrSymbol *s = local_sym(f, name);
        emit(f, TR_OPC_DELLOCAL, s->reg, add_name(f, name), 0);
        f->assigned[s->reg] = 0;
        break;
    }
    case TR_NAME_CELL:
    case TR_NAME_FREE:
        emit(f, TR_OPC_DELDEREF, local_sym(f, name)->reg, add_name(f, name), 0);
        break;
    case TR_NAME_CLASSLOCAL:
        emit(f, TR_OPC_DELNAME, 0, add_name(f, name), 0);
        break;
    default:
        emit(f, TR_OPC_DELGLOBAL, 0, add_name(f, name), 0);
        break;
    }
}

/* ---- constants ----------------------------------------------------------- */

static TrValue constant_value(FnComp *f, const TrAst *e) {
    switch (e->u.constant.ckind) {
    case TR_CONST_NONE: return tr_none();
    case TR_CONST_TRUE: return tr_bool(true);
    case TR_CONST_FALSE: return tr_bool(false);
    case TR_CONST_ELLIPSIS: return tr_obj(&tr_Ellipsis_obj);
    case TR_CONST_INT: {
        TrValue v = tr_int_from_digits(e->u.constant.s, e->u.constant.int_base);
        if (TR_IS_UNDEF(v)) {
            tr_exc_clear();
            error_at(f, e, "invalid integer literal");
            return tr_none();
        }
        return v;
    }
    case TR_CONST_FLOAT: return tr_float(e->u.constant.f);
    case TR_CONST_STR: {
        TrStr *s = tr_str_new(e->u.constant.s, (int64_t)e->u.constant.slen);
        /* identifiers-like constants are interned, as CPython does */
        return tr_obj(e->u.constant.slen < 40 ? tr_str_intern_str(s) : s);
    }
    case TR_CONST_BYTES:
        return tr_obj(tr_bytes_new(e->u.constant.s, (int64_t)e->u.constant.slen));
    }
    return tr_none();
}

static void load_const(FnComp *f, TrValue v, int dst) {
    if (v.tag == TR_TAG_INT && v.u.i >= -TR_SBIAS && v.u.i < TR_SBIAS) {
        emit(f, TR_OPC_LOADI, dst, (unsigned)(v.u.i + TR_SBIAS), 0);
    } else if (v.tag == TR_TAG_NONE) {
        emit(f, TR_OPC_LOADNONE, dst, 0, 0);
    } else if (v.tag == TR_TAG_BOOL) {
        emit(f, TR_OPC_LOADBOOL, dst, (unsigned)v.u.i, 0);
    } else {
        emit(f, TR_OPC_LOADK, dst, add_const(f, v), 0);
    }
}

/* ---- expressions --------------------------------------------------------- */

static bool has_starred(const TrAstList *l) {
    for (int i = 0; i < l->n; i++)
        if (l->items[i]->kind == TR_AST_Starred) return true;
    return false;
}

/* Build a list from elements that may contain *starred items into dst. */
static void build_list_with_stars(FnComp *f, const TrAstList *elts, int dst) {
    TEMP_MARK(f);
    int i = 0;
    /* leading plain elements go into one BUILDLIST */
    int n0 = 0;
    while (n0 < elts->n && elts->items[n0]->kind != TR_AST_Starred && n0 < 64) n0++;
    int base = tmps(f, n0 > 0 ? n0 : 1);
    for (i = 0; i < n0; i++) expr_into(f, elts->items[i], base + i);
    emit(f, TR_OPC_BUILDLIST, dst, base, n0);
    TEMP_RESET(f);
    for (; i < elts->n; i++) {
        const TrAst *e = elts->items[i];
        TEMP_MARK(f);
        if (e->kind == TR_AST_Starred) {
            int r = expr_any(f, e->u.starred.value);
            emit(f, TR_OPC_LISTEXTEND, dst, r, 0);
        } else {
            int r = expr_any(f, e);
            emit(f, TR_OPC_LISTAPPEND, dst, r, 0);
        }
        TEMP_RESET(f);
    }
}

/* Sequence displays: list, tuple, set. */
static void display(FnComp *f, const TrAst *e, const TrAstList *elts, int dst) {
    unsigned build = e->kind == TR_AST_List ? TR_OPC_BUILDLIST
                     : e->kind == TR_AST_Tuple ? TR_OPC_BUILDTUPLE
                                               : TR_OPC_BUILDSET;
    if (!has_starred(elts) && elts->n <= 256) {
        TEMP_MARK(f);
        int base = tmps(f, elts->n > 0 ? elts->n : 1);
        for (int i = 0; i < elts->n; i++) expr_into(f, elts->items[i], base + i);
        emit(f, build, dst, base, elts->n);
        TEMP_RESET(f);
        return;
    }
    /* built piece by piece in a temporary: dst may be a variable that the
     * elements read (xs = [*ys, *xs]) */
    TEMP_MARK(f);
    int out = tmp(f);
    if (e->kind == TR_AST_Set) {
        int base = tmp(f);
        emit(f, TR_OPC_BUILDSET, out, base, 0);
        for (int i = 0; i < elts->n; i++) {
            const TrAst *x = elts->items[i];
            TEMP_MARK(f);
            if (x->kind == TR_AST_Starred)
                emit(f, TR_OPC_SETUPDATE, out, expr_any(f, x->u.starred.value), 0);
            else
                emit(f, TR_OPC_SETADD, out, expr_any(f, x), 0);
            TEMP_RESET(f);
        }
    } else {
        build_list_with_stars(f, elts, out);
        if (e->kind == TR_AST_Tuple) emit(f, TR_OPC_LISTTOTUPLE, out, out, 0);
    }
    emit(f, TR_OPC_MOVE, dst, out, 0);
    TEMP_RESET(f);
}

static void dict_display(FnComp *f, const TrAst *e, int dst) {
    int n = e->u.dict.keys.n;
    bool simple = n <= 128;
    for (int i = 0; i < n; i++)
        if (!e->u.dict.keys.items[i]) simple = false;
    if (simple) {
        TEMP_MARK(f);
        int base = tmps(f, n > 0 ? 2 * n : 1);
        for (int i = 0; i < n; i++) {
            expr_into(f, e->u.dict.keys.items[i], base + 2 * i);
            expr_into(f, e->u.dict.values.items[i], base + 2 * i + 1);
        }
        emit(f, TR_OPC_BUILDDICT, dst, base, n);
        TEMP_RESET(f);
        return;
    }
    TEMP_MARK(f);
    int out = tmp(f); /* as in display(): dst may be read by the items */
    emit(f, TR_OPC_BUILDDICT, out, 0, 0);
    for (int i = 0; i < n; i++) {
        TEMP_MARK(f);
        const TrAst *k = e->u.dict.keys.items[i];
        if (!k) {
            emit(f, TR_OPC_DICTUPDATE, out, expr_any(f, e->u.dict.values.items[i]), 0);
        } else {
            int kr = expr_any(f, k);
            int vr = expr_any(f, e->u.dict.values.items[i]);
            emit(f, TR_OPC_DICTSET, out, kr, vr);
        }
        TEMP_RESET(f);
    }
    emit(f, TR_OPC_MOVE, dst, out, 0);
    TEMP_RESET(f);
}

static const unsigned cmp_opcodes[] = {
    [TR_CMP_LT] = TR_OPC_LT, [TR_CMP_LE] = TR_OPC_LE,   [TR_CMP_EQ] = TR_OPC_EQ,
    [TR_CMP_NE] = TR_OPC_NE, [TR_CMP_GT] = TR_OPC_GT,   [TR_CMP_GE] = TR_OPC_GE,
    [TR_CMP_IS] = TR_OPC_IS, [TR_CMP_ISNOT] = TR_OPC_ISNOT, [TR_CMP_IN] = TR_OPC_IN,
    [TR_CMP_NOTIN] = TR_OPC_NOTIN,
};

/* and/or and comparison chains write their result before every operand
 * is read: when the destination is a variable (`x = x[0] or x[1]`), they
 * work in a temporary and copy at the end.  Call under TEMP_MARK. */
static int scratch_dst(FnComp *f, int dst) { return dst < f->nlocals ? tmp(f) : dst; }

static void finish_scratch(FnComp *f, int r, int dst) {
    if (r != dst) emit(f, TR_OPC_MOVE, dst, r, 0);
}

static void compare(FnComp *f, const TrAst *e, int dst) {
    TEMP_MARK(f);
    int left = expr_any(f, e->u.compare.left);
    int n = e->u.compare.n;
    if (n == 1) {
        int right = expr_any(f, e->u.compare.comparators[0]);
        emit(f, cmp_opcodes[e->u.compare.ops[0]], dst, left, right);
        TEMP_RESET(f);
        return;
    }
    int end = new_label(f), out = scratch_dst(f, dst);
    for (int i = 0; i < n; i++) {
        int right = tmp(f);
        expr_into(f, e->u.compare.comparators[i], right);
        emit(f, cmp_opcodes[e->u.compare.ops[i]], out, left, right);
        if (i < n - 1) emit_jump(f, TR_OPC_JMPIFNOT, out, end);
        left = right;
    }
    place(f, end);
    finish_scratch(f, out, dst);
    TEMP_RESET(f);
}

static void boolop(FnComp *f, const TrAst *e, int dst) {
    TEMP_MARK(f);
    int end = new_label(f), out = scratch_dst(f, dst);
    unsigned jop = e->u.boolop.op == TR_BOOL_AND ? TR_OPC_JMPIFNOT : TR_OPC_JMPIF;
    const TrAstList *vals = &e->u.boolop.values;
    for (int i = 0; i < vals->n; i++) {
        TEMP_MARK(f);
        expr_into(f, vals->items[i], out);
        TEMP_RESET(f);
        if (i < vals->n - 1) emit_jump(f, jop, out, end);
    }
    place(f, end);
    finish_scratch(f, out, dst);
    TEMP_RESET(f);
}

/* Keyword names of a call as a constant tuple of interned strs. */
static int kwnames_const(FnComp *f, const TrAstKeyword *kws, int n) {
    TrTuple *t = tr_tuple_new(n);
    for (int i = 0; i < n; i++) t->items[i] = tr_obj(tr_str_intern(kws[i].name));
    TrList *l = TR_AS(TrList, f->consts_list);
    int idx = (int)l->len;
    tr_list_append(l, tr_obj(t));
    return idx;
}

static void call(FnComp *f, const TrAst *e, int dst) {
    TEMP_MARK(f);
    const TrAstList *args = &e->u.call.args;
    int nkw = e->u.call.nkeywords;
    const TrAstKeyword *kws = e->u.call.keywords;
    bool star = has_starred(args);
    for (int i = 0; i < nkw; i++)
        if (!kws[i].name) star = true;
    const TrAst *fn = e->u.call.func;

    if (star) {
        int base = tmps(f, 3);
        expr_into(f, fn, base);
        build_list_with_stars(f, args, base + 1);
        emit(f, TR_OPC_LISTTOTUPLE, base + 1, base + 1, 0);
        if (nkw) {
            emit(f, TR_OPC_BUILDDICT, base + 2, 0, 0);
            for (int i = 0; i < nkw; i++) {
                TEMP_MARK(f);
                if (!kws[i].name) {
                    emit(f, TR_OPC_DICTMERGE, base + 2, expr_any(f, kws[i].value), 0);
                } else {
                    int kr = tmp(f);
                    load_const(f, tr_obj(tr_str_intern(kws[i].name)), kr);
                    int vr = expr_any(f, kws[i].value);
                    emit(f, TR_OPC_DICTSET, base + 2, kr, vr);
                }
                TEMP_RESET(f);
            }
        }
        emit(f, TR_OPC_CALLEX, base, nkw ? 2 : 1, 0);
        if (dst != base) emit(f, TR_OPC_MOVE, dst, base, 0);
        TEMP_RESET(f);
        return;
    }
    int n = args->n;
    if (fn->kind == TR_AST_Attribute && nkw == 0) {
        int base = tmps(f, 2 + n);
        int obj = expr_any(f, fn->u.attribute.value);
        emit(f, TR_OPC_LOADMETHOD, base, obj, add_name(f, fn->u.attribute.attr));
        for (int i = 0; i < n; i++) expr_into(f, args->items[i], base + 2 + i);
        f->cur_line = e->line;
        emit(f, TR_OPC_CALLMETHOD, base, n, 0);
        if (dst != base) emit(f, TR_OPC_MOVE, dst, base, 0);
        TEMP_RESET(f);
        return;
    }
    int base = tmps(f, 1 + n + nkw);
    expr_into(f, fn, base);
    for (int i = 0; i < n; i++) expr_into(f, args->items[i], base + 1 + i);
    for (int i = 0; i < nkw; i++) expr_into(f, kws[i].value, base + 1 + n + i);
    f->cur_line = e->line;
    if (nkw)
        emit(f, TR_OPC_CALLKW, base, n + nkw, kwnames_const(f, kws, nkw));
    else
        emit(f, TR_OPC_CALL, base, n, 0);
    if (dst != base) emit(f, TR_OPC_MOVE, dst, base, 0);
    TEMP_RESET(f);
}

static void slice_expr(FnComp *f, const TrAst *e, int dst) {
    TEMP_MARK(f);
    int n = e->u.slice.step ? 3 : 2;
    int base = tmps(f, n);
    const TrAst *parts[3] = {e->u.slice.lower, e->u.slice.upper, e->u.slice.step};
    for (int i = 0; i < n; i++) {
        if (parts[i]) expr_into(f, parts[i], base + i);
        else emit(f, TR_OPC_LOADNONE, base + i, 0, 0);
    }
    emit(f, TR_OPC_BUILDSLICE, dst, base, n);
    TEMP_RESET(f);
}

static void fstring(FnComp *f, const TrAst *e, int dst);

static void formatted_value(FnComp *f, const TrAst *e, int dst) {
    TEMP_MARK(f);
    unsigned conv = e->u.formatted.conversion == 's' ? 1
                    : e->u.formatted.conversion == 'r' ? 2
                    : e->u.formatted.conversion == 'a' ? 3
                                                       : 0;
    int base = tmps(f, 2);
    expr_into(f, e->u.formatted.value, base);
    if (e->u.formatted.format_spec) {
        fstring(f, e->u.formatted.format_spec, base + 1);
        conv |= 4;
    }
    emit(f, TR_OPC_FORMAT, dst, base, conv);
    TEMP_RESET(f);
}

static void fstring(FnComp *f, const TrAst *e, int dst) {
    const TrAstList *vals = &e->u.joinedstr.values;
    if (vals->n == 0) {
        load_const(f, tr_obj(tr_str_intern("")), dst);
        return;
    }
    if (vals->n == 1 && vals->items[0]->kind == TR_AST_Constant) {
        load_const(f, constant_value(f, vals->items[0]), dst);
        return;
    }
    TEMP_MARK(f);
    int base = tmps(f, vals->n);
    for (int i = 0; i < vals->n; i++) {
        const TrAst *v = vals->items[i];
        if (v->kind == TR_AST_Constant) load_const(f, constant_value(f, v), base + i);
        else formatted_value(f, v, base + i);
    }
    emit(f, TR_OPC_BUILDSTRING, dst, base, vals->n);
    TEMP_RESET(f);
}

static TrCode *compile_scope(FnComp *parent, TrScope *scope, const TrAst *node);
static const TrAst *docstring(const TrAstList *body);

/* Next child scope of the current scope, in source order (the symtable
 * created them in the same walk order the compiler follows). */
static TrScope *next_child(FnComp *f) {
    TrScope *s = f->scope;
    if (s->child_cursor >= s->nchildren) return NULL;
    return s->children[s->child_cursor++];
}

/* MAKEFUNC for a child scope: defaults, kw defaults and closure go in three
 * consecutive registers. */
static void make_function(FnComp *f, TrScope *child, const TrAstArgs *args, int dst) {
    TEMP_MARK(f);
    int base = tmps(f, 3);
    if (args && args->ndefaults) {
        int d = tmps(f, args->ndefaults);
        for (int i = 0; i < args->ndefaults; i++) expr_into(f, args->defaults[i], d + i);
        emit(f, TR_OPC_BUILDTUPLE, base, d, args->ndefaults);
    } else {
        emit(f, TR_OPC_LOADNONE, base, 0, 0);
    }
    bool any_kwdef = false;
    if (args)
        for (int i = 0; i < args->nkwonly; i++) any_kwdef |= args->kw_defaults[i] != NULL;
    if (any_kwdef) {
        emit(f, TR_OPC_BUILDDICT, base + 1, 0, 0);
        for (int i = 0; i < args->nkwonly; i++) {
            if (!args->kw_defaults[i]) continue;
            TEMP_MARK(f);
            int kr = tmp(f);
            load_const(f, tr_obj(tr_str_intern(args->kwonly[i].name)), kr);
            int vr = expr_any(f, args->kw_defaults[i]);
            emit(f, TR_OPC_DICTSET, base + 1, kr, vr);
            TEMP_RESET(f);
        }
    } else {
        emit(f, TR_OPC_LOADNONE, base + 1, 0, 0);
    }
    TrCode *code = compile_scope(f, child, child->node);
    if (f->c->failed) {
        TEMP_RESET(f);
        return;
    }
    if (code->nfree) {
        int cl = tmps(f, code->nfree);
        for (int i = 0; i < code->nfree; i++) {
            const char *name = code->varnames[code->freestart + i]->data;
            TrSymbol *s = local_sym(f, name);
            emit(f, TR_OPC_MOVE, cl + i, s ? s->reg : 0, 0);
        }
        emit(f, TR_OPC_BUILDTUPLE, base + 2, cl, code->nfree);
    } else {
        emit(f, TR_OPC_LOADNONE, base + 2, 0, 0);
    }
    emit(f, TR_OPC_MAKEFUNC, dst, add_const(f, tr_obj(code)), base);
    if (child->node && child->node->kind == TR_AST_FunctionDef) {
        const TrAst *doc = docstring(&child->node->u.funcdef.body);
        if (doc) {
            load_const(f, constant_value(f, doc), base);
            emit(f, TR_OPC_SETATTR, dst, add_name(f, "__doc__"), base);
        }
    }
    TEMP_RESET(f);
}

static void comprehension(FnComp *f, const TrAst *e, int dst) {
    TEMP_MARK(f);
    int base = tmps(f, 2);
    /* the first iterable is evaluated here, in the enclosing scope */
    int it = expr_any(f, e->u.comp.gens[0].iter);
    emit(f, TR_OPC_GETITER, base + 1, it, 0);
    TrScope *child = next_child(f);
    make_function(f, child, NULL, base);
    emit(f, TR_OPC_CALL, base, 1, 0);
    if (dst != base) emit(f, TR_OPC_MOVE, dst, base, 0);
    TEMP_RESET(f);
}

static void assign_to(FnComp *f, const TrAst *target, int src);

static void expr_into(FnComp *f, const TrAst *e, int dst) {
    if (f->c->failed) return;
    int saved_line = f->cur_line;
    f->cur_line = e->line;
    switch (e->kind) {
    case TR_AST_Constant: load_const(f, constant_value(f, e), dst); break;
    case TR_AST_Name: load_name(f, e->u.name.id, dst, e); break;
    case TR_AST_BinOp: {
        TEMP_MARK(f);
        int l = expr_any(f, e->u.binop.left);
        int r = expr_any(f, e->u.binop.right);
        f->cur_line = e->line;
        emit(f, TR_OPC_ADD + e->u.binop.op, dst, l, r);
        TEMP_RESET(f);
        break;
    }
    case TR_AST_UnaryOp: {
        TEMP_MARK(f);
        int v = expr_any(f, e->u.unaryop.operand);
        static const unsigned ops[] = {TR_OPC_NEG, TR_OPC_POS, TR_OPC_INVERT, TR_OPC_NOT};
        emit(f, ops[e->u.unaryop.op], dst, v, 0);
        TEMP_RESET(f);
        break;
    }
    case TR_AST_BoolOp: boolop(f, e, dst); break;
    case TR_AST_Compare: compare(f, e, dst); break;
    case TR_AST_IfExp: {
        int els = new_label(f), end = new_label(f);
        TEMP_MARK(f);
        int t = expr_any(f, e->u.ifexp.test);
        emit_jump(f, TR_OPC_JMPIFNOT, t, els);
        TEMP_RESET(f);
        expr_into(f, e->u.ifexp.body, dst);
        emit_jump(f, TR_OPC_JMP, 0, end);
        place(f, els);
        expr_into(f, e->u.ifexp.orelse, dst);
        place(f, end);
        break;
    }
    case TR_AST_NamedExpr: {
        expr_into(f, e->u.namedexpr.value, dst);
        assign_to(f, e->u.namedexpr.target, dst);
        break;
    }
    case TR_AST_Call: call(f, e, dst); break;
    case TR_AST_Attribute: {
        TEMP_MARK(f);
        int o = expr_any(f, e->u.attribute.value);
        f->cur_line = e->line;
        emit(f, TR_OPC_GETATTR, dst, o, add_name(f, e->u.attribute.attr));
        TEMP_RESET(f);
        break;
    }
    case TR_AST_Subscript: {
        TEMP_MARK(f);
        int o = expr_any(f, e->u.subscript.value);
        int k = expr_any(f, e->u.subscript.slice);
        f->cur_line = e->line;
        emit(f, TR_OPC_GETITEM, dst, o, k);
        TEMP_RESET(f);
        break;
    }
    case TR_AST_Slice: slice_expr(f, e, dst); break;
    case TR_AST_List:
    case TR_AST_Tuple: display(f, e, &e->u.seq.elts, dst); break;
    case TR_AST_Set: display(f, e, &e->u.set.elts, dst); break;
    case TR_AST_Dict: dict_display(f, e, dst); break;
    case TR_AST_ListComp:
    case TR_AST_SetComp:
    case TR_AST_DictComp:
    case TR_AST_GeneratorExp: comprehension(f, e, dst); break;
    case TR_AST_Lambda: make_function(f, next_child(f), e->u.lambda.args, dst); break;
    case TR_AST_JoinedStr: fstring(f, e, dst); break;
    case TR_AST_FormattedValue: formatted_value(f, e, dst); break;
    case TR_AST_Yield: {
        if (e->u.yield.value) expr_into(f, e->u.yield.value, dst);
        else emit(f, TR_OPC_LOADNONE, dst, 0, 0);
        emit(f, TR_OPC_YIELD, dst, dst, 0);
        break;
    }
    case TR_AST_YieldFrom: {
        TEMP_MARK(f);
        int it = tmp(f);
        int v = expr_any(f, e->u.yield.value);
        emit(f, TR_OPC_GETYIELDFROMITER, it, v, 0);
        emit(f, TR_OPC_LOADNONE, dst, 0, 0);
        emit(f, TR_OPC_YIELDFROM, dst, it, 0);
        TEMP_RESET(f);
        break;
    }
    case TR_AST_Starred: error_at(f, e, "can't use starred expression here"); break;
    case TR_AST_Await: error_at(f, e, "'await' is not supported"); break;
    default: error_at(f, e, "unsupported expression"); break;
    }
    f->cur_line = saved_line;
}

/* Compile into any register: a local variable's own register when the
 * expression is a plain local name, otherwise a new temporary. */
static int expr_any(FnComp *f, const TrAst *e) {
    if (e->kind == TR_AST_Name && !f->scope->has_walrus &&
        tr_scope_name_kind(f->scope, e->u.name.id) == TR_NAME_LOCAL) {
        int saved = f->cur_line;
        f->cur_line = e->line;
        int r = load_name(f, e->u.name.id, -1, e);
        f->cur_line = saved;
        return r;
    }
    int r = tmp(f);
    expr_into(f, e, r);
    return r;
}

/* ---- assignment ---------------------------------------------------------- */

static void assign_to(FnComp *f, const TrAst *t, int src) {
    if (f->c->failed) return;
    int saved_line = f->cur_line;
    f->cur_line = t->line;
    switch (t->kind) {
    case TR_AST_Name: store_name(f, t->u.name.id, src); break;
    case TR_AST_Attribute: {
        TEMP_MARK(f);
        int o = expr_any(f, t->u.attribute.value);
        emit(f, TR_OPC_SETATTR, o, add_name(f, t->u.attribute.attr), src);
        TEMP_RESET(f);
        break;
    }
    case TR_AST_Subscript: {
        TEMP_MARK(f);
        int o = expr_any(f, t->u.subscript.value);
        int k = expr_any(f, t->u.subscript.slice);
        emit(f, TR_OPC_SETITEM, o, k, src);
        TEMP_RESET(f);
        break;
    }
    case TR_AST_Tuple:
    case TR_AST_List: {
        const TrAstList *elts = &t->u.seq.elts;
        int star = -1;
        for (int i = 0; i < elts->n; i++) {
            if (elts->items[i]->kind != TR_AST_Starred) continue;
            if (star >= 0) {
                error_at(f, elts->items[i], "multiple starred expressions in assignment");
                return;
            }
            star = i;
        }
        TEMP_MARK(f);
        int base = tmps(f, elts->n > 0 ? elts->n : 1);
        if (star < 0) {
            emit(f, TR_OPC_UNPACK, base, src, elts->n);
        } else {
            int after = elts->n - star - 1;
            if (star > 0x3ff || after > 0x3ff) {
                error_at(f, t, "too many expressions in star-unpacking assignment");
                return;
            }
            emit(f, TR_OPC_UNPACKEX, base, src, (unsigned)(star | (after << 10)));
        }
        for (int i = 0; i < elts->n; i++) {
            const TrAst *x = elts->items[i];
            assign_to(f, x->kind == TR_AST_Starred ? x->u.starred.value : x, base + i);
        }
        TEMP_RESET(f);
        break;
    }
    case TR_AST_Starred: error_at(f, t, "starred assignment target must be in a list or tuple"); break;
    default: error_at(f, t, "cannot assign to expression"); break;
    }
    f->cur_line = saved_line;
}

static void delete_target(FnComp *f, const TrAst *t) {
    f->cur_line = t->line;
    TEMP_MARK(f);
    switch (t->kind) {
    case TR_AST_Name: delete_name(f, t->u.name.id); break;
    case TR_AST_Attribute:
        emit(f, TR_OPC_DELATTR, expr_any(f, t->u.attribute.value), add_name(f, t->u.attribute.attr), 0);
        break;
    case TR_AST_Subscript: {
        int o = expr_any(f, t->u.subscript.value);
        int k = expr_any(f, t->u.subscript.slice);
        emit(f, TR_OPC_DELITEM, o, k, 0);
        break;
    }
    case TR_AST_Tuple:
    case TR_AST_List:
        for (int i = 0; i < t->u.seq.elts.n; i++) delete_target(f, t->u.seq.elts.items[i]);
        break;
    default: error_at(f, t, "cannot delete expression"); break;
    }
    TEMP_RESET(f);
}

/* ---- leaving blocks early ------------------------------------------------ */

static void compile_finally_inline(FnComp *f, int block_index);

/* Emit the unwinding for leaving blocks [to, nblocks) and return how many
 * protectors were suspended (they are resumed by resume_protectors). */
static void unwind_blocks(FnComp *f, int to) {
    for (int i = f->nblocks - 1; i >= to; i--) {
        Block *b = &f->blocks[i];
        if (is_protector(b)) protect_suspend(f, b);
        if (b->kind == BLK_HANDLER) {
            emit(f, TR_OPC_POPEXC, b->prev_reg, 0, 0);
            if (b->as_name) {
                int t = tmp(f);
                emit(f, TR_OPC_LOADNONE, t, 0, 0);
                store_name(f, b->as_name, t);
                f->ntemp--;
                delete_name(f, b->as_name);
            }
        } else if (b->kind == BLK_FINALLY) {
            compile_finally_inline(f, i);
        } else if (b->kind == BLK_WITH) {
            emit(f, TR_OPC_WITHEXIT, b->exit_reg, 0, 0);
        }
    }
}

static void resume_protectors(FnComp *f, int to) {
    for (int i = f->nblocks - 1; i >= to; i--)
        if (is_protector(&f->blocks[i])) f->blocks[i].seg_start = f->ncode;
}

/* Run block i's finally body with the blocks from i up hidden, so a return
 * inside the finally body does not run it again. */
static void compile_finally_inline(FnComp *f, int i) {
    Block saved[MAX_BLOCKS];
    int n = f->nblocks;
    memcpy(saved, f->blocks, sizeof(Block) * (size_t)n);
    const TrAstList *body = f->blocks[i].finalbody;
    f->nblocks = i;
    unsigned char *as = assigned_save(f);
    stmts(f, body);
    assigned_restore(f, as);
    memcpy(f->blocks, saved, sizeof(Block) * (size_t)n);
    f->nblocks = n;
}

static int innermost_loop(FnComp *f) {
    for (int i = f->nblocks - 1; i >= 0; i--)
        if (f->blocks[i].kind == BLK_LOOP) return i;
    return -1;
}

/* ---- statements ---------------------------------------------------------- */

static void cond_jump_false(FnComp *f, const TrAst *test, int label) {
    TEMP_MARK(f);
    if (test->kind == TR_AST_UnaryOp && test->u.unaryop.op == TR_UOP_NOT) {
        int r = expr_any(f, test->u.unaryop.operand);
        emit_jump(f, TR_OPC_JMPIF, r, label);
    } else {
        int r = expr_any(f, test);
        emit_jump(f, TR_OPC_JMPIFNOT, r, label);
    }
    TEMP_RESET(f);
}

static bool is_const_true(const TrAst *e) {
    if (e->kind != TR_AST_Constant) return false;
    switch (e->u.constant.ckind) {
    case TR_CONST_TRUE: return true;
    case TR_CONST_INT: return strcmp(e->u.constant.s, "0") != 0;
    default: return false;
    }
}

static void while_stmt(FnComp *f, const TrAst *st) {
    int head = new_label(f), orelse = new_label(f), end = new_label(f);
    unsigned char *before = assigned_save(f);
    place(f, head);
    bool forever = is_const_true(st->u.whileloop.test);
    if (!forever) cond_jump_false(f, st->u.whileloop.test, orelse);
    Block *b = push_block(f, BLK_LOOP, st);
    b->continue_label = head;
    b->break_label = end;
    stmts(f, &st->u.whileloop.body);
    f->nblocks--;
    f->cur_line = st->line; /* the back-edge belongs to the `while` line, as in CPython */
    int pc = emit(f, TR_OPC_LOOP, 0, 0, (unsigned)f->loop_id++);
    fixup(f, pc, head, 1);
    assigned_restore(f, before);
    place(f, orelse);
    if (forever) assigned_unreachable(f);
    stmts(f, &st->u.whileloop.orelse);
    place(f, end);
    if (forever) assigned_restore(f, before);
}

/* The iteration state of a `for` loop: one register for an iterator, or
 * three (RANGEPREP, FORRANGE) when the loop is over range(a[, b[, c]]):
 * whether that name is the builtin is known only when the loop starts, so
 * RANGEPREP checks, and keeps an iterator in the first register if not.
 * Returns the loop's step opcode. */
static unsigned loop_iter(FnComp *f, const TrAst *iter, int *it) {
    const TrAst *fn = iter->kind == TR_AST_Call ? iter->u.call.func : NULL;
    int n = fn ? iter->u.call.args.n : 0;
    bool range = fn && fn->kind == TR_AST_Name && !strcmp(fn->u.name.id, "range") && n >= 1 && n <= 3 &&
                 !iter->u.call.nkeywords && !has_starred(&iter->u.call.args);
    *it = tmps(f, range ? 3 : 1);
    TEMP_MARK(f);
    if (range) {
        int base = tmps(f, 1 + n);
        expr_into(f, fn, base);
        for (int i = 0; i < n; i++) expr_into(f, iter->u.call.args.items[i], base + 1 + i);
        f->cur_line = iter->line;
        emit(f, TR_OPC_RANGEPREP, *it, base, n);
    } else {
        emit(f, TR_OPC_GETITER, *it, expr_any(f, iter), 0);
    }
    TEMP_RESET(f);
    return range ? TR_OPC_FORRANGE : TR_OPC_FORITER;
}

static void for_stmt(FnComp *f, const TrAst *st) {
    int head = new_label(f), orelse = new_label(f), end = new_label(f);
    int it, mark = f->ntemp;
    unsigned step = loop_iter(f, st->u.forloop.iter, &it); /* lives for the whole loop */
    unsigned char *before = assigned_save(f);
    place(f, head);
    const TrAst *target = st->u.forloop.target;
    int direct = target->kind == TR_AST_Name ? name_store_reg(f, target->u.name.id) : -1;
    TEMP_MARK(f);
    int val = direct >= 0 ? direct : tmp(f);
    f->cur_line = st->line;
    int pc = emit(f, step, it, val, 0);
    fixup(f, pc, orelse, 2);
    if (direct >= 0) f->assigned[direct] = 1;
    else assign_to(f, target, val);
    TEMP_RESET(f);
    Block *b = push_block(f, BLK_LOOP, st);
    b->continue_label = head;
    b->break_label = end;
    stmts(f, &st->u.forloop.body);
    f->nblocks--;
    f->cur_line = st->line;
    pc = emit(f, TR_OPC_LOOP, 0, 0, (unsigned)f->loop_id++);
    fixup(f, pc, head, 1);
    assigned_restore(f, before);
    place(f, orelse);
    stmts(f, &st->u.forloop.orelse);
    place(f, end);
    assigned_restore(f, before);
    f->ntemp = mark; /* release the iteration state */
}

static void if_stmt(FnComp *f, const TrAst *st) {
    int els = new_label(f), end = new_label(f);
    cond_jump_false(f, st->u.ifstmt.test, els);
    unsigned char *before = assigned_save(f);
    stmts(f, &st->u.ifstmt.body);
    unsigned char *after_then = assigned_save(f);
    if (st->u.ifstmt.orelse.n) emit_jump(f, TR_OPC_JMP, 0, end);
    place(f, els);
    assigned_restore(f, before);
    stmts(f, &st->u.ifstmt.orelse);
    assigned_intersect(f, after_then);
    place(f, end);
}

static void return_stmt(FnComp *f, const TrAst *st) {
    if (f->scope->kind != TR_SCOPE_FUNCTION) {
        error_at(f, st, "'return' outside function");
        return;
    }
    TEMP_MARK(f);
    int r;
    if (st->u.ret.value) {
        r = tmp(f);
        expr_into(f, st->u.ret.value, r);
    } else {
        r = tmp(f);
        emit(f, TR_OPC_LOADNONE, r, 0, 0);
    }
    unwind_blocks(f, 0);
    f->cur_line = st->line;
    emit(f, TR_OPC_RETURN, r, 0, 0);
    resume_protectors(f, 0);
    TEMP_RESET(f);
    assigned_unreachable(f);
}

static void break_continue(FnComp *f, const TrAst *st, bool is_break) {
    int li = innermost_loop(f);
    if (li < 0) {
        error_at(f, st, is_break ? "'break' outside loop" : "'continue' not properly in loop");
        return;
    }
    int label = is_break ? f->blocks[li].break_label : f->blocks[li].continue_label;
    unwind_blocks(f, li + 1);
    if (is_break) emit_jump(f, TR_OPC_JMP, 0, label);
    else {
        int pc = emit(f, TR_OPC_LOOP, 0, 0, (unsigned)f->loop_id++);
        fixup(f, pc, label, 1);
    }
    resume_protectors(f, li + 1);
    assigned_unreachable(f);
}

static void raise_stmt(FnComp *f, const TrAst *st) {
    TEMP_MARK(f);
    int base = tmps(f, 2);
    unsigned flags = 0;
    if (st->u.raise.exc) {
        expr_into(f, st->u.raise.exc, base);
        flags |= 1;
    }
    if (st->u.raise.cause) {
        expr_into(f, st->u.raise.cause, base + 1);
        flags |= 2;
    }
    f->cur_line = st->line;
    emit(f, TR_OPC_RAISE, base, base + 1, flags);
    TEMP_RESET(f);
    assigned_unreachable(f);
}

static void assert_stmt(FnComp *f, const TrAst *st) {
    int ok = new_label(f);
    TEMP_MARK(f);
    int t = expr_any(f, st->u.assertstmt.test);
    emit_jump(f, TR_OPC_JMPIF, t, ok);
    int base = tmps(f, 2);
    emit(f, TR_OPC_LOADBUILTIN, base, add_name(f, "AssertionError"), 0);
    if (st->u.assertstmt.msg) {
        expr_into(f, st->u.assertstmt.msg, base + 1);
        emit(f, TR_OPC_CALL, base, 1, 0);
    }
    f->cur_line = st->line;
    emit(f, TR_OPC_RAISE, base, base + 1, 1);
    TEMP_RESET(f);
    place(f, ok);
}

/* An exception handler body: the caught exception (in rexc) becomes the
 * handled one, and a cleanup protector restores the previous handled
 * exception (saved in rprev) if the body raises.  Returns the block. */
static Block *enter_handler(FnComp *f, const TrAst *st, int rexc, int rprev) {
    emit(f, TR_OPC_PUSHEXC, rprev, rexc, 0);
    Block *h = push_block(f, BLK_HANDLER, st);
    h->prev_reg = rprev;
    h->reg = tmp(f);
    protect_begin(f, h);
    return h;
}

/* Close the handler opened by enter_handler and emit its cleanup path. */
static void leave_handler(FnComp *f) {
    Block *h = &f->blocks[f->nblocks - 1];
    int cleanup_label = h->handler_label, cleanup_reg = h->reg, rprev = h->prev_reg;
    protect_end(f, h);
    f->nblocks--;
    place(f, cleanup_label);
    emit(f, TR_OPC_POPEXC, rprev, 0, 0);
    emit(f, TR_OPC_RERAISE, cleanup_reg, 0, 0);
}

static void try_except(FnComp *f, const TrAst *st) {
    int els = new_label(f), end = new_label(f);
    unsigned char *before = assigned_save(f);
    int rexc = tmp(f), rprev = tmp(f);
    Block *t = push_block(f, BLK_TRY, st);
    t->reg = rexc;
    protect_begin(f, t);
    int handler_label = t->handler_label;
    stmts(f, &st->u.trystmt.body);
    protect_end(f, &f->blocks[f->nblocks - 1]);
    f->nblocks--;
    emit_jump(f, TR_OPC_JMP, 0, els);
    unsigned char *after_body = assigned_save(f);

    /* handlers: the exception arrives in rexc */
    place(f, handler_label);
    assigned_restore(f, before);
    enter_handler(f, st, rexc, rprev);
    unsigned char *merged = NULL;
    for (int i = 0; i < st->u.trystmt.nhandlers; i++) {
        const TrAstHandler *hd = &st->u.trystmt.handlers[i];
        f->cur_line = hd->line;
        int next = new_label(f);
        if (hd->type) {
            TEMP_MARK(f);
            int ty = expr_any(f, hd->type);
            int m = tmp(f);
            emit(f, TR_OPC_EXCMATCH, m, rexc, ty);
            emit_jump(f, TR_OPC_JMPIFNOT, m, next);
            TEMP_RESET(f);
        } else if (i != st->u.trystmt.nhandlers - 1) {
            error_at(f, st, "default 'except:' must be last");
            return;
        }
        assigned_restore(f, before);
        Block *hb = &f->blocks[f->nblocks - 1];
        hb->as_name = hd->name;
        if (hd->name) store_name(f, hd->name, rexc);
        stmts(f, &hd->body);
        hb = &f->blocks[f->nblocks - 1];
        emit(f, TR_OPC_POPEXC, rprev, 0, 0);
        if (hd->name) {
            int tn = tmp(f);
            emit(f, TR_OPC_LOADNONE, tn, 0, 0);
            store_name(f, hd->name, tn);
            f->ntemp--;
            delete_name(f, hd->name);
        }
        hb->as_name = NULL;
        emit_jump(f, TR_OPC_JMP, 0, end);
        if (!merged) merged = assigned_save(f);
        else {
            unsigned char *cur = assigned_save(f);
            assigned_restore(f, merged);
            assigned_intersect(f, cur);
            merged = assigned_save(f);
        }
        place(f, next);
    }
    /* nothing matched: restore and re-raise */
    emit(f, TR_OPC_POPEXC, rprev, 0, 0);
    emit(f, TR_OPC_RERAISE, rexc, 0, 0);
    /* an exception inside a handler: restore the handled exception first */
    leave_handler(f);

    place(f, els);
    assigned_restore(f, after_body);
    stmts(f, &st->u.trystmt.orelse);
    if (merged) assigned_intersect(f, merged);
    place(f, end);
    assigned_intersect(f, before);
}

static void try_stmt(FnComp *f, const TrAst *st) {
    if (!st->u.trystmt.finalbody.n) {
        TEMP_MARK(f);
        try_except(f, st);
        TEMP_RESET(f);
        return;
    }
    TEMP_MARK(f);
    int rexc = tmp(f);
    unsigned char *before = assigned_save(f);
    Block *fb = push_block(f, BLK_FINALLY, st);
    fb->reg = rexc;
    fb->finalbody = &st->u.trystmt.finalbody;
    protect_begin(f, fb);
    int handler = fb->handler_label;
    if (st->u.trystmt.nhandlers) try_except(f, st);
    else stmts(f, &st->u.trystmt.body);
    protect_end(f, &f->blocks[f->nblocks - 1]);
    f->nblocks--;
    /* normal exit */
    int end = new_label(f);
    stmts(f, &st->u.trystmt.finalbody);
    emit_jump(f, TR_OPC_JMP, 0, end);
    unsigned char *after = assigned_save(f);
    /* exceptional exit: run the body with the exception as the handled one
     * (so what it raises chains to it), then re-raise */
    place(f, handler);
    assigned_restore(f, before);
    int rprev = tmp(f);
    enter_handler(f, st, rexc, rprev);
    stmts(f, &st->u.trystmt.finalbody);
    emit(f, TR_OPC_POPEXC, rprev, 0, 0);
    emit(f, TR_OPC_RERAISE, rexc, 0, 0);
    leave_handler(f);
    place(f, end);
    assigned_restore(f, after);
    TEMP_RESET(f);
}

/* `with a as x, b:` is `with a as x: with b:`.  The body is protected;
 * leaving it normally (or by return/break/continue, see unwind_blocks)
 * calls __exit__(None, None, None); an exception calls __exit__ with it, as
 * the handled exception, and is re-raised unless __exit__ returns true. */
static void with_items(FnComp *f, const TrAst *st, int i) {
    TEMP_MARK(f);
    const TrAstWithItem *it = &st->u.with.items[i];
    int rmgr = expr_any(f, it->context_expr);
    int rexit = tmp(f);
    tmp(f); /* rexit + 1: __enter__'s value */
    emit(f, TR_OPC_WITHENTER, rexit, rmgr, 0);
    if (it->optional_vars) assign_to(f, it->optional_vars, rexit + 1);
    unsigned char *before = assigned_save(f);
    int rexc = tmp(f), rprev = tmp(f);
    Block *b = push_block(f, BLK_WITH, st);
    b->reg = rexc;
    b->exit_reg = rexit;
    protect_begin(f, b);
    int handler = b->handler_label;
    if (i + 1 < st->u.with.nitems) with_items(f, st, i + 1);
    else stmts(f, &st->u.with.body);
    protect_end(f, &f->blocks[f->nblocks - 1]);
    f->nblocks--;
    emit(f, TR_OPC_WITHEXIT, rexit, 0, 0);
    int end = new_label(f), suppressed = new_label(f);
    emit_jump(f, TR_OPC_JMP, 0, end);
    unsigned char *after = assigned_save(f);

    place(f, handler);
    assigned_restore(f, before);
    enter_handler(f, st, rexc, rprev);
    emit(f, TR_OPC_WITHEXIT, rexit, rexc, 1);
    emit_jump(f, TR_OPC_JMPIF, rexit, suppressed);
    emit(f, TR_OPC_POPEXC, rprev, 0, 0);
    emit(f, TR_OPC_RERAISE, rexc, 0, 0);
    leave_handler(f); /* also covers an exception raised by __exit__ itself */
    place(f, suppressed);
    emit(f, TR_OPC_POPEXC, rprev, 0, 0);
    assigned_restore(f, before);
    place(f, end);
    assigned_intersect(f, after);
    TEMP_RESET(f);
}

static void import_stmt(FnComp *f, const TrAst *st) {
    for (int i = 0; i < st->u.import.nnames; i++) {
        const TrAstAlias *a = &st->u.import.names[i];
        TEMP_MARK(f);
        int r = tmp(f);
        if (a->asname) {
            emit(f, TR_OPC_IMPORT, r, add_name(f, a->name), 0);
            store_name(f, a->asname, r);
        } else {
            emit(f, TR_OPC_IMPORT, r, add_name(f, a->name), 1);
            const char *dot = strchr(a->name, '.');
            store_name(f, dot ? GC_strndup(a->name, (size_t)(dot - a->name)) : a->name, r);
        }
        TEMP_RESET(f);
    }
}

static void import_from(FnComp *f, const TrAst *st) {
    TEMP_MARK(f);
    int m = tmp(f);
    /* C: the relative level above the top-level flag bit (tr_import) */
    const char *mod = st->u.importfrom.module ? st->u.importfrom.module : "";
    emit(f, TR_OPC_IMPORT, m, add_name(f, mod), (unsigned)st->u.importfrom.level << 1);
    for (int i = 0; i < st->u.importfrom.nnames; i++) {
        const TrAstAlias *a = &st->u.importfrom.names[i];
        if (!strcmp(a->name, "*")) {
            emit(f, TR_OPC_IMPORTSTAR, m, 0, 0);
            continue;
        }
        int r = tmp(f);
        emit(f, TR_OPC_IMPORTFROM, r, m, add_name(f, a->name));
        store_name(f, a->asname ? a->asname : a->name, r);
        f->ntemp--;
    }
    TEMP_RESET(f);
}

/* ---- annotations ---------------------------------------------------------------- */

/* Does a module or class body annotate a name (outside nested defs)?  Then
 * it gets an __annotations__ dict, as CPython's SETUP_ANNOTATIONS. */
static bool has_annotations(const TrAstList *body) {
    for (int i = 0; i < body->n; i++) {
        const TrAst *st = body->items[i];
        switch (st->kind) {
        case TR_AST_AnnAssign: return true;
        case TR_AST_If:
            if (has_annotations(&st->u.ifstmt.body) || has_annotations(&st->u.ifstmt.orelse)) return true;
            break;
        case TR_AST_For:
            if (has_annotations(&st->u.forloop.body) || has_annotations(&st->u.forloop.orelse)) return true;
            break;
        case TR_AST_While:
            if (has_annotations(&st->u.whileloop.body) || has_annotations(&st->u.whileloop.orelse)) return true;
            break;
        case TR_AST_With:
            if (has_annotations(&st->u.with.body)) return true;
            break;
        case TR_AST_Try:
            if (has_annotations(&st->u.trystmt.body) || has_annotations(&st->u.trystmt.orelse) ||
                has_annotations(&st->u.trystmt.finalbody))
                return true;
            for (int h = 0; h < st->u.trystmt.nhandlers; h++)
                if (has_annotations(&st->u.trystmt.handlers[h].body)) return true;
            break;
        default: break;
        }
    }
    return false;
}

static TrAst *synth(TrAstKind kind, const TrAst *at) {
    TrAst *n = GC_MALLOC(sizeof *n);
    n->kind = kind;
    n->line = n->end_line = at ? at->line : 1;
    n->height = 1;
    return n;
}

static TrAst *synth_name(const char *id, TrAstCtx ctx, const TrAst *at) {
    TrAst *n = synth(TR_AST_Name, at);
    n->u.name.id = id;
    n->u.name.ctx = ctx;
    return n;
}

static TrAstList synth_list(TrAst *item) {
    TrAstList l = {1, GC_MALLOC(sizeof(TrAst *))};
    l.items[0] = item;
    return l;
}

/* Module code: `try: __annotations__ / except NameError: __annotations__ = {}`,
 * so exec() into a namespace (or the REPL) keeps the annotations it has. */
static void setup_module_annotations(FnComp *f, const TrAst *at) {
    TrAst *probe = synth(TR_AST_ExprStmt, at);
    probe->u.exprstmt.value = synth_name("__annotations__", TR_CTX_LOAD, at);
    TrAst *init = synth(TR_AST_Assign, at);
    init->u.assign.targets = synth_list(synth_name("__annotations__", TR_CTX_STORE, at));
    init->u.assign.value = synth(TR_AST_Dict, at);
    TrAst *t = synth(TR_AST_Try, at);
    t->u.trystmt.body = synth_list(probe);
    t->u.trystmt.nhandlers = 1;
    t->u.trystmt.handlers = GC_MALLOC(sizeof(TrAstHandler));
    t->u.trystmt.handlers[0].type = synth_name("NameError", TR_CTX_LOAD, at);
    t->u.trystmt.handlers[0].body = synth_list(init);
    t->u.trystmt.handlers[0].line = t->line;
    stmt(f, t);
}

/* `target: annotation [= value]`.  In module and class bodies the
 * annotation is evaluated after the assignment and, for a plain name,
 * stored in __annotations__; function bodies do not evaluate it. */
static void ann_assign(FnComp *f, const TrAst *st) {
    TEMP_MARK(f);
    if (st->u.annassign.value) {
        int v = tmp(f);
        expr_into(f, st->u.annassign.value, v);
        assign_to(f, st->u.annassign.target, v);
    }
    if (f->scope->kind == TR_SCOPE_MODULE || f->scope->kind == TR_SCOPE_CLASS) {
        int ann = expr_any(f, st->u.annassign.annotation);
        const TrAst *t = st->u.annassign.target;
        if (t->kind == TR_AST_Name && st->u.annassign.simple) {
            int d = load_name(f, "__annotations__", -1, st);
            int k = tmp(f);
            load_const(f, tr_obj(tr_str_intern(t->u.name.id)), k);
            f->cur_line = st->line;
            emit(f, TR_OPC_SETITEM, d, k, ann);
        }
    }
    TEMP_RESET(f);
}

static void add_annotation(FnComp *f, int d, const char *name, const TrAst *ann) {
    if (!ann) return;
    TEMP_MARK(f);
    int k = tmp(f);
    load_const(f, tr_obj(tr_str_intern(name)), k);
    int v = expr_any(f, ann);
    emit(f, TR_OPC_DICTSET, d, k, v);
    TEMP_RESET(f);
}

/* def f(a: A, *b: B, c: C, **d: D) -> R: the function's __annotations__
 * dict, in CPython's order, set when any annotation is present. */
static void function_annotations(FnComp *f, const TrAst *st, int fr) {
    const TrAstArgs *a = st->u.funcdef.args;
    bool any = st->u.funcdef.returns || (a->vararg && a->vararg->annotation) || (a->kwarg && a->kwarg->annotation);
    for (int i = 0; i < a->nargs; i++) any |= a->args[i].annotation != NULL;
    for (int i = 0; i < a->nkwonly; i++) any |= a->kwonly[i].annotation != NULL;
    if (!any) return;
    TEMP_MARK(f);
    int d = tmp(f);
    emit(f, TR_OPC_BUILDDICT, d, 0, 0);
    for (int i = 0; i < a->nargs; i++) add_annotation(f, d, a->args[i].name, a->args[i].annotation);
    if (a->vararg) add_annotation(f, d, a->vararg->name, a->vararg->annotation);
    for (int i = 0; i < a->nkwonly; i++) add_annotation(f, d, a->kwonly[i].name, a->kwonly[i].annotation);
    if (a->kwarg) add_annotation(f, d, a->kwarg->name, a->kwarg->annotation);
    add_annotation(f, d, "return", st->u.funcdef.returns);
    emit(f, TR_OPC_SETATTR, fr, add_name(f, "__annotations__"), d);
    TEMP_RESET(f);
}

static void funcdef(FnComp *f, const TrAst *st) {
    TEMP_MARK(f);
    const TrAstList *decs = &st->u.funcdef.decorators;
    int dbase = tmps(f, decs->n + 1);
    for (int i = 0; i < decs->n; i++) expr_into(f, decs->items[i], dbase + i);
    int fr = dbase + decs->n;
    f->cur_line = st->line;
    make_function(f, next_child(f), st->u.funcdef.args, fr);
    function_annotations(f, st, fr);
    for (int i = decs->n - 1; i >= 0; i--) {
        int base = tmps(f, 2);
        emit(f, TR_OPC_MOVE, base, dbase + i, 0);
        emit(f, TR_OPC_MOVE, base + 1, fr, 0);
        emit(f, TR_OPC_CALL, base, 1, 0);
        emit(f, TR_OPC_MOVE, fr, base, 0);
        f->ntemp -= 2;
    }
    store_name(f, st->u.funcdef.bind_name, fr);
    TEMP_RESET(f);
}

/* The docstring of a body: its first statement when that is a string. */
static const TrAst *docstring(const TrAstList *body) {
    if (body->n == 0 || body->items[0]->kind != TR_AST_ExprStmt) return NULL;
    const TrAst *v = body->items[0]->u.exprstmt.value;
    if (v->kind != TR_AST_Constant || v->u.constant.ckind != TR_CONST_STR) return NULL;
    return v;
}

/* class C(bases, **kw): body  ==>  __build_class__(body_fn, "C", *bases, **kw) */
static void classdef(FnComp *f, const TrAst *st) {
    TEMP_MARK(f);
    const TrAstList *decs = &st->u.classdef.decorators;
    int dbase = tmps(f, decs->n + 1);
    for (int i = 0; i < decs->n; i++) expr_into(f, decs->items[i], dbase + i);
    int cr = dbase + decs->n;
    const TrAstList *bases = &st->u.classdef.bases;
    int nkw = st->u.classdef.nkeywords;
    const TrAstKeyword *kws = st->u.classdef.keywords;
    bool star = has_starred(bases);
    for (int i = 0; i < nkw; i++)
        if (!kws[i].name) star = true;
    f->cur_line = st->line;
    if (star) {
        int base = tmps(f, 3);
        emit(f, TR_OPC_LOADBUILTIN, base, add_name(f, "__build_class__"), 0);
        int head = tmps(f, 2);
        make_function(f, next_child(f), NULL, head);
        load_const(f, tr_obj(tr_str_intern(st->u.classdef.name)), head + 1);
        emit(f, TR_OPC_BUILDLIST, base + 1, head, 2);
        for (int i = 0; i < bases->n; i++) {
            const TrAst *b = bases->items[i];
            TEMP_MARK(f);
            if (b->kind == TR_AST_Starred)
                emit(f, TR_OPC_LISTEXTEND, base + 1, expr_any(f, b->u.starred.value), 0);
            else
                emit(f, TR_OPC_LISTAPPEND, base + 1, expr_any(f, b), 0);
            TEMP_RESET(f);
        }
        emit(f, TR_OPC_LISTTOTUPLE, base + 1, base + 1, 0);
        if (nkw) {
            emit(f, TR_OPC_BUILDDICT, base + 2, 0, 0);
            for (int i = 0; i < nkw; i++) {
                TEMP_MARK(f);
                if (!kws[i].name) {
                    emit(f, TR_OPC_DICTMERGE, base + 2, expr_any(f, kws[i].value), 0);
                } else {
                    int kr = tmp(f);
                    load_const(f, tr_obj(tr_str_intern(kws[i].name)), kr);
                    emit(f, TR_OPC_DICTSET, base + 2, kr, expr_any(f, kws[i].value));
                }
                TEMP_RESET(f);
            }
        }
        emit(f, TR_OPC_CALLEX, base, nkw ? 2 : 1, 0);
        emit(f, TR_OPC_MOVE, cr, base, 0);
    } else {
        int n = 3 + bases->n + nkw;
        int base = tmps(f, n);
        emit(f, TR_OPC_LOADBUILTIN, base, add_name(f, "__build_class__"), 0);
        make_function(f, next_child(f), NULL, base + 1);
        load_const(f, tr_obj(tr_str_intern(st->u.classdef.name)), base + 2);
        for (int i = 0; i < bases->n; i++) expr_into(f, bases->items[i], base + 3 + i);
        for (int i = 0; i < nkw; i++) expr_into(f, kws[i].value, base + 3 + bases->n + i);
        f->cur_line = st->line;
        if (nkw)
            emit(f, TR_OPC_CALLKW, base, n - 1, kwnames_const(f, kws, nkw));
        else
            emit(f, TR_OPC_CALL, base, n - 1, 0);
        emit(f, TR_OPC_MOVE, cr, base, 0);
    }
    for (int i = decs->n - 1; i >= 0; i--) {
        int b = tmps(f, 2);
        emit(f, TR_OPC_MOVE, b, dbase + i, 0);
        emit(f, TR_OPC_MOVE, b + 1, cr, 0);
        emit(f, TR_OPC_CALL, b, 1, 0);
        emit(f, TR_OPC_MOVE, cr, b, 0);
        f->ntemp -= 2;
    }
    store_name(f, st->u.classdef.bind_name, cr);
    TEMP_RESET(f);
}

static void augassign(FnComp *f, const TrAst *st) {
    const TrAst *t = st->u.augassign.target;
    unsigned op = (unsigned)st->u.augassign.op;
    TEMP_MARK(f);
    switch (t->kind) {
    case TR_AST_Name: {
        int reg = name_store_reg(f, t->u.name.id);
        if (reg >= 0 && !f->scope->has_walrus) {
            load_name(f, t->u.name.id, -1, t); /* unbound check */
            int v = expr_any(f, st->u.augassign.value);
            f->cur_line = st->line;
            emit(f, TR_OPC_INPLACE, reg, v, op);
        } else {
            int cur = tmp(f);
            load_name(f, t->u.name.id, cur, t);
            int v = expr_any(f, st->u.augassign.value);
            f->cur_line = st->line;
            emit(f, TR_OPC_INPLACE, cur, v, op);
            store_name(f, t->u.name.id, cur);
        }
        break;
    }
    case TR_AST_Attribute: {
        int o = expr_any(f, t->u.attribute.value);
        int cur = tmp(f);
        int name = add_name(f, t->u.attribute.attr);
        emit(f, TR_OPC_GETATTR, cur, o, name);
        int v = expr_any(f, st->u.augassign.value);
        f->cur_line = st->line;
        emit(f, TR_OPC_INPLACE, cur, v, op);
        emit(f, TR_OPC_SETATTR, o, name, cur);
        break;
    }
    case TR_AST_Subscript: {
        int o = expr_any(f, t->u.subscript.value);
        int k = expr_any(f, t->u.subscript.slice);
        int cur = tmp(f);
        emit(f, TR_OPC_GETITEM, cur, o, k);
        int v = expr_any(f, st->u.augassign.value);
        f->cur_line = st->line;
        emit(f, TR_OPC_INPLACE, cur, v, op);
        emit(f, TR_OPC_SETITEM, o, k, cur);
        break;
    }
    default: error_at(f, t, "illegal expression for augmented assignment"); break;
    }
    TEMP_RESET(f);
}

static bool is_plain_sequence(const TrAst *e) {
    return (e->kind == TR_AST_Tuple || e->kind == TR_AST_List) && !has_starred(&e->u.seq.elts);
}

/* `a, b = x, y` (swaps, parallel assignment): the right-hand tuple can never
 * be seen, so evaluate its items into temps and assign them one by one,
 * with no BUILDTUPLE/UNPACK pair in between (CPython emits SWAPs here). */
static bool assign_parallel(FnComp *f, const TrAst *target, const TrAst *value) {
    const TrAstList *lhs = &target->u.seq.elts, *rhs = &value->u.seq.elts;
    if (!is_plain_sequence(target) || !is_plain_sequence(value) || lhs->n != rhs->n ||
        lhs->n == 0 || lhs->n > 256)
        return false;
    int base = tmps(f, rhs->n);
    for (int i = 0; i < rhs->n; i++) expr_into(f, rhs->items[i], base + i);
    for (int i = 0; i < lhs->n; i++) assign_to(f, lhs->items[i], base + i);
    return true;
}

static void assign_stmt(FnComp *f, const TrAst *st) {
    const TrAstList *targets = &st->u.assign.targets;
    TEMP_MARK(f);
    if (targets->n == 1 && assign_parallel(f, targets->items[0], st->u.assign.value)) {
        TEMP_RESET(f);
        return;
    }
    /* a single local name target: compute straight into its register */
    if (targets->n == 1 && targets->items[0]->kind == TR_AST_Name && !f->scope->has_walrus) {
        int reg = name_store_reg(f, targets->items[0]->u.name.id);
        if (reg >= 0) {
            expr_into(f, st->u.assign.value, reg);
            f->assigned[reg] = 1;
            TEMP_RESET(f);
            return;
        }
    }
    int v = tmp(f);
    expr_into(f, st->u.assign.value, v);
    for (int i = 0; i < targets->n; i++) assign_to(f, targets->items[i], v);
    TEMP_RESET(f);
}

static void stmt(FnComp *f, const TrAst *st) {
    if (f->c->failed) return;
    f->cur_line = st->line;
    switch (st->kind) {
    case TR_AST_ExprStmt: {
        TEMP_MARK(f);
        const TrAst *v = st->u.exprstmt.value;
        if (f->c->mode == 1 && f->scope->kind == TR_SCOPE_MODULE) {
            /* interactive: echo the value through sys.displayhook's rules */
            int base = tmps(f, 2);
            emit(f, TR_OPC_LOADBUILTIN, base, add_name(f, "__displayhook__"), 0);
            expr_into(f, v, base + 1);
            emit(f, TR_OPC_CALL, base, 1, 0);
        } else if (v->kind != TR_AST_Constant) {
            expr_any(f, v);
        }
        TEMP_RESET(f);
        break;
    }
    case TR_AST_Assign: assign_stmt(f, st); break;
    case TR_AST_AugAssign: augassign(f, st); break;
    case TR_AST_AnnAssign: ann_assign(f, st); break;
    case TR_AST_If: if_stmt(f, st); break;
    case TR_AST_While: while_stmt(f, st); break;
    case TR_AST_For: for_stmt(f, st); break;
    case TR_AST_Break: break_continue(f, st, true); break;
    case TR_AST_Continue: break_continue(f, st, false); break;
    case TR_AST_Return: return_stmt(f, st); break;
    case TR_AST_Pass: break;
    case TR_AST_FunctionDef: funcdef(f, st); break;
    case TR_AST_Delete:
        for (int i = 0; i < st->u.del.targets.n; i++) delete_target(f, st->u.del.targets.items[i]);
        break;
    case TR_AST_Global:
    case TR_AST_Nonlocal: break;
    case TR_AST_Raise: raise_stmt(f, st); break;
    case TR_AST_Assert: assert_stmt(f, st); break;
    case TR_AST_Try: try_stmt(f, st); break;
    case TR_AST_Import: import_stmt(f, st); break;
    case TR_AST_ImportFrom: import_from(f, st); break;
    case TR_AST_ClassDef: classdef(f, st); break;
    case TR_AST_With: with_items(f, st, 0); break;
    default: error_at(f, st, "unsupported statement"); break;
    }
}

static void stmts(FnComp *f, const TrAstList *body) {
    for (int i = 0; i < body->n && !f->c->failed; i++) stmt(f, body->items[i]);
}

/* ---- scopes -------------------------------------------------------------- */

static void assign_registers(FnComp *f) {
    TrScope *s = f->scope;
    int reg = 0;
    if (s->kind == TR_SCOPE_MODULE) {
        f->nlocals = 0;
        return;
    }
    if (s->kind == TR_SCOPE_CLASS) {
        for (int i = 0; i < s->nsyms; i++)
            if (tr_scope_name_kind(s, s->syms[i].name) == TR_NAME_CELL) s->syms[i].reg = reg++;
        f->nlocals = reg;
        return;
    }
    /* parameters first, in declaration order (the symtable added them first) */
    for (int i = 0; i < s->nsyms; i++)
        if (s->syms[i].flags & TR_SYM_PARAM) s->syms[i].reg = reg++;
    for (int i = 0; i < s->nsyms; i++) {
        TrSymbol *sym = &s->syms[i];
        if (sym->flags & TR_SYM_PARAM) continue;
        TrNameKind k = tr_scope_name_kind(s, sym->name);
        if (k == TR_NAME_LOCAL || k == TR_NAME_CELL) sym->reg = reg++;
    }
    f->nlocals = reg;
}

static void assign_free_registers(FnComp *f, int *freestart, int *nfree) {
    TrScope *s = f->scope;
    *freestart = f->nlocals;
    int n = 0;
    for (int i = 0; i < s->nsyms; i++) {
        TrSymbol *sym = &s->syms[i];
        if (tr_scope_name_kind(s, sym->name) == TR_NAME_FREE ||
            (s->kind == TR_SCOPE_CLASS && (sym->flags & TR_SYM_FREE))) {
            sym->reg = f->nlocals + n;
            n++;
        }
    }
    f->nlocals += n;
    *nfree = n;
}

static TrStr *make_qualname(FnComp *parent, const char *name) {
    if (!parent || parent->scope->kind == TR_SCOPE_MODULE) return tr_str_intern(name);
    if (parent->scope->kind == TR_SCOPE_CLASS)
        return tr_str_format("%U.%s", parent->qualname, name);
    return tr_str_format("%U.<locals>.%s", parent->qualname, name);
}

static void comprehension_body(FnComp *f, const TrAst *e, int result);

static TrCode *finish_code(FnComp *f, int freestart, int nfree) {
    /* patch jumps */
    for (int i = 0; i < f->nfixups; i++) {
        Fixup *x = &f->fixups[i];
        TrInstr in = f->code[x->pc];
        unsigned target = (unsigned)f->labels[x->label];
        if (target > TR_MAX_BC) { /* a jump operand has 20 bits */
            error_at(f, NULL, "too many instructions in one function");
            break;
        }
        if (x->slot == 1) in = TR_MKINSTR(TR_OP(in), TR_A(in), target, TR_C(in));
        else in = TR_MKINSTR(TR_OP(in), TR_A(in), TR_B(in), target);
        f->code[x->pc] = in;
    }
    TrCode *co = tr_new_object(&tr_code_type, sizeof(TrCode));
    co->code = f->code;
    co->ncode = f->ncode;
    co->lines = f->lines;
    TrList *consts = TR_AS(TrList, f->consts_list);
    co->nconsts = (int32_t)consts->len;
    co->consts = tr_alloc(sizeof(TrValue) * (size_t)(consts->len + 1));
    memcpy(co->consts, consts->items, sizeof(TrValue) * (size_t)consts->len);
    co->nnames = (int32_t)f->names_list->len;
    co->names = tr_alloc(sizeof(TrStr *) * (size_t)(co->nnames + 1));
    for (int i = 0; i < co->nnames; i++) co->names[i] = TR_AS(TrStr, f->names_list->items[i]);
    /* exception table, innermost (deepest) protector first */
    co->nexc = f->nranges;
    co->exctab = tr_alloc(sizeof(TrExcEntry) * (size_t)(f->nranges + 1));
    int k = 0;
    for (int depth = f->nprotectors + MAX_BLOCKS; depth >= 0; depth--)
        for (int i = 0; i < f->nranges; i++)
            if (f->ranges[i].depth == depth)
                co->exctab[k++] = (TrExcEntry){f->ranges[i].start, f->ranges[i].end,
                                               f->labels[f->ranges[i].handler_label],
                                               f->ranges[i].reg};
    co->nregs = f->maxreg > f->nlocals ? f->maxreg : f->nlocals;
    co->nloops = f->loop_id;
    co->loopcount = tr_alloc_atomic(sizeof(int32_t) * (size_t)(f->loop_id + 1));
    co->prof = tr_alloc_atomic(sizeof(uint32_t) * (size_t)(f->ncode + 1));
    co->argcount = f->argcount;
    co->posonlyargcount = f->posonly;
    co->kwonlyargcount = f->kwonly;
    co->flags = f->flags;
    co->freestart = freestart;
    co->nfree = nfree;
    TrScope *s = f->scope;
    co->nvarnames = f->nlocals;
    co->varnames = tr_alloc(sizeof(TrStr *) * (size_t)(f->nlocals + 1));
    for (int i = 0; i < f->nlocals; i++) co->varnames[i] = tr_str_intern("?");
    for (int i = 0; i < s->nsyms; i++)
        if (s->syms[i].reg >= 0 && s->syms[i].reg < f->nlocals)
            co->varnames[s->syms[i].reg] = tr_str_intern(s->syms[i].name);
    co->name = tr_str_intern(f->name);
    co->qualname = f->qualname;
    co->filename = tr_str_intern(f->c->filename);
    co->firstline = f->lines && f->ncode ? f->lines[0] : 1;
    return co;
}

static TrCode *compile_scope(FnComp *parent, TrScope *scope, const TrAst *node) {
    Comp *c = parent ? parent->c : NULL;
    FnComp fc;
    memset(&fc, 0, sizeof fc);
    FnComp *f = &fc;
    f->c = c;
    f->parent = parent;
    f->scope = scope;
    f->consts_list = tr_obj(tr_list_new(0));
    f->const_index = tr_dict_new();
    f->names_list = tr_list_new(0);
    f->name_index = tr_dict_new();
    f->cur_line = node ? node->line : 1;
    f->name = scope->name;
    f->qualname = make_qualname(parent, scope->name);
    scope->child_cursor = 0;
    assign_registers(f);
    int freestart, nfree;
    assign_free_registers(f, &freestart, &nfree);
    f->assigned = GC_MALLOC_ATOMIC((size_t)f->nlocals + 1);
    memset(f->assigned, 0, (size_t)f->nlocals + 1);
    for (int i = 0; i < scope->nsyms; i++)
        if ((scope->syms[i].flags & TR_SYM_PARAM) && scope->syms[i].reg >= 0)
            f->assigned[scope->syms[i].reg] = 1;
    if (scope->is_generator) f->flags |= TR_CO_GENERATOR;

    const TrAstArgs *args = NULL;
    if (node && node->kind == TR_AST_FunctionDef) args = node->u.funcdef.args;
    if (node && node->kind == TR_AST_Lambda) args = node->u.lambda.args;
    if (args) {
        f->argcount = args->nargs;
        f->posonly = args->nposonly;
        f->kwonly = args->nkwonly;
        if (args->vararg) f->flags |= TR_CO_VARARGS;
        if (args->kwarg) f->flags |= TR_CO_VARKEYWORDS;
    } else if (scope->kind == TR_SCOPE_COMPREHENSION) {
        f->argcount = 1;
    }
    if (scope->kind == TR_SCOPE_MODULE) f->flags |= TR_CO_MODULE;

    /* cells: wrap captured parameters, create empty cells for other locals */
    for (int i = 0; i < scope->nsyms; i++) {
        TrSymbol *sym = &scope->syms[i];
        if (sym->reg >= 0 && sym->reg < freestart &&
            tr_scope_name_kind(scope, sym->name) == TR_NAME_CELL) {
            emit(f, TR_OPC_MAKECELL, sym->reg, 0, 0);
            f->assigned[sym->reg] = 1; /* the cell itself is always there */
        }
    }

    if (!node) {
        const TrAstList *body = (const TrAstList *)scope->node; /* unused */
        (void)body;
    }
    if (node && node->kind == TR_AST_FunctionDef) {
        stmts(f, &node->u.funcdef.body);
        int r = tmp(f);
        emit(f, TR_OPC_LOADNONE, r, 0, 0);
        emit(f, TR_OPC_RETURN, r, 0, 0);
    } else if (node && node->kind == TR_AST_Lambda) {
        int r = tmp(f);
        f->cur_line = node->u.lambda.body->line;
        expr_into(f, node->u.lambda.body, r);
        if (scope->is_generator) emit(f, TR_OPC_LOADNONE, r, 0, 0);
        emit(f, TR_OPC_RETURN, r, 0, 0);
    } else if (scope->kind == TR_SCOPE_COMPREHENSION) {
        int r = tmp(f);
        comprehension_body(f, node, r);
        emit(f, TR_OPC_RETURN, r, 0, 0);
    } else if (scope->kind == TR_SCOPE_CLASS) {
        int r = tmp(f);
        emit(f, TR_OPC_LOADGLOBAL, r, add_name(f, "__name__"), 0);
        emit(f, TR_OPC_STORENAME, r, add_name(f, "__module__"), 0);
        load_const(f, tr_obj(f->qualname), r);
        emit(f, TR_OPC_STORENAME, r, add_name(f, "__qualname__"), 0);
        const TrAst *doc = docstring(&node->u.classdef.body);
        if (doc) {
            load_const(f, constant_value(f, doc), r);
            emit(f, TR_OPC_STORENAME, r, add_name(f, "__doc__"), 0);
        }
        if (has_annotations(&node->u.classdef.body)) {
            emit(f, TR_OPC_BUILDDICT, r, 0, 0);
            emit(f, TR_OPC_STORENAME, r, add_name(f, "__annotations__"), 0);
        }
        stmts(f, &node->u.classdef.body);
        TrSymbol *cell = tr_scope_lookup(scope, "__class__");
        if (cell && tr_scope_name_kind(scope, "__class__") == TR_NAME_CELL)
            emit(f, TR_OPC_MOVE, r, cell->reg, 0);
        else
            emit(f, TR_OPC_LOADNONE, r, 0, 0);
        emit(f, TR_OPC_RETURN, r, 0, 0);
    }
    if (c->failed) return NULL;
    return finish_code(f, freestart, nfree);
}

/* The body of a comprehension function: one nested loop per `for` clause,
 * filters as jumps back to the loop header. */
static void comprehension_gen(FnComp *f, const TrAst *e, int g, int result) {
    const TrAstComprehension *gen = &e->u.comp.gens[g];
    int it;
    unsigned step = TR_OPC_FORITER;
    TEMP_MARK(f);
    if (g == 0) it = local_sym(f, ".0")->reg;
    else step = loop_iter(f, gen->iter, &it);
    int head = new_label(f), end = new_label(f);
    place(f, head);
    int val = tmp(f);
    int pc = emit(f, step, it, val, 0);
    fixup(f, pc, end, 2);
    assign_to(f, gen->target, val);
    for (int i = 0; i < gen->ifs.n; i++) cond_jump_false(f, gen->ifs.items[i], head);
    if (g + 1 < e->u.comp.ngens) {
        comprehension_gen(f, e, g + 1, result);
    } else {
        TEMP_MARK(f);
        switch (e->kind) {
        case TR_AST_ListComp:
            emit(f, TR_OPC_LISTAPPEND, result, expr_any(f, e->u.comp.elt), 0);
            break;
        case TR_AST_SetComp:
            emit(f, TR_OPC_SETADD, result, expr_any(f, e->u.comp.elt), 0);
            break;
        case TR_AST_DictComp: {
            int kr = expr_any(f, e->u.comp.key);
            int vr = expr_any(f, e->u.comp.value);
            emit(f, TR_OPC_DICTSET, result, kr, vr);
            break;
        }
        default: {
            int y = tmp(f);
            expr_into(f, e->u.comp.elt, y);
            emit(f, TR_OPC_YIELD, y, y, 0);
            break;
        }
        }
        TEMP_RESET(f);
    }
    pc = emit(f, TR_OPC_LOOP, 0, 0, (unsigned)f->loop_id++);
    fixup(f, pc, head, 1);
    place(f, end);
    TEMP_RESET(f);
}

static void comprehension_body(FnComp *f, const TrAst *e, int result) {
    switch (e->kind) {
    case TR_AST_ListComp: emit(f, TR_OPC_BUILDLIST, result, 0, 0); break;
    case TR_AST_SetComp: emit(f, TR_OPC_BUILDSET, result, 0, 0); break;
    case TR_AST_DictComp: emit(f, TR_OPC_BUILDDICT, result, 0, 0); break;
    default: break;
    }
    comprehension_gen(f, e, 0, result);
    if (e->kind == TR_AST_GeneratorExp) emit(f, TR_OPC_LOADNONE, result, 0, 0);
}

/* ---- entry points -------------------------------------------------------- */

void tr_raise_syntax_error(const TrSyntaxError *e) {
    if (e->kind && !strcmp(e->kind, "RecursionError")) { /* input nested too deeply */
        tr_raise(tr_RecursionError, "%s", e->msg);
        return;
    }
    TrType *t = tr_SyntaxError;
    if (e->kind && !strcmp(e->kind, "IndentationError")) t = tr_IndentationError;
    else if (e->kind && !strcmp(e->kind, "TabError")) t = tr_TabError;
    TrValue msg = tr_str_value(e->msg ? e->msg : "invalid syntax");
    TrValue exc = tr_exc_new(t, &msg, 1);
    TrValue v = exc;
    tr_setattr(v, tr_str_intern("msg"), msg);
    tr_setattr(v, tr_str_intern("filename"), tr_str_value(e->filename ? e->filename : "<unknown>"));
    tr_setattr(v, tr_str_intern("lineno"), tr_int(e->line));
    tr_setattr(v, tr_str_intern("offset"), tr_int(e->col));
    tr_setattr(v, tr_str_intern("end_offset"), tr_int(e->end_col));
    tr_setattr(v, tr_str_intern("text"), e->text ? tr_str_value(e->text) : tr_none());
    tr_raise_value(exc);
}

TrCode *tr_compile_ast(const TrAstModule *m, const char *filename, int mode) {
    Comp c;
    memset(&c, 0, sizeof c);
    c.filename = filename;
    c.mode = mode;
    TrScope *top = tr_symtable_build(m, filename, &c.err);
    if (!top) {
        tr_raise_syntax_error(&c.err);
        return NULL;
    }
    FnComp fc;
    memset(&fc, 0, sizeof fc);
    FnComp *f = &fc;
    f->c = &c;
    f->scope = top;
    f->consts_list = tr_obj(tr_list_new(0));
    f->const_index = tr_dict_new();
    f->names_list = tr_list_new(0);
    f->name_index = tr_dict_new();
    f->cur_line = 1;
    f->name = "<module>";
    f->qualname = tr_str_intern("<module>");
    f->flags = TR_CO_MODULE;
    f->assigned = GC_MALLOC_ATOMIC(1);
    f->assigned[0] = 0;
    if (mode == 2 && m->body.n == 1 && m->body.items[0]->kind == TR_AST_ExprStmt) {
        int r = tmp(f);
        f->cur_line = m->body.items[0]->line;
        expr_into(f, m->body.items[0]->u.exprstmt.value, r);
        emit(f, TR_OPC_RETURN, r, 0, 0);
    } else {
        const TrAst *doc = mode == 0 ? docstring(&m->body) : NULL;
        if (doc) { /* a module's docstring becomes its __doc__ */
            int d = tmp(f);
            load_const(f, constant_value(f, doc), d);
            emit(f, TR_OPC_STOREGLOBAL, d, add_name(f, "__doc__"), 0);
        }
        if (has_annotations(&m->body)) setup_module_annotations(f, m->body.items[0]);
        stmts(f, &m->body);
        int r = tmp(f);
        emit(f, TR_OPC_LOADNONE, r, 0, 0);
        emit(f, TR_OPC_RETURN, r, 0, 0);
    }
    if (c.failed) {
        tr_raise_syntax_error(&c.err);
        return NULL;
    }
    return finish_code(f, 0, 0);
}

TrCode *tr_compile_source(const char *src, size_t len, const char *filename, int mode) {
    TrSyntaxError err;
    memset(&err, 0, sizeof err);
    TrAstModule *m = tr_parse(src, len, filename, mode, &err);
    if (!m) {
        tr_raise_syntax_error(&err);
        return NULL;
    }
    tr_ast_mangle(m);
    return tr_compile_ast(m, filename, mode);
}
