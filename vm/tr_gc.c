/* tr_gc.c — memory: every runtime allocation goes through Boehm GC.
 *
 * The collector is conservative and scans C stacks and registers, so the
 * interpreter, helpers and compiled code hold object pointers in locals with
 * no bookkeeping.  Pointer-free payloads (string bytes, GMP limbs) use the
 * atomic allocator so the collector does not scan them. */
#include <gc.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

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
    /* Boehm collects instead of growing the heap while many finalizers are
     * being registered, a rule for programs where most objects have one.
     * Here only big blocks (below) and ctypes callbacks do, and with the
     * rule every big block after the first cost a second collection. */
    GC_set_allocd_bytes_per_finalizer(0);
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

/* ---- big blocks ------------------------------------------------------------
 * Boehm keeps the pages of a dead block until it unmaps the block, which it
 * does only once the block has stayed free and unsplit for several
 * collections.  A program that replaces a big list with a bigger one (a
 * sieve run for growing limits) then keeps every generation in its RSS: the
 * new block does not fit in the old one's hole, so the heap grows.  So each
 * big block carries a finalizer that hands its pages back to the kernel as
 * soon as the collector finds the block dead; the block stays the
 * collector's, which frees it at the next collection and gets zero pages
 * from the kernel if it reuses the range.  No order: nothing reads a dead
 * block, and an ordered finalizer never runs on a list that holds itself.
 * Such blocks must never reach GC_FREE or GC_REALLOC, which would leave
 * the finalizer to fire on whatever the collector puts there next. */
#define TR_BIG_BLOCK ((size_t)1 << 20)

static void GC_CALLBACK release_pages(void *block, void *unused) {
    (void)unused;
    uintptr_t page = (uintptr_t)sysconf(_SC_PAGESIZE);
    uintptr_t lo = ((uintptr_t)block + page - 1) & ~(page - 1);
    uintptr_t hi = ((uintptr_t)block + GC_size(block)) & ~(page - 1);
    if (hi > lo) madvise((void *)lo, hi - lo, MADV_DONTNEED);
}

/* The collection's own frames lie below the caller's, over stack that
 * deeper calls (a compiled loop's helpers, or LLVM when it compiles on this
 * thread) left full of stale words; the collector scans those frames whole,
 * so a stale pointer to the last big list kept it alive, one time in three
 * under the JIT and every time with --jit-sync.  Zero that stretch first. */
static __attribute__((noinline)) void clear_stack_below(void) {
    volatile char pad[16 << 10];
    memset((char *)pad, 0, sizeof pad);
    __asm__ volatile("" : : "r"(pad) : "memory");
}

/* A collection inside the allocation would clear the new block before the
 * finalizers of the blocks it found dead run, so the old pages and the new
 * ones would be resident together.  When the heap has no room for the block
 * and a collection is due (about as much allocated since the last one as
 * half the data that survived it: Boehm's own rule is two thirds), collect
 * first and run the finalizers.  A collection costs about the live data,
 * so this adds at most one per half the live data allocated. */
static void make_room(size_t n) {
    size_t heap = GC_get_heap_size(), avail = GC_get_free_bytes(), since = GC_get_bytes_since_gc();
    if (avail >= n) return;
    size_t survived = heap - avail > since ? heap - avail - since : 0;
    if (since + n < survived / 2) return;
    clear_stack_below();
    GC_gcollect();
    GC_invoke_finalizers();
}

/* *total = header + n * size; false with MemoryError raised when no machine
 * has that much. */
static bool items_total(size_t header, int64_t n, size_t size, size_t *total) {
    if (n < 0 || (uint64_t)n >= (TR_ALLOC_MAX - header) / size) {
        tr_raise_memory_error();
        return false;
    }
    *total = header + (size_t)n * size;
    return true;
}

void *tr_try_alloc_items(size_t header, int64_t n, size_t size, bool atomic) {
    size_t total;
    if (!items_total(header, n, size, &total)) return NULL;
    if (total < TR_BIG_BLOCK) return atomic ? tr_try_alloc_atomic(total) : tr_try_alloc(total);
    make_room(total);
    void *p = atomic ? tr_try_alloc_atomic(total) : tr_try_alloc(total);
    if (p) GC_register_finalizer_no_order(p, release_pages, NULL, NULL, NULL);
    return p;
}

void *tr_try_alloc_buffer(int64_t n, size_t size) {
    size_t total;
    return items_total(0, n, size, &total) ? tr_try_alloc(total) : NULL;
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
