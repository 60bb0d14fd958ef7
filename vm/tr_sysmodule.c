/* tr_sysmodule.c — the `sys` module.
 *
 * Holds the interpreter-wide state programs look at: argv, the standard
 * streams, sys.modules, the recursion limit, version information. */
#include <float.h>
#include <string.h>

#include "tr_io.h"
#include "tr_module.h"

TrModule *tr_sys_module;
static TrList *sys_argv;

void tr_sys_set_argv(int argc, char **argv) {
    sys_argv = tr_list_new(0);
    for (int i = 0; i < argc; i++) tr_list_append(sys_argv, tr_str_value(argv[i]));
    if (argc == 0) tr_list_append(sys_argv, tr_str_value(""));
}

static TrValue sys_exit(TrValue *args, int nargs, TrTuple *kwnames) {
    if (tr_check_args("exit", nargs, kwnames, 0, 1) < 0) return TR_ERR;
    /* PyErr_SetObject's rule: None means no arguments, a tuple is the args */
    TrValue code = nargs ? args[0] : tr_none();
    TrValue e;
    if (TR_IS_NONE(code)) e = tr_exc_new(tr_SystemExit, NULL, 0);
    else if (tr_is_type(code, &tr_tuple_type))
        e = tr_exc_new(tr_SystemExit, TR_AS(TrTuple, code)->items, (int)TR_AS(TrTuple, code)->len);
    else e = tr_exc_new(tr_SystemExit, &code, 1);
    return tr_raise_value(e);
}

static TrValue sys_getrecursionlimit(TrValue *args, int nargs, TrTuple *kwnames) {
    (void)args;
    if (tr_check_args("getrecursionlimit", nargs, kwnames, 0, 0) < 0) return TR_ERR;
    return tr_int(tr_ts.recursion_limit);
}

static TrValue sys_setrecursionlimit(TrValue *args, int nargs, TrTuple *kwnames) {
    if (tr_check_args("setrecursionlimit", nargs, kwnames, 1, 1) < 0) return TR_ERR;
    if (!TR_IS_INT(args[0]))
        return tr_raise(tr_TypeError, "'%s' object cannot be interpreted as an integer",
                        tr_type_name(args[0]));
    int64_t n = args[0].u.i;
    if (n < 1) return tr_raise(tr_ValueError, "recursion limit must be greater or equal than 1");
    int depth = tr_ts.depth + 1; /* CPython counts this builtin's own call too */
    if (n <= depth)
        return tr_raise(tr_RecursionError,
                        "cannot set the recursion limit to %lld at the recursion depth %d: the limit is too low",
                        (long long)n, depth);
    tr_ts.recursion_limit = n > 1000000000 ? 1000000000 : (int)n;
    return tr_none();
}

static TrValue sys_intern(TrValue *args, int nargs, TrTuple *kwnames) {
    if (tr_check_args("intern", nargs, kwnames, 1, 1) < 0) return TR_ERR;
    if (!tr_is_type(args[0], &tr_str_type))
        return tr_raise(tr_TypeError, "intern() argument must be str, not %s", tr_type_name(args[0]));
    return tr_obj(tr_str_intern_str(TR_AS(TrStr, args[0])));
}

static TrValue sys_exc_info(TrValue *args, int nargs, TrTuple *kwnames) {
    (void)args;
    if (tr_check_args("exc_info", nargs, kwnames, 0, 0) < 0) return TR_ERR;
    TrValue e = tr_ts.handled;
    TrValue items[3] = {tr_none(), tr_none(), tr_none()};
    if (!TR_IS_UNDEF(e)) {
        items[0] = tr_obj(tr_typeof(e));
        items[1] = e;
        items[2] = tr_getattr_cstr(e, "__traceback__");
        if (TR_IS_UNDEF(items[2])) return TR_ERR;
    }
    return tr_obj(tr_tuple_from(items, 3));
}

static TrValue sys_getdefaultencoding(TrValue *args, int nargs, TrTuple *kwnames) {
    (void)args;
    if (tr_check_args("getdefaultencoding", nargs, kwnames, 0, 0) < 0) return TR_ERR;
    return tr_str_value("utf-8");
}

