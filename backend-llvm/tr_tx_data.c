/* tr_tx_data.c — opcode handlers for containers and iteration, and the
 * generic treatment of every opcode without a handler of its own.
 *
 * List and tuple subscripts and range/list iteration are inline (bounds
 * checked, with the helper as the slow path); str, dict and set operations
 * call the typed helpers when the receiver's type is known; everything else
 * calls the opcode's helper and, in the JIT, guards the result's type when
 * the profile saw only one kind. */
#include <stddef.h>
#include <string.h>

#include "tr_iters.h"
#include "tr_tx.h"

static LLVMValueRef field_ptr(TrTx *tx, LLVMValueRef base, size_t off) {
    LLVMValueRef o = tx_i64(tx, (int64_t)off);
    return LLVMBuildGEP2(tx->b, tx->t_i8, base, &o, 1, "");
}

static LLVMValueRef load_i64(TrTx *tx, LLVMValueRef base, size_t off, const char *name) {
    return LLVMBuildLoad2(tx->b, tx->t_i64, field_ptr(tx, base, off), name);
}

static LLVMValueRef load_ptr(TrTx *tx, LLVMValueRef base, size_t off, const char *name) {
    return LLVMBuildLoad2(tx->b, tx->t_ptr, field_ptr(tx, base, off), name);
}

static LLVMValueRef obj_of(TrTx *tx, uint32_t r) {
    return LLVMBuildIntToPtr(tx->b, tx_pay(tx, r), tx->t_ptr, "obj");
}

static bool is_cls(Ty t, TrType *cls) { return t.kind == TY_OBJ && t.cls == cls; }

/* Index key (an int register) normalised against len; sets *ok (in range). */
static LLVMValueRef norm_index(TrTx *tx, uint32_t key, LLVMValueRef len, LLVMValueRef *ok) {
    LLVMValueRef k = tx_pay(tx, key);
    LLVMValueRef neg = LLVMBuildICmp(tx->b, LLVMIntSLT, k, tx_i64(tx, 0), "");
    LLVMValueRef idx = LLVMBuildSelect(tx->b, neg, LLVMBuildAdd(tx->b, k, len, ""), k, "idx");
    *ok = LLVMBuildICmp(tx->b, LLVMIntULT, idx, len, "inbounds");
    return idx;
}

/* Load the TrValue at items[idx] into R[dst]. */
static void load_item(TrTx *tx, uint32_t dst, LLVMValueRef items, LLVMValueRef idx) {
    LLVMValueRef off = LLVMBuildMul(tx->b, idx, tx_i64(tx, sizeof(TrValue)), "");
    LLVMValueRef p = LLVMBuildGEP2(tx->b, tx->t_i8, items, &off, 1, "item");
    LLVMValueRef tag = LLVMBuildLoad2(tx->b, tx->t_i64, p, "");
    LLVMValueRef pay = load_i64(tx, p, 8, "");
    tx_set(tx, dst, tag, pay, TY_ANYT);
}

static void store_item(TrTx *tx, uint32_t src, LLVMValueRef items, LLVMValueRef idx) {
    LLVMValueRef off = LLVMBuildMul(tx->b, idx, tx_i64(tx, sizeof(TrValue)), "");
    LLVMValueRef p = LLVMBuildGEP2(tx->b, tx->t_i8, items, &off, 1, "item");
    LLVMBuildStore(tx->b, tx_tag(tx, src), p);
    LLVMBuildStore(tx->b, tx_pay(tx, src), field_ptr(tx, p, 8));
}

/* ---- subscripts ----------------------------------------------------------------- */

