/* tr_tx_ops.c — opcode handlers: register moves and constants, arithmetic,
 * comparisons, unary operators and control flow.
 *
 * Each handler chooses a plan from the static types of its operands:
 * both known numbers -> inline machine arithmetic (overflow checked with
 * LLVM's intrinsics); some operand unknown -> inline tag tests for the int
 * and float cases with the helper as the slow path; anything else -> the
 * helper.  Python semantics that the inline code cannot cover (overflow,
 * zero divisors, huge ints in float contexts) go to the helper or, in the
 * JIT, deoptimize so the interpreter redoes the instruction. */
#include <math.h>
#include <stddef.h>
#include <string.h>

#include "tr_iters.h"
#include "tr_signal.h"
#include "tr_tx.h"

/* ---- small utilities ------------------------------------------------------- */

static LLVMValueRef intrinsic(TrTx *tx, const char *name, LLVMTypeRef over, LLVMTypeRef *fty) {
    unsigned id = LLVMLookupIntrinsicID(name, strlen(name));
    *fty = LLVMIntrinsicGetType(tx->ctx, id, &over, 1);
    return LLVMGetIntrinsicDeclaration(tx->mod, id, &over, 1);
}

static LLVMValueRef call2(TrTx *tx, const char *name, LLVMTypeRef over, LLVMValueRef a, LLVMValueRef b) {
    LLVMTypeRef fty;
    LLVMValueRef fn = intrinsic(tx, name, over, &fty);
    LLVMValueRef args[2] = {a, b};
    return LLVMBuildCall2(tx->b, fty, fn, args, 2, "");
}

static LLVMValueRef call1(TrTx *tx, const char *name, LLVMTypeRef over, LLVMValueRef a) {
    LLVMTypeRef fty;
    LLVMValueRef fn = intrinsic(tx, name, over, &fty);
    return LLVMBuildCall2(tx->b, fty, fn, &a, 1, "");
}

static LLVMValueRef i1c(TrTx *tx, bool v) { return LLVMConstInt(tx->t_i1, v, 0); }

static bool is_num(Ty t) { return t.kind == TY_INT || t.kind == TY_FLOAT; }
static bool maybe_num(Ty t) { return t.kind == TY_ANY || is_num(t); }

/* A register's value as a double (ints converted exactly when |i| <= 2**53,
 * which the caller checks). */
static LLVMValueRef as_double(TrTx *tx, uint32_t r) {
    if (tx->cur[r].kind == TY_FLOAT) return tx_dbl(tx, r);
    return LLVMBuildSIToFP(tx->b, tx_pay(tx, r), tx->t_dbl, "");
}

/* |v| <= 2**53: an int a double holds exactly. */
static LLVMValueRef exact_in_double(TrTx *tx, LLVMValueRef v) {
    LLVMValueRef off = LLVMBuildAdd(tx->b, v, tx_i64(tx, (int64_t)1 << 53), "");
    return LLVMBuildICmp(tx->b, LLVMIntULE, off, tx_i64(tx, (int64_t)1 << 54), "");
}

/* The profile of this instruction saw only results of `tag` (or nothing). */
static bool profile_only(TrTx *tx, int tag) {
    return (tx_prof(tx) & ~TR_PROF_TAG(tag)) == 0;
}

/* ---- registers and constants -------------------------------------------------- */

static void op_nop(TrTx *tx, TrInstr i) { (void)tx, (void)i; }

static void op_move(TrTx *tx, TrInstr i) {
    uint32_t a = TR_A(i), b = TR_B(i);
    Ty t = tx->cur[b];
    if (!tx->emitting) {
        tx->cur[a] = t;
        return;
    }
    LLVMValueRef tag = tx_tag(tx, b), pay = LLVMBuildLoad2(tx->b, tx->t_i64, tx->payv[b], "");
    tx_set(tx, a, tag, pay, t);
}

static void set_const(TrTx *tx, uint32_t a, TrValue v) {
    tx_set(tx, a, tx->emitting ? tx_i64(tx, (int64_t)v.tag) : NULL,
           tx->emitting ? tx_i64(tx, (int64_t)v.u.bits) : NULL, ty_of_value(v));
}

