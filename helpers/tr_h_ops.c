/* tr_h_ops.c — helpers for operators: binary, in-place, unary, comparison,
 * membership and truth.
 *
 * Each is a thin shell over the generic protocol in vm/tr_ops.c (tr_binop,
 * tr_richcmp, ...), which is the one implementation of the semantics; the
 * shells exist so the interpreter and compiled code reach it through the
 * same register-window contract. */
#include "tr_helpers.h"

#define H(name) int tr_h_##name(TrFrame *f, TrValue *regs, uint32_t a, uint32_t b, uint32_t c)

static inline int put(TrValue *regs, uint32_t a, TrValue r) {
    if (TR_IS_UNDEF(r)) return -1;
    regs[a] = r;
    return 0;
}

/* One helper per binary operator, in TR_BINOPS order. */
#define TR_H_BINOP(op, name)                                    \
    H(name) {                                                   \
        (void)f;                                                \
        return put(regs, a, tr_binop(TR_BIN_##op, regs[b], regs[c])); \
    }
TR_H_BINOP(ADD, add)
TR_H_BINOP(SUB, sub)
TR_H_BINOP(MUL, mul)
TR_H_BINOP(TRUEDIV, truediv)
TR_H_BINOP(FLOORDIV, floordiv)
TR_H_BINOP(MOD, mod)
TR_H_BINOP(POW, pow)
TR_H_BINOP(LSHIFT, lshift)
TR_H_BINOP(RSHIFT, rshift)
TR_H_BINOP(AND, and)
TR_H_BINOP(OR, or)
TR_H_BINOP(XOR, xor)
TR_H_BINOP(MATMUL, matmul)
#undef TR_H_BINOP

H(inplace) {
    (void)f;
    return put(regs, a, tr_binop((int)c | TR_BIN_INPLACE, regs[a], regs[b]));
}

H(neg) {
    (void)f, (void)c;
    return put(regs, a, tr_unop(TR_UN_NEG, regs[b]));
}

H(pos) {
    (void)f, (void)c;
    return put(regs, a, tr_unop(TR_UN_POS, regs[b]));
}

H(invert) {
    (void)f, (void)c;
    return put(regs, a, tr_unop(TR_UN_INVERT, regs[b]));
}

H(not) {
    (void)f, (void)c;
    return put(regs, a, tr_not(regs[b]));
}

#define TR_H_CMP(op, name)                                      \
    H(name) {                                                   \
        (void)f;                                                \
        return put(regs, a, tr_richcmp(regs[b], regs[c], op));  \
    }
TR_H_CMP(TR_LT, lt)
TR_H_CMP(TR_LE, le)
TR_H_CMP(TR_EQ, eq)
TR_H_CMP(TR_NE, ne)
TR_H_CMP(TR_GT, gt)
TR_H_CMP(TR_GE, ge)
#undef TR_H_CMP

H(in) {
    (void)f;
    int r = tr_contains(regs[c], regs[b]);
    if (r < 0) return -1;
    regs[a] = tr_bool(r);
    return 0;
}

H(notin) {
    (void)f;
    int r = tr_contains(regs[c], regs[b]);
    if (r < 0) return -1;
    regs[a] = tr_bool(!r);
    return 0;
}

H(truth) {
    (void)f, (void)b, (void)c;
    return tr_truth(regs[a]);
}
