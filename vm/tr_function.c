/* tr_function.c — Python function objects and argument binding.
 *
 * Calling a function binds the arguments into a register window on the C
 * stack and runs the interpreter on it.  Binding follows CPython's rules and
 * error messages exactly, because programs print them; the common case (the
 * right number of positional arguments, no keywords) takes a short path. */
#include <stddef.h>
#include <string.h>

#include "tr_interp.h"

static TrValue function_call(TrValue self, TrValue *args, int nargs, TrTuple *kwnames);

static TrValue function_descr_get(TrValue descr, TrValue obj, TrValue type) {
    (void)type;
    if (TR_IS_UNDEF(obj) || TR_IS_NONE(obj)) return descr;
    return tr_method_new(descr, obj);
}

static TrValue function_repr(TrValue self) {
    TrFunction *f = TR_AS(TrFunction, self);
    return tr_obj(tr_str_format("<function %U at %p>", f->qualname, (void *)f));
}

static TrValue function_getattr(TrValue self, TrStr *name) {
    TrFunction *f = TR_AS(TrFunction, self);
    const char *n = name->data;
    if (n[0] == '_' && n[1] == '_') {
        if (!strcmp(n, "__name__")) return tr_obj(f->name);
        if (!strcmp(n, "__qualname__")) return tr_obj(f->qualname);
        if (!strcmp(n, "__doc__")) return f->doc;
        if (!strcmp(n, "__module__")) return f->module;
        if (!strcmp(n, "__defaults__")) return f->defaults ? tr_obj(f->defaults) : tr_none();
        if (!strcmp(n, "__kwdefaults__")) return f->kwdefaults ? tr_obj(f->kwdefaults) : tr_none();
        if (!strcmp(n, "__code__")) return tr_obj(f->code);
        if (!strcmp(n, "__globals__")) return tr_obj(f->globals);
        if (!strcmp(n, "__closure__")) return f->closure ? tr_obj(f->closure) : tr_none();
        if (!strcmp(n, "__annotations__")) { /* created empty on first use, as CPython */
            if (!f->dict) f->dict = tr_dict_new();
            TrValue a = tr_dict_get_str(f->dict, name);
            if (TR_IS_UNDEF(a)) tr_dict_set_str(f->dict, name, a = tr_obj(tr_dict_new()));
            return a;
        }
    }
    return tr_generic_getattr(self, name);
}

static int function_setattr(TrValue self, TrStr *name, TrValue v) {
    TrFunction *f = TR_AS(TrFunction, self);
    const char *n = name->data;
    if (!strcmp(n, "__name__") && tr_is_type(v, &tr_str_type)) { f->name = TR_AS(TrStr, v); return 0; }
    if (!strcmp(n, "__qualname__") && tr_is_type(v, &tr_str_type)) { f->qualname = TR_AS(TrStr, v); return 0; }
    if (!strcmp(n, "__doc__")) { f->doc = TR_IS_UNDEF(v) ? tr_none() : v; return 0; }
    if (!strcmp(n, "__module__")) { f->module = TR_IS_UNDEF(v) ? tr_none() : v; return 0; }
    return tr_generic_setattr(self, name, v);
}

static int function_hash(TrValue self, int64_t *out) {
    *out = (int64_t)((uintptr_t)self.u.o >> 4);
    return 0;
}

TrType tr_function_type = {
    .ob = {&tr_type_type},
    .name = "function",
    .repr = function_repr,
    .call = function_call,
    .descr_get = function_descr_get,
    .getattr = function_getattr,
    .setattr = function_setattr,
    .hash = function_hash,
    .dictoffset = offsetof(TrFunction, dict),
};

TrValue tr_function_new(TrCode *code, TrDict *globals) {
    TrFunction *f = tr_new_object(&tr_function_type, sizeof(TrFunction));
    f->code = code;
    f->globals = globals;
    f->name = code->name;
    f->qualname = code->qualname;
    f->doc = tr_none();
    TrValue mod = tr_dict_get_cstr(globals, "__name__");
    f->module = TR_IS_UNDEF(mod) ? tr_none() : mod;
    return tr_obj(f);
}

/* ---- argument binding ---------------------------------------------------- */