static void op_loadk(TrTx *tx, TrInstr i) {
    uint32_t a = TR_A(i), k = TR_B(i);
    TrValue v = tx->code->consts[k];
    if (tx->mode == TR_TX_JIT || v.tag != TR_TAG_OBJ) {
        set_const(tx, a, v); /* immediates; objects stay alive through the code object */
        return;
    }
    /* AOT: objects exist only at run time: load them from the code's constants */
    if (tx->emitting) {
        LLVMValueRef off = tx_i64(tx, offsetof(TrFrame, code));
        LLVMValueRef code = LLVMBuildLoad2(tx->b, tx->t_ptr, LLVMBuildGEP2(tx->b, tx->t_i8, tx->f, &off, 1, ""), "");
        LLVMValueRef coff = tx_i64(tx, offsetof(TrCode, consts));
        LLVMValueRef consts = LLVMBuildLoad2(tx->b, tx->t_ptr, LLVMBuildGEP2(tx->b, tx->t_i8, code, &coff, 1, ""), "");
        LLVMValueRef poff = tx_i64(tx, (int64_t)k * (int64_t)sizeof(TrValue) + 8);
        LLVMValueRef pay = LLVMBuildLoad2(tx->b, tx->t_i64, LLVMBuildGEP2(tx->b, tx->t_i8, consts, &poff, 1, ""), "k");
        tx_set(tx, a, tx_i64(tx, TR_TAG_OBJ), pay, ty_of_value(v));
    } else {
        tx->cur[a] = ty_of_value(v);
    }
}

static void op_loadi(TrTx *tx, TrInstr i) { set_const(tx, TR_A(i), tr_int(TR_SB(i))); }
static void op_loadnone(TrTx *tx, TrInstr i) { set_const(tx, TR_A(i), tr_none()); }
static void op_loadbool(TrTx *tx, TrInstr i) { set_const(tx, TR_A(i), tr_bool(TR_B(i) != 0)); }

static void op_checklocal(TrTx *tx, TrInstr i) {
    uint32_t a = TR_A(i);
    if (tx->cur[a].kind != TY_ANY) return; /* a known type: bound */
    if (!tx->emitting) return;
    LLVMValueRef unbound = LLVMBuildICmp(tx->b, LLVMIntEQ, tx_tag(tx, a), tx_i64(tx, TR_TAG_UNDEF), "");
    LLVMBasicBlockRef slow = tx_block(tx, "unbound"), cont = tx_block(tx, "bound");
    tx_cold_false(tx, LLVMBuildCondBr(tx->b, unbound, slow, cont));
    tx_at(tx, slow);
    tx_call_generic(tx, i); /* raises UnboundLocalError */
    tx->cur[a] = TY_ANYT;
    LLVMBuildBr(tx->b, cont);
    tx_at(tx, cont);
}

/* ---- arithmetic --------------------------------------------------------------- */

typedef struct Arith {
    int op;            /* TrBinOp */
    uint32_t res, l, r;
} Arith;

static bool has_int_path(int op) { return op != TR_BIN_POW && op != TR_BIN_MATMUL; }
static bool has_float_path(int op) {
    return op == TR_BIN_ADD || op == TR_BIN_SUB || op == TR_BIN_MUL || op == TR_BIN_TRUEDIV ||
           op == TR_BIN_FLOORDIV || op == TR_BIN_MOD;
}

/* x op y on int64, with the checks Python's semantics need; the result is
 * an int except for true division (a double). */
