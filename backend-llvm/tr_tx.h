/* tr_tx.h — internal interface of the bytecode -> LLVM IR translator.
 *
 * One translator serves the JIT and the AOT compiler (STYLE habit 8); the
 * mode decides only what a failed speculation does.  The unit is a region
 * of a code object's bytecode (a loop or a whole function for the JIT, a
 * whole function for AOT) entered at one pc.  The compiled function has
 * the signature
 *
 *     {i64, i64} region(TrFrame *f, TrValue *regs)     (TrRet in C)
 *
 * and returns either the value a RETURN instruction returned ({tag,
 * payload}, tag never 0), or {0, index of the exit it took}; the exit
 * records (below) say what that means.  Inside, every register of the window is shadowed by a
 * pair of allocas (tag, payload) that LLVM promotes to SSA values, so ints,
 * floats and bools stay unboxed in machine registers; shadows are written
 * to the window only where something can observe it (helper operands,
 * calls, exits).
 *
 * Translation is two walks over the region with the same opcode handlers:
 * an analysis walk (tx->emitting == false) that runs to a fixpoint of the
 * static types at block entries, and an emission walk that generates IR
 * from those types.  Because one handler computes both the types and the
 * code, the two cannot disagree. */
#ifndef TR_TX_H
#define TR_TX_H

#include <llvm-c/Core.h>
#include <stdbool.h>
#include <stdint.h>

#include "tr_helpers.h"
#include "tr_opfx.h"

typedef TrRet (*TrRegionFn)(TrFrame *f, TrValue *regs);

typedef enum TrTxMode {
    TR_TX_JIT, /* speculate; a failed guard deoptimizes to the interpreter */
    TR_TX_AOT  /* no interpreter to fall back to: every fast path has a slow path */
} TrTxMode;

/* ---- static types ---------------------------------------------------------- */

typedef enum TyKind { TY_ANY = 0, TY_NONE, TY_BOOL, TY_INT, TY_FLOAT, TY_OBJ, TY_UNDEF } TyKind;

/* What the translator knows about a register at a program point.  For
 * TY_OBJ, cls is the exact type when known (NULL: any object) and obj the
 * object itself when the code has guarded its identity (a global bound to
 * a function, a module, a builtin). */
typedef struct Ty {
    uint8_t kind;
    TrType *cls;
    TrObject *obj;
} Ty;

static inline Ty ty_make(int kind, TrType *cls) {
    Ty t = {(uint8_t)kind, cls, NULL};
    return t;
}
static inline Ty ty_known(TrObject *o) {
    Ty t = {TY_OBJ, o->type, o};
    return t;
}
#define TY_ANYT ty_make(TY_ANY, NULL)

/* The static type of a concrete value (JIT entry types). */
Ty ty_of_value(TrValue v);
/* The tag a known kind stands for (-1 for TY_ANY). */
extern const int tx_ty_tag[];

/* ---- exits: deoptimization as data ------------------------------------------ */

/* X(name, text): why compiled code left; the text appears in --jit-stats. */
#define TR_EXIT_REASONS(X)                                  \
    X(LOOP_EXIT, "loop exit")                               \
    X(UNSUPPORTED, "instruction left to the interpreter")   \
    X(RAISE, "exception")                                   \
    X(OVERFLOW, "int overflow")                             \
    X(TYPE, "type guard")                                   \
    X(NEG_ZERO, "value guard")

typedef enum TrExitReason {
#define TR_EXIT_ENUM(name, text) TR_EXIT_##name,
    TR_EXIT_REASONS(TR_EXIT_ENUM)
#undef TR_EXIT_ENUM
    TR_EXIT_NREASONS
} TrExitReason;
extern const char *const tr_exit_reason_text[TR_EXIT_NREASONS];

/* A deopt exit (OVERFLOW, TYPE, NEG_ZERO) counts against the code's
 * stability; LOOP_EXIT and UNSUPPORTED resume normally, RAISE unwinds. */
