/* tr_tx_calls.c — opcode handlers for globals, module attributes and
 * calls: where the JIT speculates on *values*, not only on types.
 *
 * A global or module attribute bound to a function, a builtin, a class or
 * a module rarely changes, so the JIT reads the binding's dict entry inline
 * and guards the object's identity; the register is then known to hold
 * exactly that object.  A call of a known builtin becomes inline code (len,
 * abs, math.sqrt, ...); a call of a known Python function becomes a direct
 * call of its compiled code, on a frame built on the native stack, with no
 * interpreter in between (tr_jit.c supplies the callee's code; on any exit
 * other than a return it finishes the call in the interpreter).  AOT mode
 * knows no values and keeps the generic helpers. */
#include <math.h>
#include <stddef.h>
#include <string.h>

#include "tr_icache.h"
#include "tr_signal.h"
#include "tr_tx.h"

static LLVMValueRef gep(TrTx *tx, LLVMValueRef base, int64_t off) {
    LLVMValueRef o = tx_i64(tx, off);
    return LLVMBuildGEP2(tx->b, tx->t_i8, base, &o, 1, "");
}

static LLVMValueRef ldi64(TrTx *tx, LLVMValueRef base, int64_t off) {
    return LLVMBuildLoad2(tx->b, tx->t_i64, gep(tx, base, off), "");
}

/* Objects whose binding to a name is speculated on by identity. */
static bool stable_object(TrValue v) {
    if (v.tag != TR_TAG_OBJ) return false;
    TrType *t = v.u.o->type;
    return t == &tr_function_type || t == &tr_native_type || t == &tr_module_type ||
           t == &tr_type_type || (t->flags & TR_TF_TYPE_SUBCLASS);
}

/* ---- dict entries read inline ----------------------------------------------------- */

/* The entry of `name` in dict d (which the code knows at translation
 * time), read inline into R[r]: the entry must still be at index ix with
 * the same interned key, else the JIT deoptimizes.  Then, when the value
 * bound now is stable, its identity is guarded too, and those checks are
 * the slow path: while the dict's version is the one seen now (nothing in
 * it has changed), the value is a constant, one load and compare (fib's
 * two lookups of itself per call were five loads and four compares each). */
static void read_entry(TrTx *tx, uint32_t r, TrDict *d, int64_t ix, TrStr *name) {
    TrValue now = d->t.entries[ix].value;
    if (!tx_may_speculate(tx)) now = tr_undef(); /* read, but no identity guard */
    if (tx->emitting) {
        LLVMValueRef dict = tx_ptr(tx, d, NULL);
        LLVMBasicBlockRef same_dict = NULL;
        if (stable_object(now)) {
            LLVMValueRef ver = ldi64(tx, dict, offsetof(TrDict, version));
            LLVMBasicBlockRef changed = tx_block(tx, "dict_changed");
            same_dict = tx_block(tx, "dict_same");
            tx_cold_false(tx, LLVMBuildCondBr(tx->b, LLVMBuildICmp(tx->b, LLVMIntEQ, ver, tx_i64(tx, (int64_t)d->version), ""),
                                              same_dict, changed));
            tx_at(tx, changed);
        }
        LLVMValueRef n = ldi64(tx, dict, offsetof(TrDict, t) + offsetof(TrHTable, nentries));
        tx_guard(tx, LLVMBuildICmp(tx->b, LLVMIntSGT, n, tx_i64(tx, ix), ""), TR_EXIT_TYPE);
        LLVMValueRef entries = LLVMBuildLoad2(tx->b, tx->t_ptr, gep(tx, dict, offsetof(TrDict, t) + offsetof(TrHTable, entries)), "entries");
        LLVMValueRef e = gep(tx, entries, ix * (int64_t)sizeof(TrHEntry));
        LLVMValueRef key = ldi64(tx, e, offsetof(TrHEntry, key) + 8);
        tx_guard(tx, LLVMBuildICmp(tx->b, LLVMIntEQ, key, tx_i64(tx, (int64_t)(uintptr_t)name), ""), TR_EXIT_TYPE);
        LLVMValueRef tag = ldi64(tx, e, offsetof(TrHEntry, value));
        LLVMValueRef pay = ldi64(tx, e, offsetof(TrHEntry, value) + 8);
        if (stable_object(now)) {
            tx_keep(tx, now.u.o);
            LLVMValueRef same = LLVMBuildAnd(tx->b, LLVMBuildICmp(tx->b, LLVMIntEQ, tag, tx_i64(tx, TR_TAG_OBJ), ""),
                                             LLVMBuildICmp(tx->b, LLVMIntEQ, pay, tx_i64(tx, (int64_t)now.u.bits), ""), "");
            tx_guard(tx, same, TR_EXIT_TYPE);
            LLVMBuildBr(tx->b, same_dict);
            tx_at(tx, same_dict);
            tag = tx_i64(tx, TR_TAG_OBJ);
            pay = tx_i64(tx, (int64_t)now.u.bits);
        }
        tx_set(tx, r, tag, pay, TY_ANYT);
    }
    tx->cur[r] = stable_object(now) ? ty_known(now.u.o) : TY_ANYT;
}

void tx_op_loadglobal(TrTx *tx, TrInstr i) {
    uint32_t a = TR_A(i);
    TrStr *name = tx->code->names[TR_B(i)];
    TrDict *g = tx->rq->globals;
    int64_t ix = g && tx->mode == TR_TX_JIT ? tr_dict_index_str(g, name) : -1;
    if (ix >= 0) {
        read_entry(tx, a, g, ix, name);
        if (tx->cur[a].kind == TY_ANY) tx_profile_guard(tx, a);
        return;
    }
    /* a builtin (not shadowed by a global now): guard its identity */
    TrValue b = g && tx_may_speculate(tx) ? tr_dict_get_str(tr_builtins_dict, name) : tr_undef();
    if (!stable_object(b)) {
        tx_call_generic(tx, i);
        tx_profile_guard(tx, a);
        return;
    }
    /* while neither dict has changed since now (their versions), the name
     * still means that builtin: no lookup; else the helper looks it up */
    TxSplit s;
    tx_split_begin(tx, &s, false);
    if (tx->emitting) {
        LLVMValueRef gv = ldi64(tx, tx_ptr(tx, g, NULL), offsetof(TrDict, version));
        LLVMValueRef bv = ldi64(tx, tx_ptr(tx, tr_builtins_dict, NULL), offsetof(TrDict, version));
        LLVMValueRef same = LLVMBuildAnd(tx->b, LLVMBuildICmp(tx->b, LLVMIntEQ, gv, tx_i64(tx, (int64_t)g->version), ""),
                                         LLVMBuildICmp(tx->b, LLVMIntEQ, bv, tx_i64(tx, (int64_t)tr_builtins_dict->version), ""), "");
        tx_split_check(tx, &s, same, 0); /* b is kept alive by the identity guard below */
        tx_set(tx, a, tx_i64(tx, TR_TAG_OBJ), tx_i64(tx, (int64_t)b.u.bits), TY_ANYT);
    } else {
        tx_split_check(tx, &s, NULL, 0);
    }
    tx_split_end(tx, &s, i, NULL, a, TY_ANYT);
    if (tx->emitting) {
        tx_keep(tx, b.u.o);
        LLVMValueRef same = LLVMBuildAnd(tx->b, tx_is_tag(tx, a, TR_TAG_OBJ),
                                         LLVMBuildICmp(tx->b, LLVMIntEQ, tx_pay(tx, a), tx_i64(tx, (int64_t)b.u.bits), ""), "");
        LLVMBasicBlockRef cont = tx_block(tx, "builtin");
        tx_cold_false(tx, LLVMBuildCondBr(tx->b, same, cont, tx_exit_block(tx, TR_EXIT_TYPE, tx->pc + 1, (int32_t)a)));
        tx_at(tx, cont);
    }
    tx->cur[a] = ty_known(b.u.o);
}