static LLVMValueRef int_arith(TrTx *tx, TxSplit *s, int op, LLVMValueRef x, LLVMValueRef y) {
    LLVMBuilderRef b = tx->b;
    LLVMValueRef zero = tx_i64(tx, 0);
    switch (op) {
    case TR_BIN_ADD:
    case TR_BIN_SUB:
    case TR_BIN_MUL: {
        const char *name = op == TR_BIN_ADD   ? "llvm.sadd.with.overflow"
                           : op == TR_BIN_SUB ? "llvm.ssub.with.overflow"
                                              : "llvm.smul.with.overflow";
        LLVMValueRef pair = call2(tx, name, tx->t_i64, x, y);
        tx_split_check(tx, s, LLVMBuildNot(b, LLVMBuildExtractValue(b, pair, 1, "ovf"), ""), TR_EXIT_OVERFLOW);
        return LLVMBuildExtractValue(b, pair, 0, "");
    }
    case TR_BIN_TRUEDIV: {
        LLVMValueRef ok = LLVMBuildAnd(b, LLVMBuildICmp(b, LLVMIntNE, y, zero, ""),
                                       LLVMBuildAnd(b, exact_in_double(tx, x), exact_in_double(tx, y), ""), "");
        tx_split_check(tx, s, ok, TR_EXIT_NEG_ZERO);
        return LLVMBuildFDiv(b, LLVMBuildSIToFP(b, x, tx->t_dbl, ""), LLVMBuildSIToFP(b, y, tx->t_dbl, ""), "");
    }
    case TR_BIN_FLOORDIV:
    case TR_BIN_MOD: {
        /* y == -1 is rare and the only overflow case: leave it to the helper */
        LLVMValueRef ok = LLVMBuildAnd(b, LLVMBuildICmp(b, LLVMIntNE, y, zero, ""),
                                       LLVMBuildICmp(b, LLVMIntNE, y, tx_i64(tx, -1), ""), "");
        tx_split_check(tx, s, ok, TR_EXIT_NEG_ZERO);
        LLVMValueRef q = LLVMBuildSDiv(b, x, y, ""), m = LLVMBuildSRem(b, x, y, "");
        /* floor: adjust when the remainder's sign differs from the divisor's */
        LLVMValueRef adj = LLVMBuildAnd(b, LLVMBuildICmp(b, LLVMIntNE, m, zero, ""),
                                        LLVMBuildICmp(b, LLVMIntSLT, LLVMBuildXor(b, m, y, ""), zero, ""), "adj");
        if (op == TR_BIN_FLOORDIV) return LLVMBuildSub(b, q, LLVMBuildZExt(b, adj, tx->t_i64, ""), "");
        return LLVMBuildSelect(b, adj, LLVMBuildAdd(b, m, y, ""), m, "");
    }
    case TR_BIN_LSHIFT: {
        LLVMValueRef inrange = LLVMBuildICmp(b, LLVMIntULT, y, tx_i64(tx, 64), "");
        tx_split_check(tx, s, inrange, TR_EXIT_OVERFLOW);
        LLVMValueRef sh = LLVMBuildShl(b, x, y, "");
        tx_split_check(tx, s, LLVMBuildICmp(b, LLVMIntEQ, LLVMBuildAShr(b, sh, y, ""), x, ""), TR_EXIT_OVERFLOW);
        return sh;
    }
    case TR_BIN_RSHIFT: {
        tx_split_check(tx, s, LLVMBuildICmp(b, LLVMIntSGE, y, zero, ""), TR_EXIT_NEG_ZERO);
        LLVMValueRef big = LLVMBuildICmp(b, LLVMIntSGT, y, tx_i64(tx, 63), "");
        return LLVMBuildAShr(b, x, LLVMBuildSelect(b, big, tx_i64(tx, 63), y, ""), "");
    }
    case TR_BIN_AND: return LLVMBuildAnd(b, x, y, "");
    case TR_BIN_OR: return LLVMBuildOr(b, x, y, "");
    case TR_BIN_XOR: return LLVMBuildXor(b, x, y, "");
    default: return NULL;
    }
}

/* x op y on doubles with Python's semantics (floor division and modulo
 * follow CPython's float_divmod). */
static LLVMValueRef float_arith(TrTx *tx, TxSplit *s, int op, LLVMValueRef x, LLVMValueRef y) {
    LLVMBuilderRef b = tx->b;
    LLVMValueRef zero = tx_f64(tx, 0.0);
    switch (op) {
    case TR_BIN_ADD: return LLVMBuildFAdd(b, x, y, "");
    case TR_BIN_SUB: return LLVMBuildFSub(b, x, y, "");
    case TR_BIN_MUL: return LLVMBuildFMul(b, x, y, "");
    case TR_BIN_TRUEDIV:
        tx_split_check(tx, s, LLVMBuildFCmp(b, LLVMRealUNE, y, zero, ""), TR_EXIT_NEG_ZERO);
        return LLVMBuildFDiv(b, x, y, "");
    case TR_BIN_FLOORDIV:
    case TR_BIN_MOD: {
        tx_split_check(tx, s, LLVMBuildFCmp(b, LLVMRealUNE, y, zero, ""), TR_EXIT_NEG_ZERO);
        LLVMValueRef mod = LLVMBuildFRem(b, x, y, "mod");
        LLVMValueRef nz = LLVMBuildFCmp(b, LLVMRealUNE, mod, zero, "");
        LLVMValueRef signs = LLVMBuildXor(b, LLVMBuildFCmp(b, LLVMRealOLT, y, zero, ""),
                                          LLVMBuildFCmp(b, LLVMRealOLT, mod, zero, ""), "");
        LLVMValueRef adj = LLVMBuildAnd(b, nz, signs, "adj");
        LLVMValueRef signed0 = call2(tx, "llvm.copysign", tx->t_dbl, zero, y);
        LLVMValueRef m2 = LLVMBuildSelect(b, nz, LLVMBuildSelect(b, adj, LLVMBuildFAdd(b, mod, y, ""), mod, ""),
                                          signed0, "");
        if (op == TR_BIN_MOD) return m2;
        LLVMValueRef div = LLVMBuildFDiv(b, LLVMBuildFSub(b, x, mod, ""), y, "");
        div = LLVMBuildSelect(b, adj, LLVMBuildFSub(b, div, tx_f64(tx, 1.0), ""), div, "");
        LLVMValueRef fl = call1(tx, "llvm.floor", tx->t_dbl, div);
        LLVMValueRef up = LLVMBuildFCmp(b, LLVMRealOGT, LLVMBuildFSub(b, div, fl, ""), tx_f64(tx, 0.5), "");
        fl = LLVMBuildSelect(b, up, LLVMBuildFAdd(b, fl, tx_f64(tx, 1.0), ""), fl, "");
        LLVMValueRef divnz = LLVMBuildFCmp(b, LLVMRealUNE, div, zero, "");
        LLVMValueRef z = call2(tx, "llvm.copysign", tx->t_dbl, zero, LLVMBuildFDiv(b, x, y, ""));
        return LLVMBuildSelect(b, divnz, fl, z, "");
    }
    default: return NULL;
    }
}

