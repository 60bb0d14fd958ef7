/* tr_mod_time.c — the `time` module: clocks and sleep.  Each clock is a row
 * of one table (name, POSIX clock, float seconds or int nanoseconds). */
#include <errno.h>
#include <math.h>
#include <time.h>

#include "tr_module.h"
#include "tr_signal.h"

static const struct { const char *name; clockid_t clock; bool ns; } clocks[] = {
    {"time", CLOCK_REALTIME, false},         {"time_ns", CLOCK_REALTIME, true},
    {"perf_counter", CLOCK_MONOTONIC, false}, {"perf_counter_ns", CLOCK_MONOTONIC, true},
    {"monotonic", CLOCK_MONOTONIC, false},   {"monotonic_ns", CLOCK_MONOTONIC, true},
    {"process_time", CLOCK_PROCESS_CPUTIME_ID, false},
    {"process_time_ns", CLOCK_PROCESS_CPUTIME_ID, true},
};
enum { NCLOCKS = sizeof clocks / sizeof clocks[0] };

static TrValue read_clock(int i, int nargs, TrTuple *kw) {
    if (tr_check_args(clocks[i].name, nargs, kw, 0, 0) < 0) return TR_ERR;
    struct timespec ts;
    clock_gettime(clocks[i].clock, &ts);
    if (clocks[i].ns) return tr_int((int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec);
    return tr_float((double)ts.tv_sec + (double)ts.tv_nsec * 1e-9);
}
#define CLOCK_FN(i) \
    static TrValue c##i(TrValue *a, int n, TrTuple *k) { (void)a; return read_clock(i, n, k); }
CLOCK_FN(0) CLOCK_FN(1) CLOCK_FN(2) CLOCK_FN(3) CLOCK_FN(4) CLOCK_FN(5) CLOCK_FN(6) CLOCK_FN(7)
#undef CLOCK_FN
static const TrNativeFn clock_fns[NCLOCKS] = {c0, c1, c2, c3, c4, c5, c6, c7};

static TrValue t_sleep(TrValue *args, int nargs, TrTuple *kw) {
    if (tr_check_args("sleep", nargs, kw, 1, 1) < 0) return TR_ERR;
    double s;
    if (!tr_is_int(args[0]) && !TR_IS_FLOAT(args[0]))
        return tr_raise(tr_TypeError, "'%s' object cannot be interpreted as an integer",
                        tr_typeof(args[0])->name);
    if (tr_number_to_double(args[0], &s) < 0) return TR_ERR;
    if (s < 0) return tr_raise(tr_ValueError, "sleep length must be non-negative");
    if (isnan(s)) return tr_raise(tr_ValueError, "Invalid value NaN (not a number)");
    if (s > 9.2e9) return tr_raise(tr_OverflowError, "timestamp too large to convert to C _PyTime_t");
    struct timespec ts = {(time_t)s, (long)((s - floor(s)) * 1e9)};
    /* PEP 475: an interrupted sleep runs the signal handlers, then sleeps
     * the rest unless one raised */
    while (nanosleep(&ts, &ts) < 0 && errno == EINTR)
        if (tr_signal_check() < 0) return TR_ERR;
    return tr_none();
}

static const TrMethodDef time_functions[] = {
    {"sleep", t_sleep, 0},
    {NULL, NULL, 0},
};

TrModule *tr_module_init_time(void) {
    TrModule *m = tr_module_new("time");
    tr_module_add_functions(m, time_functions);
    for (int i = 0; i < NCLOCKS; i++)
        tr_module_add(m, clocks[i].name, tr_native_new(clocks[i].name, clock_fns[i], NULL, 0));
    return m;
}
