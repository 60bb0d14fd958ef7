/* tr_interp.h — functions, frames and the interpreter entry points.
 *
 * A frame is a window of TrValue registers plus the code being run; the
 * window is exactly what helpers and compiled code receive (zero-copy
 * register access).  Ordinary calls keep the window on the C stack of the
 * calling tr_function_call; generator frames (later) keep it on the heap. */
#ifndef TR_INTERP_H
#define TR_INTERP_H

#include "tr_code.h"
#include "tr_vm.h"

typedef struct TrFunction {
    TrObject ob;
    TrDict *dict;          /* __dict__ (dictoffset) */
    TrCode *code;
    TrDict *globals;
    TrTuple *defaults;     /* NULL when none */
    TrDict *kwdefaults;    /* NULL when none */
    TrTuple *closure;      /* cells, NULL when none */
    TrStr *name, *qualname;
    TrValue doc;
    TrValue module;
} TrFunction;

typedef struct TrFrame {
    TrCode *code;
    TrValue *regs;
    TrDict *globals;
    TrDict *locals;        /* class bodies: the class namespace; else NULL */
    TrFunction *func;      /* NULL for module code */
    const TrInstr *pc;     /* next instruction; saved before anything that can raise */
    struct TrFrame *back;
    /* generators: set by YIELD when the frame suspends */
    int suspended;
    int yield_reg;         /* register receiving the value sent on resume */
    int resume_with_exc;   /* resume by raising the pending exception (throw) */
} TrFrame;

/* Generator objects (tr_generator.c). */
typedef struct TrGenerator {
    TrObject ob;
    TrFrame frame;         /* registers on the heap */
    TrFunction *func;
    int started, finished, running;
    TrValue saved_handled; /* exception state of the generator across yields */
} TrGenerator;
extern TrType tr_generator_type;
TrValue tr_generator_new(TrFunction *fn, TrValue *regs);
/* Resume: send `v` (or raise the pending exception if `throw`).  Returns the
 * yielded value with *done = 0, or the return value with *done = 1, or TR_ERR. */
TrValue tr_generator_send(TrGenerator *g, TrValue v, int throw_, int *done);
/* next(gen): the next value, or StopIteration(return value) when it ends. */
TrValue tr_generator_next(TrValue gen);

TrValue tr_function_new(TrCode *code, TrDict *globals);
/* Run a frame from its pc until RETURN.  TR_ERR with an exception pending. */
TrValue tr_eval(TrFrame *f);
/* Run a function's new frame: its compiled code once it is hot (the JIT's
 * hook), else or after an exit tr_eval. */
TrValue tr_eval_call(TrFrame *f);
/* Run a class body function with `ns` as its namespace; returns what the
 * body returns (its __class__ cell, or None). */
TrValue tr_run_class_body(TrFunction *fn, TrDict *ns);
/* Run module-level code in `globals`. */
TrValue tr_run_code(TrCode *code, TrDict *globals);
/* Print the pending uncaught exception CPython's way (SystemExit: its
 * code) and return the process exit status (tr_runtime.c). */
int tr_handle_uncaught(void);
/* The last step of every way out of a program: flush the streams (a failure
 * gives 120, as CPython), and after an uncaught KeyboardInterrupt end by
 * SIGINT; otherwise returns the status to exit with. */
int tr_runtime_exit(int status);
/* The line being executed in frame f (for tracebacks). */
int tr_frame_line(const TrFrame *f);

/* Bind call arguments into a fresh register window (CPython's rules and
 * messages).  -1 with TypeError pending on mismatch. */
int tr_bind_args(TrFunction *fn, TrValue *regs, TrValue *args, int nargs, TrTuple *kwnames);

/* The JIT's hook, installed by the driver (NULL: no JIT).  The interpreter
 * calls it at a LOOP back-edge (loop_id >= 0) once code->loopcount[loop_id]
 * reaches tr_jit_threshold, and tr_eval_call when a function's frame starts
 * (loop_id == TR_JIT_ENTRY, tr_ts.frame linked to f) once code->callcount
 * reaches tr_jit_call_threshold.  It may run
 * compiled code on frame f, then returns:
 *   TR_JIT_NONE    nothing ran: go on interpreting;
 *   TR_JIT_RESUME  the frame's registers are up to date, continue at
 *                  instruction *resume_pc;
 *   TR_JIT_RAISE   an exception is pending, raised by instruction
 *                  *resume_pc: unwind from there;
 *   TR_JIT_RETURN  the frame returned *result. */
enum { TR_JIT_NONE = 0, TR_JIT_RESUME = 1, TR_JIT_RAISE = 2, TR_JIT_RETURN = 3 };
#define TR_JIT_ENTRY (-1)
typedef int (*TrJitHook)(TrFrame *f, int32_t loop_id, int32_t *resume_pc, TrValue *result);
extern TrJitHook tr_jit_hook;
extern int32_t tr_jit_threshold;      /* back-edges; INT32_MAX while no JIT is installed */
extern int32_t tr_jit_call_threshold; /* calls of a function */

#endif