/* Both operands known ints. */
static void arith_ii(TrTx *tx, TrInstr i, const Arith *ar) {
    bool fres = ar->op == TR_BIN_TRUEDIV;
    TxSplit s;
    tx_split_begin(tx, &s, profile_only(tx, fres ? TR_TAG_FLOAT : TR_TAG_INT));
    if (tx->emitting) {
        LLVMValueRef v = int_arith(tx, &s, ar->op, tx_pay(tx, ar->l), tx_pay(tx, ar->r));
        if (fres) tx_set_float(tx, ar->res, v);
        else tx_set_int(tx, ar->res, v);
    } else {
        int n = ar->op == TR_BIN_AND || ar->op == TR_BIN_OR || ar->op == TR_BIN_XOR ? 0
                : ar->op == TR_BIN_LSHIFT                                           ? 2
                                                                                    : 1;
        for (int k = 0; k < n; k++) tx_split_check(tx, &s, NULL, 0);
    }
    tx_split_end(tx, &s, i, NULL, ar->res, ty_make(fres ? TY_FLOAT : TY_INT, NULL));
}

/* Known numbers, at least one float. */
static void arith_ff(TrTx *tx, TrInstr i, const Arith *ar) {
    TxSplit s;
    tx_split_begin(tx, &s, profile_only(tx, TR_TAG_FLOAT));
    bool div = ar->op == TR_BIN_TRUEDIV || ar->op == TR_BIN_FLOORDIV || ar->op == TR_BIN_MOD;
    bool conv = tx->cur[ar->l].kind == TY_INT || tx->cur[ar->r].kind == TY_INT;
    if (tx->emitting) {
        if (tx->cur[ar->l].kind == TY_INT) tx_split_check(tx, &s, exact_in_double(tx, tx_pay(tx, ar->l)), TR_EXIT_NEG_ZERO);
        if (tx->cur[ar->r].kind == TY_INT) tx_split_check(tx, &s, exact_in_double(tx, tx_pay(tx, ar->r)), TR_EXIT_NEG_ZERO);
        LLVMValueRef v = float_arith(tx, &s, ar->op, as_double(tx, ar->l), as_double(tx, ar->r));
        tx_set_float(tx, ar->res, v);
    } else {
        if (conv) tx_split_check(tx, &s, NULL, 0);
        if (div) tx_split_check(tx, &s, NULL, 0);
    }
    tx_split_end(tx, &s, i, NULL, ar->res, ty_make(TY_FLOAT, NULL));
}

/* The end of an inline int/float test: the helper on the slow path (with
 * the types known before the fast paths), then the join, where the
 * result's type is unknown. */
static void dyn_slow_tail(TrTx *tx, TrInstr i, const Ty *saved, LLVMBasicBlockRef slow,
                          LLVMBasicBlockRef join, uint32_t res) {
    tx_at(tx, slow);
    tx_restore_types(tx, saved);
    tx_call_generic(tx, i);
    LLVMBuildBr(tx->b, join);
    tx_at(tx, join);
    tx_restore_types(tx, saved);
    tx->cur[res] = TY_ANYT;
}

/* Some operand of unknown type: test for two ints, then two floats, else
 * the helper.  The result's type is unknown. */