static inline bool tr_exit_is_deopt(int reason) {
    return reason == TR_EXIT_OVERFLOW || reason == TR_EXIT_TYPE || reason == TR_EXIT_NEG_ZERO;
}

typedef struct TrExit {
    int32_t pc;     /* where the interpreter resumes (RAISE: the raising instruction) */
    int32_t site;   /* the instruction whose code took the exit */
    int32_t reg;    /* TYPE: the guarded register (its kind joins the profile) */
    uint8_t reason; /* TrExitReason */
    uint32_t count; /* times taken */
} TrExit;

/* ---- translation requests ----------------------------------------------------- */

typedef struct TrTx TrTx;

typedef struct TrTxRequest {
    TrCode *code;
    int32_t start, end;    /* the region: instructions start..end inclusive */
    int32_t entry;         /* where compiled code starts */
    TrTxMode mode;
    const TrValue *entry_values; /* JIT: the registers at the moment of compiling
                                  * (entry types come from the live-in ones);
                                  * NULL: nothing known */
    const char *name;      /* the LLVM function's name */
    int fresh;             /* entered at pc 0 on a new frame: only parameters and
                            * closure cells are bound (whole functions) */
    TrDict *globals;       /* JIT: the frame's globals, whose current bindings
                            * may be speculated on; NULL: none */
    const Ty *entry_types; /* JIT, instead of entry_values: the types of the
                            * live-in registers (call-site compilations) */
    /* JIT direct calls: the version of fn compiled for arguments of these
     * types (NULL: none), whose first word is its entry point, also stored
     * in *version for `finish`; compiled now if `compile` and there is none
     * yet.  And the routine that finishes a callee's frame in the
     * interpreter when its code takes an exit. */
    void *(*callee)(TrTx *tx, TrFunction *fn, const Ty *argty, int nargs, bool compile, void **version);
    TrRet (*finish)(TrFrame *frame, int64_t exit_index, void *version);
    void *self_version;    /* the version being compiled (direct self-calls) */
    /* JIT: fn translated into this same module for arguments of these
     * types, an internal always-inline function that LLVM inlines at the
     * call (small callees); NULL: not inlined.  *version receives the exit
     * data `finish` needs.  `self`: a self-call (argty imply the entry types
     * of self_version), whose copy may call self_version in turn. */
    LLVMValueRef (*inline_callee)(TrTx *tx, TrFunction *fn, const Ty *argty, int nargs, bool self,
                                  void **version);
    /* A fresh frame whose window the caller may not have cleared beyond
     * the bound registers (an inlined call): every exit writes each
     * register live where it resumes, unbound ones (UNDEF) included. */
    bool window_unset;
    /* An inline copy's parameters (registers 0..n-1) arrive as (tag,
     * payload) pairs of i64 after the frame and the window, rather than in
     * the window: a caller whose copy never uses its frame stores none of
     * them (the copy's exits write back what the interpreter needs). */
    int ssa_args;
} TrTxRequest;

typedef struct TrTxResult {
    LLVMValueRef fn;
    TrExit *exits;         /* GC memory */
    int32_t nexits;
    void **keep;           /* GC pointers embedded in the code (keep alive) */
    int32_t nkeep;
    /* registers the entry depends on, with their types: the signature */
    int32_t nsig;
    int32_t *sig_reg;
    Ty *sig_ty;
    int32_t ninstr;        /* instructions translated */
    const char *refused;   /* why the region was not translated, or NULL */
} TrTxResult;

/* Translate the region into a new function in `mod`.  Returns 0, or -1
 * with out->refused set. */
int tr_tx_translate(LLVMModuleRef mod, const TrTxRequest *rq, TrTxResult *out);

/* ---- the translator's context (shared by tr_tx*.c) --------------------------- */

typedef struct TrRaiseTarget {
    const TrExcEntry *entry; /* the handler, or NULL: leave the function */
    LLVMBasicBlockRef bb;
    LLVMValueRef pc, st;     /* phis: raising pc, helper status */
} TrRaiseTarget;