void tx_op_storeglobal(TrTx *tx, TrInstr i) {
    uint32_t a = TR_A(i);
    TrStr *name = tx->code->names[TR_B(i)];
    TrDict *g = tx->rq->globals;
    int64_t ix = g && tx->mode == TR_TX_JIT ? tr_dict_index_str(g, name) : -1;
    if (ix < 0) {
        tx_call_generic(tx, i);
        return;
    }
    if (!tx->emitting) return;
    /* an existing binding: replace the value in its entry, as
     * tr_dict_set_str does (version bumped for the inline caches) */
    LLVMValueRef dict = tx_ptr(tx, g, NULL);
    LLVMValueRef n = ldi64(tx, dict, offsetof(TrDict, t) + offsetof(TrHTable, nentries));
    tx_guard(tx, LLVMBuildICmp(tx->b, LLVMIntSGT, n, tx_i64(tx, ix), ""), TR_EXIT_TYPE);
    LLVMValueRef entries = LLVMBuildLoad2(tx->b, tx->t_ptr, gep(tx, dict, offsetof(TrDict, t) + offsetof(TrHTable, entries)), "entries");
    LLVMValueRef e = gep(tx, entries, ix * (int64_t)sizeof(TrHEntry));
    LLVMValueRef key = ldi64(tx, e, offsetof(TrHEntry, key) + 8);
    tx_guard(tx, LLVMBuildICmp(tx->b, LLVMIntEQ, key, tx_i64(tx, (int64_t)(uintptr_t)name), ""), TR_EXIT_TYPE);
    LLVMBuildStore(tx->b, tx_tag(tx, a), gep(tx, e, offsetof(TrHEntry, value)));
    LLVMBuildStore(tx->b, tx_pay(tx, a), gep(tx, e, offsetof(TrHEntry, value) + 8));
    LLVMValueRef vp = gep(tx, dict, offsetof(TrDict, version));
    LLVMBuildStore(tx->b, LLVMBuildAdd(tx->b, LLVMBuildLoad2(tx->b, tx->t_i64, vp, ""), tx_i64(tx, 1), ""), vp);
}

/* module.name with the module known: its dict entry, inline. */
static bool module_attr(TrTx *tx, uint32_t dst, uint32_t mod, TrStr *name) {
    Ty t = tx->cur[mod];
    if (tx->mode != TR_TX_JIT || t.kind != TY_OBJ || !t.obj || t.obj->type != &tr_module_type) return false;
    TrDict *d = ((TrModule *)t.obj)->dict;
    int64_t ix = tr_dict_index_str(d, name);
    if (ix < 0) return false;
    read_entry(tx, dst, d, ix, name);
    return true;
}

/* ---- instance attributes through the inline caches -------------------------------- */

/* The interpreter's inline cache of this instruction, if it holds an entry
 * that is valid now (tr_icache.c fills it on generic lookups only). */
static const TrICache *valid_cache(TrTx *tx, int kind) {
    if (tx->mode != TR_TX_JIT || !tx->code->icache) return NULL;
    const TrICache *c = &((const TrICache *)tx->code->icache)[tx->pc];
    if (c->kind != kind || c->epoch != tr_type_epoch || !c->type) return NULL;
    if (kind == TR_IC_INSTANCE && c->type->dictoffset <= 0) return NULL;
    return c;
}

/* R[r] is an instance of the cache's type and no class changed since:
 * the checks every cached attribute access starts with. */
static void check_cached_type(TrTx *tx, TxSplit *s, uint32_t r, const TrICache *c) {
    tx_split_check(tx, s, tx_is_cls(tx, r, c->type), 0);
    LLVMValueRef epoch = LLVMBuildLoad2(tx->b, tx->t_i64, tx_ptr(tx, &tr_type_epoch, "tr_type_epoch"), "epoch");
    tx_split_check(tx, s, LLVMBuildICmp(tx->b, LLVMIntEQ, epoch, tx_i64(tx, (int64_t)c->epoch), ""), 0);
}

/* The address of a __slots__ member's cell in R[r] (TR_IC_SLOT). */
static LLVMValueRef slot_cell(TrTx *tx, uint32_t r, const TrICache *c) {
    return gep(tx, LLVMBuildIntToPtr(tx->b, tx_pay(tx, r), tx->t_ptr, ""), c->index);
}

/* Checks that R[r] is an instance of the cache's type, no class changed
 * since (the type epoch), and its __dict__ still has `name` at the cached
 * entry; returns that entry's address.  Failing checks take the split's
 * slow path (the generic helper), so a polymorphic site is slow, not a
 * deoptimization storm. */
static LLVMValueRef cached_entry(TrTx *tx, TxSplit *s, uint32_t r, const TrICache *c, TrStr *name) {
    LLVMBuilderRef b = tx->b;
    check_cached_type(tx, s, r, c);
    LLVMValueRef obj = LLVMBuildIntToPtr(b, tx_pay(tx, r), tx->t_ptr, "");
    LLVMValueRef dict = LLVMBuildLoad2(b, tx->t_ptr, gep(tx, obj, c->type->dictoffset), "dict");
    tx_split_check(tx, s, LLVMBuildIsNotNull(b, dict, ""), 0);
    LLVMValueRef n = ldi64(tx, dict, offsetof(TrDict, t) + offsetof(TrHTable, nentries));
    tx_split_check(tx, s, LLVMBuildICmp(b, LLVMIntSGT, n, tx_i64(tx, c->index), ""), 0);
    LLVMValueRef entries = LLVMBuildLoad2(b, tx->t_ptr, gep(tx, dict, offsetof(TrDict, t) + offsetof(TrHTable, entries)), "");
    LLVMValueRef e = gep(tx, entries, c->index * (int64_t)sizeof(TrHEntry));
    LLVMValueRef key = ldi64(tx, e, offsetof(TrHEntry, key) + 8);
    LLVMValueRef ktag = ldi64(tx, e, offsetof(TrHEntry, key));
    tx_split_check(tx, s, LLVMBuildAnd(b, LLVMBuildICmp(b, LLVMIntEQ, ktag, tx_i64(tx, TR_TAG_OBJ), ""),
                                       LLVMBuildICmp(b, LLVMIntEQ, key, tx_i64(tx, (int64_t)(uintptr_t)name), ""), ""), 0);
    return e;
}

