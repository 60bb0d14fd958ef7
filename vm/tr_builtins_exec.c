/* tr_builtins_exec.c — compile(), exec(), eval() and the interactive echo.
 *
 * They reach the frontend through tr_source_compiler, the hook the driver
 * installs (the runtime library does not link the compiler).  Code runs in
 * the caller's globals unless a dict is given.  Module-level code reads and
 * writes names in its globals dict, so a separate `locals` mapping is
 * emulated: the code runs in a merged copy and the names it bound are
 * written back to `locals`, which is what programs observe for the common
 * exec(src, {}, ns) and eval(expr, None, {"x": 1}) patterns. */
#include <string.h>

#include "tr_builtins.h"
#include "tr_interp.h"
#include "tr_iters.h"
#include "tr_module.h"

static const char *const mode_names[] = {"exec", "single", "eval"};

static int parse_mode(TrValue v) {
    if (tr_is_type(v, &tr_str_type))
        for (int i = 0; i < 3; i++)
            if (!strcmp(TR_AS(TrStr, v)->data, mode_names[i])) return i;
    tr_raise(tr_ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
    return -1;
}

/* Source (str or bytes) or a code object to a code object. */
static TrCode *to_code(const char *fname, TrValue src, const char *filename, int mode) {
    if (tr_is_type(src, &tr_code_type)) return TR_AS(TrCode, src);
    const char *data;
    int64_t len;
    if (tr_is_type(src, &tr_str_type)) {
        data = TR_AS(TrStr, src)->data;
        len = TR_AS(TrStr, src)->len;
    } else if (tr_is_type(src, &tr_bytes_type)) {
        data = (const char *)TR_AS(TrBytes, src)->data;
        len = TR_AS(TrBytes, src)->len;
    } else {
        tr_raise(tr_TypeError, "%s() arg 1 must be a string, bytes or code object", fname);
        return NULL;
    }
    if (memchr(data, 0, (size_t)len)) {
        tr_raise(tr_SyntaxError, "source code string cannot contain null bytes");
        return NULL;
    }
    if (!tr_source_compiler) {
        tr_raise(tr_RuntimeError, "%s(): this executable has no compiler", fname);
        return NULL;
    }
    if (mode == 2) { /* eval ignores leading spaces and tabs, as CPython */
        while (len > 0 && (*data == ' ' || *data == '\t')) data++, len--;
    }
    return tr_source_compiler(data, (size_t)len, filename, mode);
}

static TrValue bi_compile(TrValue *args, int nargs, TrTuple *kwnames) {
    TrValue src, filename, mode, flags, dont_inherit, optimize;
    TrValue *outs[] = {&src, &filename, &mode, &flags, &dont_inherit, &optimize};
    if (tr_parse_args("compile", args, nargs, kwnames,
                      "source,filename,mode|flags,dont_inherit,optimize", outs) < 0)
        return TR_ERR;
    int m = parse_mode(mode);
    if (m < 0) return TR_ERR;
    TrStr *fn = tr_to_str(filename);
    if (!fn) return TR_ERR;
    TrCode *code = to_code("compile", src, fn->data, m);
    return code ? tr_obj(code) : TR_ERR;
}

static TrDict *caller_globals(void) {
    return tr_ts.frame ? tr_ts.frame->globals : NULL;
}

/* Run code with the given globals and optional separate locals mapping. */
static TrValue run_in(TrCode *code, TrDict *globals, TrValue locals) {
    if (TR_IS_UNDEF(tr_dict_get_cstr(globals, "__builtins__"))) {
        TrValue b = tr_dict_get_cstr(tr_sys_modules, "builtins");
        if (!TR_IS_UNDEF(b)) tr_dict_set_str(globals, tr_str_intern("__builtins__"), b);
    }
    if (TR_IS_UNDEF(locals) || TR_IS_NONE(locals) ||
        (tr_is_type(locals, &tr_dict_type) && TR_AS(TrDict, locals) == globals))
        return tr_run_code(code, globals);
    TrDict *merged = tr_dict_copy(globals);
    if (tr_dict_update(merged, locals) < 0) return TR_ERR;
    TrValue r = tr_run_code(code, merged);
    if (TR_IS_UNDEF(r)) return TR_ERR;
    int64_t it = 0;
    TrValue k, v;
    while (tr_dict_next(merged, &it, &k, &v)) {
        TrValue g = tr_dict_get(globals, k);
        if (TR_IS_UNDEF(g) || !tr_same(g, v) || tr_contains(locals, k) == 1) {
            if (tr_setitem(locals, k, v) < 0) return TR_ERR;
        }
    }
    return r;
}

static TrValue exec_or_eval(const char *fname, int mode, TrValue *args, int nargs,
                            TrTuple *kwnames) {
    bool want_value = fname[1] == 'v'; /* eval, not exec */
    TrValue src, globals, locals;
    TrValue *outs[] = {&src, &globals, &locals};
    if (tr_parse_args(fname, args, nargs, kwnames, "source|globals,locals", outs) < 0)
        return TR_ERR;
    TrDict *g;
    if (TR_IS_UNDEF(globals) || TR_IS_NONE(globals)) {
        g = caller_globals();
        if (!g) return tr_raise(tr_RuntimeError, "%s(): no current frame", fname);
        /* as CPython: with neither mapping given, the caller's locals too */
        if (TR_IS_UNDEF(locals) || TR_IS_NONE(locals)) locals = tr_obj(tr_bi_current_locals());
    } else if (tr_is_type(globals, &tr_dict_type)) {
        g = TR_AS(TrDict, globals);
    } else {
        return tr_raise(tr_TypeError, "%s() globals must be a dict, not %s", fname,
                        tr_typeof(globals)->name);
    }
    if (!TR_IS_UNDEF(locals) && !TR_IS_NONE(locals) &&
        TR_IS_UNDEF(tr_getattr_opt(locals, tr_str_intern("__getitem__")))) {
        tr_exc_clear();
        return tr_raise(tr_TypeError, "locals must be a mapping");
    }
    const char *filename = "<string>";
    TrCode *code = to_code(fname, src, filename, mode);
    if (!code) return TR_ERR;
    TrValue r = run_in(code, g, locals);
    if (TR_IS_UNDEF(r)) return TR_ERR;
    return want_value ? r : tr_none();
}

static TrValue bi_exec(TrValue *args, int nargs, TrTuple *kwnames) {
    return exec_or_eval("exec", 0, args, nargs, kwnames);
}

static TrValue bi_eval(TrValue *args, int nargs, TrTuple *kwnames) {
    return exec_or_eval("eval", 2, args, nargs, kwnames);
}

/* The interactive echo (sys.displayhook): repr of a non-None value on
 * sys.stdout, remembered as builtins._ (the compiler calls it in 'single'
 * mode). */
static TrValue bi_displayhook(TrValue *args, int nargs, TrTuple *kwnames) {
    if (tr_check_args("displayhook", nargs, kwnames, 1, 1) < 0) return TR_ERR;
    if (TR_IS_NONE(args[0])) return tr_none();
    TrValue b = tr_dict_get_cstr(tr_sys_modules, "builtins");
    if (!TR_IS_UNDEF(b) && tr_setattr(b, tr_str_intern("_"), tr_none()) < 0) return TR_ERR;
    TrStr *r = tr_repr(args[0]);
    if (!r) return TR_ERR;
    TrValue out = tr_sys_current_stdout();
    if (tr_write_str(out, r) < 0 || tr_write_str(out, tr_str_from_cstr("\n")) < 0) return TR_ERR;
    if (!TR_IS_UNDEF(b) && tr_setattr(b, tr_str_intern("_"), args[0]) < 0) return TR_ERR;
    return tr_none();
}

static const TrMethodDef exec_builtins[] = {
    {"__displayhook__", bi_displayhook, 0},
    {"compile", bi_compile, 0},
    {"exec", bi_exec, 0},
    {"eval", bi_eval, 0},
    {NULL, NULL, 0},
};

void tr_init_exec_builtins(TrDict *builtins) {
    for (const TrMethodDef *d = exec_builtins; d->name; d++)
        tr_dict_set_str(builtins, tr_str_intern(d->name), tr_native_new(d->name, d->fn, NULL, d->flags));
}
