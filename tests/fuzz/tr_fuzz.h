/* tr_fuzz.h — what the libFuzzer harnesses share: runtime start-up, a
 * bytecode verifier, and the per-input reset that keeps one input from
 * changing what the next one sees.
 *
 * The harnesses are built only with -DTAURARO_FUZZ=ON (clang-19,
 * -fsanitize=fuzzer,address,undefined); tools/fuzz.sh drives them. */
#ifndef TR_FUZZ_H
#define TR_FUZZ_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "tr_code.h"

/* Start the runtime once.  sandbox: the program may run, so its stdio goes
 * to /dev/null and the modules that reach outside the process (posix, os,
 * signal, time) and open/input are taken away. */
void tr_fuzz_init(int sandbox);

/* Check the structural invariants of compiled code (operands in range, jump
 * targets inside the code, exception table sane), recursively into nested
 * code objects; abort() with a message when one fails: a compiler bug that
 * would corrupt the interpreter. */
void tr_fuzz_verify(const TrCode *c);

/* Point sys.NAME (stdout, stderr, stdin) and the runtime's global for it
 * at a new text file over fp. */
void tr_fuzz_set_stream(TrValue *global, const char *name, FILE *fp, bool writable);

/* Between inputs: the sys module, sys.modules, builtins and the thread state
 * as they were after tr_fuzz_init. */
void tr_fuzz_reset(void);

/* Run c as a fresh __main__ with an instruction budget (0: none); abort()
 * unless the interpreter ends consistent: the result and the pending
 * exception agree, depth 0, no frame left.  The exception stays pending. */
void tr_fuzz_run_main(TrCode *c, int64_t budget);

/* Run fn(arg) on the runtime's big stack, as the tauraro driver does. */
int tr_fuzz_on_big_stack(int (*fn)(void *), void *arg);

/* abort() with a message: libFuzzer records the input as a crash. */
_Noreturn void tr_fuzz_fail(const char *what);

#endif
