/* tr_jit.c — the loop JIT: the interpreter's hook, compiled versions of
 * each loop, entry signatures, exits and deoptimization accounting, and
 * --jit-stats.
 *
 * A loop is identified by its header.  Each compiled version records the
 * types of the live-in registers it was specialised for (its signature)
 * and its exit records.  On entry the hook picks the first version whose
 * signature matches the frame; with none, it compiles a new one for the
 * current types (at most TR_JIT_MAX_VERSIONS per loop).  Exits are data:
 * the compiled function returns an exit index, and this file turns it into
 * "resume at pc" or "unwind from pc".  A version that deoptimizes too often
 * is dropped (its type guards have widened the profile by then, so the
 * next version speculates less); a loop recompiled too often is left to the
 * interpreter for good — no loop can deopt-thrash forever (LuaJIT's
 * blacklisting, lj_trace.c). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <gc.h>
#include <malloc.h>
#include <pthread.h>
#include <link.h>
#include <sys/mman.h>
#include <unistd.h>

#include "tr_backend.h"
#include "tr_orc.h"
#include "tr_profile.h"
#include "tr_tx.h"

#define TR_JIT_MAX_VERSIONS 4
#define TR_JIT_MAX_COMPILES 8
#define TR_JIT_DEOPT_LIMIT 16
#define TR_JIT_MISS_LIMIT 64

enum { TR_VERSION_PENDING, TR_VERSION_READY, TR_VERSION_FAILED };

typedef struct TrJitVersion {
    TrRegionFn fn;
    int state;              /* TR_VERSION_*, set by the compile thread */
    bool dropped;
    struct TrJitLoop *unit;
    TrCode *code;
    int32_t nsig;
    int32_t *sig_reg;
    Ty *sig_ty;
    /* the entry test (sig_matches) in the terms of values: each signature
     * register's tag, and its class where the type names one */
    uint64_t *sig_tag;
    TrType **sig_cls;
    TrExit *exits;
    int32_t nexits;
    void **keep; /* GC pointers the machine code embeds */
    int32_t nkeep;
    uint32_t deopts;
} TrJitVersion;

/* A compiled unit: a loop (from its header) or a whole function. */
typedef struct TrJitLoop {
    int32_t header, start, end; /* entered at header; instructions start..end */
    bool function;
    int32_t nversions;
    TrJitVersion *versions[TR_JIT_MAX_VERSIONS];
    int32_t compiles;
    uint32_t misses;
    uint32_t deferred; /* times it waited for a ready unit holding its loop */
    struct TrJitVersion *hot;      /* function units: the version entered last (not dropped) */
    struct TrJitVersion **retired; /* dropped versions (GC memory keeps them) */
    int32_t nretired;
    const char *refused;
} TrJitLoop;

/* code->jit: the loops of one code object, by LOOP id, and the whole
 * function. */
typedef struct TrJitCode {
    TrJitLoop **by_id;
    TrJitLoop *function;
} TrJitCode;

static TrJitOptions opt;

/* ---- statistics ------------------------------------------------------------- */

#define TR_JIT_MAX_REFUSALS 32
static struct {
    uint64_t compiled, functions, inlined, entries, returns, exits[TR_EXIT_NREASONS], instrs;
    double ms_total, ms_max;
    double ms_translate, ms_optimize, ms_codegen; /* the phases, summed */
    double *ms;          /* every compile time, for the median */
    int32_t nms, capms;
    uint64_t invalidated;
    uint64_t left_at[TR_OPC_COUNT]; /* "left to the interpreter" exits by opcode */
    const char *refusal[TR_JIT_MAX_REFUSALS];
    uint64_t refusal_count[TR_JIT_MAX_REFUSALS];
    int nrefusals;
} stats;
static FILE *emit_file;
/* TAURARO_JIT_LOG=FILE: one line per compiled unit appended to FILE (its
 * compile time and phases), for surveys over many programs (bench/survey.sh)
 * where --jit-stats' per-run median is not enough */
static FILE *log_file;
static double started_ms; /* tr_jit_install's time: the log's timeline starts there */

static void count_refusal(const char *why) {
    for (int k = 0; k < stats.nrefusals; k++)
        if (!strcmp(stats.refusal[k], why)) {
            stats.refusal_count[k]++;
            return;
        }
    if (stats.nrefusals < TR_JIT_MAX_REFUSALS) {
        stats.refusal[stats.nrefusals] = why;
        stats.refusal_count[stats.nrefusals++] = 1;
    }
}

static void record_compile_time(double ms) {
    stats.ms_total += ms;
    if (ms > stats.ms_max) stats.ms_max = ms;
    if (stats.nms == stats.capms) {
        stats.capms = stats.capms ? 2 * stats.capms : 64;
        double *n = realloc(stats.ms, sizeof(double) * (size_t)stats.capms);
        if (!n) return;
        stats.ms = n;
    }
    stats.ms[stats.nms++] = ms;
}

