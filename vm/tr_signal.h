/* tr_signal.h — asynchronous events that running code polls: signals and the
 * instruction budget.
 *
 * A C signal handler only records the signal and sets tr_eval_breaker.  The
 * interpreter polls that one flag at loop back-edges (LOOP) and on entry to
 * every Python frame (tr_enter_recursion); compiled code polls the same flag
 * on its back-edges:
 *
 *     if (tr_eval_breaker && tr_eval_break() < 0)  -> exception pending, unwind
 *
 * tr_eval_break turns recorded signals into calls of their Python handlers
 * (the default SIGINT handler raises KeyboardInterrupt) and charges the
 * instruction budget.  The budget (for fuzzing: an infinite loop must end) is
 * off by default; while it is on the flag stays set so every poll reaches
 * tr_eval_break, and when it is off a poll costs one load and one branch. */
#ifndef TR_SIGNAL_H
#define TR_SIGNAL_H

#include <signal.h>
#include <stdint.h>
#include <stdio.h>

#include "tr_value.h"

/* Non-zero when tr_eval_break has work: a signal arrived or the budget is on. */
extern volatile sig_atomic_t tr_eval_breaker;

/* The slow path of a poll: charge the budget, run pending signal handlers.
 * 0 to go on; -1 with an exception pending (KeyboardInterrupt, whatever a
 * handler raised, or BudgetExhausted). */
int tr_eval_break(void);

static inline int tr_poll(void) {
    return __builtin_expect(tr_eval_breaker != 0, 0) ? tr_eval_break() : 0;
}

/* Run the Python handlers of the signals that arrived (CPython's
 * PyErr_CheckSignals): 0, or -1 with the exception a handler raised.  Blocking
 * calls use it when a system call fails with EINTR and retry on 0. */
int tr_signal_check(void);

/* getc that runs signal handlers when a read is interrupted: a byte, EOF at
 * end of file (or on an error other than EINTR), or -2 with an exception
 * pending. */
int tr_getc_intr(FILE *fp);

/* Start-up: the handler table from the inherited dispositions, SIGINT to
 * `default_int_handler` (unless SIGINT is ignored, as in CPython), SIGPIPE
 * and SIGXFSZ ignored so that writes fail with EPIPE/EFBIG instead. */
void tr_signal_init(TrValue default_int_handler);
/* The Python-level handler of sig (SIG_DFL 0, SIG_IGN 1, None or a callable)
 * and setting it with its C disposition (-1 with OSError pending). */
typedef enum TrSigAction { TR_SIG_DEFAULT, TR_SIG_IGNORE, TR_SIG_PYTHON } TrSigAction;
TrValue tr_signal_get_handler(int sig);
int tr_signal_set_handler(int sig, TrValue handler, TrSigAction action);

/* The signals a Python program may handle: the thread that does not run the
 * program blocks them so that they interrupt the program's system calls. */
void tr_signal_block_program_signals(int block);

/* The instruction budget: n units, one per poll and one per KiB allocated;
 * once spent, every further poll raises BudgetExhausted (it stays spent, so
 * code that catches it is interrupted again at the next back-edge or call).
 * n == 0 turns it off. */
void tr_budget_set(int64_t n);

/* Work done between polls that the budget must see (big-int arithmetic,
 * where one multiplication can take minutes): charge `units` before doing
 * it.  0 when the budget is off or not spent; -1 with BudgetExhausted. */
int tr_budget_charge(int64_t units);

/* At exit: after an uncaught KeyboardInterrupt the process ends the way
 * CPython's does, by SIGINT with the default action (the shell sees 130).
 * tr_signal_note_uncaught records one; tr_signal_exit_status either kills the
 * process or returns `status`. */
void tr_signal_note_uncaught_interrupt(void);
int tr_signal_exit_status(int status);

#endif
