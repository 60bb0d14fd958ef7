/* tr_error.c — exceptions: the built-in hierarchy, raising, tracebacks.
 *
 * One way to raise (STYLE habit 5): an exception is "pending" when it sits in
 * tr_ts.exc, and every function reports failure through its sentinel return
 * (TR_ERR, -1, NULL).  The interpreter unwinds through the same status.  The
 * built-in exception classes are created at startup from the TR_EXCEPTIONS
 * table in tr_vm.h; they share one instance layout (TrException) so user
 * subclasses (later) and attribute access work uniformly. */
#include <stddef.h>
#include <stdlib.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "tr_code.h"
#include "tr_signal.h"
#include "tr_vm.h"

TrThreadState tr_ts;

#define TR_EXC_DEF(name, base) TrType *tr_##name;
TR_EXCEPTIONS(TR_EXC_DEF)
#undef TR_EXC_DEF

/* ---- the exception type's slots ----------------------------------------- */

static TrException *as_exc(TrValue v) { return TR_AS(TrException, v); }

static TrValue exc_repr(TrValue self) {
    TrException *e = as_exc(self);
    TrType *t = tr_typeof(self);
    if (!e->args || e->args->len == 0) return tr_obj(tr_str_format("%s()", t->name));
    if (e->args->len == 1) return tr_obj(tr_str_format("%s(%R)", t->name, e->args->items[0]));
    return tr_obj(tr_str_format("%s%R", t->name, tr_obj(e->args)));
}

/* CPython's SyntaxError_str: "msg (file basename, line N)" when the
 * location is known. */
static TrValue syntax_error_str(TrException *e) {
    TrValue msg = tr_dict_get_cstr(e->dict, "msg"), file = tr_dict_get_cstr(e->dict, "filename");
    TrValue line = tr_dict_get_cstr(e->dict, "lineno");
    if (TR_IS_UNDEF(msg)) msg = e->args && e->args->len ? e->args->items[0] : tr_none();
    TrStr *base = NULL;
    if (tr_is_type(file, &tr_str_type)) {
        const char *f = TR_AS(TrStr, file)->data, *slash = strrchr(f, '/');
        base = tr_str_from_cstr(slash ? slash + 1 : f);
    }
    bool have_line = TR_IS_INT(line);
    if (base && have_line) return tr_obj(tr_str_format("%S (%U, line %lld)", msg, base, (long long)line.u.i));
    if (base) return tr_obj(tr_str_format("%S (%U)", msg, base));
    if (have_line) return tr_obj(tr_str_format("%S (line %lld)", msg, (long long)line.u.i));
    TrStr *r = tr_to_str(msg);
    return r ? tr_obj(r) : TR_ERR;
}

static TrValue unicodeerror_str(TrException *e, bool decode);

static TrValue exc_str(TrValue self) {
    TrException *e = as_exc(self);
    bool dec = tr_isinstance(self, tr_UnicodeDecodeError);
    if ((dec || tr_isinstance(self, tr_UnicodeEncodeError)) && e->args && e->args->len == 5)
        return unicodeerror_str(e, dec);
    if (e->dict && tr_isinstance(self, tr_SyntaxError)) return syntax_error_str(e);
    if (tr_isinstance(self, tr_OSError) && e->args && e->args->len == 2) {
        TrValue fn = tr_dict_get_cstr(e->dict, "filename");
        TrValue fn2 = tr_dict_get_cstr(e->dict, "filename2");
        if (!TR_IS_UNDEF(fn) && !TR_IS_NONE(fn) && !TR_IS_UNDEF(fn2) && !TR_IS_NONE(fn2))
            return tr_obj(tr_str_format("[Errno %S] %S: %R -> %R", e->args->items[0],
                                        e->args->items[1], fn, fn2));
        if (!TR_IS_UNDEF(fn) && !TR_IS_NONE(fn))
            return tr_obj(tr_str_format("[Errno %S] %S: %R", e->args->items[0], e->args->items[1], fn));
        return tr_obj(tr_str_format("[Errno %S] %S", e->args->items[0], e->args->items[1]));
    }
    if (!e->args || e->args->len == 0) return tr_str_value("");
    if (e->args->len == 1) {
        if (tr_isinstance(self, tr_KeyError)) {
            TrStr *r = tr_repr(e->args->items[0]);
            return r ? tr_obj(r) : TR_ERR;
        }
        TrStr *s = tr_to_str(e->args->items[0]);
        return s ? tr_obj(s) : TR_ERR;
    }
    TrStr *s = tr_to_str(tr_obj(e->args));
    return s ? tr_obj(s) : TR_ERR;
}