/* sys.exception() (3.11): the exception being handled, or None. */
static TrValue sys_exception(TrValue *args, int nargs, TrTuple *kwnames) {
    (void)args;
    if (tr_check_args("exception", nargs, kwnames, 0, 0) < 0) return TR_ERR;
    return TR_IS_UNDEF(tr_ts.handled) ? tr_none() : tr_ts.handled;
}

static const TrMethodDef sys_functions[] = {
    {"exit", sys_exit, 0},
    {"getrecursionlimit", sys_getrecursionlimit, 0},
    {"setrecursionlimit", sys_setrecursionlimit, 0},
    {"intern", sys_intern, 0},
    {"exc_info", sys_exc_info, 0},
    {"getdefaultencoding", sys_getdefaultencoding, 0},
    {"getfilesystemencoding", sys_getdefaultencoding, 0},
    {"exception", sys_exception, 0},
    {NULL, NULL, 0},
};

static void add_version_info(TrModule *m) {
    static const char *const fields[] = {"major", "minor", "micro", "releaselevel", "serial"};
    TrType *t = tr_structseq_type("version_info", "sys.version_info", fields, 5, 5);
    TrValue vi[5] = {tr_int(3), tr_int(11), tr_int(0), tr_str_value("final"), tr_int(0)};
    tr_module_add(m, "version_info", tr_structseq_new(t, vi));
}

static void add_float_info(TrModule *m) {
    static const char *const fields[] = {"max", "max_exp", "max_10_exp", "min", "min_exp",
                                         "min_10_exp", "dig", "mant_dig", "epsilon", "radix",
                                         "rounds"};
    TrType *t = tr_structseq_type("float_info", "sys.float_info", fields, 11, 11);
    TrValue fi[11] = {tr_float(DBL_MAX), tr_int(DBL_MAX_EXP), tr_int(DBL_MAX_10_EXP),
                      tr_float(DBL_MIN), tr_int(DBL_MIN_EXP), tr_int(DBL_MIN_10_EXP),
                      tr_int(DBL_DIG), tr_int(DBL_MANT_DIG), tr_float(DBL_EPSILON),
                      tr_int(FLT_RADIX), tr_int(FLT_ROUNDS)};
    tr_module_add(m, "float_info", tr_structseq_new(t, fi));
}

TrModule *tr_module_init_sys(void) {
    if (tr_sys_module) return tr_sys_module;
    TrModule *m = tr_module_new("sys");
    tr_module_add_functions(m, sys_functions);
    tr_module_add(m, "argv", tr_obj(sys_argv ? sys_argv : tr_list_new(0)));
    tr_module_add(m, "stdout", tr_sys_stdout);
    tr_module_add(m, "stderr", tr_sys_stderr);
    tr_module_add(m, "stdin", tr_sys_stdin);
    tr_module_add(m, "__stdout__", tr_sys_stdout);
    tr_module_add(m, "__stderr__", tr_sys_stderr);
    tr_module_add(m, "__stdin__", tr_sys_stdin);
    tr_module_add(m, "modules", tr_obj(tr_sys_modules));
    tr_module_add(m, "path", tr_obj(tr_list_new(0)));
    tr_module_add(m, "maxsize", tr_int(INT64_MAX));
    tr_module_add(m, "byteorder", tr_str_value("little"));
    tr_module_add(m, "platform", tr_str_value("linux"));
    tr_module_add(m, "implementation_name", tr_str_value("tauraro"));
    tr_module_add(m, "version", tr_str_value("3.11.0 (tauraro 0.1.0)"));
    add_version_info(m);
    add_float_info(m);
    tr_module_add(m, "hexversion", tr_int(0x030B00F0));
    tr_module_add(m, "float_repr_style", tr_str_value("short"));
    tr_module_add(m, "executable", tr_str_value("tauraro"));
    tr_sys_module = m;
    return m;
}

/* sys.stdout as the program sees it now (it may have been reassigned). */
TrValue tr_sys_current_stdout(void) {
    if (!tr_sys_module) return tr_sys_stdout;
    TrValue v = tr_dict_get_cstr(tr_sys_module->dict, "stdout");
    return TR_IS_UNDEF(v) ? tr_sys_stdout : v;
}