struct TrTx {
    const TrTxRequest *rq;
    TrCode *code;
    TrTxMode mode;
    int32_t start, end, nregs;
    bool emitting;         /* false in the analysis walk */
    int32_t pc;            /* the instruction being handled */
    bool term;             /* the handler ended the block */
    const char *refused;

    /* analysis */
    uint8_t *leader;       /* per region pc: starts a block */
    Ty **btypes;           /* per region pc: types at block entry (NULL: not reached) */
    uint8_t *queued;       /* per region pc: on the worklist */
    int32_t *work;
    int32_t nwork;
    Ty *cur;               /* types while walking a block */
    uint8_t *used;         /* per register: read or written somewhere in the region */
    uint8_t *modified;     /* per register: written somewhere in the region */
    uint8_t *local_modified; /* ... and is a named local (calls flush these) */

    /* LLVM */
    LLVMContextRef ctx;
    LLVMModuleRef mod;
    LLVMBuilderRef b;
    LLVMValueRef fn, f, regs;
    LLVMTypeRef t_void, t_i1, t_i8, t_i16, t_i32, t_i64, t_dbl, t_ptr, t_ret;
    LLVMTypeRef t_hop, t_poll, t_catch, t_unwind; /* helper signatures */
    LLVMValueRef *tagv, *payv;   /* shadow allocas per register */
    LLVMBasicBlockRef ret_bb;    /* the function's one return (tx_return) */
    LLVMValueRef ret_tag, ret_val;
    LLVMBasicBlockRef *bb;       /* per region pc: the block it starts */
    uint64_t *live;              /* JIT: live registers per instruction (bitsets) */
    uint64_t *dirty;             /* JIT: per region pc, registers the window may lag on */
    uint8_t *loophead;           /* JIT: per region pc, a LOOP's target (entering it flushes) */
    uint64_t *noflush;           /* JIT: registers no back-edge writes back (range loop state) */
    int32_t lw;                  /* words per bitset */
    LLVMValueRef *helpers;       /* declarations, by tr_helper_table index */
    LLVMValueRef codebase;       /* AOT: f->code->code */
    unsigned md_unlikely;        /* branch weight metadata kind */
    LLVMValueRef w_unlikely;

    TrRaiseTarget *raise;        /* AOT: shared exception dispatch blocks */
    int nraise, capraise;

    /* JIT: exits that write back the same registers share one tail block,
     * a phi giving the exit's index; its stores are emitted after the walk */
    struct TxExitTail *tails;
    int32_t ntails, captails;

    /* results */
    TrExit *exits;
    int32_t nexits, capexits;
    void **keep;
    int32_t nkeep, capkeep;
    int32_t ninstr;
};

/* One handler per opcode (tr_tx_ops.c, tr_tx_data.c); NULL entries get the
 * generic treatment: the opcode's helper, or an exit to the interpreter. */
typedef void (*TrTxOp)(TrTx *tx, TrInstr i);
extern const TrTxOp tr_tx_ops[TR_OPC_COUNT];
void tr_tx_generic(TrTx *tx, TrInstr i);

/* Handlers defined in tr_tx_data.c and tr_tx_calls.c: X(OPCODE, function). */
#define TR_TX_DATA_OPS(X)                                                  \
    X(GETITEM, tx_op_getitem) X(SETITEM, tx_op_setitem) X(IN, tx_op_in)    \
    X(NOTIN, tx_op_in) X(GETITER, tx_op_getiter) X(FORITER, tx_op_foriter) \
    X(RANGEPREP, tx_op_rangeprep) X(FORRANGE, tx_op_forrange)              \
    X(LOADGLOBAL, tx_op_loadglobal) X(STOREGLOBAL, tx_op_storeglobal)      \
    X(GETATTR, tx_op_getattr) X(SETATTR, tx_op_setattr)                    \
    X(LOADMETHOD, tx_op_loadmethod)                                        \
    X(CALL, tx_op_call) X(CALLMETHOD, tx_op_callmethod)