/* The OSError subclass CPython picks for an errno. */
static TrType *oserror_type(int err) {
    switch (err) {
    case ENOENT: return tr_FileNotFoundError;
    case EEXIST: return tr_FileExistsError;
    case EACCES: case EPERM: return tr_PermissionError;
    case EISDIR: return tr_IsADirectoryError;
    case ENOTDIR: return tr_NotADirectoryError;
    case ETIMEDOUT: return tr_TimeoutError;
    case EINTR: return tr_InterruptedError;
    case EAGAIN: return tr_BlockingIOError;
    case ECHILD: return tr_ChildProcessError;
    case ESRCH: return tr_ProcessLookupError;
    case EPIPE: return tr_BrokenPipeError;
    case ECONNABORTED: return tr_ConnectionAbortedError;
    case ECONNREFUSED: return tr_ConnectionRefusedError;
    case ECONNRESET: return tr_ConnectionResetError;
    default: return tr_OSError;
    }
}

/* OSError(errno, strerror[, filename]) keeps the first two as args and
 * exposes all three as attributes, as CPython does. */
static void oserror_init(TrException *e, TrValue *args, int nargs) {
    TrValue none = tr_none();
    tr_dict_set_str(e->dict, tr_str_intern("errno"), nargs >= 2 ? args[0] : none);
    tr_dict_set_str(e->dict, tr_str_intern("strerror"), nargs >= 2 ? args[1] : none);
    tr_dict_set_str(e->dict, tr_str_intern("filename"), nargs >= 3 && nargs <= 5 ? args[2] : none);
    tr_dict_set_str(e->dict, tr_str_intern("filename2"), nargs >= 5 ? args[4] : none);
    if (nargs >= 3 && nargs <= 5) e->args = tr_tuple_from(args, 2);
}

/* ImportError(*args, name=None, path=None): msg is the single argument. */
static void importerror_init(TrException *e, TrValue *args, int nargs) {
    tr_dict_set_str(e->dict, tr_str_intern("msg"), nargs == 1 ? args[0] : tr_none());
    tr_dict_set_str(e->dict, tr_str_intern("name"), tr_none());
    tr_dict_set_str(e->dict, tr_str_intern("path"), tr_none());
}

/* UnicodeDecodeError/UnicodeEncodeError(encoding, object, start, end,
 * reason): the five become attributes, as CPython's. */
static const char *const unicode_error_fields[5] = {"encoding", "object", "start", "end", "reason"};

static void unicodeerror_init(TrException *e, TrValue *args, int nargs) {
    if (nargs != 5) return;
    for (int i = 0; i < 5; i++) tr_dict_set_str(e->dict, tr_str_intern(unicode_error_fields[i]), args[i]);
}

/* str() of a five-argument UnicodeDecodeError/UnicodeEncodeError, from its
 * attributes (a program may change them). */
static TrValue unicodeerror_str(TrException *e, bool decode) {
    TrValue f[5];
    for (int i = 0; i < 5; i++) {
        f[i] = tr_dict_get_cstr(e->dict, unicode_error_fields[i]);
        if (TR_IS_UNDEF(f[i])) return tr_str_value("");
    }
    int64_t start, end;
    if (tr_index_value(f[2], &start) < 0 || tr_index_value(f[3], &end) < 0) return TR_ERR;
    const char *verb = decode ? "decode" : "encode";
    if (end == start + 1 && decode && tr_is_type(f[1], &tr_bytes_type) && start >= 0 &&
        start < TR_AS(TrBytes, f[1])->len)
        return tr_obj(tr_str_format("'%S' codec can't decode byte 0x%02x in position %lld: %S", f[0],
                                    TR_AS(TrBytes, f[1])->data[start], (long long)start, f[4]));
    if (end == start + 1 && !decode && tr_is_type(f[1], &tr_str_type) && start >= 0 &&
        start < TR_AS(TrStr, f[1])->nchars) {
        TrStr *o = TR_AS(TrStr, f[1]);
        int n;
        uint32_t cp = tr_utf8_decode(o->data + tr_str_byte_offset(o, start), &n);
        char esc[16];
        snprintf(esc, sizeof esc, cp < 0x100 ? "\\x%02x" : cp < 0x10000 ? "\\u%04x" : "\\U%08x", cp);
        return tr_obj(tr_str_format("'%S' codec can't encode character '%s' in position %lld: %S", f[0],
                                    esc, (long long)start, f[4]));
    }
    return tr_obj(tr_str_format("'%S' codec can't %s %s in position %lld-%lld: %S", f[0], verb,
                                decode ? "bytes" : "characters", (long long)start, (long long)(end - 1), f[4]));
}

