/* tr_with.c — the context manager protocol of the `with` statement.
 *
 * CPython 3.11 looks both special methods up on the type (not the
 * instance), checks __enter__ first and __exit__ second, and binds them to
 * the manager; the messages below are CPython's. */
#include "tr_helpers.h"

static TrValue bind(TrValue fn, TrValue self) {
    TrType *ft = tr_typeof(fn);
    return ft->descr_get ? ft->descr_get(fn, self, tr_obj(tr_typeof(self))) : fn;
}

TrValue tr_with_enter(TrValue mgr, TrValue *exit_out) {
    TrType *t = tr_typeof(mgr);
    TrValue enter = tr_type_lookup(t, tr_str_intern("__enter__"));
    if (TR_IS_UNDEF(enter))
        return tr_raise(tr_TypeError, "'%s' object does not support the context manager protocol",
                        t->name);
    TrValue exit = tr_type_lookup(t, tr_str_intern("__exit__"));
    if (TR_IS_UNDEF(exit))
        return tr_raise(tr_TypeError,
                        "'%s' object does not support the context manager protocol "
                        "(missed __exit__ method)",
                        t->name);
    exit = bind(exit, mgr);
    if (TR_IS_UNDEF(exit)) return TR_ERR;
    enter = bind(enter, mgr);
    if (TR_IS_UNDEF(enter)) return TR_ERR;
    *exit_out = exit;
    return tr_call0(enter);
}

TrValue tr_with_exit(TrValue exit, TrValue exc) {
    TrValue args[3];
    if (TR_IS_UNDEF(exc)) {
        args[0] = args[1] = args[2] = tr_none();
    } else {
        args[0] = tr_obj(tr_typeof(exc));
        args[1] = exc;
        args[2] = tr_getattr_cstr(exc, "__traceback__");
        if (TR_IS_UNDEF(args[2])) {
            tr_exc_clear();
            args[2] = tr_none();
        }
    }
    return tr_call(exit, args, 3, NULL);
}
