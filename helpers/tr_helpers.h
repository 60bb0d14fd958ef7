/* tr_helpers.h — operations with Python semantics shared by the interpreter's
 * slow paths and by compiled code (DESIGN.md, helper contract): each takes
 * and returns TrValues and reports errors by the runtime convention (TR_ERR
 * with the exception pending). */
#ifndef TR_HELPERS_H
#define TR_HELPERS_H

#include "tr_vm.h"

/* `with` (tr_with.c).  Enter: looks __enter__/__exit__ up on the manager's
 * type, stores the bound __exit__ in *exit_out and returns __enter__()'s
 * value.  Exit: calls exit(None, None, None) when exc is UNDEF, else
 * exit(type(exc), exc, tb); returns __exit__'s result. */
TrValue tr_with_enter(TrValue mgr, TrValue *exit_out);
TrValue tr_with_exit(TrValue exit, TrValue exc);

#endif