TrValue tr_raise_unicode_error(TrType *type, const char *encoding, TrValue object, int64_t start,
                               int64_t end, const char *reason) {
    TrValue args[5] = {tr_str_value(encoding), object, tr_int(start), tr_int(end), tr_str_value(reason)};
    return tr_raise_value(tr_exc_new(type, args, 5));
}

/* args, and the value derived from them: KeyError's key, StopIteration's
 * value, SystemExit's code (the whole tuple when there are several). */
void tr_exc_set_args(TrValue exc, TrTuple *args) {
    TrException *e = as_exc(exc);
    e->args = args;
    if (args->len > 1 && tr_isinstance(exc, tr_SystemExit)) e->value = tr_obj(args);
    else e->value = args->len ? args->items[0] : tr_none();
}

TrValue tr_exc_new(TrType *t, TrValue *args, int nargs) {
    size_t size = t->basicsize > (int32_t)sizeof(TrException) ? (size_t)t->basicsize
                                                                : sizeof(TrException);
    TrException *e = tr_new_object(t, size);
    tr_exc_set_args(tr_obj(e), tr_tuple_from(args, nargs));
    e->cause = tr_none();
    e->context = tr_none();
    e->dict = tr_dict_new();
    /* the families with extra fields, found in one walk of the MRO */
    TrTuple *mro = t->mro;
    for (int64_t k = 0; mro && k < mro->len; k++) {
        TrObject *b = mro->items[k].u.o;
        if (b == (TrObject *)tr_OSError) oserror_init(e, args, nargs);
        else if (b == (TrObject *)tr_ImportError) importerror_init(e, args, nargs);
        else if (b == (TrObject *)tr_UnicodeDecodeError || b == (TrObject *)tr_UnicodeEncodeError)
            unicodeerror_init(e, args, nargs);
        else continue;
        break;
    }
    return tr_obj(e);
}

TrValue tr_raise_oserror(int err, const char *filename) {
    return tr_raise_oserror2(err, filename, NULL);
}

TrValue tr_raise_oserror2(int err, const char *filename, const char *filename2) {
    TrValue args[5] = {tr_int(err), tr_str_value(strerror(err)),
                       filename ? tr_str_value(filename) : tr_none(), tr_int(0),
                       filename2 ? tr_str_value(filename2) : tr_none()};
    return tr_raise_value(tr_exc_new(oserror_type(err), args, filename2 ? 5 : filename ? 3 : 2));
}

/* NameError(name=...) and ImportError(name=..., path=...) take keywords. */
static bool exc_keyword_ok(TrType *t, const char *kw) {
    if (!strcmp(kw, "name")) return tr_type_is_subtype(t, tr_NameError) || tr_type_is_subtype(t, tr_ImportError);
    return !strcmp(kw, "path") && tr_type_is_subtype(t, tr_ImportError);
}

static TrValue exc_new(TrType *t, TrValue *args, int nargs, TrTuple *kwnames) {
    for (int i = 0; kwnames && i < kwnames->len; i++) {
        TrStr *kw = TR_AS(TrStr, kwnames->items[i]);
        if (exc_keyword_ok(t, kw->data)) continue;
        if (tr_type_is_subtype(t, tr_NameError) || tr_type_is_subtype(t, tr_ImportError))
            return tr_raise(tr_TypeError, "'%U' is an invalid keyword argument for %s()", kw, t->name);
        return tr_raise(tr_TypeError, "%s() takes no keyword arguments", t->name);
    }
    /* OSError(errno, ...) picks the subclass for that errno, as CPython */
    if (t == tr_OSError && nargs >= 2 && TR_IS_INT(args[0])) t = oserror_type((int)args[0].u.i);
    TrValue e = tr_exc_new(t, args, nargs);
    for (int i = 0; kwnames && i < kwnames->len; i++)
        tr_dict_set_str(as_exc(e)->dict, TR_AS(TrStr, kwnames->items[i]), args[nargs + i]);
    return e;
}

