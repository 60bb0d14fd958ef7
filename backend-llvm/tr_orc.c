/* tr_orc.c — the process's one ORC LLJIT: created at the first compilation,
 * helpers registered as absolute symbols, modules verified, optimized with
 * the new pass manager and added to the main JITDylib.
 *
 * Everything LLVM-specific about running code in-process lives here, so
 * tr_jit.c deals only in regions, versions and exits. */
#include "tr_orc.h"

#include <llvm-c/Analysis.h>
#include <llvm-c/Error.h>
#include <llvm-c/LLJIT.h>
#include <llvm-c/Orc.h>
#include <llvm-c/Support.h>
#include <llvm-c/Target.h>
#include <llvm-c/TargetMachine.h>
#include <llvm-c/Transforms/PassBuilder.h>
#include <stdio.h>
#include <stdlib.h>
#include <pthread.h>
#include <string.h>
#include <time.h>

#include "tr_helpers.h"
#include "tr_signal.h"

static LLVMOrcLLJITRef jit;
static char *triple, *host_cpu, *host_features;
static const char *datalayout;

static bool report(LLVMErrorRef err, const char *what) {
    if (!err) return false;
    char *msg = LLVMGetErrorMessage(err);
    fprintf(stderr, "tauraro: JIT %s failed: %s\n", what, msg);
    LLVMDisposeErrorMessage(msg);
    return true;
}

/* Helpers (and the async flag) as absolute symbols: JIT code calls the
 * very functions the interpreter calls. */
static bool define_helpers(void) {
    LLVMOrcJITDylibRef jd = LLVMOrcLLJITGetMainJITDylib(jit);
    int n = tr_helper_count + 1;
    LLVMOrcCSymbolMapPair *pairs = calloc((size_t)n, sizeof *pairs);
    if (!pairs) return false;
    for (int k = 0; k < tr_helper_count; k++) {
        pairs[k].Name = LLVMOrcLLJITMangleAndIntern(jit, tr_helper_table[k].symbol);
        pairs[k].Sym.Address = (LLVMOrcExecutorAddress)(uintptr_t)tr_helper_table[k].address;
        pairs[k].Sym.Flags.GenericFlags = LLVMJITSymbolGenericFlagsExported | LLVMJITSymbolGenericFlagsCallable;
    }
    pairs[n - 1].Name = LLVMOrcLLJITMangleAndIntern(jit, "tr_eval_breaker");
    pairs[n - 1].Sym.Address = (LLVMOrcExecutorAddress)(uintptr_t)&tr_eval_breaker;
    pairs[n - 1].Sym.Flags.GenericFlags = LLVMJITSymbolGenericFlagsExported;
    bool bad = report(LLVMOrcJITDylibDefine(jd, LLVMOrcAbsoluteSymbols(pairs, (size_t)n)), "symbol definition");
    free(pairs);
    /* libm and libc functions LLVM lowers some operations to (fmod, floor) */
    LLVMOrcDefinitionGeneratorRef gen;
    char prefix = LLVMOrcLLJITGetGlobalPrefix(jit);
    if (!bad && !report(LLVMOrcCreateDynamicLibrarySearchGeneratorForProcess(&gen, prefix, NULL, NULL),
                        "process symbols"))
        LLVMOrcJITDylibAddGenerator(jd, gen);
    return !bad;
}