void tx_op_getitem(TrTx *tx, TrInstr i) {
    uint32_t a = TR_A(i), b = TR_B(i), c = TR_C(i);
    Ty tb = tx->cur[b], tc = tx->cur[c];
    bool list = is_cls(tb, &tr_list_type), tuple = is_cls(tb, &tr_tuple_type);
    if ((list || tuple) && tc.kind == TY_INT) {
        /* out of range is rare: the JIT deoptimizes (the interpreter raises
         * the IndexError), AOT calls the typed helper */
        TxSplit s;
        tx_split_begin(tx, &s, true);
        if (tx->emitting) {
            LLVMValueRef o = obj_of(tx, b), ok;
            LLVMValueRef len = load_i64(tx, o, list ? offsetof(TrList, len) : offsetof(TrTuple, len), "len");
            LLVMValueRef idx = norm_index(tx, c, len, &ok);
            tx_split_check(tx, &s, ok, 0);
            LLVMValueRef items = list ? load_ptr(tx, o, offsetof(TrList, items), "items")
                                      : field_ptr(tx, o, offsetof(TrTuple, items));
            load_item(tx, a, items, idx);
        } else {
            tx_split_check(tx, &s, NULL, 0);
        }
        tx_split_end(tx, &s, i, list ? "list_getitem" : "tuple_index", a, TY_ANYT);
    } else if (is_cls(tb, &tr_str_type) && (tc.kind == TY_INT || is_cls(tc, &tr_slice_type))) {
        tx_call_op(tx, tc.kind == TY_INT ? "str_index" : "str_slice", i);
        if (tx->emitting || true) tx->cur[a] = ty_make(TY_OBJ, &tr_str_type);
        return;
    } else if (is_cls(tb, &tr_dict_type)) {
        tx_call_op(tx, "dict_get", i);
    } else {
        tx_call_generic(tx, i);
    }
    tx_profile_guard(tx, a);
}

void tx_op_setitem(TrTx *tx, TrInstr i) {
    uint32_t a = TR_A(i), b = TR_B(i), c = TR_C(i);
    Ty ta = tx->cur[a], tb = tx->cur[b];
    if (is_cls(ta, &tr_list_type) && tb.kind == TY_INT) {
        TxSplit s;
        tx_split_begin(tx, &s, true);
        if (tx->emitting) {
            LLVMValueRef o = obj_of(tx, a), ok;
            LLVMValueRef len = load_i64(tx, o, offsetof(TrList, len), "len");
            LLVMValueRef idx = norm_index(tx, b, len, &ok);
            tx_split_check(tx, &s, ok, 0);
            store_item(tx, c, load_ptr(tx, o, offsetof(TrList, items), "items"), idx);
        } else {
            tx_split_check(tx, &s, NULL, 0);
        }
        /* no result register: the split's type bookkeeping is for R[A],
         * which the store does not change */
        Ty keep = tx->cur[a];
        tx_split_end(tx, &s, i, "list_setitem", a, keep);
        tx->cur[a] = keep;
        return;
    }
    tx_call_op(tx, is_cls(ta, &tr_dict_type) ? "dict_set" : "setitem", i);
}

/* `in` with a dict or set container: the typed helpers; the result is
 * always a bool. */
void tx_op_in(TrTx *tx, TrInstr i) {
    uint32_t a = TR_A(i), c = TR_C(i);
    Ty tc = tx->cur[c];
    bool neg = TR_OP(i) == TR_OPC_NOTIN;
    const char *typed = is_cls(tc, &tr_dict_type)                                           ? "dict_contains"
                        : is_cls(tc, &tr_set_type) || is_cls(tc, &tr_frozenset_type)        ? "set_contains"
                                                                                            : NULL;
    if (typed) {
        tx_call_op(tx, typed, TR_MKINSTR(TR_OPC_IN, a, TR_B(i), c));
        if (neg && tx->emitting) {
            tx->cur[a] = ty_make(TY_BOOL, NULL);
            LLVMValueRef v = LLVMBuildTrunc(tx->b, tx_pay(tx, a), tx->t_i1, "");
            tx_set_bool(tx, a, LLVMBuildNot(tx->b, v, ""));
        }
    } else {
        tx_call_generic(tx, i);
    }
    tx->cur[a] = ty_make(TY_BOOL, NULL);
}

/* ---- iteration -------------------------------------------------------------------- */

void tx_op_getiter(TrTx *tx, TrInstr i) {
    uint32_t a = TR_A(i), b = TR_B(i);
    Ty tb = tx->cur[b];
    if (is_cls(tb, &tr_range_iter_type)) { /* iter(it) is it */
        if (tx->emitting) tx_set(tx, a, tx_tag(tx, b), tx_pay(tx, b), tb);
        else tx->cur[a] = tb;
        return;
    }
    tx_call_generic(tx, i);
    if (is_cls(tb, &tr_list_type)) tx->cur[a] = ty_make(TY_OBJ, &tr_list_iter_type);
    else if (is_cls(tb, &tr_tuple_type)) tx->cur[a] = ty_make(TY_OBJ, &tr_tuple_iter_type);
    else tx_profile_guard(tx, a);
}