void tx_op_getattr(TrTx *tx, TrInstr i) {
    uint32_t a = TR_A(i), b = TR_B(i);
    TrStr *name = tx->code->names[TR_C(i)];
    if (module_attr(tx, a, b, name)) {
        if (tx->cur[a].kind == TY_ANY) tx_profile_guard(tx, a);
        return;
    }
    const TrICache *c = valid_cache(tx, TR_IC_INSTANCE);
    if (!c) c = valid_cache(tx, TR_IC_SLOT);
    if (c && (tx->cur[b].kind == TY_ANY || tx->cur[b].kind == TY_OBJ)) {
        TxSplit s;
        tx_split_begin(tx, &s, false);
        if (tx->emitting && c->kind == TR_IC_SLOT) {
            check_cached_type(tx, &s, b, c);
            LLVMValueRef cell = slot_cell(tx, b, c);
            LLVMValueRef tag = ldi64(tx, cell, 0);
            tx_split_check(tx, &s, LLVMBuildICmp(tx->b, LLVMIntNE, tag, tx_i64(tx, TR_TAG_UNDEF), ""), 0);
            tx_set(tx, a, tag, ldi64(tx, cell, 8), TY_ANYT);
        } else if (tx->emitting) {
            LLVMValueRef e = cached_entry(tx, &s, b, c, name);
            tx_set(tx, a, ldi64(tx, e, offsetof(TrHEntry, value)), ldi64(tx, e, offsetof(TrHEntry, value) + 8), TY_ANYT);
        } else {
            tx_split_check(tx, &s, NULL, 0);
        }
        tx_split_end(tx, &s, i, NULL, a, TY_ANYT);
    } else {
        tx_call_generic(tx, i);
    }
    tx_profile_guard(tx, a);
}

void tx_op_setattr(TrTx *tx, TrInstr i) {
    uint32_t a = TR_A(i), v = TR_C(i);
    TrStr *name = tx->code->names[TR_B(i)];
    const TrICache *c = valid_cache(tx, TR_IC_INSTANCE);
    if (!c) c = valid_cache(tx, TR_IC_SLOT);
    if (!c || !(tx->cur[a].kind == TY_ANY || tx->cur[a].kind == TY_OBJ)) {
        tx_call_generic(tx, i);
        return;
    }
    Ty keep = tx->cur[a];
    TxSplit s;
    tx_split_begin(tx, &s, false);
    if (tx->emitting && c->kind == TR_IC_SLOT) {
        check_cached_type(tx, &s, a, c);
        LLVMValueRef cell = slot_cell(tx, a, c);
        LLVMBuildStore(tx->b, tx_tag(tx, v), cell);
        LLVMBuildStore(tx->b, tx_pay(tx, v), gep(tx, cell, 8));
    } else if (tx->emitting) {
        /* the cached entry's value replaced, the dict's version bumped, as
         * tr_ic_setattr does */
        LLVMValueRef e = cached_entry(tx, &s, a, c, name);
        LLVMBuildStore(tx->b, tx_tag(tx, v), gep(tx, e, offsetof(TrHEntry, value)));
        LLVMBuildStore(tx->b, tx_pay(tx, v), gep(tx, e, offsetof(TrHEntry, value) + 8));
        LLVMValueRef obj = LLVMBuildIntToPtr(tx->b, tx_pay(tx, a), tx->t_ptr, "");
        LLVMValueRef dict = LLVMBuildLoad2(tx->b, tx->t_ptr, gep(tx, obj, c->type->dictoffset), "");
        LLVMValueRef vp = gep(tx, dict, offsetof(TrDict, version));
        LLVMBuildStore(tx->b, LLVMBuildAdd(tx->b, LLVMBuildLoad2(tx->b, tx->t_i64, vp, ""), tx_i64(tx, 1), ""), vp);
    } else {
        tx_split_check(tx, &s, NULL, 0);
    }
    /* no result register: the split's bookkeeping names R[A], unchanged */
    tx_split_end(tx, &s, i, NULL, a, keep);
    tx->cur[a] = keep;
}

void tx_op_loadmethod(TrTx *tx, TrInstr i) {
    uint32_t a = TR_A(i), b = TR_B(i);
    if (module_attr(tx, a, b, tx->code->names[TR_C(i)])) { /* not a bound method */
        tx_set(tx, a + 1, tx->emitting ? tx_i64(tx, TR_TAG_UNDEF) : NULL, tx->emitting ? tx_i64(tx, 0) : NULL,
               ty_make(TY_UNDEF, NULL));
        return;
    }
    Ty recv = tx->cur[b];
    tx_call_generic(tx, i);
    /* the cache found a plain function on the class: guard that the lookup
     * gave it, bound to the receiver, and the call can be direct */
    const TrICache *c = tx_may_speculate(tx) ? valid_cache(tx, TR_IC_METHOD) : NULL;
    if (!c || !tr_is_type(c->value, &tr_function_type) || !tr_ic_one_value(c)) return;
    if (tx->emitting) {
        tx_keep(tx, c->value.u.o);
        LLVMBuilderRef bl = tx->b;
        LLVMValueRef ok = LLVMBuildAnd(bl, tx_is_tag(tx, a, TR_TAG_OBJ),
                                       LLVMBuildICmp(bl, LLVMIntEQ, tx_pay(tx, a), tx_i64(tx, (int64_t)c->value.u.bits), ""), "");
        ok = LLVMBuildAnd(bl, ok, tx_is_tag(tx, a + 1, TR_TAG_OBJ), "");
        LLVMBasicBlockRef cont = tx_block(tx, "method");
        tx_cold_false(tx, LLVMBuildCondBr(bl, ok, cont, tx_exit_block(tx, TR_EXIT_TYPE, tx->pc + 1, -1)));
        tx_at(tx, cont);
    }
    tx->cur[a] = ty_known(c->value.u.o);
    tx->cur[a + 1] = recv.kind == TY_OBJ ? recv : ty_make(TY_OBJ, NULL);
}

/* ---- calls of known builtins ---------------------------------------------------------- */

