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

/* An allocation the runtime cannot do without failed: there is no way to
 * unwind from here, so end the process cleanly (flushed, status 1), never
 * by abort.  Allocations whose size the program chooses use the tr_try_*
 * forms and raise MemoryError instead, as CPython does. */
_Noreturn void tr_out_of_memory(size_t n) {
    fflush(stdout);
    fprintf(stderr, "Fatal Python error: out of memory allocating %zu bytes\nMemoryError\n", n);
    exit(1);
}

/* The collector's out-of-memory hook: report nothing, return NULL and let
 * the caller decide (MemoryError or out_of_memory). */
static void *GC_CALLBACK oom_returns_null(size_t n) {
    (void)n;
    return NULL;
}

/* The heap the collector starts with.  Boehm sizes its heap from the live
 * data, and collects whenever about a third of the heap has been allocated
 * since the last collection; a typical program's live data is small, so
 * from a 1 MB heap it would collect every few hundred KB of allocation, and
 * each collection also scans the shared libraries' static data (LLVM's is
 * about 1 MB) and wakes the marker threads: allocation-heavy programs
 * (instances, big ints, generators) spent more than half their time there.
 * Starting at 16 MB makes collections ~15x rarer; the pages are touched
 * only as they are allocated, so a program that allocates little keeps
 * its small footprint.  GC_INITIAL_HEAP_SIZE, the collector's own setting,
 * still wins when given. */
#define TR_GC_INITIAL_HEAP (16u << 20)

void tr_gc_init(void) {
    GC_INIT();
    if (!getenv("GC_INITIAL_HEAP_SIZE")) {
        size_t have = GC_get_heap_size();
        if (have < TR_GC_INITIAL_HEAP) GC_expand_hp(TR_GC_INITIAL_HEAP - have);
    }
    GC_set_oom_fn(oom_returns_null);
    /* "Repeated allocation of very large block" and the like are for GC
     * developers; CPython prints nothing of the kind */
    GC_set_warn_proc(GC_ignore_warn_proc);
}

TrValue tr_raise_memory_error(void) { return tr_raise_value(tr_exc_new(tr_MemoryError, NULL, 0)); }

void *tr_try_alloc(size_t n) {
    void *p = n < TR_ALLOC_MAX ? GC_MALLOC(n ? n : 1) : NULL;
    if (!p) tr_raise_memory_error();
    return p;
}

void *tr_try_alloc_atomic(size_t n) {
    void *p = n < TR_ALLOC_MAX ? GC_MALLOC_ATOMIC(n ? n : 1) : NULL;
    if (!p) {
        tr_raise_memory_error();
        return NULL;
    }
    memset(p, 0, n);
    return p;
}

void *tr_try_alloc_items(size_t header, int64_t n, size_t size, bool atomic) {
    if (n < 0 || (uint64_t)n >= (TR_ALLOC_MAX - header) / size) {
        tr_raise_memory_error();
        return NULL;
    }
    size_t total = header + (size_t)n * size;
    return atomic ? tr_try_alloc_atomic(total) : tr_try_alloc(total);
}

void *tr_try_realloc(void *p, size_t n) {
    void *q = n < TR_ALLOC_MAX ? GC_REALLOC(p, n ? n : 1) : NULL;
    if (!q) tr_raise_memory_error();
    return q;
}

void *tr_alloc(size_t n) {
    void *p = GC_MALLOC(n ? n : 1);
    if (!p) tr_out_of_memory(n);
    return p;
}

void *tr_alloc_atomic(size_t n) {
    void *p = GC_MALLOC_ATOMIC(n ? n : 1);
    if (!p) tr_out_of_memory(n);
    memset(p, 0, n);
    return p;
}

void tr_repeat_fill(void *dst, const void *src, size_t size, int64_t n) {
    if (n <= 0 || !size) return;
    size_t total = size * (size_t)n, done = size;
    memcpy(dst, src, size);
    while (done < total) {
        size_t chunk = done < total - done ? done : total - done;
        memcpy((char *)dst + done, dst, chunk);
        done += chunk;
    }
}

void *tr_realloc(void *p, size_t n) {
    void *q = GC_REALLOC(p, n ? n : 1);
    if (!q) tr_out_of_memory(n);
    return q;
}

void *tr_new_object(TrType *type, size_t size) {
    TrObject *o = tr_alloc(size);
    o->type = type;
    return o;
}