/* for x in range(...): a counted loop over the iterator's fields (LLVM
 * keeps them in registers when nothing in the loop can see the iterator). */
static void foriter_range(TrTx *tx, uint32_t it, uint32_t dst, int32_t done) {
    if (!tx->emitting) {
        tx_branch_out(tx, NULL, done);
        tx->cur[dst] = ty_make(TY_INT, NULL);
        return;
    }
    LLVMValueRef o = obj_of(tx, it);
    LLVMValueRef rem = load_i64(tx, o, offsetof(TrRangeIter, remaining), "remaining");
    tx_branch_out(tx, LLVMBuildICmp(tx->b, LLVMIntSLE, rem, tx_i64(tx, 0), ""), done);
    LLVMValueRef next = load_i64(tx, o, offsetof(TrRangeIter, next), "next");
    LLVMValueRef step = load_i64(tx, o, offsetof(TrRangeIter, step), "step");
    LLVMBuildStore(tx->b, LLVMBuildAdd(tx->b, next, step, ""), field_ptr(tx, o, offsetof(TrRangeIter, next)));
    LLVMBuildStore(tx->b, LLVMBuildSub(tx->b, rem, tx_i64(tx, 1), ""), field_ptr(tx, o, offsetof(TrRangeIter, remaining)));
    tx_set_int(tx, dst, next);
}

/* for x in range(ints), as RANGEPREP and FORRANGE define it: the loop's
 * state is three int registers (next value, count left, step), SSA values
 * in compiled code, written back only where the interpreter may read them.
 * When the callee is the builtin range (a guarded global) and the
 * arguments are ints, the count is computed here; a count that does not
 * fit, or step 0, leaves it to the interpreter. */
void tx_op_rangeprep(TrTx *tx, TrInstr i) {
    uint32_t a = TR_A(i), b = TR_B(i), n = TR_C(i);
    bool ints = n >= 1 && n <= 3 && tx->mode == TR_TX_JIT;
    for (uint32_t k = 0; ints && k < n; k++) ints = tx->cur[b + 1 + k].kind == TY_INT;
    Ty fn = tx->cur[b];
    if (!ints || fn.kind != TY_OBJ || fn.obj != (TrObject *)&tr_range_type) {
        tx_call_op_ex(tx, "rangeprep", i, true); /* range may be anything: a call */
        return;
    }
    if (!tx->emitting) {
        for (uint32_t k = 0; k < 3; k++) tx->cur[a + k] = ty_make(TY_INT, NULL);
        return;
    }
    LLVMBuilderRef bd = tx->b;
    LLVMValueRef start = n == 1 ? tx_i64(tx, 0) : tx_pay(tx, b + 1);
    LLVMValueRef stop = tx_pay(tx, n == 1 ? b + 1 : b + 2);
    LLVMValueRef step = n == 3 ? tx_pay(tx, b + 3) : tx_i64(tx, 1);
    /* as tr_range_count: the distance fits unsigned, the count may not */
    LLVMValueRef zero = tx_i64(tx, 0), one = tx_i64(tx, 1);
    LLVMValueRef pos = LLVMBuildICmp(bd, LLVMIntSGT, step, zero, "");
    LLVMValueRef nonzero = LLVMBuildICmp(bd, LLVMIntNE, step, zero, "");
    LLVMValueRef some = LLVMBuildSelect(bd, pos, LLVMBuildICmp(bd, LLVMIntSLT, start, stop, ""),
                                        LLVMBuildICmp(bd, LLVMIntSGT, start, stop, ""), "");
    some = LLVMBuildAnd(bd, some, nonzero, "");
    LLVMValueRef dist = LLVMBuildSelect(bd, pos, LLVMBuildSub(bd, stop, start, ""), LLVMBuildSub(bd, start, stop, ""), "");
    LLVMValueRef ustep = LLVMBuildSelect(bd, pos, step, LLVMBuildSub(bd, zero, step, ""), "");
    ustep = LLVMBuildSelect(bd, nonzero, ustep, one, ""); /* never divide by 0 */
    LLVMValueRef q = LLVMBuildAdd(bd, LLVMBuildUDiv(bd, LLVMBuildSub(bd, dist, one, ""), ustep, ""), one, "");
    LLVMValueRef count = LLVMBuildSelect(bd, some, q, zero, "count");
    LLVMValueRef ok = LLVMBuildAnd(bd, nonzero, LLVMBuildICmp(bd, LLVMIntSGE, count, zero, ""), "");
    tx_guard(tx, ok, TR_EXIT_UNSUPPORTED);
    tx_set_int(tx, a, start);
    tx_set_int(tx, a + 1, count);
    tx_set_int(tx, a + 2, step);
}