typedef struct Call {
    TrInstr i;
    uint32_t res;   /* result register (the callee's) */
    uint32_t arg;   /* first argument register */
    uint32_t nargs;
} Call;

static LLVMValueRef intrinsic1(TrTx *tx, const char *name, LLVMValueRef x) {
    LLVMTypeRef over = LLVMTypeOf(x), fty;
    unsigned id = LLVMLookupIntrinsicID(name, strlen(name));
    fty = LLVMIntrinsicGetType(tx->ctx, id, &over, 1);
    return LLVMBuildCall2(tx->b, fty, LLVMGetIntrinsicDeclaration(tx->mod, id, &over, 1), &x, 1, "");
}

static bool num(Ty t) { return t.kind == TY_INT || t.kind == TY_FLOAT; }

/* A number register as a double; ints must convert exactly (guarded). */
static LLVMValueRef to_double(TrTx *tx, uint32_t r) {
    if (tx->cur[r].kind == TY_FLOAT) return tx_dbl(tx, r);
    LLVMValueRef v = tx_pay(tx, r);
    LLVMValueRef off = LLVMBuildAdd(tx->b, v, tx_i64(tx, (int64_t)1 << 53), "");
    tx_guard(tx, LLVMBuildICmp(tx->b, LLVMIntULE, off, tx_i64(tx, (int64_t)1 << 54), ""), TR_EXIT_NEG_ZERO);
    return LLVMBuildSIToFP(tx->b, v, tx->t_dbl, "");
}

static LLVMValueRef fcmp(TrTx *tx, LLVMRealPredicate p, LLVMValueRef x, double c) {
    return LLVMBuildFCmp(tx->b, p, x, tx_f64(tx, c), "");
}

/* len(x) of a list, tuple, str, dict or set: its size field. */
static bool inline_len(TrTx *tx, const Call *c) {
    Ty t = tx->cur[c->arg];
    if (c->nargs != 1 || t.kind != TY_OBJ || !t.cls) return false;
    size_t off;
    if (t.cls == &tr_list_type) off = offsetof(TrList, len);
    else if (t.cls == &tr_tuple_type) off = offsetof(TrTuple, len);
    else if (t.cls == &tr_str_type) off = offsetof(TrStr, nchars);
    else if (t.cls == &tr_dict_type) off = offsetof(TrDict, t) + offsetof(TrHTable, used);
    else if (t.cls == &tr_set_type || t.cls == &tr_frozenset_type) off = offsetof(TrSet, used);
    else return false;
    if (tx->emitting) tx_set_int(tx, c->res, ldi64(tx, LLVMBuildIntToPtr(tx->b, tx_pay(tx, c->arg), tx->t_ptr, ""), (int64_t)off));
    else tx->cur[c->res] = ty_make(TY_INT, NULL);
    return true;
}

static bool inline_abs(TrTx *tx, const Call *c) {
    Ty t = tx->cur[c->arg];
    if (c->nargs != 1 || !num(t)) return false;
    if (!tx->emitting) {
        tx->cur[c->res] = t;
        return true;
    }
    if (t.kind == TY_FLOAT) {
        tx_set_float(tx, c->res, intrinsic1(tx, "llvm.fabs", tx_dbl(tx, c->arg)));
        return true;
    }
    LLVMValueRef x = tx_pay(tx, c->arg);
    tx_guard(tx, LLVMBuildICmp(tx->b, LLVMIntNE, x, tx_i64(tx, INT64_MIN), ""), TR_EXIT_OVERFLOW);
    LLVMValueRef neg = LLVMBuildICmp(tx->b, LLVMIntSLT, x, tx_i64(tx, 0), "");
    tx_set_int(tx, c->res, LLVMBuildSelect(tx->b, neg, LLVMBuildNeg(tx->b, x, ""), x, ""));
    return true;
}

/* min(a, b) / max(a, b) of two ints or two floats: Python keeps the first
 * unless the second compares strictly beyond it, which a select of the
 * same comparison reproduces (NaN included). */
static bool inline_minmax(TrTx *tx, const Call *c, bool is_max) {
    if (c->nargs != 2) return false;
    Ty x = tx->cur[c->arg], y = tx->cur[c->arg + 1];
    if (!((x.kind == TY_INT && y.kind == TY_INT) || (x.kind == TY_FLOAT && y.kind == TY_FLOAT))) return false;
    if (!tx->emitting) {
        tx->cur[c->res] = x;
        return true;
    }
    LLVMValueRef beyond;
    if (x.kind == TY_INT) {
        LLVMValueRef a = tx_pay(tx, c->arg), b = tx_pay(tx, c->arg + 1);
        beyond = LLVMBuildICmp(tx->b, is_max ? LLVMIntSGT : LLVMIntSLT, b, a, "");
        tx_set_int(tx, c->res, LLVMBuildSelect(tx->b, beyond, b, a, ""));
    } else {
        LLVMValueRef a = tx_dbl(tx, c->arg), b = tx_dbl(tx, c->arg + 1);
        beyond = LLVMBuildFCmp(tx->b, is_max ? LLVMRealOGT : LLVMRealOLT, b, a, "");
        tx_set_float(tx, c->res, LLVMBuildSelect(tx->b, beyond, b, a, ""));
    }
    return true;
}

/* float(int) rounds as sitofp does (to nearest even); int(float) truncates
 * when the result fits int64 and the float is finite. */
static bool inline_convert(TrTx *tx, const Call *c, bool to_float) {
    Ty t = tx->cur[c->arg];
    if (c->nargs != 1 || !num(t)) return false;
    if (!tx->emitting) {
        tx->cur[c->res] = ty_make(to_float ? TY_FLOAT : TY_INT, NULL);
        return true;
    }
    if (to_float) {
        LLVMValueRef d = t.kind == TY_FLOAT ? tx_dbl(tx, c->arg) : LLVMBuildSIToFP(tx->b, tx_pay(tx, c->arg), tx->t_dbl, "");
        tx_set_float(tx, c->res, d);
    } else if (t.kind == TY_INT) {
        tx_set_int(tx, c->res, tx_pay(tx, c->arg));
    } else {
        LLVMValueRef d = tx_dbl(tx, c->arg);
        tx_guard(tx, LLVMBuildAnd(tx->b, fcmp(tx, LLVMRealOLT, d, 9223372036854775808.0),
                                  fcmp(tx, LLVMRealOGT, d, -9223372036854775809.0), ""), TR_EXIT_OVERFLOW);
        tx_set_int(tx, c->res, LLVMBuildFPToSI(tx->b, d, tx->t_i64, ""));
    }
    return true;
}

typedef enum MathFn { M_SQRT, M_SIN, M_COS, M_EXP, M_LOG, M_FABS, M_FLOOR, M_CEIL } MathFn;