/* "'a', 'b', and 'c'" — CPython's list of missing names. */
static TrStr *name_list(TrStr **names, int n) {
    TrBuf b;
    tr_buf_init(&b, 64);
    for (int i = 0; i < n; i++) {
        if (i > 0) tr_buf_puts(&b, n == 2 ? " and " : (i == n - 1 ? ", and " : ", "));
        tr_buf_putc(&b, '\'');
        tr_buf_put_str(&b, names[i]);
        tr_buf_putc(&b, '\'');
    }
    return tr_buf_finish(&b);
}

static int missing_error(TrFunction *fn, TrStr **names, int n, const char *kind) {
    tr_raise(tr_TypeError, "%U() missing %d required %s argument%s: %U", fn->qualname, n, kind,
             n == 1 ? "" : "s", name_list(names, n));
    return -1;
}

static int too_many_positional(TrFunction *fn, int given, int nkwonly_given) {
    TrCode *co = fn->code;
    int ndef = fn->defaults ? (int)fn->defaults->len : 0;
    int max = co->argcount, min = co->argcount - ndef;
    TrStr *takes;
    if (min < max) takes = tr_str_format("from %d to %d positional arguments", min, max);
    else takes = tr_str_format("%d positional argument%s", max, max == 1 ? "" : "s");
    if (nkwonly_given)
        tr_raise(tr_TypeError,
                 "%U() takes %U but %d positional argument%s (and %d keyword-only argument%s) were given",
                 fn->qualname, takes, given, given == 1 ? "" : "s", nkwonly_given,
                 nkwonly_given == 1 ? "" : "s");
    else
        tr_raise(tr_TypeError, "%U() takes %U but %d %s given", fn->qualname, takes, given,
                 given == 1 ? "was" : "were");
    return -1;
}

static int find_param(TrCode *co, TrStr *kw, int from, int to) {
    for (int i = from; i < to; i++)
        if (co->varnames[i] == kw) return i;
    for (int i = from; i < to; i++)
        if (tr_str_eq(co->varnames[i], kw)) return i;
    return -1;
}

int tr_bind_args(TrFunction *fn, TrValue *regs, TrValue *args, int nargs, TrTuple *kwnames) {
    TrCode *co = fn->code;
    int argc = co->argcount, kwonly = co->kwonlyargcount;
    int nkw = kwnames ? (int)kwnames->len : 0;
    int varargs_reg = (co->flags & TR_CO_VARARGS) ? argc + kwonly : -1;
    int varkw_reg = (co->flags & TR_CO_VARKEYWORDS) ? argc + kwonly + (varargs_reg >= 0) : -1;

    int npos = nargs < argc ? nargs : argc;
    for (int i = 0; i < npos; i++) regs[i] = args[i];
    if (varargs_reg >= 0) {
        regs[varargs_reg] = tr_obj(nargs > argc ? tr_tuple_from(args + argc, nargs - argc)
                                                : tr_empty_tuple);
    }
    TrDict *kwdict = NULL;
    if (varkw_reg >= 0) {
        kwdict = tr_dict_new();
        regs[varkw_reg] = tr_obj(kwdict);
    }
    TrStr *posonly_as_kw[16];
    int nposonly_as_kw = 0;
    for (int k = 0; k < nkw; k++) {
        TrStr *kw = TR_AS(TrStr, kwnames->items[k]);
        TrValue v = args[nargs + k];
        int idx = find_param(co, kw, co->posonlyargcount, argc + kwonly);
        if (idx < 0) {
            if (kwdict) { /* posonly names too: f(a, /, **kw) takes f(1, a=2) */
                if (tr_dict_set(kwdict, tr_obj(kw), v) < 0) return -1;
                continue;
            }
            if (find_param(co, kw, 0, co->posonlyargcount) >= 0) {
                if (nposonly_as_kw < 16) posonly_as_kw[nposonly_as_kw++] = kw;
                continue;
            }
            tr_raise(tr_TypeError, "%U() got an unexpected keyword argument '%U'", fn->qualname, kw);
            return -1;
        }
        if (!TR_IS_UNDEF(regs[idx])) {
            tr_raise(tr_TypeError, "%U() got multiple values for argument '%U'", fn->qualname, kw);
            return -1;
        }
        regs[idx] = v;
    }
    if (nposonly_as_kw) {
        tr_raise(tr_TypeError,
                 "%U() got some positional-only arguments passed as keyword arguments: '%U'",
                 fn->qualname, posonly_as_kw[0]);
        return -1;
    }
    if (nargs > argc && varargs_reg < 0) {
        int kwonly_given = 0;
        for (int i = argc; i < argc + kwonly; i++) kwonly_given += !TR_IS_UNDEF(regs[i]);
        return too_many_positional(fn, nargs, kwonly_given);
    }
    /* defaults for the trailing positional parameters */
    int ndef = fn->defaults ? (int)fn->defaults->len : 0;
    TrStr *missing[64];
    int nmissing = 0;
    for (int i = nargs; i < argc; i++) {
        if (!TR_IS_UNDEF(regs[i])) continue;
        int d = i - (argc - ndef);
        if (d >= 0) regs[i] = fn->defaults->items[d];
        else if (nmissing < 64) missing[nmissing++] = co->varnames[i];
    }
    if (nmissing) return missing_error(fn, missing, nmissing, "positional");
    for (int i = argc; i < argc + kwonly; i++) {
        if (!TR_IS_UNDEF(regs[i])) continue;
        TrValue d = fn->kwdefaults ? tr_dict_get_str(fn->kwdefaults, co->varnames[i]) : tr_undef();
        if (!TR_IS_UNDEF(d)) regs[i] = d;
        else if (nmissing < 64) missing[nmissing++] = co->varnames[i];
    }
    if (nmissing) return missing_error(fn, missing, nmissing, "keyword-only");
    return 0;
}

