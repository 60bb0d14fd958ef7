/* tr_tx.c — the translator's driver and building blocks.
 *
 * tr_tx_translate finds the blocks of a region, runs the opcode handlers to
 * a fixpoint of the static register types at block entries (the analysis
 * walk), then runs them once more to emit IR (the emission walk).  The
 * rest of this file is what handlers build with: shadowed registers,
 * constants, edges, exits and helper calls.  See tr_tx.h for the model. */
#include "tr_tx.h"

#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include <gc.h>

#include "tr_iters.h"

const char *const tr_exit_reason_text[TR_EXIT_NREASONS] = {
#define TR_EXIT_TEXT(name, text) text,
    TR_EXIT_REASONS(TR_EXIT_TEXT)
#undef TR_EXIT_TEXT
};

Ty ty_of_value(TrValue v) {
    switch (v.tag) {
    case TR_TAG_NONE: return ty_make(TY_NONE, NULL);
    case TR_TAG_BOOL: return ty_make(TY_BOOL, NULL);
    case TR_TAG_INT: return ty_make(TY_INT, NULL);
    case TR_TAG_FLOAT: return ty_make(TY_FLOAT, NULL);
    case TR_TAG_OBJ: return ty_make(TY_OBJ, v.u.o->type);
    default: return TY_ANYT;
    }
}

const int tx_ty_tag[] = {-1, TR_TAG_NONE, TR_TAG_BOOL, TR_TAG_INT, TR_TAG_FLOAT, TR_TAG_OBJ, TR_TAG_UNDEF};
#define ty_tag tx_ty_tag

static Ty ty_join(Ty a, Ty b) {
    if (a.kind != b.kind) return TY_ANYT;
    if (a.kind == TY_OBJ && a.cls != b.cls) return ty_make(TY_OBJ, NULL);
    if (a.obj != b.obj) a.obj = NULL;
    return a;
}

static bool ty_eq(Ty a, Ty b) { return a.kind == b.kind && a.cls == b.cls && a.obj == b.obj; }

/* ---- constants and pointers ------------------------------------------------ */

LLVMValueRef tx_i64(TrTx *tx, int64_t v) { return LLVMConstInt(tx->t_i64, (unsigned long long)v, 1); }
LLVMValueRef tx_i32(TrTx *tx, int32_t v) { return LLVMConstInt(tx->t_i32, (unsigned long long)v, 1); }
LLVMValueRef tx_f64(TrTx *tx, double v) { return LLVMConstReal(tx->t_dbl, v); }

void tx_keep(TrTx *tx, void *p) {
    p = GC_base(p); /* the object holding it; NULL: not collected memory */
    if (!p) return;
    for (int32_t k = 0; k < tx->nkeep; k++)
        if (tx->keep[k] == p) return;
    if (tx->nkeep == tx->capkeep) {
        tx->capkeep = tx->capkeep ? 2 * tx->capkeep : 8;
        tx->keep = tr_realloc(tx->keep, sizeof(void *) * (size_t)tx->capkeep);
    }
    tx->keep[tx->nkeep++] = p;
}

LLVMValueRef tx_ptr(TrTx *tx, void *p, const char *symbol) {
    if (tx->mode == TR_TX_JIT || !symbol) {
        /* machine code is not scanned by the collector: whatever it points
         * at stays alive through the version (harmless for non-GC memory) */
        if (!symbol) tx_keep(tx, p);
        return LLVMConstIntToPtr(LLVMConstInt(tx->t_i64, (uintptr_t)p, 0), tx->t_ptr);
    }
    LLVMValueRef g = LLVMGetNamedGlobal(tx->mod, symbol);
    if (!g) g = LLVMAddGlobal(tx->mod, tx->t_i8, symbol);
    return g;
}

/* The runtime's static types have C symbols AOT objects can link against. */
#define TX_STATIC_TYPES(X)                                                                \
    X(list) X(tuple) X(str) X(dict) X(set) X(frozenset) X(int) X(float) X(bool) X(range) \
    X(range_iter) X(list_iter) X(tuple_iter) X(function) X(native) X(method) X(slice)      \
    X(bytes) X(code) X(cell) X(module) X(ellipsis) X(notimpl) X(none) X(type)