TrValue tr_raise_name_error(TrType *t, const char *fmt, TrStr *name) {
    TrStr *msg = tr_str_format(fmt, name);
    if (!msg) return TR_ERR;
    TrValue arg = tr_obj(msg);
    TrValue e = tr_exc_new(t, &arg, 1);
    tr_dict_set_str(as_exc(e)->dict, tr_str_intern("name"), tr_obj(name));
    return tr_raise_value(e);
}

/* UnicodeDecodeError/UnicodeEncodeError: the five constructor arguments. */
static TrValue unicode_error_attr(TrValue self, const char *n) {
    static const char *const names[] = {"encoding", "object", "start", "end", "reason"};
    TrTuple *args = as_exc(self)->args;
    if (args->len != 5 ||
        !(tr_isinstance(self, tr_UnicodeDecodeError) || tr_isinstance(self, tr_UnicodeEncodeError)))
        return tr_undef();
    for (int i = 0; i < 5; i++)
        if (!strcmp(n, names[i])) return args->items[i];
    return tr_undef();
}

/* NameError.name, ImportError.name/.path/.msg: None unless given. */
static TrValue exc_optional_attr(TrValue self, const char *n) {
    TrException *e = as_exc(self);
    TrValue u = unicode_error_attr(self, n);
    if (!TR_IS_UNDEF(u)) return u;
    bool ok = (!strcmp(n, "name") && (tr_isinstance(self, tr_NameError) || tr_isinstance(self, tr_ImportError))) ||
              ((!strcmp(n, "path") || !strcmp(n, "msg")) && tr_isinstance(self, tr_ImportError));
    if (!ok) return tr_undef();
    TrValue v = tr_dict_get_cstr(e->dict, n);
    if (!TR_IS_UNDEF(v)) return v;
    if (!strcmp(n, "msg")) return e->args->len == 1 ? e->args->items[0] : tr_none();
    return tr_none();
}

/* ---- traceback objects ---------------------------------------------------- */

/* A view of an exception's traceback entries (innermost first in the list):
 * the object for entry `at` is CPython's tb for that frame, and tb_next goes
 * one frame inwards.  Frames are shown through a small object carrying the
 * code and line (f_code, f_lineno), all that remains of a finished frame. */
typedef struct TrTraceback {
    TrObject ob;
    TrList *entries;
    int64_t at; /* index of the code object; the line follows it */
} TrTraceback;

static TrType tr_traceback_type, tr_frame_type;

static TrValue traceback_new(TrList *entries, int64_t at) {
    if (!entries || at < 0 || at + 1 >= entries->len) return tr_none();
    TrTraceback *tb = tr_new_object(&tr_traceback_type, sizeof(TrTraceback));
    tb->entries = entries;
    tb->at = at;
    return tr_obj(tb);
}

static TrValue traceback_getattr(TrValue self, TrStr *name) {
    TrTraceback *tb = TR_AS(TrTraceback, self);
    const char *n = name->data;
    if (!strcmp(n, "tb_lineno")) return tb->entries->items[tb->at + 1];
    if (!strcmp(n, "tb_next")) return traceback_new(tb->entries, tb->at - 2);
    if (!strcmp(n, "tb_frame")) {
        TrTraceback *f = tr_new_object(&tr_frame_type, sizeof(TrTraceback));
        *f = *tb;
        f->ob.type = &tr_frame_type;
        return tr_obj(f);
    }
    return tr_generic_getattr(self, name);
}

static TrValue frame_getattr(TrValue self, TrStr *name) {
    TrTraceback *f = TR_AS(TrTraceback, self);
    if (!strcmp(name->data, "f_code")) return f->entries->items[f->at];
    if (!strcmp(name->data, "f_lineno")) return f->entries->items[f->at + 1];
    return tr_generic_getattr(self, name);
}

static TrType tr_traceback_type = {
    .ob = {&tr_type_type},
    .name = "traceback",
    .getattr = traceback_getattr,
};

static TrType tr_frame_type = {
    .ob = {&tr_type_type},
    .name = "frame",
    .getattr = frame_getattr,
};

