/* fuzz_compile.c — libFuzzer harness: lexer + parser + compiler on arbitrary
 * bytes, in the three modes (file, interactive statement, expression).
 * Every input must end in a code object that passes the verifier or in a
 * pending exception (SyntaxError and friends), never a crash or a hang. */
#include <stdint.h>

#include "tr_compiler.h"
#include "tr_fuzz.h"

typedef struct Input {
    const uint8_t *data;
    size_t size;
} Input;

static int compile_all_modes(void *p) {
    Input *in = p;
    for (int mode = 0; mode < 3; mode++) {
        TrCode *c = tr_compile_source((const char *)in->data, in->size, "<fuzz>", mode);
        if (c) {
            if (tr_exc_pending()) tr_fuzz_fail("code returned with an exception pending");
            tr_fuzz_verify(c);
        } else {
            if (!tr_exc_pending()) tr_fuzz_fail("no code and no exception");
            if (!tr_isinstance(tr_ts.exc, tr_BaseException)) tr_fuzz_fail("non-exception raised");
            tr_exc_clear();
        }
    }
    return 0;
}

int LLVMFuzzerInitialize(int *argc, char ***argv) {
    (void)argc, (void)argv;
    tr_fuzz_init(0);
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    Input in = {data, size};
    tr_fuzz_reset();
    tr_fuzz_on_big_stack(compile_all_modes, &in);
    return 0;
}