/* math functions on a float (or exactly convertible int), with CPython's
 * domain and range errors left to the interpreter by deoptimizing. */
static bool inline_math(TrTx *tx, const Call *c, MathFn fn) {
    Ty t = tx->cur[c->arg];
    if (c->nargs != 1 || !num(t)) return false;
    bool to_int = fn == M_FLOOR || fn == M_CEIL;
    if (!tx->emitting) {
        tx->cur[c->res] = ty_make(to_int ? TY_INT : TY_FLOAT, NULL);
        return true;
    }
    if (to_int && t.kind == TY_INT) {
        tx_set_int(tx, c->res, tx_pay(tx, c->arg));
        return true;
    }
    LLVMValueRef x = to_double(tx, c->arg), r;
    switch (fn) {
    case M_SQRT: /* sqrt(x < 0) is a ValueError; NaN passes */
        tx_guard(tx, LLVMBuildNot(tx->b, fcmp(tx, LLVMRealOLT, x, 0.0), ""), TR_EXIT_NEG_ZERO);
        r = intrinsic1(tx, "llvm.sqrt", x);
        break;
    case M_SIN:
    case M_COS: /* of an infinity: ValueError */
        tx_guard(tx, fcmp(tx, LLVMRealUNE, intrinsic1(tx, "llvm.fabs", x), INFINITY), TR_EXIT_NEG_ZERO);
        r = intrinsic1(tx, fn == M_SIN ? "llvm.sin" : "llvm.cos", x);
        break;
    case M_EXP: { /* a finite x giving inf: OverflowError */
        r = intrinsic1(tx, "llvm.exp", x);
        LLVMValueRef fin = fcmp(tx, LLVMRealUNE, intrinsic1(tx, "llvm.fabs", x), INFINITY);
        LLVMValueRef ovf = LLVMBuildAnd(tx->b, fin, fcmp(tx, LLVMRealOEQ, r, INFINITY), "");
        tx_guard(tx, LLVMBuildNot(tx->b, ovf, ""), TR_EXIT_OVERFLOW);
        break;
    }
    case M_LOG: /* log(x <= 0) is a ValueError; NaN passes */
        tx_guard(tx, LLVMBuildNot(tx->b, fcmp(tx, LLVMRealOLE, x, 0.0), ""), TR_EXIT_NEG_ZERO);
        r = intrinsic1(tx, "llvm.log", x);
        break;
    case M_FABS: r = intrinsic1(tx, "llvm.fabs", x); break;
    default: { /* floor/ceil to an int: finite and in range */
        r = intrinsic1(tx, fn == M_FLOOR ? "llvm.floor" : "llvm.ceil", x);
        tx_guard(tx, LLVMBuildAnd(tx->b, fcmp(tx, LLVMRealOLT, r, 9223372036854775808.0),
                                  fcmp(tx, LLVMRealOGE, r, -9223372036854775808.0), ""), TR_EXIT_OVERFLOW);
        tx_set_int(tx, c->res, LLVMBuildFPToSI(tx->b, r, tx->t_i64, ""));
        return true;
    }
    }
    tx_set_float(tx, c->res, r);
    return true;
}

/* X(module, name, inline call) */
#define TX_INLINE_BUILTINS(X)                                  \
    X("builtins", "len", inline_len(tx, c))                    \
    X("builtins", "abs", inline_abs(tx, c))                    \
    X("builtins", "min", inline_minmax(tx, c, false))          \
    X("builtins", "max", inline_minmax(tx, c, true))           \
    X("builtins", "float", inline_convert(tx, c, true))        \
    X("builtins", "int", inline_convert(tx, c, false))         \
    X("math", "sqrt", inline_math(tx, c, M_SQRT))              \
    X("math", "sin", inline_math(tx, c, M_SIN))                \
    X("math", "cos", inline_math(tx, c, M_COS))                \
    X("math", "exp", inline_math(tx, c, M_EXP))                \
    X("math", "log", inline_math(tx, c, M_LOG))                \
    X("math", "fabs", inline_math(tx, c, M_FABS))              \
    X("math", "floor", inline_math(tx, c, M_FLOOR))            \
    X("math", "ceil", inline_math(tx, c, M_CEIL))

/* The object module.name if that module has been imported. */
static TrObject *builtin_object(const char *module, const char *name) {
    TrDict *d = NULL;
    if (!strcmp(module, "builtins")) d = tr_builtins_dict;
    else {
        extern TrDict *tr_sys_modules;
        TrValue m = tr_dict_get_cstr(tr_sys_modules, module);
        if (tr_is_type(m, &tr_module_type)) d = TR_AS(TrModule, m)->dict;
    }
    if (!d) return NULL;
    TrValue v = tr_dict_get_cstr(d, name);
    return v.tag == TR_TAG_OBJ ? v.u.o : NULL;
}

/* The callee is the builtin the table names when the module binds that
 * name to it *and* it is that function: after `math.floor = math.ceil`
 * the object bound to math.floor is ceil, which is inlined as ceil. */
static bool inline_builtin(TrTx *tx, const Call *c, TrObject *callee) {
    if (callee->type != &tr_native_type || !TR_IS_UNDEF(((TrNative *)callee)->self)) return false;
    const char *own = ((TrNative *)callee)->name;
#define TX_TRY_INLINE(mod, nm, call) \
    if (own && !strcmp(own, nm) && builtin_object(mod, nm) == callee) return call;
    TX_INLINE_BUILTINS(TX_TRY_INLINE)
#undef TX_TRY_INLINE
    return false;
}

/* ---- direct calls of Python functions ----------------------------------------------- */

static bool direct_callable(TrTx *tx, TrFunction *fn, uint32_t nargs) {
    TrCode *c = fn->code;
    int ndef = fn->defaults ? (int)fn->defaults->len : 0;
    return tx->mode == TR_TX_JIT && tx->rq->callee &&
           !(c->flags & (TR_CO_GENERATOR | TR_CO_VARARGS | TR_CO_VARKEYWORDS | TR_CO_CLASSBODY | TR_CO_MODULE)) &&
           c->kwonlyargcount == 0 && (int)nargs <= c->argcount && (int)nargs >= c->argcount - ndef &&
           (c->nfree == 0 || (fn->closure && fn->closure->len == c->nfree));
}

/* A static alloca in the entry block (not re-executed per call). */
static LLVMValueRef entry_alloca(TrTx *tx, LLVMTypeRef ty, const char *name) {
    LLVMBasicBlockRef here = LLVMGetInsertBlock(tx->b);
    LLVMBasicBlockRef entry = LLVMGetEntryBasicBlock(tx->fn);
    LLVMValueRef first = LLVMGetFirstInstruction(entry);
    if (first) LLVMPositionBuilderBefore(tx->b, first);
    else LLVMPositionBuilderAtEnd(tx->b, entry);
    LLVMValueRef a = LLVMBuildAlloca(tx->b, ty, name);
    LLVMSetAlignment(a, 16);
    tx_at(tx, here);
    return a;
}