static void arith_dyn(TrTx *tx, TrInstr i, const Arith *ar) {
    if (!tx->emitting) {
        tx->cur[ar->res] = TY_ANYT;
        return;
    }
    LLVMBuilderRef b = tx->b;
    Ty *saved = tx_save_types(tx);
    LLVMBasicBlockRef join = tx_block(tx, "join"), slow = tx_block(tx, "slow");
    if (has_int_path(ar->op)) {
        LLVMValueRef both = LLVMBuildAnd(b, tx_is_tag(tx, ar->l, TR_TAG_INT), tx_is_tag(tx, ar->r, TR_TAG_INT), "");
        LLVMBasicBlockRef ib = tx_block(tx, "ints"), next = tx_block(tx, "notints");
        LLVMBuildCondBr(b, both, ib, next);
        tx_at(tx, ib);
        TxSplit s = {false, 0, slow, NULL};
        LLVMValueRef v = int_arith(tx, &s, ar->op, tx_pay(tx, ar->l), tx_pay(tx, ar->r));
        if (ar->op == TR_BIN_TRUEDIV) tx_set_float(tx, ar->res, v);
        else tx_set_int(tx, ar->res, v);
        LLVMBuildBr(b, join);
        tx_at(tx, next);
        tx_restore_types(tx, saved);
    }
    if (has_float_path(ar->op)) {
        LLVMValueRef both = LLVMBuildAnd(b, tx_is_tag(tx, ar->l, TR_TAG_FLOAT), tx_is_tag(tx, ar->r, TR_TAG_FLOAT), "");
        LLVMBasicBlockRef fb = tx_block(tx, "floats");
        LLVMBuildCondBr(b, both, fb, slow);
        tx_at(tx, fb);
        TxSplit s = {false, 0, slow, NULL};
        /* the tags were tested: read the payloads as doubles */
        LLVMValueRef x = LLVMBuildBitCast(b, tx_pay(tx, ar->l), tx->t_dbl, "");
        LLVMValueRef y = LLVMBuildBitCast(b, tx_pay(tx, ar->r), tx->t_dbl, "");
        tx_set_float(tx, ar->res, float_arith(tx, &s, ar->op, x, y));
        LLVMBuildBr(b, join);
    } else {
        LLVMBuildBr(b, slow);
    }
    dyn_slow_tail(tx, i, saved, slow, join, ar->res);
}

static void arith(TrTx *tx, TrInstr i, const Arith *ar) {
    Ty l = tx->cur[ar->l], r = tx->cur[ar->r];
    if (l.kind == TY_INT && r.kind == TY_INT && has_int_path(ar->op)) {
        arith_ii(tx, i, ar);
    } else if (is_num(l) && is_num(r) && has_float_path(ar->op)) {
        arith_ff(tx, i, ar);
    } else if (maybe_num(l) && maybe_num(r) && (has_int_path(ar->op) || has_float_path(ar->op))) {
        arith_dyn(tx, i, ar);
        tx_profile_guard(tx, ar->res);
    } else {
        tx_call_generic(tx, i);
        tx_profile_guard(tx, ar->res);
    }
}

static void op_binary(TrTx *tx, TrInstr i) {
    Arith ar = {(int)(TR_OP(i) - TR_OPC_ADD), TR_A(i), TR_B(i), TR_C(i)};
    arith(tx, i, &ar);
}

static void op_inplace(TrTx *tx, TrInstr i) {
    Arith ar = {(int)TR_C(i), TR_A(i), TR_A(i), TR_B(i)};
    if (ar.op >= TR_BIN_COUNT) {
        tx_call_generic(tx, i);
        return;
    }
    arith(tx, i, &ar);
}

/* ---- unary --------------------------------------------------------------------- */

static void op_neg(TrTx *tx, TrInstr i) {
    uint32_t a = TR_A(i), b = TR_B(i);
    Ty t = tx->cur[b];
    if (t.kind == TY_FLOAT) {
        if (tx->emitting) tx_set_float(tx, a, LLVMBuildFNeg(tx->b, tx_dbl(tx, b), ""));
        else tx->cur[a] = t;
        return;
    }
    if (t.kind == TY_INT) {
        TxSplit s;
        tx_split_begin(tx, &s, profile_only(tx, TR_TAG_INT));
        LLVMValueRef x = tx->emitting ? tx_pay(tx, b) : NULL;
        tx_split_check(tx, &s, tx->emitting ? LLVMBuildICmp(tx->b, LLVMIntNE, x, tx_i64(tx, INT64_MIN), "") : NULL,
                       TR_EXIT_OVERFLOW);
        if (tx->emitting) tx_set_int(tx, a, LLVMBuildNeg(tx->b, x, ""));
        tx_split_end(tx, &s, i, NULL, a, ty_make(TY_INT, NULL));
        return;
    }
    tx_call_generic(tx, i);
    tx_profile_guard(tx, a);
}

static void op_pos(TrTx *tx, TrInstr i) {
    uint32_t b = TR_B(i);
    if (is_num(tx->cur[b])) {
        op_move(tx, i);
        return;
    }
    tx_call_generic(tx, i);
    tx_profile_guard(tx, TR_A(i));
}

static void op_invert(TrTx *tx, TrInstr i) {
    uint32_t a = TR_A(i), b = TR_B(i);
    if (tx->cur[b].kind == TY_INT) {
        if (tx->emitting) tx_set_int(tx, a, LLVMBuildNot(tx->b, tx_pay(tx, b), ""));
        else tx->cur[a] = ty_make(TY_INT, NULL);
        return;
    }
    tx_call_generic(tx, i);
    tx_profile_guard(tx, a);
}

