/* tr_llvm_info.c — facts about the LLVM the backend is linked against.
 *
 * The backend links LLVM 19 from the start so the JIT and AOT layers add no
 * build surprises; `tauraro --version` reports the version it runs with. */
#include "tr_backend.h"

#include <llvm-c/Core.h>
#include <stdio.h>

const char *tr_llvm_version(void) {
    static char buf[32];
    unsigned major, minor, patch;
    LLVMGetVersion(&major, &minor, &patch);
    snprintf(buf, sizeof buf, "%u.%u.%u", major, minor, patch);
    return buf;
}