/* e.__traceback__ = tb (or None): the entries from tb's frame inwards. */
static int set_traceback(TrException *e, TrValue v) {
    if (TR_IS_NONE(v) || TR_IS_UNDEF(v)) {
        e->traceback = NULL;
        return 0;
    }
    if (!tr_is_type(v, &tr_traceback_type)) {
        tr_raise(tr_TypeError, "__traceback__ must be a traceback or None");
        return -1;
    }
    TrTraceback *tb = TR_AS(TrTraceback, v);
    e->traceback = tr_list_from(tb->entries->items, tb->at + 2);
    return 0;
}

/* The attributes exceptions handle themselves; every other name (a user
 * subclass's own attributes above all) is generic.  Sorting a name into
 * its kind compares lengths first, so a user attribute costs no string
 * comparison at all. */
typedef enum {
    EA_GENERIC, EA_ARGS, EA_CAUSE, EA_CONTEXT, EA_SUPPRESS, EA_TRACEBACK,
    EA_VALUE,    /* StopIteration.value */
    EA_CODE,     /* SystemExit.code */
    EA_OPTIONAL, /* NameError/ImportError name, ImportError path/msg, UnicodeError fields */
} ExcAttr;

static const struct {
    const char *name;
    uint8_t len;
    uint8_t kind;
} exc_attrs[] = {
    {"args", 4, EA_ARGS},           {"__cause__", 9, EA_CAUSE},
    {"__context__", 11, EA_CONTEXT}, {"__suppress_context__", 20, EA_SUPPRESS},
    {"__traceback__", 13, EA_TRACEBACK}, {"value", 5, EA_VALUE},
    {"code", 4, EA_CODE},           {"name", 4, EA_OPTIONAL},
    {"path", 4, EA_OPTIONAL},       {"msg", 3, EA_OPTIONAL},
    {"encoding", 8, EA_OPTIONAL},   {"object", 6, EA_OPTIONAL},
    {"start", 5, EA_OPTIONAL},      {"end", 3, EA_OPTIONAL},
    {"reason", 6, EA_OPTIONAL},
};

static ExcAttr exc_attr_kind(const TrStr *name) {
    for (size_t k = 0; k < sizeof exc_attrs / sizeof exc_attrs[0]; k++)
        if (exc_attrs[k].len == name->len && !memcmp(exc_attrs[k].name, name->data, exc_attrs[k].len))
            return (ExcAttr)exc_attrs[k].kind;
    return EA_GENERIC;
}

static TrValue exc_getattr(TrValue self, TrStr *name) {
    TrException *e = as_exc(self);
    switch (exc_attr_kind(name)) {
    case EA_ARGS: return tr_obj(e->args);
    case EA_CAUSE: return e->cause;
    case EA_CONTEXT: return e->context;
    case EA_SUPPRESS: return tr_bool(e->suppress_context);
    case EA_TRACEBACK: return e->traceback ? traceback_new(e->traceback, e->traceback->len - 2) : tr_none();
    case EA_VALUE:
        if (tr_isinstance(self, tr_StopIteration)) return e->value;
        break;
    case EA_CODE:
        if (tr_isinstance(self, tr_SystemExit)) return e->value;
        break;
    case EA_OPTIONAL: {
        TrValue v = exc_optional_attr(self, name->data);
        if (!TR_IS_UNDEF(v)) return v;
        break;
    }
    case EA_GENERIC: break;
    }
    return tr_generic_getattr(self, name);
}

static int exc_setattr(TrValue self, TrStr *name, TrValue v) {
    TrException *e = as_exc(self);
    switch (exc_attr_kind(name)) {
    case EA_CAUSE:
        e->cause = TR_IS_UNDEF(v) ? tr_none() : v;
        e->suppress_context = 1;
        return 0;
    case EA_CONTEXT: e->context = TR_IS_UNDEF(v) ? tr_none() : v; return 0;
    case EA_TRACEBACK: return set_traceback(e, v);
    case EA_SUPPRESS: {
        if (TR_IS_UNDEF(v)) break;
        int t = tr_truth(v);
        if (t < 0) return -1;
        e->suppress_context = t;
        return 0;
    }
    case EA_ARGS: {
        TrTuple *t = tr_tuple_from_iterable(v);
        if (!t) return -1;
        e->args = t;
        return 0;
    }
    default: break;
    }
    return tr_generic_setattr(self, name, v);
}

static TrValue exc_with_traceback(TrValue *args, int nargs, TrTuple *kwnames) {
    if (tr_check_args("with_traceback", nargs, kwnames, 2, 2) < 0) return TR_ERR;
    return set_traceback(as_exc(args[0]), args[1]) < 0 ? TR_ERR : args[0];
}