/* Truth of R[r] as an i1: inline for bools, ints, floats and None; the
 * truth helper otherwise. */
static LLVMValueRef truth(TrTx *tx, uint32_t r) {
    LLVMBuilderRef b = tx->b;
    switch (tx->cur[r].kind) {
    case TY_BOOL:
    case TY_INT: return LLVMBuildICmp(b, LLVMIntNE, tx_pay(tx, r), tx_i64(tx, 0), "");
    case TY_FLOAT: return LLVMBuildFCmp(b, LLVMRealUNE, tx_dbl(tx, r), tx_f64(tx, 0.0), "");
    case TY_NONE: return i1c(tx, false);
    default: break;
    }
    TrInstr ti = TR_MKINSTR(TR_OPC_JMPIF, r, 0, 0);
    if (tx->cur[r].kind == TY_OBJ) return LLVMBuildICmp(b, LLVMIntNE, tx_call_op(tx, "truth", ti), tx_i32(tx, 0), "");
    /* unknown: bools inline, the helper for the rest */
    LLVMBasicBlockRef here = LLVMGetInsertBlock(b);
    LLVMBasicBlockRef slow = tx_block(tx, "truth"), join = tx_block(tx, "truth_done");
    LLVMValueRef isb = LLVMBuildICmp(b, LLVMIntEQ, tx_tag(tx, r), tx_i64(tx, TR_TAG_BOOL), "");
    LLVMValueRef fast = LLVMBuildICmp(b, LLVMIntNE, tx_pay(tx, r), tx_i64(tx, 0), "");
    LLVMBuildCondBr(b, isb, join, slow);
    tx_at(tx, slow);
    Ty keep = tx->cur[r];
    LLVMValueRef st = tx_call_op(tx, "truth", ti);
    tx->cur[r] = keep;
    LLVMValueRef sv = LLVMBuildICmp(b, LLVMIntNE, st, tx_i32(tx, 0), "");
    LLVMBasicBlockRef slow_end = LLVMGetInsertBlock(b);
    LLVMBuildBr(b, join);
    tx_at(tx, join);
    LLVMValueRef phi = LLVMBuildPhi(b, tx->t_i1, "truth");
    LLVMValueRef vals[2] = {fast, sv};
    LLVMBasicBlockRef from[2] = {here, slow_end};
    LLVMAddIncoming(phi, vals, from, 2);
    return phi;
}

static void op_not(TrTx *tx, TrInstr i) {
    uint32_t a = TR_A(i), b = TR_B(i);
    if (tx->emitting) tx_set_bool(tx, a, LLVMBuildNot(tx->b, truth(tx, b), ""));
    else tx->cur[a] = ty_make(TY_BOOL, NULL);
}

/* ---- comparisons ------------------------------------------------------------------ */

static const LLVMIntPredicate icmp_of[] = {LLVMIntSLT, LLVMIntSLE, LLVMIntEQ, LLVMIntNE, LLVMIntSGT, LLVMIntSGE};
static const LLVMRealPredicate fcmp_of[] = {LLVMRealOLT, LLVMRealOLE, LLVMRealOEQ, LLVMRealUNE, LLVMRealOGT, LLVMRealOGE};

