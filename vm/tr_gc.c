/* tr_gc.c — memory: every runtime allocation goes through Boehm GC.
 *
 * The collector is conservative and scans C stacks and registers, so the
 * interpreter, helpers and compiled code hold object pointers in locals with
 * no bookkeeping.  Pointer-free payloads (string bytes, GMP limbs) use the
 * atomic allocator so the collector does not scan them. */
#include <gc.h>
#include <stdlib.h>
#include <string.h>

#include "tr_vm.h"

static void out_of_memory(size_t n) {
    fprintf(stderr, "Fatal Python error: out of memory allocating %zu bytes\n", n);
    fflush(stdout);
    exit(1);
}

void tr_gc_init(void) {
    GC_INIT();
}

void *tr_alloc(size_t n) {
    void *p = GC_MALLOC(n ? n : 1);
    if (!p) out_of_memory(n);
    return p;
}

void *tr_alloc_atomic(size_t n) {
    void *p = GC_MALLOC_ATOMIC(n ? n : 1);
    if (!p) out_of_memory(n);
    memset(p, 0, n);
    return p;
}

void *tr_realloc(void *p, size_t n) {
    void *q = GC_REALLOC(p, n ? n : 1);
    if (!q) out_of_memory(n);
    return q;
}

void *tr_new_object(TrType *type, size_t size) {
    TrObject *o = tr_alloc(size);
    o->type = type;
    return o;
}