static const TrMethodDef exc_methods[] = {
    {"with_traceback", exc_with_traceback, 0},
    {NULL, NULL, 0},
};

static TrType exc_template = {
    .ob = {&tr_type_type},
    .flags = TR_TF_BASETYPE | TR_TF_EXC_SUBCLASS,
    .repr = exc_repr,
    .str = exc_str,
    .getattr = exc_getattr,
    .setattr = exc_setattr,
    .tp_new = exc_new,
    .dictoffset = offsetof(TrException, dict),
    .basicsize = sizeof(TrException),
};

TrType *tr_UnsupportedOperation, *tr_BudgetExhausted;

static TrType *make_exc_type(const char *name, TrType *base) {
    TrType *t = tr_alloc(sizeof(TrType));
    *t = exc_template;
    t->name = name;
    t->base = base;
    tr_type_ready(t, base == &tr_object_type ? exc_methods : NULL);
    tr_dict_set_str(t->dict, tr_str_intern("__module__"), tr_str_value("builtins"));
    return t;
}

void tr_init_errors(void) {
    TrType *tr_object = &tr_object_type;
    (void)tr_object;
#define TR_EXC_MAKE(name, base) tr_##name = make_exc_type(#name, tr_##base);
    TR_EXCEPTIONS(TR_EXC_MAKE)
    /* io.UnsupportedOperation: not a builtin name, so outside the table */
    tr_UnsupportedOperation = make_exc_type("UnsupportedOperation", tr_OSError);
    tr_type_ready(&tr_traceback_type, NULL);
    tr_type_ready(&tr_frame_type, NULL);
    tr_dict_set_str(tr_UnsupportedOperation->dict, tr_str_intern("__module__"), tr_str_value("io"));
    /* not a builtin either: only bare `except:` catches it (tr_signal.h) */
    tr_BudgetExhausted = make_exc_type("BudgetExhausted", tr_BaseException);
    tr_dict_set_str(tr_BudgetExhausted->dict, tr_str_intern("__module__"), tr_str_value("tauraro"));
#undef TR_EXC_MAKE
}

void tr_publish_exceptions(TrDict *builtins) {
#define TR_EXC_PUB(name, base) tr_dict_set_str(builtins, tr_str_intern(#name), tr_obj(tr_##name));
    TR_EXCEPTIONS(TR_EXC_PUB)
#undef TR_EXC_PUB
    /* the historical aliases of OSError */
    tr_dict_set_str(builtins, tr_str_intern("IOError"), tr_obj(tr_OSError));
    tr_dict_set_str(builtins, tr_str_intern("EnvironmentError"), tr_obj(tr_OSError));
}

/* ---- raising ------------------------------------------------------------- */

TrValue tr_raise_value(TrValue exc) {
    /* implicit chaining: an exception raised while another is handled */
    if (!TR_IS_UNDEF(tr_ts.handled) && tr_isinstance(exc, tr_BaseException) &&
        tr_ts.handled.u.o != exc.u.o) {
        TrException *e = as_exc(exc);
        if (TR_IS_NONE(e->context)) {
            /* avoid cycles: do not chain to something whose context is us */
            bool cycle = false;
            for (TrValue c = tr_ts.handled; TR_IS_OBJ(c); c = as_exc(c)->context)
                if (c.u.o == exc.u.o) { cycle = true; break; }
            if (!cycle) e->context = tr_ts.handled;
        }
    }
    tr_ts.exc = exc;
    return TR_ERR;
}

TrValue tr_raise_with(TrType *type, TrValue arg) {
    TrValue e = tr_exc_new(type, &arg, 1);
    return tr_raise_value(e);
}

TrValue tr_raise(TrType *type, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    TrStr *msg = tr_str_vformat(fmt, ap);
    va_end(ap);
    if (!msg) return TR_ERR; /* formatting itself raised */
    return tr_raise_with(type, tr_obj(msg));
}

bool tr_exc_matches(TrType *t) {
    return !TR_IS_UNDEF(tr_ts.exc) && tr_isinstance(tr_ts.exc, t);
}

void tr_exc_clear(void) { tr_ts.exc = tr_undef(); }

TrValue tr_exc_fetch(void) {
    TrValue e = tr_ts.exc;
    tr_ts.exc = tr_undef();
    return e;
}

