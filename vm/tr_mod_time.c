/* tr_mod_time.c — the `time` module: clocks, sleep, and calendar time
 * (struct_time, gmtime/localtime/mktime, strftime/asctime/ctime over the C
 * library).  Each clock is a row of one table (name, POSIX clock, float
 * seconds or int nanoseconds). */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
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

/* ---- calendar time: struct_time, gmtime/localtime/mktime, strftime ------- */

static TrType *struct_time_type;

static TrValue struct_time(const struct tm *tm) {
    TrValue f[11] = {tr_int(tm->tm_year + 1900), tr_int(tm->tm_mon + 1), tr_int(tm->tm_mday),
                     tr_int(tm->tm_hour),        tr_int(tm->tm_min),     tr_int(tm->tm_sec),
                     tr_int((tm->tm_wday + 6) % 7), tr_int(tm->tm_yday + 1), tr_int(tm->tm_isdst),
                     tr_str_value(tm->tm_zone ? tm->tm_zone : ""), tr_int(tm->tm_gmtoff)};
    return tr_structseq_new(struct_time_type, f);
}

/* The seconds argument of gmtime/localtime/ctime: None or absent is now. */
static int seconds_arg(const char *fname, TrValue *args, int nargs, TrTuple *kw, time_t *out) {
    if (tr_check_args(fname, nargs, kw, 0, 1) < 0) return -1;
    if (nargs == 0 || TR_IS_NONE(args[0])) {
        *out = time(NULL);
        return 0;
    }
    double d;
    if (!tr_is_int(args[0]) && !TR_IS_FLOAT(args[0])) {
        tr_raise(tr_TypeError, "'%s' object cannot be interpreted as an integer", tr_type_name(args[0]));
        return -1;
    }
    if (tr_number_to_double(args[0], &d) < 0) return -1;
    if (isnan(d)) {
        tr_raise(tr_ValueError, "Invalid value NaN (not a number)");
        return -1;
    }
    if (!(d >= -0x1p62 && d < 0x1p62)) {
        tr_raise(tr_OverflowError, "timestamp out of range for platform time_t");
        return -1;
    }
    *out = (time_t)floor(d);
    return 0;
}

static TrValue convert_time(const char *fname, struct tm *(*fn)(const time_t *, struct tm *),
                            TrValue *args, int nargs, TrTuple *kw) {
    time_t t;
    struct tm tm;
    if (seconds_arg(fname, args, nargs, kw, &t) < 0) return TR_ERR;
    if (!fn(&t, &tm)) return tr_raise_oserror(errno ? errno : EOVERFLOW, NULL);
    return struct_time(&tm);
}
static TrValue t_gmtime(TrValue *a, int n, TrTuple *k) { return convert_time("gmtime", gmtime_r, a, n, k); }
static TrValue t_localtime(TrValue *a, int n, TrTuple *k) { return convert_time("localtime", localtime_r, a, n, k); }

/* A struct_time or any 9-item sequence as a struct tm (CPython's gettmarg). */
static int tm_arg(const char *fname, TrValue v, struct tm *tm) {
    TrTuple *t = tr_tuple_from_iterable(v);
    if (!t) return -1;
    if (t->len != 9) {
        tr_raise(tr_TypeError, "%s(): illegal time tuple argument", fname);
        return -1;
    }
    int64_t f[9];
    for (int i = 0; i < 9; i++)
        if (tr_index_value(t->items[i], &f[i]) < 0) return -1;
    memset(tm, 0, sizeof *tm);
    tm->tm_year = (int)(f[0] - 1900);
    tm->tm_mon = (int)f[1] - 1;
    tm->tm_mday = (int)f[2];
    tm->tm_hour = (int)f[3];
    tm->tm_min = (int)f[4];
    tm->tm_sec = (int)f[5];
    tm->tm_wday = (int)((f[6] + 1) % 7);
    tm->tm_yday = (int)f[7] - 1;
    tm->tm_isdst = (int)f[8];
    return 0;
}

/* The optional struct_time argument: localtime() when absent. */
static int tm_arg_or_now(const char *fname, TrValue *args, int nargs, int at, struct tm *tm) {
    if (nargs > at) return tm_arg(fname, args[at], tm);
    time_t now = time(NULL);
    localtime_r(&now, tm);
    return 0;
}

