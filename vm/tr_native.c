/* tr_native.c — built-in function objects, bound methods, argument parsing.
 *
 * A TrNative wraps a C function with the vectorcall-style TrNativeFn
 * signature.  Natives stored in a type's dict are unbound methods; reading
 * one through an instance binds it (descr_get), reading it through the type
 * gives the plain function, as CPython's method descriptors do.  TrMethod is
 * the bound method of any callable (Python functions included). */
#include <string.h>

#include "tr_vm.h"

/* Call with a receiver prepended to the arguments. */
static TrValue call_with_self(TrValue fn_value, TrNativeFn fn, TrValue self, TrValue *args,
                              int nargs, TrTuple *kwnames) {
    int nkw = kwnames ? (int)kwnames->len : 0;
    TrValue small[8];
    TrValue *all = nargs + nkw + 1 <= 8 ? small : tr_alloc(sizeof(TrValue) * (nargs + nkw + 1));
    all[0] = self;
    if (nargs + nkw) memcpy(all + 1, args, sizeof(TrValue) * (nargs + nkw));
    if (fn) return fn(all, nargs + 1, kwnames);
    return tr_call(fn_value, all, nargs + 1, kwnames);
}

static TrValue native_call(TrValue self, TrValue *args, int nargs, TrTuple *kwnames) {
    TrNative *n = TR_AS(TrNative, self);
    if (!TR_IS_UNDEF(n->self)) return call_with_self(self, n->fn, n->self, args, nargs, kwnames);
    if (n->owner && !(n->flags & TR_METH_STATIC)) {
        /* unbound method descriptor: first argument must be an instance */
        if (nargs < 1)
            return tr_raise(tr_TypeError, "unbound method %s.%s() needs an argument",
                            n->owner->name, n->name);
        if (!tr_isinstance(args[0], n->owner))
            return tr_raise(tr_TypeError,
                            "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                            n->name, n->owner->name, tr_type_name(args[0]));
    }
    return n->fn(args, nargs, kwnames);
}

static TrValue native_descr_get(TrValue descr, TrValue obj, TrValue type) {
    TrNative *n = TR_AS(TrNative, descr);
    if (!n->owner || !TR_IS_UNDEF(n->self) || (n->flags & TR_METH_STATIC)) return descr;
    TrValue recv = obj;
    if (n->flags & TR_METH_CLASS) recv = TR_IS_UNDEF(type) ? tr_obj(tr_typeof(obj)) : type;
    if (TR_IS_UNDEF(recv)) return descr;
    TrNative *b = tr_new_object(&tr_native_type, sizeof(TrNative));
    *b = *n;
    b->self = recv;
    return tr_obj(b);
}

static TrValue native_repr(TrValue self) {
    TrNative *n = TR_AS(TrNative, self);
    if (!TR_IS_UNDEF(n->self) && n->owner) {
        if (tr_is_type(n->self, &tr_type_type))
            return tr_obj(tr_str_format("<built-in method %s of type object at %p>", n->name,
                                        (void *)n->self.u.o));
        return tr_obj(tr_str_format("<built-in method %s of %s object at %p>", n->name,
                                    tr_type_name(n->self), (void *)n->self.u.o));
    }
    if (n->owner)
        return tr_obj(tr_str_format("<method '%s' of '%s' objects>", n->name, n->owner->name));
    return tr_obj(tr_str_format("<built-in function %s>", n->name));
}

static TrValue native_getattr(TrValue self, TrStr *name) {
    TrNative *n = TR_AS(TrNative, self);
    if (!strcmp(name->data, "__name__") || !strcmp(name->data, "__qualname__"))
        return tr_str_value(n->name);
    if (!strcmp(name->data, "__self__")) return TR_IS_UNDEF(n->self) ? tr_none() : n->self;
    return tr_generic_getattr(self, name);
}

static int native_hash(TrValue self, int64_t *out) {
    *out = (int64_t)((uintptr_t)self.u.o >> 4);
    return 0;
}

TrType tr_native_type = {
    .ob = {&tr_type_type},
    .name = "builtin_function_or_method",
    .repr = native_repr,
    .call = native_call,
    .descr_get = native_descr_get,
    .getattr = native_getattr,
    .hash = native_hash,
};

TrValue tr_native_new(const char *name, TrNativeFn fn, TrType *owner, int flags) {
    TrNative *n = tr_new_object(&tr_native_type, sizeof(TrNative));
    n->name = name;
    n->fn = fn;
    n->self = tr_undef();
    n->owner = owner;
    n->flags = flags;
    return tr_obj(n);
}

/* ---- bound methods ------------------------------------------------------- */

static TrValue method_call(TrValue self, TrValue *args, int nargs, TrTuple *kwnames) {
    TrMethod *m = TR_AS(TrMethod, self);
    return call_with_self(m->func, NULL, m->self, args, nargs, kwnames);
}

static TrValue method_repr(TrValue self) {
    TrMethod *m = TR_AS(TrMethod, self);
    TrValue qn = tr_getattr_cstr(m->func, "__qualname__");
    if (TR_IS_UNDEF(qn)) {
        tr_exc_clear();
        qn = tr_str_value("?");
    }
    TrStr *r = tr_repr(m->self);
    if (!r) return TR_ERR;
    return tr_obj(tr_str_format("<bound method %S of %U>", qn, r));
}

static TrValue method_getattr(TrValue self, TrStr *name) {
    TrMethod *m = TR_AS(TrMethod, self);
    if (!strcmp(name->data, "__self__")) return m->self;
    if (!strcmp(name->data, "__func__")) return m->func;
    return tr_getattr(m->func, name);
}

static TrValue method_richcmp(TrValue a, TrValue b, int op) {
    if ((op != TR_EQ && op != TR_NE) || !tr_is_type(b, &tr_method_type)) return TR_NOTIMPL;
    TrMethod *x = TR_AS(TrMethod, a), *y = TR_AS(TrMethod, b);
    bool eq = x->func.u.bits == y->func.u.bits && x->self.u.bits == y->self.u.bits;
    return tr_bool(op == TR_EQ ? eq : !eq);
}

static int method_hash(TrValue self, int64_t *out) {
    TrMethod *m = TR_AS(TrMethod, self);
    *out = (int64_t)(((uintptr_t)m->func.u.o >> 4) ^ ((uintptr_t)m->self.u.bits >> 4));
    return 0;
}

/* method(function, instance), as types.MethodType */
static TrValue method_tp_new(TrType *t, TrValue *args, int nargs, TrTuple *kwnames) {
    (void)t;
    if (tr_check_args("method", nargs, kwnames, 2, 2) < 0) return TR_ERR;
    if (!tr_is_callable(args[0])) return tr_raise(tr_TypeError, "first argument must be callable");
    if (TR_IS_NONE(args[1])) return tr_raise(tr_TypeError, "instance must not be None");
    return tr_method_new(args[0], args[1]);
}

TrType tr_method_type = {
    .ob = {&tr_type_type},
    .name = "method",
    .tp_new = method_tp_new,
    .repr = method_repr,
    .call = method_call,
    .getattr = method_getattr,
    .richcmp = method_richcmp,
    .hash = method_hash,
};

TrValue tr_method_new(TrValue func, TrValue self) {
    TrMethod *m = tr_new_object(&tr_method_type, sizeof(TrMethod));
    m->func = func;
    m->self = self;
    return tr_obj(m);
}

/* ---- argument parsing ---------------------------------------------------- */

int tr_check_args(const char *fname, int nargs, TrTuple *kwnames, int min, int max) {
    if (kwnames && kwnames->len) {
        tr_raise(tr_TypeError, "%s() takes no keyword arguments", fname);
        return -1;
    }
    if (nargs >= min && nargs <= max) return 0;
    if (min == max) {
        if (min == 0)
            tr_raise(tr_TypeError, "%s() takes no arguments (%d given)", fname, nargs);
        else if (min == 1)
            tr_raise(tr_TypeError, "%s() takes exactly one argument (%d given)", fname, nargs);
        else
            tr_raise(tr_TypeError, "%s expected %d arguments, got %d", fname, min, nargs);
    } else if (nargs < min) {
        tr_raise(tr_TypeError, "%s expected at least %d argument%s, got %d", fname, min,
                 min == 1 ? "" : "s", nargs);
    } else {
        tr_raise(tr_TypeError, "%s expected at most %d argument%s, got %d", fname, max,
                 max == 1 ? "" : "s", nargs);
    }
    return -1;
}

#define MAX_SPEC_PARAMS 16

int tr_parse_args(const char *fname, TrValue *args, int nargs, TrTuple *kwnames,
                  const char *spec, TrValue **out) {
    /* split the spec into names, noting the first optional and first kw-only */
    char names[MAX_SPEC_PARAMS][32];
    int n = 0, first_opt = -1, first_kwonly = -1;
    for (const char *p = spec; *p && n < MAX_SPEC_PARAMS;) {
        if (*p == '|') { first_opt = n; p++; continue; }
        if (*p == '$') { /* keyword-only parameters are optional, as in CPython's builtins */
            first_kwonly = n;
            if (first_opt < 0) first_opt = n;
            p++;
            continue;
        }
        if (*p == ',') { p++; continue; }
        int k = 0;
        while (*p && *p != ',' && *p != '|' && *p != '$' && k < 31) names[n][k++] = *p++;
        names[n][k] = 0;
        n++;
    }
    if (first_opt < 0) first_opt = n;
    if (first_kwonly < 0) first_kwonly = n;
    for (int i = 0; i < n; i++) *out[i] = tr_undef();
    if (nargs > first_kwonly) {
        if (first_kwonly == first_opt && first_opt == n && n > 0)
            tr_raise(tr_TypeError, "%s() takes exactly %d argument%s (%d given)", fname, n,
                     n == 1 ? "" : "s", nargs);
        else if (first_kwonly == 0)
            tr_raise(tr_TypeError, "%s() takes no positional arguments", fname);
        else
            tr_raise(tr_TypeError, "%s() takes at most %d argument%s (%d given)", fname,
                     first_kwonly, first_kwonly == 1 ? "" : "s", nargs);
        return -1;
    }
    for (int i = 0; i < nargs; i++) *out[i] = args[i];
    int nkw = kwnames ? (int)kwnames->len : 0;
    for (int k = 0; k < nkw; k++) {
        TrStr *kw = TR_AS(TrStr, kwnames->items[k]);
        int found = -1;
        for (int i = 0; i < n; i++)
            if (!strcmp(names[i], kw->data)) { found = i; break; }
        if (found < 0) {
            tr_raise(tr_TypeError, "%s() got an unexpected keyword argument '%U'", fname, kw);
            return -1;
        }
        if (!TR_IS_UNDEF(*out[found])) {
            tr_raise(tr_TypeError, "argument for %s() given by name ('%U') and position (%d)",
                     fname, kw, found + 1);
            return -1;
        }
        *out[found] = args[nargs + k];
    }
    for (int i = 0; i < first_opt; i++) {
        if (TR_IS_UNDEF(*out[i])) {
            if (i < nargs || nkw)
                tr_raise(tr_TypeError, "%s() missing required argument '%s' (pos %d)", fname,
                         names[i], i + 1);
            else
                tr_raise(tr_TypeError, "%s() takes at least %d argument%s (%d given)", fname,
                         first_opt, first_opt == 1 ? "" : "s", nargs);
            return -1;
        }
    }
    return 0;
}