#define TR_TX_DATA_DECL(op, fn) void fn(TrTx *tx, TrInstr i);
TR_TX_DATA_OPS(TR_TX_DATA_DECL)
#undef TR_TX_DATA_DECL

/* ---- building blocks for handlers (tr_tx.c) ------------------------------------ */

#define TX_REGION(tx, pc) ((pc) >= (tx)->start && (pc) <= (tx)->end)

/* Constants. */
LLVMValueRef tx_i64(TrTx *tx, int64_t v);
LLVMValueRef tx_i32(TrTx *tx, int32_t v);
LLVMValueRef tx_f64(TrTx *tx, double v);
/* A pointer known at translation time (JIT: an immediate, kept alive;
 * AOT: the named external symbol, which must exist in the runtime). */
LLVMValueRef tx_ptr(TrTx *tx, void *p, const char *symbol);
LLVMValueRef tx_type_ptr(TrTx *tx, TrType *t);
/* Keep p alive as long as the compiled code (its identity is compared). */
void tx_keep(TrTx *tx, void *p);

/* Shadowed registers.  Readers with a known static type get constants. */
LLVMValueRef tx_tag(TrTx *tx, uint32_t r);
LLVMValueRef tx_pay(TrTx *tx, uint32_t r);      /* i64 payload */
LLVMValueRef tx_dbl(TrTx *tx, uint32_t r);      /* payload as double */
void tx_set(TrTx *tx, uint32_t r, LLVMValueRef tag, LLVMValueRef pay, Ty t);
void tx_set_int(TrTx *tx, uint32_t r, LLVMValueRef v);
void tx_set_float(TrTx *tx, uint32_t r, LLVMValueRef d);
void tx_set_bool(TrTx *tx, uint32_t r, LLVMValueRef b1);
void tx_set_ty(TrTx *tx, uint32_t r, Ty t);     /* analysis and emission: type only */
void tx_flush(TrTx *tx, uint32_t r);            /* shadow -> window */
void tx_reload(TrTx *tx, uint32_t r);           /* window -> shadow (type ANY) */
/* The object's type pointer of register r (payload must be an object). */
LLVMValueRef tx_obj_type(TrTx *tx, uint32_t r);

/* Conditions. */
LLVMValueRef tx_is_tag(TrTx *tx, uint32_t r, int tag);
LLVMValueRef tx_is_cls(TrTx *tx, uint32_t r, TrType *cls); /* obj of exactly cls */

/* Control flow.  Targets outside the region become LOOP_EXIT exits. */
void tx_goto(TrTx *tx, int32_t target);
void tx_branch(TrTx *tx, LLVMValueRef cond, int32_t if_true, int32_t if_false);
/* A new block in the function (emission only). */
LLVMBasicBlockRef tx_block(TrTx *tx, const char *name);
void tx_at(TrTx *tx, LLVMBasicBlockRef bb);
/* A block that leaves through a new exit record. */
LLVMBasicBlockRef tx_exit_block(TrTx *tx, int reason, int32_t resume_pc, int32_t reg);
/* Return {tag, payload} from the compiled function (ends the block). */
void tx_return(TrTx *tx, LLVMValueRef tag, LLVMValueRef val);
/* Leave at once (ends the block). */
void tx_leave(TrTx *tx, int reason, int32_t resume_pc, int32_t reg);
/* JIT guard: continue when ok, else deoptimize with `reason` (resume at
 * the current instruction, which the interpreter re-executes). */
void tx_guard(TrTx *tx, LLVMValueRef ok, int reason);
/* Continue when cond is false; when true, go to `target` (in the region,
 * or an exit). */
void tx_branch_out(TrTx *tx, LLVMValueRef cond, int32_t target);

/* A copy of the current types, and back: code on alternative paths starts
 * from what was known before them. */
Ty *tx_save_types(TrTx *tx);
void tx_restore_types(TrTx *tx, const Ty *saved);