/* One step: R[B] := next, next += step (wrapping: the value after the last
 * one may not fit), count -= 1.  The state's types are known when this
 * code made it (or the entry saw ints); otherwise the tag of the count
 * tells it from an iterator at run time. */
static void range_step(TrTx *tx, uint32_t a, uint32_t b, int32_t done, Ty t) {
    LLVMBuilderRef bd = tx->b;
    LLVMValueRef left = tx_pay(tx, a + 1);
    tx_branch_out(tx, LLVMBuildICmp(bd, LLVMIntSLE, left, tx_i64(tx, 0), ""), done);
    LLVMValueRef next = tx_pay(tx, a), step = tx_pay(tx, a + 2), tag = tx_i64(tx, TR_TAG_INT);
    tx_set(tx, b, tag, next, t);
    tx_set(tx, a, tag, LLVMBuildAdd(bd, next, step, ""), t);
    tx_set(tx, a + 1, tag, LLVMBuildNSWSub(bd, left, tx_i64(tx, 1), "left"), t);
}

void tx_op_forrange(TrTx *tx, TrInstr i) {
    uint32_t a = TR_A(i), b = TR_B(i);
    int32_t done = (int32_t)TR_C(i);
    Ty inty = ty_make(TY_INT, NULL);
    bool typed = true;
    for (uint32_t k = 0; k < 3; k++) typed &= tx->cur[a + k].kind == TY_INT;
    if (typed) {
        if (tx->emitting) {
            range_step(tx, a, b, done, inty);
        } else {
            tx_branch_out(tx, NULL, done);
            tx->cur[b] = inty;
        }
        return;
    }
    if (!tx->emitting) { /* both ways below leave the three registers unknown */
        tx->cur[a] = tx->cur[a + 1] = tx->cur[b] = TY_ANYT;
        tx_branch_out(tx, NULL, done);
        return;
    }
    LLVMBasicBlockRef fast = tx_block(tx, "range_step"), slow = tx_block(tx, "iter_step"), join = tx_block(tx, "stepped");
    LLVMBuildCondBr(tx->b, tx_is_tag(tx, a + 1, TR_TAG_INT), fast, slow);
    Ty *saved = tx_save_types(tx);
    tx_at(tx, fast);
    range_step(tx, a, b, done, TY_ANYT);
    LLVMBuildBr(tx->b, join);
    tx_restore_types(tx, saved);
    tx_at(tx, slow);
    LLVMValueRef st = tx_call_generic(tx, i);
    tx_branch_out(tx, LLVMBuildICmp(tx->b, LLVMIntNE, st, tx_i32(tx, 0), ""), done);
    LLVMBuildBr(tx->b, join);
    tx_at(tx, join);
    tx->cur[a] = tx->cur[a + 1] = tx->cur[b] = TY_ANYT;
}

/* for x in a list: index-based like the interpreter's, re-reading the
 * list's length each time (the body may change it); exhaustion clears the
 * iterator's list as list_iter_next does. */