static bool start(void) {
    static int state; /* 0 not tried, 1 up, -1 failed */
    if (state) return state > 0;
    state = -1;
    LLVMInitializeNativeTarget();
    LLVMInitializeNativeAsmPrinter();
    char *host = LLVMGetDefaultTargetTriple();
    triple = strdup(host);
    LLVMDisposeMessage(host);
    LLVMTargetRef target;
    char *err = NULL;
    if (LLVMGetTargetFromTriple(triple, &target, &err)) {
        fprintf(stderr, "tauraro: JIT target: %s\n", err);
        LLVMDisposeMessage(err);
        return false;
    }
    host_cpu = LLVMGetHostCPUName();
    host_features = LLVMGetHostCPUFeatures();
    /* the optimizer (LLVMRunPasses) does the heavy lifting on our IR; the
     * JIT's own code generator runs at the "less" level, which costs much
     * less compile time for the same code on these loops, and selects
     * instructions with FastISel: SelectionDAG was 40% of code generation
     * and the optimized IR leaves it little to find (FastISel cut code
     * generation by 20-30% on the benchmarks' loops; their run time in
     * steady state moved by less than the noise, spectral_norm 4% slower).
     * There is no C API for the TargetMachine option, only LLVM's command
     * line, which this process does not otherwise use. */
    const char *cl[] = {"tauraro", "-fast-isel"};
    LLVMParseCommandLineOptions(2, cl, NULL);
    LLVMTargetMachineRef cgtm = LLVMCreateTargetMachine(target, triple, host_cpu, host_features,
                                                        LLVMCodeGenLevelLess, LLVMRelocDefault,
                                                        LLVMCodeModelJITDefault);
    LLVMOrcLLJITBuilderRef builder = LLVMOrcCreateLLJITBuilder();
    LLVMOrcLLJITBuilderSetJITTargetMachineBuilder(builder, LLVMOrcJITTargetMachineBuilderCreateFromTargetMachine(cgtm));
    if (report(LLVMOrcCreateLLJIT(&jit, builder), "creation")) return false;
    if (!define_helpers()) return false;
    datalayout = LLVMOrcLLJITGetDataLayoutStr(jit);
    state = 1;
    return true;
}

LLVMModuleRef tr_orc_new_module(const char *name, bool names, void **ctx) {
    if (!start()) return NULL;
    /* a context of its own: the module may be optimized on the compile
     * thread while the next one is being built */
    LLVMOrcThreadSafeContextRef c = LLVMOrcCreateNewThreadSafeContext();
    /* value names cost string work in every pass; only a reader of the IR
     * needs them */
    LLVMContextSetDiscardValueNames(LLVMOrcThreadSafeContextGetContext(c), !names);
    LLVMModuleRef m = LLVMModuleCreateWithNameInContext(name, LLVMOrcThreadSafeContextGetContext(c));
    LLVMSetTarget(m, triple);
    LLVMSetDataLayout(m, datalayout);
    *ctx = c;
    return m;
}

void tr_orc_discard(LLVMModuleRef m, void *ctx) {
    LLVMDisposeModule(m);
    LLVMOrcDisposeThreadSafeContext(ctx);
}

int tr_orc_verify(LLVMModuleRef m) {
    char *msg = NULL;
    if (LLVMVerifyModule(m, LLVMReturnStatusAction, &msg)) {
        fprintf(stderr, "tauraro: internal error: JIT produced invalid IR:\n%s\n", msg);
        LLVMDisposeMessage(msg);
        return -1;
    }
    LLVMDisposeMessage(msg);
    return 0;
}

