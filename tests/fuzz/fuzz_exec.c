/* fuzz_exec.c — libFuzzer harness: compile and run the input as a program in
 * a fresh __main__, with an instruction budget (tr_signal.h) so that an
 * infinite loop or recursion ends with BudgetExhausted, and with the sandbox
 * of tr_fuzz_init (no files, no signals, no sleeping, stdio to /dev/null).
 * Any Python exception is a fine outcome; a crash, a sanitizer report, an
 * exit() or an abort is a finding.  After the run the interpreter must be
 * back at depth 0 with no frame and no exception left over. */
#include <gc.h>
#include <stdint.h>
#include <stdlib.h>

#include "tr_compiler.h"
#include "tr_fuzz.h"
#include "tr_interp.h"
#include "tr_module.h"
#include "tr_signal.h"

/* Polls (back-edges and frame entries) per input: enough for the seed
 * programs, small enough that an endless loop ends in milliseconds. */
#define FUZZ_BUDGET 200000

typedef struct Input {
    const uint8_t *data;
    size_t size;
} Input;

static int run_program(void *p) {
    Input *in = p;
    TrCode *c = tr_compile_source((const char *)in->data, in->size, "<fuzz>", 0);
    if (!c) {
        tr_exc_clear();
        return 0;
    }
    tr_fuzz_verify(c);
    tr_fuzz_run_main(c, FUZZ_BUDGET);
    tr_exc_clear();
    return 0;
}

int LLVMFuzzerInitialize(int *argc, char ***argv) {
    (void)argc, (void)argv;
    /* a bounded heap: a program that asks for more gets MemoryError */
    GC_set_max_heap_size((size_t)1 << 30);
    tr_fuzz_init(1);
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    Input in = {data, size};
    tr_fuzz_reset();
    tr_fuzz_on_big_stack(run_program, &in);
    return 0;
}