static void foriter_list(TrTx *tx, uint32_t it, uint32_t dst, int32_t done) {
    if (!tx->emitting) {
        tx_branch_out(tx, NULL, done);
        tx->cur[dst] = TY_ANYT;
        return;
    }
    LLVMBuilderRef b = tx->b;
    LLVMValueRef o = obj_of(tx, it);
    LLVMValueRef list = load_ptr(tx, o, offsetof(TrListIter, list), "list");
    LLVMBasicBlockRef chk = tx_block(tx, "listlen"), end = tx_block(tx, "listend"), fast = tx_block(tx, "listitem");
    LLVMBuildCondBr(b, LLVMBuildIsNotNull(b, list, ""), chk, end);
    tx_at(tx, chk);
    LLVMValueRef idx = load_i64(tx, o, offsetof(TrListIter, index), "index");
    LLVMValueRef len = load_i64(tx, list, offsetof(TrList, len), "len");
    LLVMBuildCondBr(b, LLVMBuildICmp(b, LLVMIntSLT, idx, len, ""), fast, end);
    tx_at(tx, end);
    LLVMBuildStore(b, LLVMConstNull(tx->t_ptr), field_ptr(tx, o, offsetof(TrListIter, list)));
    tx_goto(tx, done);
    tx->term = false;
    tx_at(tx, fast);
    load_item(tx, dst, load_ptr(tx, list, offsetof(TrList, items), "items"), idx);
    LLVMBuildStore(b, LLVMBuildAdd(b, idx, tx_i64(tx, 1), ""), field_ptr(tx, o, offsetof(TrListIter, index)));
    tx->cur[dst] = TY_ANYT;
}

void tx_op_foriter(TrTx *tx, TrInstr i) {
    uint32_t it = TR_A(i), dst = TR_B(i);
    int32_t done = (int32_t)TR_C(i);
    Ty t = tx->cur[it];
    if (is_cls(t, &tr_range_iter_type)) {
        foriter_range(tx, it, dst, done);
        return;
    }
    if (is_cls(t, &tr_list_iter_type)) {
        foriter_list(tx, it, dst, done);
    } else {
        LLVMValueRef st = tx_call_generic(tx, i);
        tx_branch_out(tx, tx->emitting ? LLVMBuildICmp(tx->b, LLVMIntNE, st, tx_i32(tx, 0), "") : NULL, done);
    }
    tx_profile_guard(tx, dst);
}

/* ---- everything else ------------------------------------------------------------------ */

/* Opcodes whose helper always produces an object of a known type. */
static TrType *result_class(unsigned op) {
    switch (op) {
    case TR_OPC_BUILDLIST: return &tr_list_type;
    case TR_OPC_BUILDTUPLE:
    case TR_OPC_LISTTOTUPLE: return &tr_tuple_type;
    case TR_OPC_BUILDSET: return &tr_set_type;
    case TR_OPC_BUILDDICT: return &tr_dict_type;
    case TR_OPC_BUILDSLICE: return &tr_slice_type;
    case TR_OPC_BUILDSTRING: return &tr_str_type;
    case TR_OPC_MAKEFUNC: return &tr_function_type;
    case TR_OPC_MAKECELL: return &tr_cell_type;
    default: return NULL;
    }
}

/* Opcodes the interpreter profiles (its PROFILED instructions). */
static bool profiled(unsigned op) {
    switch (op) {
    case TR_OPC_LOADGLOBAL:
    case TR_OPC_LOADBUILTIN:
    case TR_OPC_LOADDEREF:
    case TR_OPC_GETATTR:
    case TR_OPC_CALL:
    case TR_OPC_CALLMETHOD:
    case TR_OPC_CALLKW:
    case TR_OPC_CALLEX: return true;
    default: return false;
    }
}

void tr_tx_generic(TrTx *tx, TrInstr i) {
    unsigned op = TR_OP(i);
    if (!strcmp(tr_opinfo[op].helper, "none")) {
        /* an opcode no handler knows: leave it to the interpreter */
        if (tx->mode == TR_TX_AOT) {
            tx->refused = tr_opinfo[op].name;
            tx->term = true;
        } else {
            tx_leave(tx, TR_EXIT_UNSUPPORTED, tx->pc, -1);
        }
        return;
    }
    tx_call_generic(tx, i);
    TrType *cls = result_class(op);
    if (cls) tx->cur[TR_A(i)] = ty_make(TY_OBJ, cls);
    else if (op == TR_OPC_EXCMATCH) tx->cur[TR_A(i)] = ty_make(TY_BOOL, NULL);
    else if (profiled(op)) tx_profile_guard(tx, TR_A(i));
}
