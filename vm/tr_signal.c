/* tr_signal.c — signals and the instruction budget, as running code sees them.
 *
 * The C handler records the signal in `tripped` and raises tr_eval_breaker;
 * nothing else is safe in a signal handler.  The interpreter's polls
 * (tr_signal.h) end up in tr_eval_break, which calls the Python handler of
 * each recorded signal in the program's thread, between two instructions, as
 * CPython does.  Handlers are installed without SA_RESTART so that a blocking
 * system call returns EINTR; the blocking primitives then run the handlers
 * (tr_signal_check) and either raise or resume (PEP 475).
 *
 * The Python side (handler table, the `signal` module) is tr_mod_signal.c;
 * this file owns only what the handler, the polls and the exit path share. */
#define GC_THREADS
#include <errno.h>
#include <gc.h>
#include <pthread.h>
#include <string.h>
#include <unistd.h>

#include "tr_signal.h"
#include "tr_vm.h"

volatile sig_atomic_t tr_eval_breaker;
static volatile sig_atomic_t tripped[NSIG];
static volatile sig_atomic_t any_tripped;

static bool budget_on;
static int64_t budget_left;
static size_t budget_bytes; /* the collector's allocation count at the last charge */
static bool unhandled_interrupt;

/* The Python-level handler of each signal: SIG_DFL (0), SIG_IGN (1), None
 * (a handler not installed by Python) or a callable.  In static storage, so
 * the collector scans it. */
static TrValue handlers[NSIG];

static void c_handler(int sig) {
    int saved = errno;
    if (sig > 0 && sig < NSIG) tripped[sig] = 1;
    any_tripped = 1;
    tr_eval_breaker = 1;
    errno = saved;
}

int tr_signal_check(void) {
    if (!any_tripped) return 0;
    any_tripped = 0;
    for (int sig = 1; sig < NSIG; sig++) {
        if (!tripped[sig]) continue;
        tripped[sig] = 0;
        TrValue h = handlers[sig];
        if (!tr_is_callable(h)) continue; /* SIG_IGN/SIG_DFL set since it arrived */
        TrValue r = tr_call2(h, tr_int(sig), tr_none());
        if (TR_IS_UNDEF(r)) {
            /* the other recorded signals wait for the next poll */
            any_tripped = 1;
            tr_eval_breaker = 1;
            return -1;
        }
    }
    return 0;
}

/* One unit per poll, plus one per KiB allocated since the last poll, so
 * that a loop growing a huge int or string ends as soon as a plain one. */
static int charge_budget(void) {
    size_t total = GC_get_total_bytes();
    budget_left -= 1 + (int64_t)((total - budget_bytes) >> 10);
    budget_bytes = total;
    return budget_left >= 0 ? 0 : -1;
}

static void budget_spent(void) {
    budget_left = 0;
    tr_raise(tr_BudgetExhausted, "instruction budget exhausted");
}

int tr_budget_charge(int64_t units) {
    if (!budget_on || units <= 0) return 0;
    if (units <= budget_left) {
        budget_left -= units;
        return 0;
    }
    budget_spent();
    return -1;
}

int tr_eval_break(void) {
    tr_eval_breaker = budget_on; /* before the checks: a signal arriving now re-arms it */
    if (budget_on && charge_budget() < 0) {
        budget_spent();
        return -1;
    }
    return tr_signal_check();
}

void tr_budget_set(int64_t n) {
    budget_on = n > 0;
    budget_left = n;
    budget_bytes = GC_get_total_bytes();
    tr_eval_breaker = budget_on || any_tripped;
}

int tr_getc_intr(FILE *fp) {
    for (;;) {
        int c = getc(fp);
        if (c != EOF || !ferror(fp) || errno != EINTR) return c;
        clearerr(fp);
        if (tr_signal_check() < 0) return -2;
    }
}

/* ---- the handler table -------------------------------------------------- */

TrValue tr_signal_get_handler(int sig) { return handlers[sig]; }

int tr_signal_set_handler(int sig, TrValue h, TrSigAction action) {
    if (sig == GC_get_suspend_signal() || sig == GC_get_thr_restart_signal()) {
        tr_raise_oserror(EINVAL, NULL); /* the collector's own: taking it would hang the GC */
        return -1;
    }
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_ONSTACK; /* no SA_RESTART: blocking calls see EINTR */
    sa.sa_handler = action == TR_SIG_DEFAULT ? SIG_DFL : action == TR_SIG_IGNORE ? SIG_IGN : c_handler;
    if (sigaction(sig, &sa, NULL) < 0) {
        tr_raise_oserror(errno, NULL);
        return -1;
    }
    handlers[sig] = h;
    return 0;
}

/* ---- start-up and exit -------------------------------------------------- */

void tr_signal_init(TrValue default_int_handler) {
    for (int sig = 1; sig < NSIG; sig++) {
        struct sigaction cur;
        if (sigaction(sig, NULL, &cur) < 0) continue;
        handlers[sig] = cur.sa_handler == SIG_DFL   ? tr_int(0)
                        : cur.sa_handler == SIG_IGN ? tr_int(1)
                                                    : tr_none();
    }
    /* as CPython: a failed write to a closed pipe or a too big file is an
     * OSError (BrokenPipeError, EFBIG), not death by signal */
    signal(SIGPIPE, SIG_IGN);
    signal(SIGXFSZ, SIG_IGN);
    handlers[SIGPIPE] = handlers[SIGXFSZ] = tr_int(1);
    /* ^C raises KeyboardInterrupt, unless whoever started us ignores it */
    if (TR_IS_INT(handlers[SIGINT]) && handlers[SIGINT].u.i == 0)
        tr_signal_set_handler(SIGINT, default_int_handler, TR_SIG_PYTHON);
}

/* Every signal except the collector's and the synchronous ones (a fault in
 * the thread that caused it must stay deliverable there). */
static void program_signals(sigset_t *set) {
    sigemptyset(set);
    for (int sig = 1; sig < NSIG; sig++) {
        if (sig == SIGSEGV || sig == SIGBUS || sig == SIGFPE || sig == SIGILL ||
            sig == SIGTRAP || sig == SIGABRT || sig == SIGSYS || sig == SIGKILL || sig == SIGSTOP)
            continue;
        if (sig == GC_get_suspend_signal() || sig == GC_get_thr_restart_signal()) continue;
        sigaddset(set, sig);
    }
}

void tr_signal_block_program_signals(int block) {
    sigset_t set;
    program_signals(&set);
    pthread_sigmask(block ? SIG_BLOCK : SIG_UNBLOCK, &set, NULL);
}

void tr_signal_note_uncaught_interrupt(void) { unhandled_interrupt = true; }

int tr_signal_exit_status(int status) {
    if (!unhandled_interrupt) return status;
    /* CPython's exit_sigint: let the caller (a shell) see that ^C ended us */
    signal(SIGINT, SIG_DFL);
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    pthread_sigmask(SIG_UNBLOCK, &set, NULL);
    kill(getpid(), SIGINT);
    return 130;
}
