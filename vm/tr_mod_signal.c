/* tr_mod_signal.c — the `signal` module: Python handlers for signals.
 *
 * The machinery (C handler, the handler table, polling) is tr_signal.c; this
 * file is CPython's Python-facing API over it, with CPython's argument checks
 * and messages.  Signal numbers are plain ints here (CPython 3.11 wraps them
 * in the Signals IntEnum, whose str() is the same number; only repr differs),
 * and handlers receive None as their frame argument. */
#include <errno.h>
#include <string.h>
#include <sys/time.h>
#include <unistd.h>

#include "tr_module.h"
#include "tr_signal.h"

/* X(name): the signals that get a module constant. */
#define TR_SIGNAL_NAMES(X)                                                                  \
    X(SIGHUP) X(SIGINT) X(SIGQUIT) X(SIGILL) X(SIGTRAP) X(SIGABRT) X(SIGIOT) X(SIGBUS)      \
    X(SIGFPE) X(SIGKILL) X(SIGUSR1) X(SIGSEGV) X(SIGUSR2) X(SIGPIPE) X(SIGALRM) X(SIGTERM)  \
    X(SIGCHLD) X(SIGCONT) X(SIGSTOP) X(SIGTSTP) X(SIGTTIN) X(SIGTTOU) X(SIGURG) X(SIGXCPU)  \
    X(SIGXFSZ) X(SIGVTALRM) X(SIGPROF) X(SIGWINCH) X(SIGIO) X(SIGPOLL) X(SIGPWR) X(SIGSYS)

static TrValue default_int_handler;

static TrValue s_default_int_handler(TrValue *args, int nargs, TrTuple *kw) {
    (void)args;
    if (nargs != 2 || kw)
        return tr_raise(tr_TypeError, "default_int_handler expected 2 arguments, got %d", nargs);
    return tr_raise_value(tr_exc_new(tr_KeyboardInterrupt, NULL, 0));
}

/* The signal number argument: 1 <= n < NSIG. */
static int signum_arg(TrValue v, int *out) {
    int64_t n;
    if (tr_index_value(v, &n) < 0) return -1;
    if (n < 1 || n >= NSIG) {
        tr_raise(tr_ValueError, "signal number out of range");
        return -1;
    }
    *out = (int)n;
    return 0;
}

static TrValue s_signal(TrValue *args, int nargs, TrTuple *kw) {
    if (tr_check_args("signal", nargs, kw, 2, 2) < 0) return TR_ERR;
    int sig;
    if (signum_arg(args[0], &sig) < 0) return TR_ERR;
    TrValue h = args[1];
    TrSigAction action = TR_SIG_PYTHON;
    int is_ign = tr_eq(h, tr_int(1)), is_dfl = is_ign ? 0 : tr_eq(h, tr_int(0));
    if (is_ign < 0 || is_dfl < 0) return TR_ERR;
    if (is_ign) action = TR_SIG_IGNORE;
    else if (is_dfl) action = TR_SIG_DEFAULT;
    else if (!tr_is_callable(h))
        return tr_raise(tr_TypeError, "signal handler must be signal.SIG_IGN, signal.SIG_DFL, "
                                      "or a callable object");
    TrValue old = tr_signal_get_handler(sig);
    if (tr_signal_set_handler(sig, h, action) < 0) return TR_ERR;
    return old;
}

static TrValue s_getsignal(TrValue *args, int nargs, TrTuple *kw) {
    if (tr_check_args("getsignal", nargs, kw, 1, 1) < 0) return TR_ERR;
    int sig;
    if (signum_arg(args[0], &sig) < 0) return TR_ERR;
    return tr_signal_get_handler(sig);
}

static TrValue s_raise_signal(TrValue *args, int nargs, TrTuple *kw) {
    if (tr_check_args("raise_signal", nargs, kw, 1, 1) < 0) return TR_ERR;
    int sig;
    if (signum_arg(args[0], &sig) < 0) return TR_ERR;
    if (raise(sig) != 0) return tr_raise_oserror(errno, NULL);
    /* as CPython: the handler runs before raise_signal returns */
    if (tr_signal_check() < 0) return TR_ERR;
    return tr_none();
}

static TrValue s_alarm(TrValue *args, int nargs, TrTuple *kw) {
    if (tr_check_args("alarm", nargs, kw, 1, 1) < 0) return TR_ERR;
    int64_t secs;
    if (tr_index_value(args[0], &secs) < 0) return TR_ERR;
    return tr_int(alarm((unsigned)secs));
}

static TrValue s_pause(TrValue *args, int nargs, TrTuple *kw) {
    (void)args;
    if (tr_check_args("pause", nargs, kw, 0, 0) < 0) return TR_ERR;
    pause();
    if (tr_signal_check() < 0) return TR_ERR;
    return tr_none();
}