TrValue tr_raise_unsupported(const char *op, TrValue a, TrValue b) {
    return tr_raise(tr_TypeError, "unsupported operand type(s) for %s: '%s' and '%s'", op,
                    tr_type_name(a), tr_type_name(b));
}

/* The C-level guards (repr, str, comparison: CPython's Py_EnterRecursiveCall)
 * count depth but do not poll, as CPython's do not: printing an uncaught
 * KeyboardInterrupt calls str() on it, and a second SIGINT (timeout(1) sends
 * one to the process and one to its group) ran the handler there and
 * spoiled the traceback ("<exception str() failed>").  A Python __str__
 * still polls on its frame's entry, as CPython's RESUME does. */
int tr_enter_recursion_where(const char *where) {
    char here;
    if (++tr_ts.depth > tr_ts.recursion_limit ||
        (tr_ts.stack_limit && &here < tr_ts.stack_limit)) {
        tr_ts.depth--;
        tr_raise(tr_RecursionError, "maximum recursion depth exceeded%s", where);
        return -1;
    }
    return 0;
}

int tr_enter_recursion(void) {
    if (tr_poll() < 0) return -1; /* signals and the budget: on every frame entry */
    return tr_enter_recursion_where("");
}

int tr_check_c_stack(void) {
    char here;
    if (tr_ts.stack_limit && &here < tr_ts.stack_limit) {
        tr_raise(tr_RecursionError, "maximum recursion depth exceeded");
        return -1;
    }
    return 0;
}

/* ---- tracebacks ---------------------------------------------------------- */

void tr_exc_add_traceback(TrValue exc, TrValue code, int line) {
    if (!TR_IS_OBJ(exc) || !tr_isinstance(exc, tr_BaseException)) return;
    TrException *e = as_exc(exc);
    if (!e->traceback) e->traceback = tr_list_new(0);
    tr_list_append(e->traceback, code);
    tr_list_append(e->traceback, tr_int(line));
}

/* Print line `lineno` of `filename`, stripped, as CPython does. */
static void print_source_line(const char *filename, int lineno) {
    if (!filename || filename[0] == '<') return;
    FILE *f = fopen(filename, "r");
    if (!f) return;
    char buf[4096];
    int n = 0;
    while (fgets(buf, sizeof buf, f)) {
        size_t len = strlen(buf);
        bool whole = len > 0 && buf[len - 1] == '\n';
        if (++n == lineno) {
            char *s = buf;
            while (*s == ' ' || *s == '\t' || *s == '\f') s++;
            size_t l = strlen(s);
            while (l > 0 && (s[l - 1] == '\n' || s[l - 1] == '\r' || s[l - 1] == ' ')) s[--l] = 0;
            if (l) fprintf(stderr, "    %s\n", s);
            break;
        }
        /* a line longer than the buffer continues without counting */
        while (!whole && fgets(buf, sizeof buf, f)) {
            len = strlen(buf);
            whole = len > 0 && buf[len - 1] == '\n';
        }
    }
    fclose(f);
}

/* The 1-based byte offset of 1-based character offset `chars` in s. */
static int byte_offset(const char *s, int chars) {
    int i = 0;
    for (int c = 1; c < chars && s[i]; c++) {
        i++;
        while (((unsigned char)s[i] & 0xC0) == 0x80) i++;
    }
    return i + 1;
}

/* CPython's layout for a SyntaxError: the location, the offending line with
 * its indentation stripped, and carets under offset..end_offset (counted in
 * characters).  Returns false when the attributes are not usable. */
