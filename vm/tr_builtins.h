/* tr_builtins.h — internals shared by tr_builtins.c (the builtin functions)
 * and tr_builtins_iter.c (the iterator types enumerate, zip, map, filter,
 * callable_iterator).  Not a public header: other layers see the builtins
 * only through the builtins dict filled by tr_init_builtins (tr_vm.h). */
#ifndef TR_BUILTINS_H
#define TR_BUILTINS_H

#include "tr_vm.h"

/* Bind arguments the way CPython's argument clinic does, with its messages:
 * parameters names[0..n), of which the first `posonly` are positional-only,
 * the first `nreq` required, and at most `maxpos` may be passed positionally
 * (the rest are keyword-only).  out[i] is UNDEF for a parameter not given.
 * Returns -1 with TypeError pending on a mismatch. */
int tr_bi_bind(const char *fname, const TrValue *args, int nargs, TrTuple *kwnames,
               const char *const *names, int n, int posonly, int nreq, int maxpos, TrValue *out);

/* Keyword-only parameters of a function that also takes *args (print, max):
 * binds kwnames (values at kwvals) to names[0..n). */
int tr_bi_bind_kwonly(const char *fname, const TrValue *kwvals, TrTuple *kwnames,
                      const char *const *names, int n, TrValue *out);

/* v as an int value (int, bool as int, or the result of __index__);
 * "'float' object cannot be interpreted as an integer" otherwise. */
TrValue tr_bi_index(TrValue v);

/* iter(v) that also checks the result is an iterator, returning its `next`
 * slot so hot loops call it directly. */
TrValue tr_bi_get_iter(TrValue v, TrValue (**next)(TrValue));

/* The iterator of iter(callable, sentinel). */
TrValue tr_callable_iter_new(TrValue callable, TrValue sentinel);

/* Raise a bare StopIteration (iterator __next__ methods). */
TrValue tr_bi_stop_iteration(void);

/* locals() of the running frame: module code's globals, a class body's
 * namespace, or a snapshot of a function's bound registers. */
TrDict *tr_bi_current_locals(void);

/* Ready the iterator types (tr_builtins_iter.c). */
void tr_init_builtin_iters(void);

#endif
