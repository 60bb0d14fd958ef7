/* tr_repl.h — the interactive prompt (tr_repl.c). */
#ifndef TR_REPL_H
#define TR_REPL_H

#include "tr_vm.h"

/* The __main__ namespace the prompt runs in (set before tr_repl). */
extern TrDict *tr_repl_globals;
/* Read-eval-print until end of input; returns the exit status. */
int tr_repl(void);

#endif