/* Zero `bytes` (a multiple of 8) at p + off as plain stores: llvm.memset
 * of a constant size becomes a call of memset under FastISel, which was
 * most of a call's cost in fib (four per call site); stores that others
 * overwrite right after are dead-store eliminated. */
static void zero_fill(TrTx *tx, LLVMValueRef p, int64_t off, int64_t bytes) {
    LLVMValueRef z = tx_i64(tx, 0);
    for (int64_t k = 0; k < bytes; k += 8) LLVMSetAlignment(LLVMBuildStore(tx->b, z, gep(tx, p, off + k)), 8);
}

static void store_value(TrTx *tx, LLVMValueRef p, LLVMValueRef tag, LLVMValueRef pay) {
    LLVMBuildStore(tx->b, tag, p);
    LLVMBuildStore(tx->b, pay, gep(tx, p, 8));
}

/* The callee's TrFrame, as the interpreter would set it up, linked to the
 * caller's frame (whose pc is the call, for tracebacks and locals()).
 * dyn: the function object when it is only known to be like fn (same code
 * and globals), else NULL. */
static void init_callee_frame(TrTx *tx, LLVMValueRef fr, LLVMValueRef win, TrFunction *fn, LLVMValueRef dyn) {
    LLVMBuilderRef b = tx->b;
    TrCode *code = fn->code;
    zero_fill(tx, fr, 0, sizeof(TrFrame));
    LLVMBuildStore(b, tx_ptr(tx, code, NULL), gep(tx, fr, offsetof(TrFrame, code)));
    LLVMBuildStore(b, win, gep(tx, fr, offsetof(TrFrame, regs)));
    LLVMBuildStore(b, tx_ptr(tx, fn->globals, NULL), gep(tx, fr, offsetof(TrFrame, globals)));
    LLVMBuildStore(b, dyn ? dyn : tx_ptr(tx, fn, NULL), gep(tx, fr, offsetof(TrFrame, func)));
    LLVMBuildStore(b, tx_ptr(tx, code->code, NULL), gep(tx, fr, offsetof(TrFrame, pc)));
    LLVMBuildStore(b, tx->f, gep(tx, fr, offsetof(TrFrame, back)));
    LLVMBuildStore(b, tx_ptr(tx, (void *)(tx->code->code + tx->pc + 1), NULL), gep(tx, tx->f, offsetof(TrFrame, pc)));
}

/* The generic call on block `from` (if any), with the types `saved` as
 * before the fast path; then both paths meet at `join`, where R[res] may
 * hold anything. */
static void generic_then_join(TrTx *tx, const Call *c, LLVMBasicBlockRef from, LLVMBasicBlockRef join,
                              const Ty *saved) {
    if (from) {
        tx_at(tx, from);
        tx_restore_types(tx, saved);
        tx_call_generic(tx, c->i);
        LLVMBuildBr(tx->b, join);
    }
    tx_at(tx, join);
    tx_restore_types(tx, saved);
    tx->cur[c->res] = TY_ANYT;
}

/* fn(args) on a frame built here: window and TrFrame in the caller's
 * native stack frame, the recursion limit checked as tr_enter_recursion
 * does, tr_ts.frame linked for the callee's helpers.  Its compiled code
 * returns the value, or an exit the runtime finishes in the interpreter.
 *
 * An inlined callee whose code never touches its frame (no helper, no
 * call: straight-line arithmetic that leaves by exits) runs on the window
 * alone: it cannot recurse, poll or be seen in a traceback while it runs,
 * so the TrFrame is filled in, and linked, only on the way to `finish`,
 * and the window is not cleared: inlined code is translated with
 * window_unset, so its exits write every live register themselves.  That
 * is most of a small call's cost (spectral_norm's eval_a). */