static int cmp_double(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static void print_stats(FILE *out) {
    double median = 0;
    if (stats.nms) {
        qsort(stats.ms, (size_t)stats.nms, sizeof(double), cmp_double);
        median = stats.ms[stats.nms / 2];
    }
    fprintf(out, "jit: loops compiled: %llu (%llu instructions)\n", (unsigned long long)(stats.compiled - stats.functions),
            (unsigned long long)stats.instrs);
    fprintf(out, "jit: functions compiled: %llu\n", (unsigned long long)stats.functions);
    fprintf(out, "jit: calls inlined: %llu\n", (unsigned long long)stats.inlined);
    fprintf(out, "jit: compile time: total %.2f ms, median %.2f ms, max %.2f ms\n", stats.ms_total, median,
            stats.ms_max);
    fprintf(out, "jit:   translate %.2f ms, optimize %.2f ms, code generation %.2f ms\n", stats.ms_translate,
            stats.ms_optimize, stats.ms_codegen);
    fprintf(out, "jit: entries: %llu\n", (unsigned long long)stats.entries);
    fprintf(out, "jit: returns from compiled code: %llu\n", (unsigned long long)stats.returns);
    uint64_t deopts = 0;
    for (int r = 0; r < TR_EXIT_NREASONS; r++)
        if (tr_exit_is_deopt(r)) deopts += stats.exits[r];
    fprintf(out, "jit: deopts: %llu\n", (unsigned long long)deopts);
    for (int r = 0; r < TR_EXIT_NREASONS; r++)
        if (stats.exits[r])
            fprintf(out, "jit:   exit %s: %llu\n", tr_exit_reason_text[r], (unsigned long long)stats.exits[r]);
    for (int op = 0; op < TR_OPC_COUNT; op++)
        if (stats.left_at[op])
            fprintf(out, "jit:     at %s: %llu\n", tr_opinfo[op].name, (unsigned long long)stats.left_at[op]);
    fprintf(out, "jit: versions invalidated: %llu\n", (unsigned long long)stats.invalidated);
    uint64_t refused = 0;
    for (int k = 0; k < stats.nrefusals; k++) refused += stats.refusal_count[k];
    fprintf(out, "jit: loops refused: %llu\n", (unsigned long long)refused);
    for (int k = 0; k < stats.nrefusals; k++)
        fprintf(out, "jit:   refused %s: %llu\n", stats.refusal[k], (unsigned long long)stats.refusal_count[k]);
}

/* ---- loops and versions --------------------------------------------------------- */

static TrJitCode *jit_code(TrCode *code) {
    TrJitCode *jc = code->jit;
    if (!jc) {
        jc = code->jit = tr_alloc(sizeof(TrJitCode));
        jc->by_id = tr_alloc(sizeof(TrJitLoop *) * (size_t)(code->nloops + 1));
    }
    return jc;
}

static TrJitLoop *function_of(TrCode *code) {
    TrJitCode *jc = jit_code(code);
    if (!jc->function) {
        jc->function = tr_alloc(sizeof(TrJitLoop));
        jc->function->header = jc->function->start = 0;
        jc->function->end = code->ncode - 1;
        jc->function->function = true;
    }
    return jc->function;
}

/* The last back-edge to `header` at or after `from`. */
static int32_t loop_end(const TrCode *code, int32_t header, int32_t from) {
    int32_t end = from;
    for (int32_t pc = header; pc < code->ncode; pc++) {
        TrInstr i = code->code[pc];
        if (TR_OP(i) == TR_OPC_LOOP && (int32_t)TR_B(i) == header && pc > end) end = pc;
    }
    return end;
}

/* A hot inner loop is compiled together with the loops around it while
 * they stay small (a few times its size): the region is the outer loop,
 * entered at the inner loop's header.  One compilation then runs the whole
 * nest natively, instead of the inner loop, then each enclosing loop again
 * when it gets hot in turn. */
static void widen_region(const TrCode *code, int32_t *start, int32_t *end) {
    int32_t inner = *end - *start + 1;
    for (bool grew = true; grew;) {
        grew = false;
        for (int32_t pc = *end + 1; pc < code->ncode; pc++) {
            TrInstr i = code->code[pc];
            int32_t h = (int32_t)TR_B(i);
            if (TR_OP(i) != TR_OPC_LOOP || h >= *start) continue;
            int32_t e = loop_end(code, h, pc), size = e - h + 1;
            if (size > 6 * inner || size > 2000) return;
            *start = h;
            *end = e;
            grew = true;
            break;
        }
    }
}

static TrJitLoop *loop_of(TrFrame *f, int32_t loop_id) {
    TrCode *code = f->code;
    TrJitCode *jc = jit_code(code);
    if (jc->by_id[loop_id]) return jc->by_id[loop_id];
    /* the back-edge just executed names the header; the loop ends at the
     * last back-edge to that header (continue statements add more) */
    int32_t at = (int32_t)(f->pc - code->code) - 1;
    int32_t header = (int32_t)TR_B(code->code[at]);
    TrJitLoop *L = NULL;
    for (int32_t k = 0; k < code->nloops; k++) /* share with other ids of this header */
        if (jc->by_id[k] && jc->by_id[k]->header == header) L = jc->by_id[k];
    if (!L) {
        L = tr_alloc(sizeof(TrJitLoop));
        L->header = L->start = header;
        L->end = loop_end(code, header, at);
        widen_region(code, &L->start, &L->end);
    }
    jc->by_id[loop_id] = L;
    return L;
}

static inline __attribute__((always_inline)) bool sig_matches(const TrJitVersion *v, const TrValue *regs) {
    for (int32_t k = 0; k < v->nsig; k++) {
        TrValue x = regs[v->sig_reg[k]];
        if (x.tag != v->sig_tag[k] || (v->sig_cls[k] && x.u.o->type != v->sig_cls[k])) return false;
    }
    return true;
}

static double now_ms(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static void dump_module(LLVMModuleRef m, const char *when, FILE *out) {
    char *ir = LLVMPrintModuleToString(m);
    if (when) fprintf(out, "; ---- %s ----\n", when);
    fputs(ir, out);
    LLVMDisposeMessage(ir);
}

static void *direct_callee(TrTx *tx, TrFunction *fn, const Ty *argty, int nargs, bool may_compile,
                           void **version);
static LLVMValueRef inline_callee(TrTx *tx, TrFunction *fn, const Ty *argty, int nargs, bool self,
                                  void **version);
static TrRet finish_call(TrFrame *fr, int64_t id, void *version);
static void took_exit(TrJitLoop *L, TrJitVersion *v, TrFrame *f, TrExit *e);

/* ---- compilation: translate here, optimize and generate code there ----------------

 * Translation reads the VM's state (types, profiles, caches, globals), so
 * it runs on the interpreter's thread; what follows is LLVM's alone: with
 * --jit-async (the default with two CPUs or more) it runs on one compile
 * thread while the interpreter goes on (the version is entered once ready);
 * with --jit-sync at once on the interpreter's thread, which keeps runs
 * deterministic.  Once the collector stopped collecting every few hundred
 * KB, the compile thread measured faster on every benchmark here. */

/* Jobs are uncollectable GC memory: the collector scans them (they are the
 * only reference to a version whose function was dropped while its job was
 * queued) and never frees them; they are freed when done. */
typedef struct Job {
    struct Job *next;
    LLVMModuleRef m;
    void *ctx;
    char name[96];
    TrJitVersion *v;  /* kept alive by the job: its code object may die while it waits */
    double ms_translate;
    double queued;    /* ms since tr_jit_install, for the log's timeline */
} Job;

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t work_cond = PTHREAD_COND_INITIALIZER;
static pthread_t worker;
static bool worker_started, worker_stop;
static Job *queue_head, *queue_tail;

/* optimize + code generation; publishes v->fn (or failure) */
static void run_job(Job *j) {
    double ms_opt = 0, ms_cg = 0;
    void *fn = tr_orc_compile(j->m, j->ctx, j->name, opt.dump_ir ? stderr : NULL, &ms_opt, &ms_cg);
    pthread_mutex_lock(&lock);
    if (fn) {
        stats.ms_optimize += ms_opt;
        stats.ms_codegen += ms_cg;
        record_compile_time(j->ms_translate + ms_opt + ms_cg);
        if (log_file)
            fprintf(log_file, "%.3f ms (translate %.3f, optimize %.3f, codegen %.3f) %s queued at %.1f ms, ready at %.1f ms\n",
                    j->ms_translate + ms_opt + ms_cg, j->ms_translate, ms_opt, ms_cg, j->name, j->queued,
                    now_ms() - started_ms);
        stats.compiled++;
        if (j->v->unit->function) stats.functions++;
        j->v->fn = (TrRegionFn)fn;
    }
    pthread_mutex_unlock(&lock);
    __atomic_store_n(&j->v->state, fn ? TR_VERSION_READY : TR_VERSION_FAILED, __ATOMIC_RELEASE);
    GC_FREE(j);
}

/* The executable's read-only segments (its code, LLVM's among it, and
 * their tables) are file pages: dropping them from this process costs
 * nothing but a fault from the page cache when they are next run.  LLVM's
 * pages, about 12 MB of them, are only wanted while a unit compiles. */
static int drop_readonly_segments(struct dl_phdr_info *info, size_t size, void *data) {
    (void)size;
    (void)data;
    /* text relocated in place (DT_TEXTREL) would be private, written pages */
    for (int k = 0; k < info->dlpi_phnum; k++) {
        if (info->dlpi_phdr[k].p_type != PT_DYNAMIC) continue;
        for (const ElfW(Dyn) *d = (const ElfW(Dyn) *)(info->dlpi_addr + info->dlpi_phdr[k].p_vaddr);
             d->d_tag != DT_NULL; d++)
            if (d->d_tag == DT_TEXTREL || (d->d_tag == DT_FLAGS && (d->d_un.d_val & DF_TEXTREL))) return 1;
    }
    uintptr_t page = (uintptr_t)sysconf(_SC_PAGESIZE);
    for (int k = 0; k < info->dlpi_phnum; k++) {
        const ElfW(Phdr) *ph = &info->dlpi_phdr[k];
        if (ph->p_type != PT_LOAD || (ph->p_flags & PF_W)) continue; /* writable pages hold state */
        uintptr_t start = (info->dlpi_addr + ph->p_vaddr) & ~(page - 1);
        uintptr_t end = info->dlpi_addr + ph->p_vaddr + ph->p_memsz;
        madvise((void *)start, end - start, MADV_DONTNEED);
    }
    return 1; /* the first object is the executable: stop there */
}

/* The compile queue is empty: hand back what LLVM freed (its modules,
 * passes, instruction selection) and the code pages it ran, instead of
 * keeping them resident under the program's peak.  (malloc_trim: 3 MB of
 * objects' 88; the code pages: objects 80.1 to 77.4 MB, sorting 127.5 to
 * 123.9, sieve 140.5 to 127.1, medians of 5.) */
static void release_idle_memory(void) {
    malloc_trim(0);
    dl_iterate_phdr(drop_readonly_segments, NULL);
}

static void *worker_main(void *arg) {
    (void)arg;
    pthread_mutex_lock(&lock);
    for (;;) {
        while (!queue_head && !worker_stop) pthread_cond_wait(&work_cond, &lock);
        if (worker_stop) break;
        Job *j = queue_head;
        queue_head = j->next;
        if (!queue_head) queue_tail = NULL;
        pthread_mutex_unlock(&lock);
        run_job(j);
        pthread_mutex_lock(&lock);
        if (!queue_head) {
            pthread_mutex_unlock(&lock);
            release_idle_memory();
            pthread_mutex_lock(&lock);
        }
    }
    pthread_mutex_unlock(&lock);
    return NULL;
}

/* Run the job now (sync) or on the compile thread. */
static void submit(Job *j, bool now) {
    if (now || !opt.async) {
        run_job(j);
        return;
    }
    pthread_mutex_lock(&lock);
    if (!worker_started) {
        pthread_attr_t attr;
        pthread_attr_init(&attr);
        pthread_attr_setstacksize(&attr, (size_t)64 << 20); /* LLVM recurses deeply */
        worker_started = pthread_create(&worker, &attr, worker_main, NULL) == 0;
        pthread_attr_destroy(&attr);
        if (!worker_started) {
            pthread_mutex_unlock(&lock);
            run_job(j);
            return;
        }
    }
    /* a loop goes ahead of the whole functions waiting: the interpreter is
     * in it, while a function's calls from loops compiled meanwhile are
     * inlined or direct (spectral_norm's eval_a, hot in the interpreter
     * while its callers' loops compiled, held up the second loop) */
    Job **at = &queue_head;
    if (!j->v->unit->function)
        while (*at && !(*at)->v->unit->function) at = &(*at)->next;
    else
        at = queue_tail ? &queue_tail->next : &queue_head;
    j->next = *at;
    *at = j;
    if (!j->next) queue_tail = j;
    pthread_cond_signal(&work_cond);
    pthread_mutex_unlock(&lock);
}

/* A function name as an LLVM symbol: anything but [A-Za-z0-9_] becomes _. */
static void symbol_chars(char *name) {
    for (char *p = name; *p; p++)
        if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') || *p == '_'))
            *p = '_';
}

/* What a version keeps of its translation: signature, exits, GC pointers. */
static void set_translation(TrJitVersion *v, const TrTxResult *res) {
    v->nsig = res->nsig;
    v->sig_reg = res->sig_reg;
    v->sig_ty = res->sig_ty;
    v->sig_tag = tr_alloc_atomic(sizeof(uint64_t) * (size_t)(res->nsig + 1));
    v->sig_cls = tr_alloc(sizeof(TrType *) * (size_t)(res->nsig + 1));
    for (int32_t k = 0; k < res->nsig; k++) {
        Ty t = res->sig_ty[k];
        v->sig_tag[k] = (uint64_t)tx_ty_tag[t.kind]; /* (TY_ANY is never in a signature) */
        v->sig_cls[k] = t.kind == TY_OBJ ? t.cls : NULL;
    }
    v->exits = res->exits;
    v->nexits = res->nexits;
    v->keep = res->keep;
    v->nkeep = res->nkeep;
}

/* The entry types of fn's registers for a call with arguments of these
 * types: then the defaults of the missing ones, and the closure cells. */
static Ty *callee_types(TrFunction *fn, const Ty *argty, int nargs) {
    TrCode *code = fn->code;
    int32_t n = code->nregs > 0 ? code->nregs : 1;
    Ty *types = tr_alloc(sizeof(Ty) * (size_t)n);
    for (int k = 0; k < nargs && k < n; k++) types[k] = argty[k];
    for (int32_t k = nargs; k < code->argcount; k++) /* defaults */
        types[k] = ty_of_value(fn->defaults->items[k - (code->argcount - (int32_t)fn->defaults->len)]);
    for (int32_t k = 0; k < code->nfree; k++) types[code->freestart + k] = ty_of_value(fn->closure->items[k]);
    return types;
}

/* Compile unit L of `code` for the entry values (a frame's registers) or
 * entry types (a call site's arguments).  The version returned may still
 * be compiling (state PENDING); `now` forces the whole job on this thread
 * (a direct callee, which the caller's code will call by address). */
static TrJitVersion *compile(TrJitLoop *L, TrCode *code, TrDict *globals, const TrValue *vals, const Ty *types,
                             bool now) {
    static unsigned serial;
    Job *j = GC_MALLOC_UNCOLLECTABLE(sizeof(Job));
    if (!j) return NULL;
    if (L->function) snprintf(j->name, sizeof j->name, "tr_fn_%u_%s", ++serial, code->qualname->data);
    else snprintf(j->name, sizeof j->name, "tr_loop_%u_%s_pc%d", ++serial, code->qualname->data, (int)L->header);
    symbol_chars(j->name);
    double t0 = now_ms();
    j->m = tr_orc_new_module(j->name, opt.dump_ir || emit_file, &j->ctx);
    if (!j->m) {
        L->refused = "no JIT (LLVM failed to start)";
        GC_FREE(j);
        return NULL;
    }
    TrJitVersion *v = tr_alloc(sizeof(TrJitVersion));
    v->unit = L;
    v->code = code;
    TrTxRequest rq = {code, L->start, L->end, L->header, TR_TX_JIT, vals, j->name, L->function, globals,
                      types, direct_callee, finish_call, L->function ? v : NULL, inline_callee, false, 0};
    TrTxResult res;
    if (tr_tx_translate(j->m, &rq, &res) < 0) {
        L->refused = res.refused;
        tr_orc_discard(j->m, j->ctx);
        GC_FREE(j);
        return NULL;
    }
    if (opt.dump_ir) dump_module(j->m, "translated", stderr);
    if (emit_file) dump_module(j->m, NULL, emit_file);
    if (tr_orc_verify(j->m) < 0) {
        if (!opt.dump_ir) dump_module(j->m, "invalid", stderr);
        L->refused = "internal error: invalid IR";
        tr_orc_discard(j->m, j->ctx);
        GC_FREE(j);
        return NULL;
    }
    /* the exit table is complete before the code can run (or finish calls) */
    set_translation(v, &res);
    j->v = v;
    j->ms_translate = now_ms() - t0;
    j->queued = now_ms() - started_ms;
    pthread_mutex_lock(&lock);
    stats.ms_translate += j->ms_translate;
    stats.instrs += (uint64_t)res.ninstr;
    pthread_mutex_unlock(&lock);
    submit(j, now);
    return v;
}

static TrRet interp_entry(TrFrame *fr, TrValue *regs);

/* Versions the unit no longer enters stay reachable (GC memory): compiled
 * callers still hold their address. */
static void retire(TrJitLoop *L, TrJitVersion *v) {
    L->retired = tr_realloc(L->retired, sizeof(TrJitVersion *) * (size_t)(L->nretired + 1));
    L->retired[L->nretired++] = v;
}

/* A new version joins its unit; the calls compiled while it was translated
 * (recursion with other argument types) may have filled the unit
 * meanwhile, and then it is only kept alive for the callers it is
 * returned to. */
static void add_version(TrJitLoop *L, TrJitVersion *v) {
    if (L->nversions < TR_JIT_MAX_VERSIONS) L->versions[L->nversions++] = v;
    else retire(L, v);
}

static void drop_version(TrJitLoop *L, TrJitVersion *v) {
    if (v->dropped) return;
    v->dropped = true;
    if (L->hot == v) L->hot = NULL;
    retire(L, v);
    v->fn = interp_entry; /* compiled callers call through v->fn */
    for (int32_t k = 0; k < L->nversions; k++)
        if (L->versions[k] == v) {
            L->versions[k] = L->versions[--L->nversions];
            break;
        }
    stats.invalidated++;
    if (L->compiles >= TR_JIT_MAX_COMPILES) L->refused = "deoptimized too often";
}

static int version_state(TrJitVersion *v) { return __atomic_load_n(&v->state, __ATOMIC_ACQUIRE); }

/* Is another loop unit of this code compiling, or ready to run, a region
 * that holds L's header?  Its code runs L's loop too once entered, so L
 * waits rather than compile the same nest again for another entry (with
 * the compile thread, the loops of a nest otherwise get hot one after
 * another while the first compilation is under way: nbody compiled its
 * loop three times; and when it is ready, an outer loop's back-edge may
 * come before the inner one's that enters it: nbody compiled the nest a
 * second time in about one run of three).  A ready unit is waited for a
 * few times only: L may be running where that code is never entered. */
#define TR_JIT_DEFER_LIMIT 8

static bool covered_by_other(TrCode *code, TrJitLoop *L) {
    TrJitCode *jc = jit_code(code);
    bool ready = false;
    for (int32_t k = 0; k < code->nloops; k++) {
        const TrJitLoop *o = jc->by_id[k];
        if (!o || o == L || o->header == L->header || L->header < o->start || L->header > o->end) continue;
        for (int32_t j = 0; j < o->nversions; j++) {
            int st = version_state(o->versions[j]);
            if (st == TR_VERSION_PENDING) return true;
            ready |= st == TR_VERSION_READY && !o->versions[j]->dropped;
        }
    }
    return ready && L->deferred++ < TR_JIT_DEFER_LIMIT;
}

static TrJitVersion *find_or_compile(TrJitLoop *L, TrFrame *f) {
    for (int32_t k = 0; k < L->nversions; k++) {
        TrJitVersion *v = L->versions[k];
        if (!sig_matches(v, f->regs)) continue;
        switch (version_state(v)) {
        case TR_VERSION_READY: return v;
        case TR_VERSION_PENDING: return NULL; /* interpret until it is ready */
        default: L->refused = "internal error: code generation failed"; return NULL;
        }
    }
    if (L->nversions >= TR_JIT_MAX_VERSIONS) {
        if (++L->misses >= TR_JIT_MISS_LIMIT) L->refused = "entry types unstable";
        return NULL;
    }
    if (L->compiles >= TR_JIT_MAX_COMPILES) {
        L->refused = "deoptimized too often";
        return NULL;
    }
    if (!L->function && covered_by_other(f->code, L)) return NULL;
    L->compiles++;
    TrJitVersion *v = compile(L, f->code, f->globals, f->regs, NULL, false);
    if (!v) return NULL;
    add_version(L, v);
    return version_state(v) == TR_VERSION_READY ? v : NULL;
}

/* ---- direct calls between compiled functions -------------------------------------- */

/* Does a version's signature hold for arguments of these static types? */
static bool sig_implied(const TrJitVersion *v, const Ty *ty, int32_t n) {
    for (int32_t k = 0; k < v->nsig; k++) {
        int32_t r = v->sig_reg[k];
        Ty want = v->sig_ty[k];
        if (r >= n) return false;
        if (ty[r].kind != want.kind || (want.kind == TY_OBJ && want.cls && ty[r].cls != want.cls)) return false;
    }
    return true;
}

/* The compiled code of fn for a call with these argument types: an
 * existing version whose signature they imply, or a new one (call-site
 * compilation, a few levels deep at most). */
static void *direct_callee(TrTx *tx, TrFunction *fn, const Ty *argty, int nargs, bool may_compile,
                           void **version) {
    static int depth;
    (void)tx;
    TrCode *code = fn->code;
    TrJitLoop *L = function_of(code);
    Ty *types = callee_types(fn, argty, nargs);
    for (int32_t k = 0; k < L->nversions; k++)
        if (sig_implied(L->versions[k], types, code->freestart + code->nfree)) {
            if (version_state(L->versions[k]) != TR_VERSION_READY) return NULL;
            *version = L->versions[k];
            return L->versions[k];
        }
    if (!may_compile || L->refused || depth >= 3 || L->nversions >= TR_JIT_MAX_VERSIONS ||
        L->compiles >= TR_JIT_MAX_COMPILES)
        return NULL;
    depth++;
    L->compiles++;
    TrJitVersion *v = compile(L, code, fn->globals, NULL, types, true);
    depth--;
    if (!v) return NULL;
    add_version(L, v);
    if (version_state(v) != TR_VERSION_READY) return NULL;
    *version = v;
    return v;
}

/* Small callees are inlined: translated again into the caller's module as
 * internal always-inline functions, so LLVM folds the call into the
 * caller's code (the frame set up for them mostly disappears with it).
 * Only straight-line code (no loops, no handlers) of a few instructions;
 * the copy has its own exit table (a version that is never entered on its
 * own), which the caller keeps alive. */
#define TR_JIT_INLINE_MAX 32 /* bytecode instructions */

static LLVMValueRef inline_callee(TrTx *tx, TrFunction *fn, const Ty *argty, int nargs, bool self,
                                  void **version) {
    static int depth;
    static unsigned serial;
    TrCode *code = fn->code;
    TrJitLoop *L = function_of(code);
    if (code->ncode > TR_JIT_INLINE_MAX || code->nloops || code->nexc || L->refused || depth >= 2) return NULL;
    Ty *types = callee_types(fn, argty, nargs);
    char name[96];
    snprintf(name, sizeof name, "tr_inl_%u_%s", ++serial, code->qualname->data);
    symbol_chars(name);
    TrJitVersion *v = tr_alloc(sizeof(TrJitVersion));
    v->unit = L;
    v->code = code;
    v->state = TR_VERSION_READY;
    v->fn = interp_entry; /* never entered through this word */
    /* the copy's entry types imply those of the version being compiled:
     * its self-calls can call that version */
    TrTxRequest rq = {code, 0, code->ncode - 1, 0, TR_TX_JIT, NULL, name, 1, fn->globals,
                      types, direct_callee, finish_call, self ? tx->rq->self_version : NULL, inline_callee, true,
                      code->argcount};
    TrTxResult res;
    depth++;
    int rc = tr_tx_translate(tx->mod, &rq, &res);
    depth--;
    if (rc < 0) return NULL;
    set_translation(v, &res);
    LLVMSetLinkage(res.fn, LLVMInternalLinkage);
    LLVMContextRef ctx = LLVMGetModuleContext(tx->mod);
    unsigned kind = LLVMGetEnumAttributeKindForName("alwaysinline", 12);
    LLVMAddAttributeAtIndex(res.fn, LLVMAttributeFunctionIndex, LLVMCreateEnumAttribute(ctx, kind, 0));
    stats.inlined++;
    *version = v;
    return res.fn;
}

/* Where the calls compiled into other code go once a version is dropped:
 * the interpreter runs the callee's frame from its start (and may enter a
 * newer version). */
static TrRet interp_entry(TrFrame *fr, TrValue *regs) {
    (void)regs;
    tr_ts.frame = fr->back; /* the interpreter links the frame itself */
    TrValue r = tr_eval_call(fr); /* (a newer version may run it) */
    TrRet out = {r.tag, TR_IS_UNDEF(r) ? -1 : r.u.i};
    return out;
}

/* A directly called function's code took exit `id`: finish its frame in
 * the interpreter, from the exit's pc (re-raising at it for an exception).
 * Returns the call's value, or tag 0 with the exception pending. */
static TrRet finish_call(TrFrame *fr, int64_t id, void *version) {
    TrJitVersion *v = version;
    if (id < 0) { /* from interp_entry: the exception is pending */
        TrRet err = {0, 0};
        return err;
    }
    TrExit *e = &v->exits[id];
    took_exit(v->unit, v, fr, e);
    fr->pc = fr->code->code + e->pc + (e->reason == TR_EXIT_RAISE);
    fr->resume_with_exc = e->reason == TR_EXIT_RAISE;
    tr_ts.depth++;
    TrValue r = tr_eval(fr);
    tr_ts.depth--;
    TrRet out = {r.tag, r.u.i};
    return out;
}

/* ---- the interpreter's hook ------------------------------------------------------ */

/* Never ask again for this unit (2**31 events away). */
static void refuse(TrCode *code, TrJitLoop *L) {
    count_refusal(L->refused);
    if (L->function) {
        code->callcount = INT32_MIN;
        return;
    }
    for (int32_t k = 0; k < code->nloops; k++)
        if (((TrJitCode *)code->jit)->by_id[k] == L) code->loopcount[k] = INT32_MIN;
}

/* Account for exit e of version v taken on frame f; widen the profile of a
 * failed type guard; drop a version that deoptimizes too often. */
static void took_exit(TrJitLoop *L, TrJitVersion *v, TrFrame *f, TrExit *e) {
    e->count++;
    stats.exits[e->reason]++;
    if (e->reason == TR_EXIT_UNSUPPORTED) stats.left_at[TR_OP(f->code->code[e->site])]++;
    if (!tr_exit_is_deopt(e->reason)) return;
    if (e->reason == TR_EXIT_TYPE && e->reg >= 0) {
        uint32_t kind = tr_prof_kind(f->regs[e->reg]);
        f->code->prof[e->pc - 1] |= kind;
        if (kind & TR_PROF_CLASS(BIGINT)) tx_expect_bigints = true;
    }
    if (e->reason == TR_EXIT_OVERFLOW) tx_expect_bigints = true;
    /* a value guard (identity of a binding, a cached method) that keeps
     * failing: the next version does not speculate there */
    if (e->reason == TR_EXIT_TYPE && e->reg < 0 && e->count >= 4) f->code->prof[e->site] |= TR_PROF_NOSPEC;
    if (++v->deopts >= TR_JIT_DEOPT_LIMIT) drop_version(L, v);
}

/* No code to run yet (its version is still compiling, or a loop around it
 * is): ask again TR_JIT_BACKOFF events later rather than at every one.  In
 * sieve's inner loop the hook's check at every back-edge while the compile
 * thread worked was 5% of the run. */
#define TR_JIT_BACKOFF 64

static void back_off(TrCode *code, int32_t loop_id) {
    int32_t *count = loop_id < 0 ? &code->callcount : &code->loopcount[loop_id];
    int32_t threshold = loop_id < 0 ? tr_jit_call_threshold : tr_jit_threshold;
    *count = threshold - TR_JIT_BACKOFF;
}

/* Run version v of unit L on frame f. */
static inline __attribute__((always_inline)) int enter(TrJitLoop *L, TrJitVersion *v, TrFrame *f,
                                                       int32_t *resume, TrValue *result) {
    stats.entries++;
    TrRet r = v->fn(f, f->regs);
    if (r.tag) {
        stats.returns++;
        *result = tr_ret_value(r);
        return TR_JIT_RETURN;
    }
    TrExit *e = &v->exits[r.v];
    took_exit(L, v, f, e);
    *resume = e->pc;
    return e->reason == TR_EXIT_RAISE ? TR_JIT_RAISE : TR_JIT_RESUME;
}

static int __attribute__((noinline)) jit_hook_find(TrFrame *f, int32_t loop_id, int32_t *resume, TrValue *result) {
    TrCode *code = f->code;
    TrJitLoop *L = loop_id < 0 ? function_of(code) : loop_of(f, loop_id);
    TrJitVersion *v = L->refused ? NULL : find_or_compile(L, f);
    if (!v) {
        if (L->refused) refuse(code, L);
        else back_off(code, loop_id);
        return TR_JIT_NONE;
    }
    /* stays hot: the next event re-enters */
    if (loop_id < 0) {
        code->callcount = tr_jit_call_threshold - 1;
        L->hot = v; /* jit_hook tries it first at the next call */
    } else {
        code->loopcount[loop_id] = tr_jit_threshold - 1;
    }
    return enter(L, v, f, resume, result);
}

static int jit_hook(TrFrame *f, int32_t loop_id, int32_t *resume, TrValue *result) {
    /* a hot function asks at every call: the version it ran last is tried
     * first, inline (a small function called from C, by map() say, spent
     * four times as long getting into its code as in it) */
    if (loop_id < 0) {
        TrCode *code = f->code;
        TrJitCode *jc = code->jit;
        TrJitLoop *L = jc ? jc->function : NULL;
        TrJitVersion *v = L ? L->hot : NULL;
        if (v && sig_matches(v, f->regs)) {
            code->callcount = tr_jit_call_threshold - 1; /* the next call asks again */
            return enter(L, v, f, resume, result);
        }
    }
    return jit_hook_find(f, loop_id, resume, result);
}

/* ---- public entry points --------------------------------------------------------- */

void tr_jit_install(const TrJitOptions *o) {
    opt = *o;
    started_ms = now_ms();
    tr_jit_hook = jit_hook;
    tr_jit_threshold = o->threshold > 0 ? o->threshold : 1;
    tr_jit_call_threshold = o->call_threshold > 0 ? o->call_threshold : 1;
    const char *log = getenv("TAURARO_JIT_LOG");
    if (log && *log && !(log_file = fopen(log, "a"))) perror(log);
    if (log_file) setvbuf(log_file, NULL, _IOLBF, 0); /* os._exit() skips tr_jit_finish */
    if (o->emit_llvm) {
        emit_file = fopen(o->emit_llvm, "w");
        if (!emit_file) perror(o->emit_llvm);
    }
}

void tr_jit_finish(void) {
    /* LLVM must not be running on the compile thread while the process
     * exits: the job under way completes, the queued ones are dropped */
    pthread_mutex_lock(&lock);
    bool started = worker_started;
    worker_stop = true;
    pthread_cond_signal(&work_cond);
    pthread_mutex_unlock(&lock);
    if (started) pthread_join(worker, NULL);
    worker_started = false;
    if (opt.stats) print_stats(stderr);
    if (log_file) {
        fclose(log_file);
        log_file = NULL;
    }
    if (emit_file) {
        fclose(emit_file);
        emit_file = NULL;
    }
}