static double tv_seconds(struct timeval tv) { return (double)tv.tv_sec + (double)tv.tv_usec * 1e-6; }

static TrValue itimer_tuple(const struct itimerval *v) {
    TrValue items[2] = {tr_float(tv_seconds(v->it_value)), tr_float(tv_seconds(v->it_interval))};
    return tr_obj(tr_tuple_from(items, 2));
}

static int seconds_arg(TrValue v, struct timeval *out) {
    double d;
    if (tr_number_to_double(v, &d) < 0) return -1;
    if (d < 0) d = 0;
    out->tv_sec = (time_t)d;
    out->tv_usec = (suseconds_t)((d - (double)out->tv_sec) * 1e6);
    if (out->tv_sec == 0 && out->tv_usec == 0 && d > 0) out->tv_usec = 1; /* don't disarm */
    return 0;
}

static TrValue s_setitimer(TrValue *args, int nargs, TrTuple *kw) {
    if (tr_check_args("setitimer", nargs, kw, 2, 3) < 0) return TR_ERR;
    int64_t which;
    if (tr_index_value(args[0], &which) < 0) return TR_ERR;
    struct itimerval nv, old;
    memset(&nv, 0, sizeof nv);
    if (seconds_arg(args[1], &nv.it_value) < 0) return TR_ERR;
    if (nargs == 3 && seconds_arg(args[2], &nv.it_interval) < 0) return TR_ERR;
    if (setitimer((int)which, &nv, &old) < 0) return tr_raise_oserror(errno, NULL);
    return itimer_tuple(&old);
}

static TrValue s_getitimer(TrValue *args, int nargs, TrTuple *kw) {
    if (tr_check_args("getitimer", nargs, kw, 1, 1) < 0) return TR_ERR;
    int64_t which;
    if (tr_index_value(args[0], &which) < 0) return TR_ERR;
    struct itimerval cur;
    if (getitimer((int)which, &cur) < 0) return tr_raise_oserror(errno, NULL);
    return itimer_tuple(&cur);
}

static TrValue s_strsignal(TrValue *args, int nargs, TrTuple *kw) {
    if (tr_check_args("strsignal", nargs, kw, 1, 1) < 0) return TR_ERR;
    int sig;
    if (signum_arg(args[0], &sig) < 0) return TR_ERR;
    const char *s = sigdescr_np(sig);
    return s ? tr_str_value(s) : tr_none();
}

static TrValue s_valid_signals(TrValue *args, int nargs, TrTuple *kw) {
    (void)args;
    if (tr_check_args("valid_signals", nargs, kw, 0, 0) < 0) return TR_ERR;
    sigset_t all;
    sigfillset(&all);
    TrSet *s = tr_set_new(&tr_set_type);
    for (int sig = 1; sig < NSIG; sig++)
        if (sigismember(&all, sig) == 1 && tr_set_add(s, tr_int(sig)) < 0) return TR_ERR;
    return tr_obj(s);
}

static const TrMethodDef signal_functions[] = {
    {"signal", s_signal, 0},         {"getsignal", s_getsignal, 0},
    {"raise_signal", s_raise_signal, 0}, {"alarm", s_alarm, 0},
    {"pause", s_pause, 0},           {"setitimer", s_setitimer, 0},
    {"getitimer", s_getitimer, 0},   {"strsignal", s_strsignal, 0},
    {"valid_signals", s_valid_signals, 0},
    {NULL, NULL, 0},
};

void tr_init_signals(void) {
    default_int_handler = tr_native_new("default_int_handler", s_default_int_handler, NULL, 0);
    tr_signal_init(default_int_handler);
}

TrModule *tr_module_init_signal(void) {
    TrModule *m = tr_module_new("signal");
    tr_module_add_functions(m, signal_functions);
    tr_module_add(m, "default_int_handler", default_int_handler);
    tr_module_add(m, "SIG_DFL", tr_int(0));
    tr_module_add(m, "SIG_IGN", tr_int(1));
    tr_module_add(m, "NSIG", tr_int(NSIG));
    tr_module_add(m, "ITIMER_REAL", tr_int(ITIMER_REAL));
    tr_module_add(m, "ITIMER_VIRTUAL", tr_int(ITIMER_VIRTUAL));
    tr_module_add(m, "ITIMER_PROF", tr_int(ITIMER_PROF));
#define TR_SIG_CONST(name) tr_module_add(m, #name, tr_int(name));
    TR_SIGNAL_NAMES(TR_SIG_CONST)
#undef TR_SIG_CONST
    return m;
}