static void op_compare(TrTx *tx, TrInstr i) {
    int cop = (int)(TR_OP(i) - TR_OPC_LT);
    uint32_t a = TR_A(i), l = TR_B(i), r = TR_C(i);
    Ty tl = tx->cur[l], tr = tx->cur[r];
    Ty tbool = ty_make(TY_BOOL, NULL);
    if (tl.kind == TY_INT && tr.kind == TY_INT) {
        if (tx->emitting)
            tx_set_bool(tx, a, LLVMBuildICmp(tx->b, icmp_of[cop], tx_pay(tx, l), tx_pay(tx, r), ""));
        else tx->cur[a] = tbool;
        return;
    }
    if (is_num(tl) && is_num(tr)) {
        TxSplit s;
        tx_split_begin(tx, &s, true);
        if (tl.kind == TY_INT) tx_split_check(tx, &s, tx->emitting ? exact_in_double(tx, tx_pay(tx, l)) : NULL, TR_EXIT_NEG_ZERO);
        if (tr.kind == TY_INT) tx_split_check(tx, &s, tx->emitting ? exact_in_double(tx, tx_pay(tx, r)) : NULL, TR_EXIT_NEG_ZERO);
        if (tx->emitting)
            tx_set_bool(tx, a, LLVMBuildFCmp(tx->b, fcmp_of[cop], as_double(tx, l), as_double(tx, r), ""));
        tx_split_end(tx, &s, i, NULL, a, tbool);
        return;
    }
    if (maybe_num(tl) && maybe_num(tr) && tx->emitting) {
        /* unknown types: ints and floats inline */
        LLVMBuilderRef b = tx->b;
        Ty *saved = tx_save_types(tx);
        LLVMBasicBlockRef ib = tx_block(tx, "ints"), nb = tx_block(tx, "notints"), fb = tx_block(tx, "floats");
        LLVMBasicBlockRef slow = tx_block(tx, "slow"), join = tx_block(tx, "join");
        LLVMBuildCondBr(b, LLVMBuildAnd(b, tx_is_tag(tx, l, TR_TAG_INT), tx_is_tag(tx, r, TR_TAG_INT), ""), ib, nb);
        tx_at(tx, ib);
        tx_set_bool(tx, a, LLVMBuildICmp(b, icmp_of[cop], tx_pay(tx, l), tx_pay(tx, r), ""));
        LLVMBuildBr(b, join);
        tx_at(tx, nb);
        tx_restore_types(tx, saved);
        LLVMBuildCondBr(b, LLVMBuildAnd(b, tx_is_tag(tx, l, TR_TAG_FLOAT), tx_is_tag(tx, r, TR_TAG_FLOAT), ""), fb, slow);
        tx_at(tx, fb);
        LLVMValueRef x = LLVMBuildBitCast(b, tx_pay(tx, l), tx->t_dbl, "");
        LLVMValueRef y = LLVMBuildBitCast(b, tx_pay(tx, r), tx->t_dbl, "");
        tx_set_bool(tx, a, LLVMBuildFCmp(b, fcmp_of[cop], x, y, ""));
        LLVMBuildBr(b, join);
        dyn_slow_tail(tx, i, saved, slow, join, a);
        tx_profile_guard(tx, a);
        return;
    }
    if (maybe_num(tl) && maybe_num(tr)) { /* analysis walk of the case above */
        tx->cur[a] = TY_ANYT;
        tx_profile_guard(tx, a);
        return;
    }
    tx_call_generic(tx, i);
    tx_profile_guard(tx, a);
}

static void op_is(TrTx *tx, TrInstr i) {
    uint32_t a = TR_A(i), l = TR_B(i), r = TR_C(i);
    bool neg = TR_OP(i) == TR_OPC_ISNOT;
    if (!tx->emitting) {
        tx->cur[a] = ty_make(TY_BOOL, NULL);
        return;
    }
    LLVMBuilderRef b = tx->b;
    LLVMValueRef same = LLVMBuildAnd(b, LLVMBuildICmp(b, LLVMIntEQ, tx_tag(tx, l), tx_tag(tx, r), ""),
                                     LLVMBuildICmp(b, LLVMIntEQ, tx_pay(tx, l), tx_pay(tx, r), ""), "");
    tx_set_bool(tx, a, neg ? LLVMBuildNot(b, same, "") : same);
}

/* ---- control flow ------------------------------------------------------------------ */

static void op_jmp(TrTx *tx, TrInstr i) { tx_goto(tx, (int32_t)TR_B(i)); }

static void op_jmpif(TrTx *tx, TrInstr i) {
    uint32_t a = TR_A(i);
    int32_t target = (int32_t)TR_B(i), next = tx->pc + 1;
    bool jump_if = TR_OP(i) == TR_OPC_JMPIF;
    if (tx->cur[a].kind == TY_NONE) { /* always false */
        tx_goto(tx, jump_if ? next : target);
        return;
    }
    if (!tx->emitting) {
        /* the truth helper may run code but changes no register */
        tx_branch(tx, NULL, target, next);
        return;
    }
    LLVMValueRef t = truth(tx, a);
    if (jump_if) tx_branch(tx, t, target, next);
    else tx_branch(tx, t, next, target);
}

/* Asynchronous events (signals, the budget) are polled at back-edges
 * through the interpreter's flag (tr_signal.h), so a compiled loop can be
 * interrupted like an interpreted one. */
_Static_assert(sizeof(sig_atomic_t) == 4, "tr_eval_breaker is loaded as i32");
static void poll(TrTx *tx) {
    LLVMValueRef flag = tx_ptr(tx, (void *)&tr_eval_breaker, "tr_eval_breaker");
    LLVMValueRef v = LLVMBuildLoad2(tx->b, tx->t_i32, flag, "async");
    LLVMSetVolatile(v, 1);
    LLVMBasicBlockRef slow = tx_block(tx, "poll"), cont = tx_block(tx, "backedge");
    tx_cold_false(tx, LLVMBuildCondBr(tx->b, LLVMBuildICmp(tx->b, LLVMIntEQ, v, tx_i32(tx, 0), ""), cont, slow));
    tx_at(tx, slow);
    LLVMTypeRef ty;
    LLVMValueRef fn = tx_helper(tx, "tr_h_poll", &ty);
    LLVMValueRef st = LLVMBuildCall2(tx->b, ty, fn, &tx->f, 1, "");
    LLVMBasicBlockRef bad = tx_block(tx, "poll_raise");
    LLVMBuildCondBr(tx->b, LLVMBuildICmp(tx->b, LLVMIntEQ, st, tx_i32(tx, 0), ""), cont, bad);
    tx_at(tx, bad);
    tx_raise_path(tx, st);
    tx_at(tx, cont);
}