static TrValue t_mktime(TrValue *args, int nargs, TrTuple *kw) {
    if (tr_check_args("mktime", nargs, kw, 1, 1) < 0) return TR_ERR;
    struct tm tm;
    if (tm_arg("mktime", args[0], &tm) < 0) return TR_ERR;
    tm.tm_wday = -1; /* mktime() leaves it alone on failure */
    time_t t = mktime(&tm);
    if (t == (time_t)-1 && tm.tm_wday == -1) return tr_raise(tr_OverflowError, "mktime argument out of range");
    return tr_float((double)t);
}

static TrValue t_strftime(TrValue *args, int nargs, TrTuple *kw) {
    if (tr_check_args("strftime", nargs, kw, 1, 2) < 0) return TR_ERR;
    if (!tr_is_type(args[0], &tr_str_type))
        return tr_raise(tr_TypeError, "strftime() argument 1 must be str, not %s", tr_type_name(args[0]));
    struct tm tm;
    if (tm_arg_or_now("strftime", args, nargs, 1, &tm) < 0) return TR_ERR;
    if (tm.tm_mon < 0) tm.tm_mon = 0; /* CPython accepts 0 for the unknown month and day */
    if (tm.tm_mday == 0) tm.tm_mday = 1;
    if (tm.tm_mon > 11) return tr_raise(tr_ValueError, "month out of range");
    const char *fmt = TR_AS(TrStr, args[0])->data;
    if (!*fmt) return tr_str_value("");
    for (size_t cap = 256;; cap *= 2) {
        char *buf = tr_alloc_atomic(cap);
        size_t n = strftime(buf, cap, fmt, &tm);
        if (n > 0 || cap > 256 * strlen(fmt)) return tr_obj(tr_str_new(buf, (int64_t)n));
    }
}

static TrValue format_asctime(const struct tm *tm) {
    static const char *const days[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    char buf[64];
    snprintf(buf, sizeof buf, "%s %s%3d %.2d:%.2d:%.2d %d", days[((tm->tm_wday % 7) + 7) % 7],
             months[((tm->tm_mon % 12) + 12) % 12], tm->tm_mday, tm->tm_hour, tm->tm_min,
             tm->tm_sec, 1900 + tm->tm_year);
    return tr_str_value(buf);
}

static TrValue t_asctime(TrValue *args, int nargs, TrTuple *kw) {
    if (tr_check_args("asctime", nargs, kw, 0, 1) < 0) return TR_ERR;
    struct tm tm;
    if (tm_arg_or_now("asctime", args, nargs, 0, &tm) < 0) return TR_ERR;
    return format_asctime(&tm);
}

static TrValue t_ctime(TrValue *args, int nargs, TrTuple *kw) {
    time_t t;
    struct tm tm;
    if (seconds_arg("ctime", args, nargs, kw, &t) < 0) return TR_ERR;
    if (!localtime_r(&t, &tm)) return tr_raise(tr_OverflowError, "timestamp out of range for platform time_t");
    return format_asctime(&tm);
}

static const TrMethodDef time_functions[] = {
    {"sleep", t_sleep, 0},       {"gmtime", t_gmtime, 0},     {"localtime", t_localtime, 0},
    {"mktime", t_mktime, 0},     {"strftime", t_strftime, 0}, {"asctime", t_asctime, 0},
    {"ctime", t_ctime, 0},
    {NULL, NULL, 0},
};

static void add_struct_time(TrModule *m) {
    static const char *const fields[] = {"tm_year", "tm_mon",  "tm_mday", "tm_hour",
                                         "tm_min",  "tm_sec",  "tm_wday", "tm_yday",
                                         "tm_isdst", "tm_zone", "tm_gmtoff"};
    struct_time_type = tr_structseq_type("struct_time", "time.struct_time", fields, 11, 9);
    tr_module_add(m, "struct_time", tr_obj(struct_time_type));
    tzset();
    tr_module_add(m, "timezone", tr_int(timezone));
    tr_module_add(m, "daylight", tr_int(daylight));
    TrValue names[2] = {tr_str_value(tzname[0]), tr_str_value(tzname[1])};
    tr_module_add(m, "tzname", tr_obj(tr_tuple_from(names, 2)));
}

TrModule *tr_module_init_time(void) {
    TrModule *m = tr_module_new("time");
    tr_module_add_functions(m, time_functions);
    add_struct_time(m);
    for (int i = 0; i < NCLOCKS; i++)
        tr_module_add(m, clocks[i].name, tr_native_new(clocks[i].name, clock_fns[i], NULL, 0));
    return m;
}