static double now_ms(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

/* The optimizer's machine, made once: a TargetMachine is not to be used by
 * two threads at once, and every use is under compile_lock.  (Making one
 * per compilation cost about half a millisecond of every unit.) */
static LLVMTargetMachineRef pass_machine(void) {
    static LLVMTargetMachineRef tm;
    if (tm) return tm;
    LLVMTargetRef target;
    char *err = NULL;
    if (LLVMGetTargetFromTriple(triple, &target, &err)) {
        LLVMDisposeMessage(err);
        return NULL;
    }
    tm = LLVMCreateTargetMachine(target, triple, host_cpu, host_features, LLVMCodeGenLevelDefault,
                                 LLVMRelocDefault, LLVMCodeModelJITDefault);
    return tm;
}

/* One compilation at a time: the LLJIT's code generator owns a single
 * TargetMachine, which is not to be used by two threads at once. */
static pthread_mutex_t compile_lock = PTHREAD_MUTEX_INITIALIZER;

static void *compile_locked(LLVMModuleRef m, void *ctx, const char *fname, FILE *dump, double *ms_opt,
                            double *ms_cg);

void *tr_orc_compile(LLVMModuleRef m, void *ctx, const char *fname, FILE *dump, double *ms_opt, double *ms_cg) {
    pthread_mutex_lock(&compile_lock);
    void *fn = compile_locked(m, ctx, fname, dump, ms_opt, ms_cg);
    pthread_mutex_unlock(&compile_lock);
    return fn;
}

/* The JIT's pass pipeline: what our IR needs and no more.  The translator
 * leaves each register in a pair of allocas (SROA makes them SSA values),
 * repeated loads of the same fields and tags (early CSE, GVN), guards whose
 * outcome follows from earlier ones (instcombine, simplifycfg), loop-
 * invariant loads of list headers and globals (LICM) and stores to the
 * register window that a later store overwrites (DSE).  default<O2> ran
 * some sixty passes more (loop rotation, unswitching, unrolling,
 * vectorization, the inliner): on the benchmarks it cost about 35% more
 * compile time and its code was no faster, on spectral_norm and nbody
 * 15-30% slower in steady state.  instcombine runs without
 * verify-fixpoint: that check (on by default in LLVM 19's pipeline text)
 * is a fatal error, which would end the program, when one round leaves
 * more to combine. */
static const char jit_pipeline[] = "always-inline,function(sroa,early-cse,instcombine<no-verify-fixpoint>,simplifycfg,loop-mssa(licm),"
                                   "gvn,instcombine<no-verify-fixpoint>,dse,simplifycfg)";
/* A unit with inline copies also gets jump threading: a copy returns its
 * {tag, payload} through phis (tx_return), and the caller's tests of the
 * tag (did the copy exit? is the result a float?) then follow from the
 * path it returned by.  Threading them takes them off the path of a normal
 * return (spectral_norm's inner loop: two tests and branches fewer per
 * iteration; the best of 15 runs at n=800 0.109 to 0.104 s, fib(36)'s best
 * of 9 0.223 to 0.216 s, the default sizes within the noise) for about
 * 0.1 ms more optimization per unit, which units without copies, most of
 * them, do not pay. */
static const char jit_pipeline_inlined[] =
    "always-inline,function(sroa,early-cse,instcombine<no-verify-fixpoint>,simplifycfg,jump-threading,"
    "loop-mssa(licm),gvn,instcombine<no-verify-fixpoint>,dse,simplifycfg)";

/* Whether the module holds a function to inline: a definition other than
 * the unit's own (the translator's copies are internal and alwaysinline). */
static bool has_inline_copies(LLVMModuleRef m, const char *fname) {
    for (LLVMValueRef f = LLVMGetFirstFunction(m); f; f = LLVMGetNextFunction(f)) {
        size_t len;
        const char *name = LLVMGetValueName2(f, &len);
        if (!LLVMIsDeclaration(f) && strcmp(name, fname) != 0) return true;
    }
    return false;
}

static void *compile_locked(LLVMModuleRef m, void *ctx, const char *fname, FILE *dump, double *ms_opt,
                            double *ms_cg) {
    double t0 = now_ms();
    LLVMTargetMachineRef ptm = pass_machine();
    LLVMPassBuilderOptionsRef opts = LLVMCreatePassBuilderOptions();
    const char *pipeline = has_inline_copies(m, fname) ? jit_pipeline_inlined : jit_pipeline;
    LLVMErrorRef err = ptm ? LLVMRunPasses(m, pipeline, ptm, opts) : NULL;
    LLVMDisposePassBuilderOptions(opts);
    if (report(err, "optimization")) {
        tr_orc_discard(m, ctx);
        return NULL;
    }
    if (dump) {
        char *ir = LLVMPrintModuleToString(m);
        fprintf(dump, "; ---- optimized ----\n%s", ir);
        LLVMDisposeMessage(ir);
    }
    double t1 = now_ms();
    LLVMOrcJITDylibRef jd = LLVMOrcLLJITGetMainJITDylib(jit);
    LLVMOrcThreadSafeModuleRef tsm = LLVMOrcCreateNewThreadSafeModule(m, ctx);
    LLVMOrcDisposeThreadSafeContext(ctx); /* the module keeps it alive */
    if (report(LLVMOrcLLJITAddLLVMIRModule(jit, jd, tsm), "adding a module")) return NULL;
    LLVMOrcExecutorAddress addr = 0;
    if (report(LLVMOrcLLJITLookup(jit, &addr, fname), "symbol lookup")) return NULL;
    *ms_opt = t1 - t0;
    *ms_cg = now_ms() - t1;
    return (void *)(uintptr_t)addr;
}