static void direct_call(TrTx *tx, const Call *c, TrFunction *fn, LLVMValueRef dyn, LLVMValueRef target,
                        void *version) {
    TrCode *code = fn->code;
    LLVMBuilderRef b = tx->b;
    bool frameless = LLVMIsAFunction(target) && !LLVMGetFirstUse(LLVMGetParam(target, 0));
    int32_t nregs = code->nregs > 0 ? code->nregs : 1;
    LLVMValueRef win = entry_alloca(tx, LLVMArrayType2(tx->t_i8, (uint64_t)nregs * sizeof(TrValue)), "callee.regs");
    LLVMValueRef fr = entry_alloca(tx, LLVMArrayType2(tx->t_i8, sizeof(TrFrame)), "callee.frame");
    /* The callee's unbound locals must read as unbound (UNDEF, zero) where
     * its code leaves to the interpreter or calls locals(); its other
     * registers are parameters and cells, stored below, or temporaries,
     * which the code writes before anything reads them (the region is the
     * whole function from its start, so exits write back those live where
     * they resume).  An inlined callee's exits write its unbound registers
     * themselves. */
    if (!frameless && code->nvarnames > code->argcount) {
        int64_t from = (int64_t)code->argcount * (int64_t)sizeof(TrValue);
        int64_t bytes = (int64_t)(code->nvarnames - code->argcount) * (int64_t)sizeof(TrValue);
        if (bytes <= 256) zero_fill(tx, win, from, bytes);
        else LLVMBuildMemSet(b, gep(tx, win, from), LLVMConstInt(tx->t_i8, 0, 0), tx_i64(tx, bytes), 16);
    }
    /* the parameters: arguments, then defaults; an inline copy takes them
     * as values too (ssa_args), and one that never uses its frame only so */
    bool copy = LLVMIsAFunction(target) != NULL;
    LLVMValueRef *args = tr_alloc(sizeof(LLVMValueRef) * (size_t)(2 + 2 * code->argcount));
    for (int32_t k = 0; k < code->argcount; k++) {
        LLVMValueRef tag, pay;
        if ((uint32_t)k < c->nargs) {
            tag = tx_tag(tx, c->arg + (uint32_t)k);
            pay = tx_pay(tx, c->arg + (uint32_t)k);
        } else {
            TrValue d = fn->defaults->items[k - (code->argcount - (int32_t)fn->defaults->len)];
            tag = tx_i64(tx, (int64_t)d.tag);
            pay = tx_i64(tx, (int64_t)d.u.bits);
        }
        if (!frameless) store_value(tx, gep(tx, win, (int64_t)k * 16), tag, pay);
        args[2 + 2 * k] = tag;
        args[3 + 2 * k] = pay;
    }
    LLVMValueRef closure = dyn && code->nfree ? LLVMBuildLoad2(b, tx->t_ptr, gep(tx, dyn, offsetof(TrFunction, closure)), "closure") : NULL;
    for (int32_t k = 0; k < code->nfree; k++) { /* closure cells */
        LLVMValueRef slot = gep(tx, win, (int64_t)(code->freestart + k) * 16);
        if (closure) { /* the cells are this function's own */
            int64_t at = (int64_t)offsetof(TrTuple, items) + (int64_t)k * 16;
            store_value(tx, slot, ldi64(tx, closure, at), ldi64(tx, closure, at + 8));
            continue;
        }
        TrValue cell = fn->closure->items[k];
        store_value(tx, slot, tx_i64(tx, (int64_t)cell.tag), tx_i64(tx, (int64_t)cell.u.bits));
    }
    args[0] = fr;
    args[1] = win;
    unsigned nparams = copy ? (unsigned)(2 + 2 * code->argcount) : 2;
    LLVMTypeRef pty[2] = {tx->t_ptr, tx->t_ptr};
    LLVMTypeRef fty = copy ? LLVMGlobalGetValueType(target) : LLVMFunctionType(tx->t_ret, pty, 2, 0);
    LLVMBasicBlockRef go, deep = NULL, join = tx_block(tx, "called");
    LLVMValueRef r;
    if (frameless) {
        go = LLVMGetInsertBlock(b);
        r = LLVMBuildCall2(b, fty, target, args, nparams, "ret");
    } else {
        init_callee_frame(tx, fr, win, fn, dyn);
        LLVMValueRef ts = tx_ptr(tx, &tr_ts, NULL);
        LLVMValueRef depthp = gep(tx, ts, offsetof(TrThreadState, depth));
        LLVMValueRef depth = LLVMBuildLoad2(b, tx->t_i32, depthp, "depth");
        LLVMValueRef limit = LLVMBuildLoad2(b, tx->t_i32, gep(tx, ts, offsetof(TrThreadState, recursion_limit)), "");
        LLVMValueRef slimit = LLVMBuildLoad2(b, tx->t_ptr, gep(tx, ts, offsetof(TrThreadState, stack_limit)), "");
        LLVMValueRef ok = LLVMBuildAnd(b, LLVMBuildICmp(b, LLVMIntSLT, depth, limit, ""),
                                       LLVMBuildICmp(b, LLVMIntUGT, LLVMBuildPtrToInt(b, fr, tx->t_i64, ""),
                                                     LLVMBuildPtrToInt(b, slimit, tx->t_i64, ""), ""), "");
        /* a pending signal or the budget (tr_signal.h) is polled on frame entry
         * as tr_enter_recursion does: the generic call polls it */
        LLVMValueRef brk = LLVMBuildLoad2(b, tx->t_i32, tx_ptr(tx, (void *)&tr_eval_breaker, "tr_eval_breaker"), "brk");
        LLVMSetVolatile(brk, 1);
        ok = LLVMBuildAnd(b, ok, LLVMBuildICmp(b, LLVMIntEQ, brk, tx_i32(tx, 0), ""), "");
        /* too deep or a poll: the generic call raises the RecursionError or
         * runs the signal handlers */
        go = tx_block(tx, "call");
        deep = tx_block(tx, "too_deep");
        tx_cold_false(tx, LLVMBuildCondBr(b, ok, go, deep));
        tx_at(tx, go);
        LLVMBuildStore(b, LLVMBuildAdd(b, depth, tx_i32(tx, 1), ""), depthp);
        LLVMValueRef framep = gep(tx, ts, offsetof(TrThreadState, frame));
        LLVMBuildStore(b, fr, framep);
        r = LLVMBuildCall2(b, fty, target, args, nparams, "ret");
        LLVMBuildStore(b, tx->f, framep);
        LLVMBuildStore(b, depth, depthp);
    }
    LLVMValueRef tag = LLVMBuildExtractValue(b, r, 0, "rtag"), pay = LLVMBuildExtractValue(b, r, 1, "rval");
    LLVMBasicBlockRef done = tx_block(tx, "returned"), finish = tx_block(tx, "finish");
    LLVMBuildCondBr(b, LLVMBuildICmp(b, LLVMIntNE, tag, tx_i64(tx, 0), ""), done, finish);
    /* an exit: the interpreter finishes the callee's frame */
    tx_at(tx, finish);
    if (frameless) init_callee_frame(tx, fr, win, fn, dyn);
    LLVMTypeRef fpty[3] = {tx->t_ptr, tx->t_i64, tx->t_ptr};
    LLVMTypeRef finty = LLVMFunctionType(tx->t_ret, fpty, 3, 0);
    LLVMValueRef fargs[3] = {fr, pay, tx_ptr(tx, version, NULL)};
    LLVMValueRef r2 = LLVMBuildCall2(b, finty, tx_ptr(tx, (void *)tx->rq->finish, NULL), fargs, 3, "finished");
    LLVMValueRef tag2 = LLVMBuildExtractValue(b, r2, 0, ""), pay2 = LLVMBuildExtractValue(b, r2, 1, "");
    LLVMBasicBlockRef fine = tx_block(tx, "finished_ok");
    tx_cold_false(tx, LLVMBuildCondBr(b, LLVMBuildICmp(b, LLVMIntNE, tag2, tx_i64(tx, 0), ""), fine,
                                      tx_exit_block(tx, TR_EXIT_RAISE, tx->pc, -1)));
    tx_at(tx, fine);
    LLVMBuildBr(b, done);
    LLVMBasicBlockRef fine_end = LLVMGetInsertBlock(b);
    tx_at(tx, done);
    LLVMValueRef ptag = LLVMBuildPhi(b, tx->t_i64, ""), ppay = LLVMBuildPhi(b, tx->t_i64, "");
    LLVMBasicBlockRef from[2] = {go, fine_end};
    LLVMValueRef tags[2] = {tag, tag2}, pays[2] = {pay, pay2};
    LLVMAddIncoming(ptag, tags, from, 2);
    LLVMAddIncoming(ppay, pays, from, 2);
    Ty *saved = tx_save_types(tx);
    tx_set(tx, c->res, ptag, ppay, TY_ANYT);
    LLVMBuildBr(b, join);
    generic_then_join(tx, c, deep, join, saved);
}

/* fn is the function being compiled, called with arguments whose types
 * imply the entry types it is compiled for. */
static bool self_call(TrTx *tx, TrFunction *fn, const Ty *argty, uint32_t n) {
    if (fn->code != tx->code || fn->globals != tx->rq->globals || !tx->rq->fresh || !tx->rq->self_version)
        return false;
    const Ty *et = tx_entry_types(tx);
    for (int32_t r = 0; r < fn->code->argcount; r++) {
        if (et[r].kind == TY_ANY) continue;
        if ((uint32_t)r >= n) return false;
        if (argty[r].kind != et[r].kind || (et[r].kind == TY_OBJ && et[r].cls && argty[r].cls != et[r].cls))
            return false;
    }
    return true;
}