/* Fill the free-variable registers from the closure. */
static inline void load_closure(TrFunction *fn, TrValue *regs) {
    TrCode *co = fn->code;
    memcpy(regs + co->freestart, fn->closure->items, sizeof(TrValue) * (size_t)co->nfree);
}

static TrValue function_call(TrValue self, TrValue *args, int nargs, TrTuple *kwnames) {
    TrFunction *fn = TR_AS(TrFunction, self);
    TrCode *co = fn->code;
    if (tr_enter_recursion() < 0) return TR_ERR;
    TrValue regs[co->nregs > 0 ? co->nregs : 1];
    memset(regs, 0, sizeof(TrValue) * (size_t)co->nregs);
    if (!kwnames && nargs == co->argcount &&
        !(co->flags & (TR_CO_VARARGS | TR_CO_VARKEYWORDS)) && co->kwonlyargcount == 0) {
        for (int i = 0; i < nargs; i++) regs[i] = args[i];
    } else if (tr_bind_args(fn, regs, args, nargs, kwnames) < 0) {
        tr_leave_recursion();
        return TR_ERR;
    }
    if (co->nfree) load_closure(fn, regs);
    if (co->flags & TR_CO_GENERATOR) {
        tr_leave_recursion();
        return tr_generator_new(fn, regs);
    }
    TrFrame frame = {co, regs, fn->globals, NULL, fn, co->code, tr_ts.frame, 0, 0, 0};
    TrValue r = tr_eval_call(&frame);
    tr_leave_recursion();
    return r;
}

/* ---- code objects as values ---------------------------------------------- */

static TrValue code_repr(TrValue self) {
    TrCode *c = TR_AS(TrCode, self);
    return tr_obj(tr_str_format("<code object %U at %p, file \"%U\", line %d>", c->name,
                                (void *)c, c->filename, c->firstline));
}

static TrValue code_getattr(TrValue self, TrStr *name) {
    TrCode *c = TR_AS(TrCode, self);
    if (!strcmp(name->data, "co_name")) return tr_obj(c->name);
    if (!strcmp(name->data, "co_qualname")) return tr_obj(c->qualname);
    if (!strcmp(name->data, "co_filename")) return tr_obj(c->filename);
    if (!strcmp(name->data, "co_firstlineno")) return tr_int(c->firstline);
    if (!strcmp(name->data, "co_argcount")) return tr_int(c->argcount);
    return tr_generic_getattr(self, name);
}

TrType tr_code_type = {
    .ob = {&tr_type_type},
    .name = "code",
    .repr = code_repr,
    .getattr = code_getattr,
    .hash = function_hash,
};

TrValue tr_run_class_body(TrFunction *fn, TrDict *ns) {
    TrCode *co = fn->code;
    if (tr_enter_recursion() < 0) return TR_ERR;
    TrValue regs[co->nregs > 0 ? co->nregs : 1];
    memset(regs, 0, sizeof(TrValue) * (size_t)co->nregs);
    if (co->nfree) load_closure(fn, regs);
    TrFrame frame = {co, regs, fn->globals, ns, fn, co->code, tr_ts.frame, 0, 0, 0};
    TrValue r = tr_eval(&frame);
    tr_leave_recursion();
    return r;
}