static bool print_syntax_error(TrValue exc, TrType *t) {
    TrValue msg = tr_getattr_cstr(exc, "msg"), file = tr_getattr_cstr(exc, "filename");
    TrValue line = tr_getattr_cstr(exc, "lineno"), text = tr_getattr_cstr(exc, "text");
    TrValue off = tr_getattr_cstr(exc, "offset"), end = tr_getattr_cstr(exc, "end_offset");
    if (tr_exc_pending() || !tr_is_type(msg, &tr_str_type)) {
        tr_exc_clear();
        return false;
    }
    if (tr_is_type(file, &tr_str_type) && TR_IS_INT(line))
        fprintf(stderr, "  File \"%s\", line %lld\n", TR_AS(TrStr, file)->data,
                (long long)line.u.i);
    if (tr_is_type(text, &tr_str_type)) {
        const char *s = TR_AS(TrStr, text)->data;
        int stripped = 0;
        while (*s == ' ' || *s == '\t' || *s == '\f') s++, stripped++;
        int len = (int)strcspn(s, "\n");
        while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '\r')) len--;
        fprintf(stderr, "    %.*s\n", len, s);
        if (TR_IS_INT(off) && off.u.i > 0) {
            /* CPython turns the character offsets into byte offsets of the
             * full line before stripping, and prints no caret left of it */
            const char *full = TR_AS(TrStr, text)->data;
            int a = byte_offset(full, (int)off.u.i) - stripped;
            int b = TR_IS_INT(end) && end.u.i > 0 ? byte_offset(full, (int)end.u.i) - stripped : a;
            if (a > len + 1) a = len + 1;
            if (a >= 1) {
                int reps = b > a ? b - a : 1;
                fprintf(stderr, "    %*s", a - 1, "");
                for (int i = 0; i < reps; i++) fputc('^', stderr);
                fputc('\n', stderr);
            }
        }
    }
    fprintf(stderr, "%s: %s\n", t->name, TR_AS(TrStr, msg)->data);
    return true;
}

static void print_one(TrValue exc) {
    TrException *e = as_exc(exc);
    if (e->traceback && e->traceback->len) {
        fprintf(stderr, "Traceback (most recent call last):\n");
        /* CPython prints a run of identical entries three times, then
         * counts the rest (deep recursion stays readable) */
        TrCode *last_code = NULL;
        int last_line = -1, repeats = 0;
        for (int64_t i = e->traceback->len - 2; i >= 0; i -= 2) {
            TrCode *c = TR_AS(TrCode, e->traceback->items[i]);
            int line = (int)e->traceback->items[i + 1].u.i;
            if (c == last_code && line == last_line) {
                if (++repeats >= 3) continue;
            } else {
                if (repeats > 2)
                    fprintf(stderr, "  [Previous line repeated %d more time%s]\n", repeats - 2,
                            repeats - 2 == 1 ? "" : "s");
                last_code = c;
                last_line = line;
                repeats = 0;
            }
            fprintf(stderr, "  File \"%s\", line %d, in %s\n", c->filename->data, line,
                    c->name->data);
            print_source_line(c->filename->data, line);
        }
        if (repeats > 2)
            fprintf(stderr, "  [Previous line repeated %d more time%s]\n", repeats - 2,
                    repeats - 2 == 1 ? "" : "s");
    }
    TrType *t = tr_typeof(exc);
    if (tr_isinstance(exc, tr_SyntaxError) && print_syntax_error(exc, t)) return;
    TrValue modv = t->dict ? tr_dict_get_cstr(t->dict, "__module__") : tr_undef();
    const char *mod = NULL;
    if (tr_is_type(modv, &tr_str_type)) {
        mod = TR_AS(TrStr, modv)->data;
        if (!strcmp(mod, "builtins") || !strcmp(mod, "__main__")) mod = NULL; /* as CPython prints */
    }
    TrStr *msg = tr_to_str(exc);
    if (!msg) {
        tr_exc_clear();
        msg = tr_str_from_cstr("<exception str() failed>");
    }
    if (mod) fprintf(stderr, "%s.", mod);
    if (msg->len) fprintf(stderr, "%s: %s\n", t->name, msg->data);
    else fprintf(stderr, "%s\n", t->name);
}

static void print_chain(TrValue exc, int depth) {
    TrException *e = as_exc(exc);
    if (depth < 100) {
        if (TR_IS_OBJ(e->cause) && tr_isinstance(e->cause, tr_BaseException)) {
            print_chain(e->cause, depth + 1);
            fprintf(stderr, "\nThe above exception was the direct cause of the following exception:\n\n");
        } else if (!e->suppress_context && TR_IS_OBJ(e->context) &&
                   tr_isinstance(e->context, tr_BaseException)) {
            print_chain(e->context, depth + 1);
            fprintf(stderr, "\nDuring handling of the above exception, another exception occurred:\n\n");
        }
    }
    print_one(exc);
}

void tr_exc_print(TrValue exc) {
    tr_flush_std();
    if (!TR_IS_OBJ(exc) || !tr_isinstance(exc, tr_BaseException)) {
        fprintf(stderr, "<non-exception raised>\n");
        return;
    }
    print_chain(exc, 0);
    fflush(stderr);
}
