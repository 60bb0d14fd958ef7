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
#include <llvm-c/Target.h>
#include <llvm-c/TargetMachine.h>
#include <llvm-c/Transforms/PassBuilder.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tr_helpers.h"

static LLVMOrcLLJITRef jit;
static LLVMOrcThreadSafeContextRef tsc;
static LLVMTargetMachineRef tm;
static char *triple;
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
    pairs[n - 1].Name = LLVMOrcLLJITMangleAndIntern(jit, "tr_async_pending");
    pairs[n - 1].Sym.Address = (LLVMOrcExecutorAddress)(uintptr_t)&tr_async_pending;
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
    char *cpu = LLVMGetHostCPUName(), *features = LLVMGetHostCPUFeatures();
    /* the optimizer (LLVMRunPasses) does the heavy lifting on our IR; the
     * JIT's own code generator runs at the "less" level, which costs much
     * less compile time for the same code on these loops */
    tm = LLVMCreateTargetMachine(target, triple, cpu, features, LLVMCodeGenLevelDefault, LLVMRelocDefault,
                                 LLVMCodeModelJITDefault);
    LLVMTargetMachineRef cgtm = LLVMCreateTargetMachine(target, triple, cpu, features, LLVMCodeGenLevelLess,
                                                        LLVMRelocDefault, LLVMCodeModelJITDefault);
    LLVMDisposeMessage(cpu);
    LLVMDisposeMessage(features);
    LLVMOrcLLJITBuilderRef builder = LLVMOrcCreateLLJITBuilder();
    LLVMOrcLLJITBuilderSetJITTargetMachineBuilder(builder, LLVMOrcJITTargetMachineBuilderCreateFromTargetMachine(cgtm));
    if (report(LLVMOrcCreateLLJIT(&jit, builder), "creation")) return false;
    if (!define_helpers()) return false;
    tsc = LLVMOrcCreateNewThreadSafeContext();
    datalayout = LLVMOrcLLJITGetDataLayoutStr(jit);
    state = 1;
    return true;
}

LLVMModuleRef tr_orc_new_module(const char *name) {
    if (!start()) return NULL;
    LLVMModuleRef m = LLVMModuleCreateWithNameInContext(name, LLVMOrcThreadSafeContextGetContext(tsc));
    LLVMSetTarget(m, triple);
    LLVMSetDataLayout(m, datalayout);
    return m;
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

int tr_orc_optimize(LLVMModuleRef m, const char *pipeline) {
    LLVMPassBuilderOptionsRef opts = LLVMCreatePassBuilderOptions();
    LLVMErrorRef err = LLVMRunPasses(m, pipeline, tm, opts);
    LLVMDisposePassBuilderOptions(opts);
    return report(err, "optimization") ? -1 : 0;
}

void *tr_orc_add(LLVMModuleRef m, const char *fname) {
    LLVMOrcJITDylibRef jd = LLVMOrcLLJITGetMainJITDylib(jit);
    LLVMOrcThreadSafeModuleRef tsm = LLVMOrcCreateNewThreadSafeModule(m, tsc);
    if (report(LLVMOrcLLJITAddLLVMIRModule(jit, jd, tsm), "adding a module")) return NULL;
    LLVMOrcExecutorAddress addr = 0;
    if (report(LLVMOrcLLJITLookup(jit, &addr, fname), "symbol lookup")) return NULL;
    return (void *)(uintptr_t)addr;
}