LLVMValueRef tx_type_ptr(TrTx *tx, TrType *t) {
#define TX_TYPE_SYM(n) \
    if (t == &tr_##n##_type) return tx_ptr(tx, t, "tr_" #n "_type");
    TX_STATIC_TYPES(TX_TYPE_SYM)
#undef TX_TYPE_SYM
    if (tx->mode == TR_TX_AOT) { /* a type only this process knows: cannot be in an object */
        tx->refused = "a guard on a type without a symbol";
        return LLVMConstNull(tx->t_ptr);
    }
    tx_keep(tx, t);
    return tx_ptr(tx, t, NULL);
}

/* ---- shadowed registers ------------------------------------------------------ */

static LLVMValueRef window_field(TrTx *tx, uint32_t r, int payload) {
    LLVMValueRef off = tx_i64(tx, (int64_t)r * (int64_t)sizeof(TrValue) + (payload ? 8 : 0));
    return LLVMBuildGEP2(tx->b, tx->t_i8, tx->regs, &off, 1, "");
}

LLVMValueRef tx_tag(TrTx *tx, uint32_t r) {
    Ty t = tx->cur[r];
    if (t.kind != TY_ANY) return tx_i64(tx, ty_tag[t.kind]);
    return LLVMBuildLoad2(tx->b, tx->t_i64, tx->tagv[r], "tag");
}

LLVMValueRef tx_pay(TrTx *tx, uint32_t r) {
    if (tx->cur[r].kind == TY_NONE) return tx_i64(tx, 0);
    return LLVMBuildLoad2(tx->b, tx->t_i64, tx->payv[r], "pay");
}

LLVMValueRef tx_dbl(TrTx *tx, uint32_t r) {
    return LLVMBuildBitCast(tx->b, tx_pay(tx, r), tx->t_dbl, "f");
}

void tx_set_ty(TrTx *tx, uint32_t r, Ty t) { tx->cur[r] = t; }

void tx_set(TrTx *tx, uint32_t r, LLVMValueRef tag, LLVMValueRef pay, Ty t) {
    if (tx->emitting) {
        LLVMBuildStore(tx->b, tag, tx->tagv[r]);
        LLVMBuildStore(tx->b, pay, tx->payv[r]);
    }
    tx->cur[r] = t;
}

void tx_set_int(TrTx *tx, uint32_t r, LLVMValueRef v) {
    tx_set(tx, r, tx->emitting ? tx_i64(tx, TR_TAG_INT) : NULL, v, ty_make(TY_INT, NULL));
}

void tx_set_float(TrTx *tx, uint32_t r, LLVMValueRef d) {
    LLVMValueRef bits = tx->emitting ? LLVMBuildBitCast(tx->b, d, tx->t_i64, "") : NULL;
    tx_set(tx, r, tx->emitting ? tx_i64(tx, TR_TAG_FLOAT) : NULL, bits, ty_make(TY_FLOAT, NULL));
}

void tx_set_bool(TrTx *tx, uint32_t r, LLVMValueRef b1) {
    LLVMValueRef v = tx->emitting ? LLVMBuildZExt(tx->b, b1, tx->t_i64, "") : NULL;
    tx_set(tx, r, tx->emitting ? tx_i64(tx, TR_TAG_BOOL) : NULL, v, ty_make(TY_BOOL, NULL));
}

void tx_flush(TrTx *tx, uint32_t r) {
    if (!tx->emitting) return;
    LLVMBuildStore(tx->b, tx_tag(tx, r), window_field(tx, r, 0));
    LLVMBuildStore(tx->b, LLVMBuildLoad2(tx->b, tx->t_i64, tx->payv[r], ""), window_field(tx, r, 1));
}

void tx_reload(TrTx *tx, uint32_t r) {
    if (tx->emitting) {
        LLVMBuildStore(tx->b, LLVMBuildLoad2(tx->b, tx->t_i64, window_field(tx, r, 0), ""), tx->tagv[r]);
        LLVMBuildStore(tx->b, LLVMBuildLoad2(tx->b, tx->t_i64, window_field(tx, r, 1), ""), tx->payv[r]);
    }
    tx->cur[r] = TY_ANYT;
}

LLVMValueRef tx_obj_type(TrTx *tx, uint32_t r) {
    LLVMValueRef obj = LLVMBuildIntToPtr(tx->b, tx_pay(tx, r), tx->t_ptr, "obj");
    return LLVMBuildLoad2(tx->b, tx->t_ptr, obj, "type"); /* TrObject.type is the first word */
}

LLVMValueRef tx_is_tag(TrTx *tx, uint32_t r, int tag) {
    Ty t = tx->cur[r];
    if (t.kind != TY_ANY) return LLVMConstInt(tx->t_i1, ty_tag[t.kind] == tag, 0);
    return LLVMBuildICmp(tx->b, LLVMIntEQ, tx_tag(tx, r), tx_i64(tx, tag), "");
}

/* Objects of exactly `cls`: a tag test, then the header's type word. */
LLVMValueRef tx_is_cls(TrTx *tx, uint32_t r, TrType *cls) {
    Ty t = tx->cur[r];
    if (t.kind == TY_OBJ && t.cls == cls) return LLVMConstInt(tx->t_i1, 1, 0);
    if (t.kind != TY_ANY && t.kind != TY_OBJ) return LLVMConstInt(tx->t_i1, 0, 0);
    LLVMValueRef isobj = tx_is_tag(tx, r, TR_TAG_OBJ);
    LLVMBasicBlockRef here = LLVMGetInsertBlock(tx->b);
    LLVMBasicBlockRef chk = tx_block(tx, "is_cls"), done = tx_block(tx, "is_cls_done");
    LLVMBuildCondBr(tx->b, isobj, chk, done);
    tx_at(tx, chk);
    LLVMValueRef same = LLVMBuildICmp(tx->b, LLVMIntEQ, tx_obj_type(tx, r), tx_type_ptr(tx, cls), "");
    LLVMBuildBr(tx->b, done);
    tx_at(tx, done);
    LLVMValueRef phi = LLVMBuildPhi(tx->b, tx->t_i1, "");
    LLVMValueRef vals[2] = {LLVMConstInt(tx->t_i1, 0, 0), same};
    LLVMBasicBlockRef from[2] = {here, chk};
    LLVMAddIncoming(phi, vals, from, 2);
    return phi;
}

/* ---- blocks, edges and exits ------------------------------------------------- */

LLVMBasicBlockRef tx_block(TrTx *tx, const char *name) {
    return LLVMAppendBasicBlockInContext(tx->ctx, tx->fn, name);
}

void tx_at(TrTx *tx, LLVMBasicBlockRef bb) { LLVMPositionBuilderAtEnd(tx->b, bb); }

static void push_work(TrTx *tx, int32_t pc) {
    int32_t k = pc - tx->start;
    if (tx->queued[k]) return;
    tx->queued[k] = 1;
    tx->work[tx->nwork++] = pc;
}

/* Analysis: merge the current types into the entry of block `pc`. */
static void join_into(TrTx *tx, int32_t pc) {
    int32_t k = pc - tx->start;
    Ty *bt = tx->btypes[k];
    if (!bt) {
        bt = tx->btypes[k] = tr_alloc(sizeof(Ty) * (size_t)tx->nregs);
        memcpy(bt, tx->cur, sizeof(Ty) * (size_t)tx->nregs);
        push_work(tx, pc);
        return;
    }
    bool changed = false;
    for (int32_t r = 0; r < tx->nregs; r++) {
        Ty j = ty_join(bt[r], tx->cur[r]);
        if (!ty_eq(j, bt[r])) {
            bt[r] = j;
            changed = true;
        }
    }
    if (changed) push_work(tx, pc);
}

/* ---- liveness over the whole code object (exit write-back) ------------------ */

/* Names whose call reads the calling frame's locals: with any of them in
 * the code, every instruction counts as reading every named local. */
static bool observes_locals(const TrCode *c) {
    static const char *const names[] = {"locals", "vars", "dir", "eval", "exec"};
    for (int32_t k = 0; k < c->nnames; k++)
        for (size_t j = 0; j < sizeof names / sizeof names[0]; j++)
            if (!strcmp(c->names[k]->data, names[j])) return true;
    return false;
}

/* The jump target of instruction i, its operand of kind 'J' in the opcode
 * table (B or C), or -1. */
static int32_t jump_target(TrInstr i) {
    const char *k = tr_opinfo[TR_OP(i)].operands;
    return k[1] == 'J' ? (int32_t)TR_B(i) : k[2] == 'J' ? (int32_t)TR_C(i) : -1;
}

int tx_code_successors(const TrCode *c, int32_t pc, int32_t out[2]) {
    TrInstr i = c->code[pc];
    unsigned op = TR_OP(i);
    int n = 0;
    int32_t target = jump_target(i);
    if (target >= 0) out[n++] = target;
    else if (op == TR_OPC_YIELDFROM) out[n++] = pc; /* re-executes on resume */
    if (op != TR_OPC_JMP && op != TR_OPC_LOOP && op != TR_OPC_RETURN && op != TR_OPC_RAISE &&
        op != TR_OPC_RERAISE && pc + 1 < c->ncode)
        out[n++] = pc + 1;
    return n;
}

static bool bit(const uint64_t *set, uint32_t r) { return (set[r / 64] >> (r % 64)) & 1; }

/* Is register r possibly newer in its shadow than in the window at the
 * current instruction (region_dirty)?  Without the analysis, yes. */
static bool dirty_here(TrTx *tx, uint32_t r) {
    return !tx->dirty || bit(tx->dirty + (size_t)(tx->pc - tx->start) * (size_t)tx->lw, r);
}

/* live_in for every instruction of the code (JIT): backward dataflow with
 * normal and exception edges (a handler receives the exception in its
 * register, which the edge does not need live). */
static void code_liveness(TrTx *tx) {
    const TrCode *c = tx->code;
    int32_t n = c->ncode, w = tx->lw = (tx->nregs + 63) / 64;
    uint64_t *in = tx->live = tr_alloc_atomic(sizeof(uint64_t) * (size_t)n * (size_t)w);
    uint64_t *rd = tr_alloc_atomic(sizeof(uint64_t) * (size_t)n * (size_t)w);
    uint64_t *wr = tr_alloc_atomic(sizeof(uint64_t) * (size_t)n * (size_t)w);
    bool all_locals = observes_locals(c);
    for (int32_t pc = 0; pc < n; pc++) {
        TrRegEffect fx[TR_FX_MAX];
        int ne = tr_op_effects(c->code[pc], fx);
        for (int e = 0; e < ne; e++)
            for (uint32_t r = fx[e].first; r < fx[e].first + fx[e].count && r < (uint32_t)tx->nregs; r++) {
                if (fx[e].mode & TR_FX_READ) rd[pc * w + r / 64] |= 1ull << (r % 64);
                else wr[pc * w + r / 64] |= 1ull << (r % 64);
            }
        if (all_locals)
            for (int32_t r = 0; r < c->nvarnames && r < tx->nregs; r++) rd[pc * w + r / 64] |= 1ull << (r % 64);
    }
    for (bool changed = true; changed;) {
        changed = false;
        for (int32_t pc = n - 1; pc >= 0; pc--) {
            int32_t succ[2];
            int ns = tx_code_successors(c, pc, succ);
            const TrExcEntry *h = tr_code_find_handler(c, pc);
            for (int32_t j = 0; j < w; j++) {
                uint64_t out = 0;
                for (int s = 0; s < ns; s++) out |= in[succ[s] * w + j];
                if (h) {
                    uint64_t hv = in[h->handler * w + j];
                    if (h->reg / 64 == j) hv &= ~(1ull << (h->reg % 64));
                    out |= hv;
                }
                uint64_t v = rd[pc * w + j] | (out & ~wr[pc * w + j]);
                if (v != in[pc * w + j]) {
                    in[pc * w + j] = v;
                    changed = true;
                }
            }
        }
    }
}

bool tx_live_in(TrTx *tx, int32_t pc, uint32_t r) {
    if (!tx->live || pc < 0 || pc >= tx->code->ncode || r >= (uint32_t)tx->nregs) return true;
    return bit(tx->live + (size_t)pc * (size_t)tx->lw, r);
}

/* Must the exit write register r back?  Only if the region changed it
 * since the window was last brought up to date (the back-edges flush), and
 * the interpreter may read it where it resumes. */
static bool exit_needs(TrTx *tx, int reason, int32_t resume_pc, int32_t reg, uint32_t r) {
    if (tx->rq->window_unset) {
        if (!tx->used[r]) return false; /* never live in a whole-function region */
    } else {
        if (!tx->modified[r] || !dirty_here(tx, r)) return false;
    }
    if ((int32_t)r == reg) return true; /* a guarded value: its kind joins the profile */
    int32_t at = resume_pc;
    if (reason == TR_EXIT_RAISE) { /* the handler that will catch it, if any */
        const TrExcEntry *h = tr_code_find_handler(tx->code, resume_pc);
        if (!h) return false;
        if ((int32_t)r == h->reg) return false;
        at = h->handler;
    }
    return tx_live_in(tx, at, r);
}

static int successors(TrTx *tx, int32_t pc, int32_t out[2]);

/* Registers possibly written since the window was last up to date, at
 * each instruction of the region (including what the instruction itself
 * writes): forward from the entry, where the window is current; a LOOP
 * back-edge writes the live ones back (op_loop), and so does an edge that
 * enters a loop (target_block), so nothing is dirty at a loop's header.
 * Exits then write back only these, and an inner loop's back-edges only
 * what the inner loop writes: the registers its enclosing loops set before
 * it (matmul's rows, nbody's bodies) are stored once per entry, not once
 * per iteration, and need no machine register of their own through it.
 * The exception is a range loop's next value and count: they change at
 * every iteration and the interpreter needs them only if the code leaves
 * inside the loop, so they stay dirty across back-edges and only the exits
 * write them back. */
static void region_dirty(TrTx *tx) {
    int32_t n = tx->end - tx->start + 1, w = tx->lw;
    tx->loophead = tr_alloc_atomic((size_t)n);
    tx->noflush = tr_alloc_atomic(sizeof(uint64_t) * (size_t)w);
    for (int32_t k = 0; k < n; k++) {
        TrInstr i = tx->code->code[tx->start + k];
        if (TR_OP(i) == TR_OPC_LOOP && TX_REGION(tx, (int32_t)TR_B(i))) tx->loophead[(int32_t)TR_B(i) - tx->start] = 1;
        for (uint32_t r = TR_A(i); TR_OP(i) == TR_OPC_FORRANGE && r < TR_A(i) + 2 && r < (uint32_t)tx->nregs; r++)
            tx->noflush[r / 64] |= 1ull << (r % 64);
    }
    uint64_t *in = tr_alloc_atomic(sizeof(uint64_t) * (size_t)n * (size_t)w);
    uint64_t *out = tx->dirty = tr_alloc_atomic(sizeof(uint64_t) * (size_t)n * (size_t)w);
    uint64_t *wr = tr_alloc_atomic(sizeof(uint64_t) * (size_t)n * (size_t)w);
    for (int32_t k = 0; k < n; k++) {
        TrRegEffect fx[TR_FX_MAX];
        int ne = tr_op_effects(tx->code->code[tx->start + k], fx);
        for (int e = 0; e < ne; e++)
            if (fx[e].mode & TR_FX_WRITE)
                for (uint32_t r = fx[e].first; r < fx[e].first + fx[e].count && r < (uint32_t)tx->nregs; r++)
                    wr[k * w + r / 64] |= 1ull << (r % 64);
    }
    for (bool changed = true; changed;) {
        changed = false;
        for (int32_t k = 0; k < n; k++) {
            for (int32_t j = 0; j < w; j++) {
                uint64_t v = in[k * w + j] | wr[k * w + j];
                if (v != out[k * w + j]) {
                    out[k * w + j] = v;
                    changed = true;
                }
            }
            bool back = TR_OP(tx->code->code[tx->start + k]) == TR_OPC_LOOP;
            int32_t succ[2];
            int ns = successors(tx, tx->start + k, succ);
            for (int s = 0; s < ns; s++) {
                /* a back-edge, and an edge entering a loop, flush */
                bool flushes = back || tx->loophead[succ[s] - tx->start];
                for (int32_t j = 0; j < w; j++) {
                    uint64_t *d = &in[(succ[s] - tx->start) * w + j];
                    uint64_t add = out[k * w + j] & (flushes ? tx->noflush[j] : ~0ull);
                    if ((*d | add) != *d) {
                        *d |= add;
                        changed = true;
                    }
                }
            }
        }
    }
}

/* At a back-edge, and on an edge that enters a loop: write back what is
 * dirty and live at the loop's header, so the code after it starts with a
 * window that is up to date. */
void tx_backedge_flush(TrTx *tx, int32_t header) {
    if (!tx->dirty || header < 0 || header >= tx->code->ncode) return;
    for (int32_t r = 0; r < tx->nregs; r++) {
        if (tx->modified[r] && !bit(tx->noflush, (uint32_t)r) && dirty_here(tx, (uint32_t)r) &&
            tx_live_in(tx, header, (uint32_t)r))
            tx_flush(tx, (uint32_t)r);
    }
}

/* The registers an exit writes back, and the block that writes them.  One
 * tail per distinct set keeps the IR small: a loop's guards far outnumber
 * the sets, and every store is code the code generator has to select. */
typedef struct TxExitTail {
    uint64_t *set;
    LLVMBasicBlockRef bb;
    LLVMValueRef id; /* phi: the index of the exit that came in */
    int32_t parent;  /* the tail of the largest subset, which stores the rest; -1: none */
} TxExitTail;

static bool subset(const uint64_t *a, const uint64_t *b, int32_t w) {
    for (int32_t j = 0; j < w; j++)
        if (a[j] & ~b[j]) return false;
    return true;
}

static int popcount_set(const uint64_t *a, int32_t w) {
    int n = 0;
    for (int32_t j = 0; j < w; j++) n += __builtin_popcountll(a[j]);
    return n;
}

static TxExitTail *exit_tail(TrTx *tx, const uint64_t *set) {
    size_t bytes = sizeof(uint64_t) * (size_t)tx->lw;
    for (int32_t k = 0; k < tx->ntails; k++)
        if (!memcmp(tx->tails[k].set, set, bytes)) return &tx->tails[k];
    if (tx->ntails == tx->captails) {
        tx->captails = tx->captails ? 2 * tx->captails : 8;
        tx->tails = tr_realloc(tx->tails, sizeof(TxExitTail) * (size_t)tx->captails);
    }
    TxExitTail *t = &tx->tails[tx->ntails++];
    t->set = tr_alloc_atomic(bytes);
    memcpy(t->set, set, bytes);
    t->bb = tx_block(tx, "exit_tail");
    tx_at(tx, t->bb);
    t->id = LLVMBuildPhi(tx->b, tx->t_i64, "exit_id");
    t->parent = -1;
    int best = 0;
    for (int32_t k = 0; k < tx->ntails - 1; k++) {
        int n = popcount_set(tx->tails[k].set, tx->lw);
        if (n > best && subset(tx->tails[k].set, set, tx->lw)) {
            best = n;
            t->parent = k;
        }
    }
    return t;
}

/* After the walk: each tail stores its registers' shadows (whatever each
 * incoming path left in them) and returns {0, id}. */
static void finish_exit_tails(TrTx *tx) {
    for (int32_t k = 0; k < tx->ntails; k++) {
        TxExitTail *t = &tx->tails[k];
        const uint64_t *up = t->parent >= 0 ? tx->tails[t->parent].set : NULL;
        tx_at(tx, t->bb);
        for (int32_t r = 0; r < tx->nregs; r++) {
            if (!bit(t->set, (uint32_t)r) || (up && bit(up, (uint32_t)r))) continue;
            LLVMBuildStore(tx->b, LLVMBuildLoad2(tx->b, tx->t_i64, tx->tagv[r], ""), window_field(tx, (uint32_t)r, 0));
            LLVMBuildStore(tx->b, LLVMBuildLoad2(tx->b, tx->t_i64, tx->payv[r], ""), window_field(tx, (uint32_t)r, 1));
        }
        if (t->parent >= 0) {
            LLVMBasicBlockRef from = LLVMGetInsertBlock(tx->b);
            LLVMAddIncoming(tx->tails[t->parent].id, &t->id, &from, 1);
            LLVMBuildBr(tx->b, tx->tails[t->parent].bb);
        } else {
            tx_return(tx, tx_i64(tx, 0), t->id);
        }
    }
}

/* Every return goes through one block whose two i64 phis make the
 * {tag, payload} pair.  Returns built in place become, after simplifycfg
 * merges them, a phi of the struct type, and so does an inlined copy's
 * result in its caller: LLVM's fast instruction selector cannot lower a
 * struct phi, and every block that feeds one went to SelectionDAG (31
 * blocks of fib's function, a quarter of its code generation time). */
void tx_return(TrTx *tx, LLVMValueRef tag, LLVMValueRef val) {
    LLVMBasicBlockRef from = LLVMGetInsertBlock(tx->b);
    if (!tx->ret_bb) {
        tx->ret_bb = tx_block(tx, "return");
        tx_at(tx, tx->ret_bb);
        tx->ret_tag = LLVMBuildPhi(tx->b, tx->t_i64, "ret.tag");
        tx->ret_val = LLVMBuildPhi(tx->b, tx->t_i64, "ret.val");
        LLVMValueRef r = LLVMBuildInsertValue(tx->b, LLVMGetUndef(tx->t_ret), tx->ret_tag, 0, "");
        LLVMBuildRet(tx->b, LLVMBuildInsertValue(tx->b, r, tx->ret_val, 1, ""));
        tx_at(tx, from);
    }
    LLVMAddIncoming(tx->ret_tag, &tag, &from, 1);
    LLVMAddIncoming(tx->ret_val, &val, &from, 1);
    LLVMBuildBr(tx->b, tx->ret_bb);
}

/* A block that leaves through exit record (reason, resume_pc, reg): it
 * writes back the registers the interpreter needs, then returns {0, id}. */
LLVMBasicBlockRef tx_exit_block(TrTx *tx, int reason, int32_t resume_pc, int32_t reg) {
    if (!tx->emitting) return NULL;
    int32_t id = -1;
    for (int32_t k = 0; k < tx->nexits; k++)
        if (tx->exits[k].pc == resume_pc && tx->exits[k].reason == reason && tx->exits[k].reg == reg &&
            tx->exits[k].site == tx->pc)
            id = k;
    if (id < 0) {
        if (tx->nexits == tx->capexits) {
            tx->capexits = tx->capexits ? 2 * tx->capexits : 16;
            tx->exits = tr_realloc(tx->exits, sizeof(TrExit) * (size_t)tx->capexits);
        }
        id = tx->nexits++;
        tx->exits[id] = (TrExit){resume_pc, tx->pc, reg, (uint8_t)reason, 0};
    }
    LLVMBasicBlockRef here = LLVMGetInsertBlock(tx->b);
    char name[32];
    snprintf(name, sizeof name, "exit%d", (int)id);
    LLVMBasicBlockRef bb = tx_block(tx, name);
    /* a whole AOT function's frame dies at its exits */
    uint64_t *need = tx->mode == TR_TX_JIT ? tr_alloc_atomic(sizeof(uint64_t) * (size_t)tx->lw) : NULL;
    bool any = false;
    for (int32_t r = 0; need && r < tx->nregs; r++)
        if (exit_needs(tx, reason, resume_pc, reg, (uint32_t)r)) {
            need[r / 64] |= 1ull << (r % 64);
            any = true;
        }
    if (any) {
        TxExitTail *t = exit_tail(tx, need);
        LLVMValueRef v = tx_i64(tx, id);
        LLVMAddIncoming(t->id, &v, &bb, 1);
        tx_at(tx, bb);
        LLVMBuildBr(tx->b, t->bb);
    } else {
        tx_at(tx, bb);
        tx_return(tx, tx_i64(tx, 0), tx_i64(tx, id));
    }
    tx_at(tx, here);
    return bb;
}

void tx_leave(TrTx *tx, int reason, int32_t resume_pc, int32_t reg) {
    if (tx->emitting) LLVMBuildBr(tx->b, tx_exit_block(tx, reason, resume_pc, reg));
    tx->term = true;
}

static LLVMBasicBlockRef target_block(TrTx *tx, int32_t target) {
    if (!TX_REGION(tx, target)) return tx_exit_block(tx, TR_EXIT_LOOP_EXIT, target, -1);
    LLVMBasicBlockRef bb = tx->bb[target - tx->start];
    if (!tx->loophead || !tx->loophead[target - tx->start] || TR_OP(tx->code->code[tx->pc]) == TR_OPC_LOOP)
        return bb;
    /* entering a loop: the window is brought up to date on this edge */
    LLVMBasicBlockRef here = LLVMGetInsertBlock(tx->b), edge = tx_block(tx, "enter_loop");
    tx_at(tx, edge);
    tx_backedge_flush(tx, target);
    LLVMBuildBr(tx->b, bb);
    tx_at(tx, here);
    return edge;
}

void tx_goto(TrTx *tx, int32_t target) {
    if (tx->emitting) LLVMBuildBr(tx->b, target_block(tx, target));
    else if (TX_REGION(tx, target)) join_into(tx, target);
    tx->term = true;
}

void tx_branch(TrTx *tx, LLVMValueRef cond, int32_t if_true, int32_t if_false) {
    if (tx->emitting) {
        LLVMBuildCondBr(tx->b, cond, target_block(tx, if_true), target_block(tx, if_false));
    } else {
        if (TX_REGION(tx, if_true)) join_into(tx, if_true);
        if (TX_REGION(tx, if_false)) join_into(tx, if_false);
    }
    tx->term = true;
}

void tx_branch_out(TrTx *tx, LLVMValueRef cond, int32_t target) {
    if (!tx->emitting) {
        if (TX_REGION(tx, target)) join_into(tx, target);
        return;
    }
    LLVMBasicBlockRef cont = tx_block(tx, "cont");
    LLVMBuildCondBr(tx->b, cond, target_block(tx, target), cont);
    tx_at(tx, cont);
}

/* ---- fast path / slow path --------------------------------------------------- */

Ty *tx_save_types(TrTx *tx) {
    Ty *saved = tr_alloc(sizeof(Ty) * (size_t)tx->nregs);
    memcpy(saved, tx->cur, sizeof(Ty) * (size_t)tx->nregs);
    return saved;
}

void tx_restore_types(TrTx *tx, const Ty *saved) { memcpy(tx->cur, saved, sizeof(Ty) * (size_t)tx->nregs); }

void tx_split_begin(TrTx *tx, TxSplit *s, bool deopt) {
    s->deopt = deopt && tx->mode == TR_TX_JIT;
    s->nchecks = 0;
    s->slow = NULL;
    s->saved = tx_save_types(tx);
}

void tx_split_check(TrTx *tx, TxSplit *s, LLVMValueRef ok, int reason) {
    s->nchecks++;
    if (!tx->emitting) return;
    if (s->deopt) {
        tx_guard(tx, ok, reason);
        return;
    }
    if (LLVMIsConstant(ok) && LLVMConstIntGetZExtValue(ok)) return;
    if (!s->slow) s->slow = tx_block(tx, "slow");
    LLVMBasicBlockRef cont = tx_block(tx, "fast");
    tx_cold_false(tx, LLVMBuildCondBr(tx->b, ok, cont, s->slow));
    tx_at(tx, cont);
}

void tx_split_end(TrTx *tx, TxSplit *s, TrInstr i, const char *helper, uint32_t res, Ty fast_ty) {
    if (tx->emitting && s->slow) {
        LLVMBasicBlockRef join = tx_block(tx, "join");
        LLVMBuildBr(tx->b, join);
        tx_at(tx, s->slow);
        /* the slow path knows what was known before the fast path ran */
        tx_restore_types(tx, s->saved);
        tx_call_op(tx, helper ? helper : tr_opinfo[TR_OP(i)].helper, i);
        LLVMBuildBr(tx->b, join);
        tx_at(tx, join);
    }
    /* decided from the checks made, identically in both walks */
    tx_restore_types(tx, s->saved);
    tx->cur[res] = s->deopt || s->nchecks == 0 ? fast_ty : TY_ANYT;
}

void tx_cold_false(TrTx *tx, LLVMValueRef br) {
    LLVMMetadataRef md[3] = {LLVMMDStringInContext2(tx->ctx, "branch_weights", 14),
                             LLVMValueAsMetadata(tx_i32(tx, 2000)),
                             LLVMValueAsMetadata(tx_i32(tx, 1))};
    LLVMValueRef node = LLVMMetadataAsValue(tx->ctx, LLVMMDNodeInContext2(tx->ctx, md, 3));
    LLVMSetMetadata(br, tx->md_unlikely, node);
}

void tx_guard(TrTx *tx, LLVMValueRef ok, int reason) {
    if (!tx->emitting) return;
    if (LLVMIsConstant(ok) && LLVMConstIntGetZExtValue(ok)) return;
    LLVMBasicBlockRef cont = tx_block(tx, "ok");
    LLVMValueRef br = LLVMBuildCondBr(tx->b, ok, cont, tx_exit_block(tx, reason, tx->pc, -1));
    tx_cold_false(tx, br);
    tx_at(tx, cont);
}

const Ty *tx_entry_types(TrTx *tx) { return tx->btypes[tx->rq->entry - tx->start]; }

bool tx_may_speculate(TrTx *tx) {
    return tx->mode == TR_TX_JIT && !(tx->code->prof && (tx->code->prof[tx->pc] & TR_PROF_NOSPEC));
}

/* ---- helper calls ------------------------------------------------------------ */

LLVMValueRef tx_helper(TrTx *tx, const char *symbol, LLVMTypeRef *ty_out) {
    for (int k = 0; k < tr_helper_count; k++) {
        const TrHelperInfo *h = &tr_helper_table[k];
        if (strcmp(h->symbol, symbol)) continue;
        LLVMTypeRef ty = h->sig == TR_HSIG_OP      ? tx->t_hop
                         : h->sig == TR_HSIG_POLL  ? tx->t_poll
                         : h->sig == TR_HSIG_CATCH ? tx->t_catch
                                                   : tx->t_unwind;
        if (!tx->helpers[k]) {
            LLVMValueRef fn = LLVMGetNamedFunction(tx->mod, symbol);
            tx->helpers[k] = fn ? fn : LLVMAddFunction(tx->mod, symbol, ty);
        }
        if (ty_out) *ty_out = ty;
        return tx->helpers[k];
    }
    fprintf(stderr, "tauraro: internal error: no helper %s\n", symbol);
    return NULL;
}

/* f->pc := &code[pc + 1], as the interpreter's SAVE() leaves it. */
static void save_pc(TrTx *tx) {
    LLVMValueRef slot = LLVMBuildGEP2(tx->b, tx->t_i8, tx->f, (LLVMValueRef[]){tx_i64(tx, offsetof(TrFrame, pc))}, 1, "");
    LLVMValueRef p;
    if (tx->mode == TR_TX_JIT) {
        p = tx_ptr(tx, (void *)(tx->code->code + tx->pc + 1), NULL);
    } else {
        LLVMValueRef off = tx_i64(tx, (int64_t)(tx->pc + 1) * (int64_t)sizeof(TrInstr));
        p = LLVMBuildGEP2(tx->b, tx->t_i8, tx->codebase, &off, 1, "");
    }
    LLVMBuildStore(tx->b, p, slot);
}

/* AOT: the block all exceptions bound for handler entry `h` (NULL: out of
 * the function) go through, with the raising pc and the helper's status
 * as phis: it records the traceback line and moves the exception into the
 * handler's register (or leaves).  One per handler keeps functions with
 * many calls small. */
static TrRaiseTarget *raise_target(TrTx *tx, const TrExcEntry *h) {
    for (int k = 0; k < tx->nraise; k++)
        if (tx->raise[k].entry == h) return &tx->raise[k];
    if (tx->nraise == tx->capraise) {
        tx->capraise = tx->capraise ? 2 * tx->capraise : 8;
        tx->raise = tr_realloc(tx->raise, sizeof(TrRaiseTarget) * (size_t)tx->capraise);
    }
    TrRaiseTarget *t = &tx->raise[tx->nraise++];
    t->entry = h;
    LLVMBasicBlockRef here = LLVMGetInsertBlock(tx->b);
    t->bb = tx_block(tx, h ? "catch" : "unwind");
    tx_at(tx, t->bb);
    t->pc = LLVMBuildPhi(tx->b, tx->t_i32, "raise_pc");
    t->st = LLVMBuildPhi(tx->b, tx->t_i32, "raise_status");
    LLVMValueRef keep = LLVMBuildZExt(tx->b, LLVMBuildICmp(tx->b, LLVMIntEQ, t->st, tx_i32(tx, -2), ""),
                                      tx->t_i32, "keep_tb");
    LLVMTypeRef ty;
    if (h) {
        LLVMValueRef fn = tx_helper(tx, "tr_h_catch", &ty);
        LLVMValueRef args[] = {tx->f, tx->regs, tx_i32(tx, h->reg), t->pc, keep};
        LLVMBuildCall2(tx->b, ty, fn, args, 5, "");
        Ty saved = tx->cur[h->reg];
        tx_reload(tx, (uint32_t)h->reg);
        tx->cur[h->reg] = saved;
        LLVMBuildBr(tx->b, tx->bb[h->handler - tx->start]);
    } else {
        LLVMValueRef fn = tx_helper(tx, "tr_h_unwind", &ty);
        LLVMValueRef args[] = {tx->f, t->pc, keep};
        LLVMBuildCall2(tx->b, ty, fn, args, 3, "");
        LLVMBuildBr(tx->b, tx_exit_block(tx, TR_EXIT_RAISE, -1, -1));
    }
    tx_at(tx, here);
    return t;
}

/* (The AOT dispatch blocks are shared by every raising site of one handler,
 * phis giving the pc for the traceback.) */
void tx_raise_path(TrTx *tx, LLVMValueRef status) {
    if (tx->mode == TR_TX_JIT) {
        LLVMBuildBr(tx->b, tx_exit_block(tx, TR_EXIT_RAISE, tx->pc, -1));
        return;
    }
    const TrExcEntry *h = tr_code_find_handler(tx->code, tx->pc);
    if (h && !TX_REGION(tx, h->handler)) h = NULL;
    TrRaiseTarget *t = raise_target(tx, h);
    LLVMBasicBlockRef here = LLVMGetInsertBlock(tx->b);
    LLVMValueRef pc = tx_i32(tx, tx->pc);
    LLVMAddIncoming(t->pc, &pc, &here, 1);
    LLVMAddIncoming(t->st, &status, &here, 1);
    LLVMBuildBr(tx->b, t->bb);
}

static bool is_call_op(unsigned op) {
    return op == TR_OPC_CALL || op == TR_OPC_CALLMETHOD || op == TR_OPC_CALLKW || op == TR_OPC_CALLEX ||
           op == TR_OPC_RANGEPREP;
}

/* The instruction's register effects, clipped to the window (counts in
 * the table may over-approximate past the last register). */
static int effects(TrTx *tx, TrInstr i, TrRegEffect fx[TR_FX_MAX]) {
    int n = tr_op_effects(i, fx), k = 0;
    for (int e = 0; e < n; e++) {
        if (fx[e].first >= (uint32_t)tx->nregs) continue;
        fx[k] = fx[e];
        if (fx[k].first + fx[k].count > (uint32_t)tx->nregs) fx[k].count = (uint32_t)tx->nregs - fx[k].first;
        k++;
    }
    return k;
}

LLVMValueRef tx_call_op(TrTx *tx, const char *name, TrInstr i) {
    return tx_call_op_ex(tx, name, i, is_call_op(TR_OP(i)));
}

LLVMValueRef tx_call_op_ex(TrTx *tx, const char *name, TrInstr i, bool sees_locals) {
    TrRegEffect fx[TR_FX_MAX];
    int n = effects(tx, i, fx);
    if (!tx->emitting) {
        for (int e = 0; e < n; e++)
            if (fx[e].mode & TR_FX_WRITE)
                for (uint32_t r = fx[e].first; r < fx[e].first + fx[e].count; r++) tx->cur[r] = TY_ANYT;
        return NULL;
    }
    /* the helper sees its operands, and a call may observe every local (locals()) */
    for (int e = 0; e < n; e++)
        for (uint32_t r = fx[e].first; r < fx[e].first + fx[e].count; r++) tx_flush(tx, r);
    if (sees_locals)
        for (int32_t r = 0; r < tx->nregs; r++)
            if (tx->local_modified[r]) tx_flush(tx, (uint32_t)r);
    save_pc(tx);
    char sym[64];
    snprintf(sym, sizeof sym, "tr_h_%s", name);
    LLVMTypeRef ty;
    LLVMValueRef fn = tx_helper(tx, sym, &ty);
    LLVMValueRef args[] = {tx->f, tx->regs, tx_i32(tx, (int32_t)TR_A(i)), tx_i32(tx, (int32_t)TR_B(i)),
                           tx_i32(tx, (int32_t)TR_C(i))};
    char vname[48]; /* the bytecode op, readable in --emit-llvm output */
    snprintf(vname, sizeof vname, "%s.pc%d", tr_opinfo[TR_OP(i)].name, (int)tx->pc);
    LLVMValueRef st = LLVMBuildCall2(tx->b, ty, fn, args, 5, vname);
    LLVMBasicBlockRef ok = tx_block(tx, "ok"), bad = tx_block(tx, "raise");
    LLVMValueRef br = LLVMBuildCondBr(tx->b, LLVMBuildICmp(tx->b, LLVMIntSGE, st, tx_i32(tx, 0), ""), ok, bad);
    tx_cold_false(tx, br);
    tx_at(tx, bad);
    tx_raise_path(tx, st);
    tx_at(tx, ok);
    for (int e = 0; e < n; e++)
        if (fx[e].mode & TR_FX_WRITE)
            for (uint32_t r = fx[e].first; r < fx[e].first + fx[e].count; r++) tx_reload(tx, r);
    return st;
}

LLVMValueRef tx_call_generic(TrTx *tx, TrInstr i) {
    return tx_call_op(tx, tr_opinfo[TR_OP(i)].helper, i);
}

/* Classes the profile names, and the runtime types they stand for. */
static TrType *const prof_class_type[] = {
#define TX_PROF_TYPE(NAME, type) [TR_PROF_BIT_##NAME] = &tr_##type##_type,
    TR_PROF_CLASSES(TX_PROF_TYPE)
#undef TX_PROF_TYPE
};

bool tx_expect_bigints;

uint32_t tx_prof(TrTx *tx) {
    if (!tx->code->prof) return 0;
    uint32_t p = tx->code->prof[tx->pc] & ~TR_PROF_NOSPEC;
    /* a big int result shrinks back into 64 bits as readily as it grew */
    if (p & TR_PROF_CLASS(BIGINT)) p |= TR_PROF_TAG(TR_TAG_INT);
    if (tx_expect_bigints && (p & TR_PROF_TAG(TR_TAG_INT))) p |= TR_PROF_TAG(TR_TAG_OBJ) | TR_PROF_CLASS(BIGINT);
    return p;
}

Ty tx_profiled(TrTx *tx) {
    if (tx->mode != TR_TX_JIT || !tx->code->prof) return TY_ANYT;
    uint32_t p = tx_prof(tx);
    switch (p) {
    case TR_PROF_TAG(TR_TAG_NONE): return ty_make(TY_NONE, NULL);
    case TR_PROF_TAG(TR_TAG_BOOL): return ty_make(TY_BOOL, NULL);
    case TR_PROF_TAG(TR_TAG_INT): return ty_make(TY_INT, NULL);
    case TR_PROF_TAG(TR_TAG_FLOAT): return ty_make(TY_FLOAT, NULL);
    default: break;
    }
    uint32_t cls = p & ~TR_PROF_TAG(TR_TAG_OBJ);
    if ((p & TR_PROF_TAG(TR_TAG_OBJ)) && cls && !(cls & (cls - 1))) { /* one class */
        int bit = __builtin_ctz(cls);
        if (bit < (int)(sizeof prof_class_type / sizeof prof_class_type[0]) && prof_class_type[bit])
            return ty_make(TY_OBJ, prof_class_type[bit]);
    }
    return TY_ANYT;
}

void tx_profile_guard(TrTx *tx, uint32_t r) {
    Ty want = tx_profiled(tx);
    if (want.kind == TY_ANY) return;
    if (tx->emitting) {
        LLVMValueRef ok = want.kind == TY_OBJ ? tx_is_cls(tx, r, want.cls) : tx_is_tag(tx, r, ty_tag[want.kind]);
        LLVMBasicBlockRef cont = tx_block(tx, "typed");
        LLVMValueRef br = LLVMBuildCondBr(tx->b, ok, cont, tx_exit_block(tx, TR_EXIT_TYPE, tx->pc + 1, (int32_t)r));
        tx_cold_false(tx, br);
        tx_at(tx, cont);
    }
    tx->cur[r] = want;
}

/* ---- the driver --------------------------------------------------------------- */

static bool is_terminator(unsigned op) {
    return op == TR_OPC_JMP || op == TR_OPC_LOOP || op == TR_OPC_RETURN || op == TR_OPC_RAISE ||
           op == TR_OPC_RERAISE;
}

/* Mark the blocks: entry, branch targets, what follows a branch. */
static void find_leaders(TrTx *tx) {
    const TrInstr *code = tx->code->code;
    tx->leader[tx->rq->entry - tx->start] = 1;
    for (int32_t pc = tx->start; pc <= tx->end; pc++) {
        TrInstr i = code[pc];
        unsigned op = TR_OP(i);
        int32_t target = jump_target(i);
        if (target >= 0 && TX_REGION(tx, target)) tx->leader[target - tx->start] = 1;
        bool ends = target >= 0 || is_terminator(op) || op == TR_OPC_YIELD || op == TR_OPC_YIELDFROM;
        if (ends && pc + 1 <= tx->end) tx->leader[pc + 1 - tx->start] = 1;
    }
    if (tx->mode == TR_TX_AOT)
        for (int32_t e = 0; e < tx->code->nexc; e++) {
            int32_t h = tx->code->exctab[e].handler;
            if (TX_REGION(tx, h)) tx->leader[h - tx->start] = 1;
        }
}

/* Walk one block from `pc` with the handlers (analysis or emission). */
static void walk_block(TrTx *tx, int32_t pc) {
    memcpy(tx->cur, tx->btypes[pc - tx->start], sizeof(Ty) * (size_t)tx->nregs);
    tx->term = false;
    for (;; pc++) {
        TrInstr i = tx->code->code[pc];
        tx->pc = pc;
        TrTxOp h = tr_tx_ops[TR_OP(i)];
        if (h) h(tx, i);
        else tr_tx_generic(tx, i);
        if (tx->emitting) tx->ninstr++;
        if (tx->term) return;
        if (pc + 1 > tx->end || tx->leader[pc + 1 - tx->start]) {
            tx_goto(tx, pc + 1);
            return;
        }
    }
}

/* ---- liveness at the entry ------------------------------------------------------ */

/* Successors of instruction pc inside the region (exits have none). */
static int successors(TrTx *tx, int32_t pc, int32_t out[2]) {
    TrInstr i = tx->code->code[pc];
    unsigned op = TR_OP(i);
    int n = 0;
    int32_t target = jump_target(i);
    if (target >= 0) out[n++] = target;
    if (!is_terminator(op) && op != TR_OPC_YIELD && op != TR_OPC_YIELDFROM) out[n++] = pc + 1;
    int k = 0;
    for (int j = 0; j < n; j++)
        if (TX_REGION(tx, out[j])) out[k++] = out[j];
    return k;
}

/* The registers some path from the entry reads before writing them: only
 * their types at entry can matter, so only they go into the signature.
 * Backward dataflow over the region, one bitset per instruction. */
static uint8_t *live_at_entry(TrTx *tx) {
    int32_t n = tx->end - tx->start + 1, w = (tx->nregs + 63) / 64;
    uint64_t *in = tr_alloc_atomic(sizeof(uint64_t) * (size_t)n * (size_t)w);
    uint64_t *rd = tr_alloc_atomic(sizeof(uint64_t) * (size_t)n * (size_t)w);
    uint64_t *wr = tr_alloc_atomic(sizeof(uint64_t) * (size_t)n * (size_t)w);
    for (int32_t k = 0; k < n; k++) {
        TrRegEffect fx[TR_FX_MAX];
        int ne = tr_op_effects(tx->code->code[tx->start + k], fx);
        for (int e = 0; e < ne; e++)
            for (uint32_t r = fx[e].first; r < fx[e].first + fx[e].count && r < (uint32_t)tx->nregs; r++) {
                if (fx[e].mode & TR_FX_READ) rd[k * w + r / 64] |= 1ull << (r % 64);
                else wr[k * w + r / 64] |= 1ull << (r % 64);
            }
    }
    for (bool changed = true; changed;) {
        changed = false;
        for (int32_t k = n - 1; k >= 0; k--) {
            int32_t succ[2];
            int ns = successors(tx, tx->start + k, succ);
            for (int32_t j = 0; j < w; j++) {
                uint64_t out = 0;
                for (int s = 0; s < ns; s++) out |= in[(succ[s] - tx->start) * w + j];
                uint64_t v = rd[k * w + j] | (out & ~wr[k * w + j]);
                if (v != in[k * w + j]) {
                    in[k * w + j] = v;
                    changed = true;
                }
            }
        }
    }
    uint8_t *live = tr_alloc_atomic((size_t)tx->nregs);
    int32_t e = tx->rq->entry - tx->start;
    for (int32_t r = 0; r < tx->nregs; r++) live[r] = (in[e * w + r / 64] >> (r % 64)) & 1;
    return live;
}

static void analyse(TrTx *tx) {
    int32_t n = tx->end - tx->start + 1;
    tx->btypes[tx->rq->entry - tx->start] = tr_alloc(sizeof(Ty) * (size_t)tx->nregs);
    Ty *et = tx->btypes[tx->rq->entry - tx->start];
    if (tx->rq->entry_values || tx->rq->entry_types) {
        /* JIT: the types of the values live at entry now (or as given) */
        uint8_t *live = live_at_entry(tx);
        for (int32_t r = 0; r < tx->nregs; r++)
            if (live[r]) et[r] = tx->rq->entry_values ? ty_of_value(tx->rq->entry_values[r]) : tx->rq->entry_types[r];
    }
    push_work(tx, tx->rq->entry);
    if (tx->mode == TR_TX_AOT) /* handlers: entered with nothing known */
        for (int32_t e = 0; e < tx->code->nexc; e++) {
            int32_t h = tx->code->exctab[e].handler;
            if (!TX_REGION(tx, h) || tx->btypes[h - tx->start]) continue;
            tx->btypes[h - tx->start] = tr_alloc(sizeof(Ty) * (size_t)tx->nregs); /* zero = ANY */
            push_work(tx, h);
        }
    int guard = 0;
    while (tx->nwork > 0 && !tx->refused) {
        int32_t pc = tx->work[--tx->nwork];
        tx->queued[pc - tx->start] = 0;
        walk_block(tx, pc);
        if (++guard > 64 * n + 1000) tx->refused = "type analysis did not converge";
    }
}

/* Registers every instruction of the region may write. */
static void find_modified(TrTx *tx) {
    for (int32_t pc = tx->start; pc <= tx->end; pc++) {
        TrRegEffect fx[TR_FX_MAX];
        int n = tr_op_effects(tx->code->code[pc], fx);
        for (int e = 0; e < n; e++)
            for (uint32_t r = fx[e].first; r < fx[e].first + fx[e].count && r < (uint32_t)tx->nregs; r++) {
                tx->used[r] = 1;
                if (!(fx[e].mode & TR_FX_WRITE)) continue;
                tx->modified[r] = 1;
                if ((int32_t)r < tx->code->nvarnames) tx->local_modified[r] = 1;
            }
    }
    if (tx->mode == TR_TX_AOT) /* handlers receive the exception in a register */
        for (int32_t e = 0; e < tx->code->nexc; e++)
            if (tx->code->exctab[e].reg < tx->nregs) tx->used[tx->code->exctab[e].reg] = 1;
}

static void make_types(TrTx *tx) {
    LLVMContextRef c = tx->ctx;
    tx->t_void = LLVMVoidTypeInContext(c);
    tx->t_i1 = LLVMInt1TypeInContext(c);
    tx->t_i8 = LLVMInt8TypeInContext(c);
    tx->t_i16 = LLVMInt16TypeInContext(c);
    tx->t_i32 = LLVMInt32TypeInContext(c);
    tx->t_i64 = LLVMInt64TypeInContext(c);
    tx->t_dbl = LLVMDoubleTypeInContext(c);
    tx->t_ptr = LLVMPointerTypeInContext(c, 0);
    LLVMTypeRef pair[2] = {tx->t_i64, tx->t_i64};
    tx->t_ret = LLVMStructTypeInContext(c, pair, 2, 0);
    LLVMTypeRef op[] = {tx->t_ptr, tx->t_ptr, tx->t_i32, tx->t_i32, tx->t_i32};
    tx->t_hop = LLVMFunctionType(tx->t_i32, op, 5, 0);
    tx->t_poll = LLVMFunctionType(tx->t_i32, op, 1, 0);
    LLVMTypeRef cat[] = {tx->t_ptr, tx->t_ptr, tx->t_i32, tx->t_i32, tx->t_i32};
    tx->t_catch = LLVMFunctionType(tx->t_void, cat, 5, 0);
    LLVMTypeRef unw[] = {tx->t_ptr, tx->t_i32, tx->t_i32};
    tx->t_unwind = LLVMFunctionType(tx->t_void, unw, 3, 0);
    tx->md_unlikely = LLVMGetMDKindIDInContext(c, "prof", 4);
}

static void add_attr(TrTx *tx, unsigned idx, const char *name) {
    unsigned kind = LLVMGetEnumAttributeKindForName(name, strlen(name));
    LLVMAddAttributeAtIndex(tx->fn, idx, LLVMCreateEnumAttribute(tx->ctx, kind, 0));
}

/* Whether register r may hold a value when the compiled code starts: in a
 * loop anything may; a whole function (entered at pc 0 on a fresh frame)
 * starts with only its parameters and closure cells bound. */
static bool entered_bound(TrTx *tx, int32_t r) {
    if (!tx->rq->fresh) return true;
    const TrCode *c = tx->code;
    return r < tr_code_nparams(c) || (r >= c->freestart && r < c->freestart + c->nfree);
}

/* Function, shadows loaded from the window, the shared exit block. */
static void emit_prologue(TrTx *tx) {
    int nargs = tx->rq->ssa_args < tx->nregs ? tx->rq->ssa_args : tx->nregs;
    LLVMTypeRef *params = tr_alloc(sizeof(LLVMTypeRef) * (size_t)(2 + 2 * nargs));
    params[0] = params[1] = tx->t_ptr;
    for (int k = 0; k < 2 * nargs; k++) params[2 + k] = tx->t_i64;
    tx->fn = LLVMAddFunction(tx->mod, tx->rq->name, LLVMFunctionType(tx->t_ret, params, (unsigned)(2 + 2 * nargs), 0));
    add_attr(tx, 1, "noalias");
    add_attr(tx, 1, "nonnull");
    add_attr(tx, 2, "nonnull");
    add_attr(tx, 2, "noalias");
    tx->f = LLVMGetParam(tx->fn, 0);
    tx->regs = LLVMGetParam(tx->fn, 1);
    LLVMSetValueName2(tx->f, "frame", 5);
    LLVMSetValueName2(tx->regs, "regs", 4);
    LLVMBasicBlockRef entry = tx_block(tx, "entry");
    tx_at(tx, entry);
    char name[32];
    for (int32_t r = 0; r < tx->nregs; r++) {
        snprintf(name, sizeof name, "r%d.tag", (int)r);
        tx->tagv[r] = LLVMBuildAlloca(tx->b, tx->t_i64, name);
        snprintf(name, sizeof name, "r%d.val", (int)r);
        tx->payv[r] = LLVMBuildAlloca(tx->b, tx->t_i64, name);
    }
    if (tx->mode == TR_TX_AOT) {
        LLVMValueRef off = tx_i64(tx, offsetof(TrFrame, code));
        LLVMValueRef code = LLVMBuildLoad2(tx->b, tx->t_ptr, LLVMBuildGEP2(tx->b, tx->t_i8, tx->f, &off, 1, ""), "code");
        LLVMValueRef coff = tx_i64(tx, offsetof(TrCode, code));
        tx->codebase = LLVMBuildLoad2(tx->b, tx->t_ptr, LLVMBuildGEP2(tx->b, tx->t_i8, code, &coff, 1, ""), "codebase");
    }
    Ty *et = tx->btypes[tx->rq->entry - tx->start];
    for (int32_t r = 0; r < tx->nregs; r++) {
        tx->cur[r] = TY_ANYT;
        if (!tx->used[r]) continue; /* never touched by the region */
        if (!entered_bound(tx, r)) { /* a fresh frame: unbound */
            LLVMBuildStore(tx->b, tx_i64(tx, TR_TAG_UNDEF), tx->tagv[r]);
            LLVMBuildStore(tx->b, tx_i64(tx, 0), tx->payv[r]);
            continue;
        }
        bool param = r < nargs;
        LLVMValueRef tag = et[r].kind != TY_ANY ? tx_i64(tx, ty_tag[et[r].kind])
                           : param              ? LLVMGetParam(tx->fn, (unsigned)(2 + 2 * r))
                                                : LLVMBuildLoad2(tx->b, tx->t_i64, window_field(tx, (uint32_t)r, 0), "");
        LLVMBuildStore(tx->b, tag, tx->tagv[r]);
        LLVMValueRef pay = param ? LLVMGetParam(tx->fn, (unsigned)(3 + 2 * r))
                                 : LLVMBuildLoad2(tx->b, tx->t_i64, window_field(tx, (uint32_t)r, 1), "");
        LLVMBuildStore(tx->b, pay, tx->payv[r]);
    }
    for (int32_t k = 0; k <= tx->end - tx->start; k++)
        if (tx->btypes[k]) {
            snprintf(name, sizeof name, "pc%d", (int)(k + tx->start));
            tx->bb[k] = tx_block(tx, name);
        }
    tx_at(tx, entry);
    LLVMBuildBr(tx->b, tx->bb[tx->rq->entry - tx->start]);
}

/* Whether a fresh frame's register r holds a value of type t by
 * construction: unbound registers are UNDEF, and the closure's registers
 * hold cells (the compiler builds every closure of cells). */
static bool entered_as(TrTx *tx, int32_t r, Ty t) {
    if (!tx->rq->fresh) return false;
    if (!entered_bound(tx, r)) return true;
    const TrCode *c = tx->code;
    return r >= c->freestart && t.kind == TY_OBJ && t.cls == &tr_cell_type;
}

/* The signature: live-in registers whose entry type the code relies on,
 * but for what a fresh frame holds by construction (the entry test of a
 * small function was mostly those). */
static void make_signature(TrTx *tx, TrTxResult *out) {
    Ty *et = tx->btypes[tx->rq->entry - tx->start];
    out->sig_reg = tr_alloc_atomic(sizeof(int32_t) * (size_t)tx->nregs);
    out->sig_ty = tr_alloc(sizeof(Ty) * (size_t)tx->nregs);
    out->nsig = 0;
    for (int32_t r = 0; r < tx->nregs; r++) {
        if (et[r].kind == TY_ANY || entered_as(tx, r, et[r])) continue;
        out->sig_reg[out->nsig] = r;
        out->sig_ty[out->nsig] = et[r];
        out->nsig++;
    }
}

/* Regions beyond this many instructions are left to the interpreter:
 * compile time grows faster than the benefit. */
#define TR_TX_MAX_REGION 20000

int tr_tx_translate(LLVMModuleRef mod, const TrTxRequest *rq, TrTxResult *out) {
    memset(out, 0, sizeof *out);
    if (rq->end - rq->start + 1 > TR_TX_MAX_REGION) {
        out->refused = "region too large";
        return -1;
    }
    TrTx *tx = tr_alloc(sizeof(TrTx));
    tx->rq = rq;
    tx->code = rq->code;
    tx->mode = rq->mode;
    tx->start = rq->start;
    tx->end = rq->end;
    tx->nregs = rq->code->nregs > 0 ? rq->code->nregs : 1;
    int32_t n = tx->end - tx->start + 1;
    tx->leader = tr_alloc_atomic((size_t)n);
    tx->queued = tr_alloc_atomic((size_t)n);
    tx->btypes = tr_alloc(sizeof(Ty *) * (size_t)n);
    tx->work = tr_alloc_atomic(sizeof(int32_t) * (size_t)n);
    tx->cur = tr_alloc(sizeof(Ty) * (size_t)tx->nregs);
    tx->modified = tr_alloc_atomic((size_t)tx->nregs);
    tx->used = tr_alloc_atomic((size_t)tx->nregs);
    tx->local_modified = tr_alloc_atomic((size_t)tx->nregs);
    find_leaders(tx);
    find_modified(tx);
    analyse(tx);
    if (tx->refused) {
        out->refused = tx->refused;
        return -1;
    }
    tx->mod = mod;
    tx->ctx = LLVMGetModuleContext(mod);
    tx->b = LLVMCreateBuilderInContext(tx->ctx);
    make_types(tx);
    tx->helpers = tr_alloc(sizeof(LLVMValueRef) * (size_t)tr_helper_count);
    tx->tagv = tr_alloc(sizeof(LLVMValueRef) * (size_t)tx->nregs);
    tx->payv = tr_alloc(sizeof(LLVMValueRef) * (size_t)tx->nregs);
    tx->bb = tr_alloc(sizeof(LLVMBasicBlockRef) * (size_t)n);
    /* liveness first: the type analysis asks it too (tx_live_in) */
    if (tx->mode == TR_TX_JIT) code_liveness(tx);
    make_signature(tx, out);
    if (tx->mode == TR_TX_JIT) region_dirty(tx);
    tx->emitting = true;
    emit_prologue(tx);
    for (int32_t k = 0; k < n; k++) {
        if (!tx->btypes[k]) continue;
        tx_at(tx, tx->bb[k]);
        walk_block(tx, tx->start + k);
    }
    finish_exit_tails(tx);
    LLVMDisposeBuilder(tx->b);
    if (tx->refused) { /* found while emitting */
        LLVMDeleteFunction(tx->fn);
        out->refused = tx->refused;
        return -1;
    }
    out->fn = tx->fn;
    out->exits = tx->exits;
    out->nexits = tx->nexits;
    out->keep = tx->keep;
    out->nkeep = tx->nkeep;
    out->ninstr = tx->ninstr;
    return 0;
}