/* A fast path with a slow path.  Each check either deoptimizes (JIT, when
 * the handler asks for it) or branches to the instruction's helper; the
 * result register's type is the fast path's when every failing check
 * deoptimizes, else unknown.  Handlers make the same calls in both walks
 * (conditions are NULL in the analysis walk). */
typedef struct TxSplit {
    bool deopt;
    int nchecks;
    LLVMBasicBlockRef slow;
    Ty *saved; /* the types before the fast path */
} TxSplit;
void tx_split_begin(TrTx *tx, TxSplit *s, bool deopt);
void tx_split_check(TrTx *tx, TxSplit *s, LLVMValueRef ok, int reason);
/* End: the slow path calls `helper` (NULL: the opcode's) for i, then both
 * paths join; R[res] gets its type. */
void tx_split_end(TrTx *tx, TxSplit *s, TrInstr i, const char *helper, uint32_t res, Ty fast_ty);

/* Where control goes from instruction pc of the whole code object, the
 * exception edge aside: a branch target, an exhausted FORITER's target,
 * YIELD FROM itself (it re-executes on resume), and the next instruction
 * unless pc ends its block.  Returns how many (at most 2). */
int tx_code_successors(const TrCode *c, int32_t pc, int32_t out[2]);
/* May the code read register r at instruction pc or after it (JIT)?
 * Without liveness (AOT) every register counts as live. */
bool tx_live_in(TrTx *tx, int32_t pc, uint32_t r);
/* A LOOP back-edge, or an edge entering the loop (JIT): write the dirty
 * registers live at its header back. */
void tx_backedge_flush(TrTx *tx, int32_t header);

/* Mark a branch's false edge cold. */
void tx_cold_false(TrTx *tx, LLVMValueRef br);

/* Helper calls.  tx_call_op flushes the instruction's operands (by the
 * effects column), saves the pc, calls tr_h_<name>, leaves through the
 * exception path on a negative status and reloads the written registers.
 * Returns the status (i32). */
LLVMValueRef tx_call_op(TrTx *tx, const char *name, TrInstr i);
/* The same, saying whether the helper may run code that reads the frame's
 * locals (tx_call_op: every call instruction may; locals() is a call). */
LLVMValueRef tx_call_op_ex(TrTx *tx, const char *name, TrInstr i, bool sees_locals);
/* The helper the opcode table names for i's opcode. */
LLVMValueRef tx_call_generic(TrTx *tx, TrInstr i);
/* An exception pending at the current instruction (status < 0): the JIT
 * leaves for the interpreter's unwinder; AOT goes to the handler in the same
 * function, or leaves the function. */
void tx_raise_path(TrTx *tx, LLVMValueRef status);
/* After a helper produced R[r]: in the JIT, when the type profile of this
 * instruction saw a single kind, guard it (deopt resumes after the
 * instruction) so later code knows the type. */
void tx_profile_guard(TrTx *tx, uint32_t r);
/* The kind the profile of the current instruction saw, or TY_ANY. */
Ty tx_profiled(TrTx *tx);
/* The profile bits of the current instruction (TR_PROF_*, without
 * TR_PROF_NOSPEC).  A site that saw big ints counts as having seen ints
 * (they shrink back).  Once tx_expect_bigints is set (tr_jit.c: a big int came
 * out of compiled code's guard, or an int operation overflowed) every site
 * that saw ints counts as having seen big ints too: numbers outgrow 64 bits
 * together, and widening one site per recompile cost a compile per site. */
uint32_t tx_prof(TrTx *tx);
extern bool tx_expect_bigints;

/* Whether the current instruction may be speculated on (JIT, and its
 * value guards have not failed repeatedly: TR_PROF_NOSPEC). */
bool tx_may_speculate(TrTx *tx);

/* The types at the region's entry (after the fixpoint). */
const Ty *tx_entry_types(TrTx *tx);

/* Declarations of helpers by symbol. */
LLVMValueRef tx_helper(TrTx *tx, const char *symbol, LLVMTypeRef *ty_out);

#endif
