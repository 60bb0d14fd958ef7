/* tr_bool.c — the bool type.
 *
 * True and False are unboxed (TR_TAG_BOOL with payload 1/0) and bool is a
 * subclass of int: arithmetic, comparison and hashing treat them as the
 * ints 0 and 1 through int's slots (tr_int.c), which bool inherits.  Only
 * the repr and & | ^ between two bools (which stay bool) differ. */
#include "tr_num.h"

static TrValue bool_repr(TrValue self) {
    return tr_obj(tr_str_intern(self.u.i ? "True" : "False"));
}

static TrValue bool_binop(int op, TrValue a, TrValue b) {
    if (TR_IS_BOOL(a) && TR_IS_BOOL(b)) {
        switch (op & 0xff) {
        case TR_BIN_AND: return tr_bool(a.u.i & b.u.i);
        case TR_BIN_OR: return tr_bool(a.u.i | b.u.i);
        case TR_BIN_XOR: return tr_bool(a.u.i ^ b.u.i);
        default: break;
        }
    }
    return tr_int_binop(op, a, b);
}

/* bool(), bool(x): the truth value; positional only. */
static TrValue bool_new(TrType *type, TrValue *args, int nargs, TrTuple *kwnames) {
    (void)type;
    if (kwnames && kwnames->len) return tr_raise(tr_TypeError, "bool() takes no keyword arguments");
    if (nargs > 1) return tr_raise(tr_TypeError, "bool expected at most 1 argument, got %d", nargs);
    if (nargs == 0) return tr_bool(false);
    int t = tr_truth(args[0]);
    return t < 0 ? TR_ERR : tr_bool(t);
}

#define BOOL_RBINOP(NAME, OP)                                                   \
    static TrValue m_r##NAME(TrValue *args, int nargs, TrTuple *kwnames) {      \
        if (tr_check_args("__r" #NAME "__", nargs - 1, kwnames, 1, 1) < 0)     \
            return TR_ERR;                                                      \
        return bool_binop(OP, args[1], args[0]);                                \
    }
BOOL_RBINOP(and, TR_BIN_AND)
BOOL_RBINOP(or, TR_BIN_OR)
BOOL_RBINOP(xor, TR_BIN_XOR)

static const TrMethodDef bool_methods[] = {
    {"__rand__", m_rand, 0},
    {"__ror__", m_ror, 0},
    {"__rxor__", m_rxor, 0},
    {NULL, NULL, 0},
};

TrType tr_bool_type = {
    .ob = {&tr_type_type},
    .name = "bool",
    .base = &tr_int_type,
    .flags = 0, /* "type 'bool' is not an acceptable base type" */
    .repr = bool_repr,
    .binop = bool_binop,
    .tp_new = bool_new,
};

void tr_init_bool_type(void) { tr_type_ready(&tr_bool_type, bool_methods); }