static void op_loop(TrTx *tx, TrInstr i) {
    if (tx->emitting) {
        poll(tx);
        tx_backedge_flush(tx, (int32_t)TR_B(i));
    }
    tx_goto(tx, (int32_t)TR_B(i));
}

/* The interpreter runs these; compiled code leaves just before them. */
/* (A loop that yields would leave compiled code at every iteration, which
 * costs more than interpreting it: such loops are refused.) */
static void op_leave(TrTx *tx, TrInstr i) {
    (void)i;
    tx->refused = tx->mode == TR_TX_AOT ? "generator" : "a yield in the loop";
    tx->term = true;
}

/* return R[A]: straight out of the compiled function, as {tag, payload}.
 * (Finally blocks were compiled inline before it; nothing else is left to
 * do on the frame.) */
static void op_return(TrTx *tx, TrInstr i) {
    tx->term = true;
    if (!tx->emitting) return;
    uint32_t a = TR_A(i);
    tx_return(tx, tx_tag(tx, a), LLVMBuildLoad2(tx->b, tx->t_i64, tx->payv[a], ""));
}

/* raise / re-raise: the JIT leaves them to the interpreter (its unwinder
 * knows about re-raised tracebacks); AOT calls the helper, which always
 * fails into the exception path. */
static void op_raise(TrTx *tx, TrInstr i) {
    if (tx->mode == TR_TX_JIT) {
        tx_leave(tx, TR_EXIT_UNSUPPORTED, tx->pc, -1);
        return;
    }
    tx_call_generic(tx, i);
    if (tx->emitting) LLVMBuildUnreachable(tx->b);
    tx->term = true;
}

/* ---- the handler table ------------------------------------------------------------- */

const TrTxOp tr_tx_ops[TR_OPC_COUNT] = {
    [TR_OPC_NOP] = op_nop,
    [TR_OPC_MOVE] = op_move,
    [TR_OPC_LOADK] = op_loadk,
    [TR_OPC_LOADI] = op_loadi,
    [TR_OPC_LOADNONE] = op_loadnone,
    [TR_OPC_LOADBOOL] = op_loadbool,
    [TR_OPC_CHECKLOCAL] = op_checklocal,
    [TR_OPC_ADD] = op_binary,
    [TR_OPC_SUB] = op_binary,
    [TR_OPC_MUL] = op_binary,
    [TR_OPC_TRUEDIV] = op_binary,
    [TR_OPC_FLOORDIV] = op_binary,
    [TR_OPC_MOD] = op_binary,
    [TR_OPC_POW] = op_binary,
    [TR_OPC_LSHIFT] = op_binary,
    [TR_OPC_RSHIFT] = op_binary,
    [TR_OPC_AND] = op_binary,
    [TR_OPC_OR] = op_binary,
    [TR_OPC_XOR] = op_binary,
    [TR_OPC_MATMUL] = op_binary,
    [TR_OPC_INPLACE] = op_inplace,
    [TR_OPC_NEG] = op_neg,
    [TR_OPC_POS] = op_pos,
    [TR_OPC_INVERT] = op_invert,
    [TR_OPC_NOT] = op_not,
    [TR_OPC_LT] = op_compare,
    [TR_OPC_LE] = op_compare,
    [TR_OPC_EQ] = op_compare,
    [TR_OPC_NE] = op_compare,
    [TR_OPC_GT] = op_compare,
    [TR_OPC_GE] = op_compare,
    [TR_OPC_IS] = op_is,
    [TR_OPC_ISNOT] = op_is,
    [TR_OPC_JMP] = op_jmp,
    [TR_OPC_JMPIF] = op_jmpif,
    [TR_OPC_JMPIFNOT] = op_jmpif,
    [TR_OPC_LOOP] = op_loop,
    [TR_OPC_RETURN] = op_return,
    [TR_OPC_RAISE] = op_raise,
    [TR_OPC_RERAISE] = op_raise,
    [TR_OPC_YIELD] = op_leave,
    [TR_OPC_YIELDFROM] = op_leave,
#define TR_TX_DATA_ENTRY(op, fn) [TR_OPC_##op] = fn,
    TR_TX_DATA_OPS(TR_TX_DATA_ENTRY)
#undef TR_TX_DATA_ENTRY
};