/* fn(args) compiled as a direct call (or an inline copy) of fn's code;
 * dyn as for init_callee_frame.  False when fn has no code to call (the
 * caller makes the generic call). */
static bool call_function(TrTx *tx, const Call *c, TrFunction *fn, LLVMValueRef dyn) {
    Ty argty[64];
    uint32_t n = c->nargs < 64 ? c->nargs : 64;
    for (uint32_t k = 0; k < n; k++) argty[k] = tx->cur[c->arg + k];
    void *version = NULL, *addr = NULL;
    LLVMValueRef inl = NULL;
    bool self = self_call(tx, fn, argty, n);
    /* a small recursive function is unrolled once: its self-calls
     * become an inline copy of it, whose own self-calls are direct
     * calls of this version (fib makes a third of the native calls) */
    if (self && tx->rq->window_unset) {
        addr = version = tx->rq->self_version;
    } else if (c->nargs <= 64 && tx->rq->inline_callee &&
               (inl = tx->rq->inline_callee(tx, fn, argty, (int)n, self, &version))) {
        tx_keep(tx, version); /* its exit table, for the exits inside the inlined code */
        direct_call(tx, c, fn, dyn, inl, version);
        return true;
    } else if (self) {
        addr = version = tx->rq->self_version;
    } else if (c->nargs <= 64) {
        /* a callee only like fn is called if compiled already: compiling
         * one here, on the interpreter's thread, for a guess, cost more
         * than the call (memoized recursion through a closure recompiled
         * a chain of callers) */
        addr = tx->rq->callee(tx, fn, argty, (int)n, dyn == NULL, &version);
    }
    if (!addr) return false;
    /* through the version's entry word (its first field), which a dropped
     * version points at the interpreter */
    LLVMValueRef target = LLVMBuildLoad2(tx->b, tx->t_ptr, tx_ptr(tx, version, NULL), "entry");
    direct_call(tx, c, fn, dyn, target, version);
    return true;
}

/* A call with a known callee: inline builtins, direct calls; else the
 * generic helper.  The result's type is then guarded from the profile. */
static void known_call(TrTx *tx, const Call *c, TrObject *callee) {
    if (callee && inline_builtin(tx, c, callee)) return;
    if (callee && callee->type == &tr_function_type && direct_callable(tx, (TrFunction *)callee, c->nargs)) {
        if (!tx->emitting) {
            tx->cur[c->res] = TY_ANYT;
            tx_profile_guard(tx, c->res);
            return;
        }
        if (call_function(tx, c, (TrFunction *)callee, NULL)) {
            tx_profile_guard(tx, c->res);
            return;
        }
    }
    tx_call_generic(tx, c->i);
    tx_profile_guard(tx, c->res);
}

/* A call of a callee not known here (read from a cell, a list, an
 * argument) that the interpreter saw calling functions of one code and
 * globals (TR_IC_CALL: closures from one factory, say): a function of that
 * code is called directly with its own closure, anything else through the
 * generic call.  The site's arguments must fill the parameters (defaults
 * differ between such functions). */
static bool same_code_call(TrTx *tx, const Call *c) {
    Ty t = tx->cur[c->res];
    if (tx->mode != TR_TX_JIT || !tx->code->icache || !tx_may_speculate(tx) ||
        !(t.kind == TY_ANY || (t.kind == TY_OBJ && !t.obj && t.cls == &tr_function_type)))
        return false;
    const TrICache *ic = &((const TrICache *)tx->code->icache)[tx->pc];
    if (ic->kind != TR_IC_CALL) return false;
    TrFunction *rep = (TrFunction *)ic->value.u.o;
    if ((int)c->nargs != rep->code->argcount || !direct_callable(tx, rep, c->nargs)) return false;
    if (!tx->emitting) {
        tx->cur[c->res] = TY_ANYT;
        tx_profile_guard(tx, c->res);
        return true;
    }
    tx_keep(tx, rep); /* its code and globals are constants of the check */
    LLVMBuilderRef b = tx->b;
    Ty *saved = tx_save_types(tx);
    LLVMBasicBlockRef other = tx_block(tx, "other_callee"), join = tx_block(tx, "callee_join");
    LLVMBasicBlockRef chk = tx_block(tx, "callee_code"), same = tx_block(tx, "same_code");
    tx_cold_false(tx, LLVMBuildCondBr(b, tx_is_cls(tx, c->res, &tr_function_type), chk, other));
    tx_at(tx, chk);
    LLVMValueRef obj = LLVMBuildIntToPtr(b, tx_pay(tx, c->res), tx->t_ptr, "callee");
    LLVMValueRef code = LLVMBuildLoad2(b, tx->t_ptr, gep(tx, obj, offsetof(TrFunction, code)), "");
    LLVMValueRef glob = LLVMBuildLoad2(b, tx->t_ptr, gep(tx, obj, offsetof(TrFunction, globals)), "");
    LLVMValueRef ok = LLVMBuildAnd(b, LLVMBuildICmp(b, LLVMIntEQ, code, tx_ptr(tx, rep->code, NULL), ""),
                                   LLVMBuildICmp(b, LLVMIntEQ, glob, tx_ptr(tx, rep->globals, NULL), ""), "");
    tx_cold_false(tx, LLVMBuildCondBr(b, ok, same, other));
    tx_at(tx, same);
    if (!call_function(tx, c, rep, obj)) tx_call_generic(tx, c->i);
    LLVMBuildBr(b, join);
    generic_then_join(tx, c, other, join, saved);
    tx_profile_guard(tx, c->res);
    return true;
}

void tx_op_call(TrTx *tx, TrInstr i) {
    Call c = {i, TR_A(i), TR_A(i) + 1, TR_B(i)};
    Ty t = tx->cur[TR_A(i)];
    if (same_code_call(tx, &c)) return;
    known_call(tx, &c, t.kind == TY_OBJ ? t.obj : NULL);
}

void tx_op_callmethod(TrTx *tx, TrInstr i) {
    uint32_t a = TR_A(i);
    Ty t = tx->cur[a], self = tx->cur[a + 1];
    if (self.kind == TY_UNDEF) { /* not bound: the arguments follow the empty slot */
        Call c = {i, a, a + 2, TR_B(i)};
        known_call(tx, &c, t.kind == TY_OBJ ? t.obj : NULL);
        return;
    }
    if (self.kind != TY_ANY) { /* bound: self is the first argument */
        Call c = {i, a, a + 1, TR_B(i) + 1};
        known_call(tx, &c, t.kind == TY_OBJ ? t.obj : NULL);
        return;
    }
    tx_call_generic(tx, i);
    tx_profile_guard(tx, a);
}
