/* tr_aotc.c — the ahead-of-time compiler: every code object of every unit
 * through the shared translator in AOT mode (no interpreter to fall back
 * to: every fast path has a helper slow path), plus the globals the
 * runtime loads them from (vm/tr_aot.h): the serialized code, the table of
 * native functions and exit tables, one TrAotModule per unit, and either
 * main() or the exports of a shared module.
 *
 * A code object the translator refuses (generators: they suspend
 * mid-function) keeps a NULL native entry and is interpreted from its
 * embedded bytecode; tr_aot_compile counts them so -v can show the gap. */
#include "tr_aotc.h"

#include <llvm-c/Analysis.h>
#include <llvm-c/Target.h>
#include <llvm-c/TargetMachine.h>
#include <llvm-c/Transforms/PassBuilder.h>
#include <stdlib.h>
#include <string.h>

#include "tr_tx.h"

typedef struct Aot {
    LLVMModuleRef mod;
    LLVMContextRef ctx;
    LLVMTypeRef t_ptr, t_i32, t_i64, t_i8, t_desc;
    TrAotStats *st;
} Aot;

/* Code objects of `c` in preorder, the numbering tr_marshal.c uses. */
static void collect(TrCode *c, TrCode ***all, int *n, int *cap) {
    if (*n == *cap) {
        *cap = *cap ? 2 * *cap : 16;
        *all = tr_realloc(*all, sizeof(TrCode *) * (size_t)*cap);
    }
    (*all)[(*n)++] = c;
    for (int32_t k = 0; k < c->nconsts; k++)
        if (tr_is_type(c->consts[k], &tr_code_type)) collect(TR_AS(TrCode, c->consts[k]), all, n, cap);
}

static LLVMValueRef private_const(Aot *a, LLVMValueRef init, const char *name) {
    LLVMValueRef g = LLVMAddGlobal(a->mod, LLVMTypeOf(init), name);
    LLVMSetInitializer(g, init);
    LLVMSetGlobalConstant(g, 1);
    LLVMSetLinkage(g, LLVMPrivateLinkage);
    return g;
}

static LLVMValueRef cstring(Aot *a, const char *s, const char *name) {
    return private_const(a, LLVMConstStringInContext(a->ctx, s, (unsigned)strlen(s), 0), name);
}

static void sanitize(char *s) {
    for (; *s; s++)
        if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') || (*s >= '0' && *s <= '9') || *s == '_'))
            *s = '_';
}

static void note_embedded(Aot *a, TrCode *c, const char *why) {
    a->st->embedded++;
    if (a->st->nwhy < 64) {
        a->st->embedded_what[a->st->nwhy] = c->qualname->data;
        a->st->embedded_why[a->st->nwhy++] = why;
    }
}

/* Module and class bodies run once; without a loop, optimizing them costs
 * more compile time than it can save. */
static bool runs_once(const TrCode *c) {
    if (!(c->flags & (TR_CO_MODULE | TR_CO_CLASSBODY))) return false;
    for (int32_t pc = 0; pc < c->ncode; pc++)
        if (TR_OP(c->code[pc]) == TR_OPC_LOOP) return false;
    return true;
}

/* One code object: its native function, or NULL (interpreted). */
static LLVMValueRef compile_code(Aot *a, TrCode *c, int mi, int ci) {
    char name[160];
    snprintf(name, sizeof name, "tr_aot_m%d_c%d_%s", mi, ci, c->qualname->data);
    sanitize(name);
    TrTxRequest rq = {.code = c, .start = 0, .end = c->ncode - 1, .entry = 0, .mode = TR_TX_AOT, .name = name, .fresh = 1};
    TrTxResult res;
    a->st->functions++;
    if (tr_tx_translate(a->mod, &rq, &res) < 0) {
        note_embedded(a, c, res.refused);
        return LLVMConstNull(a->t_ptr);
    }
    for (int32_t k = 0; k < res.nexits; k++)
        if (res.exits[k].reason != TR_EXIT_RAISE) { /* cannot happen in AOT */
            LLVMDeleteFunction(res.fn);
            note_embedded(a, c, "internal: a speculative exit");
            return LLVMConstNull(a->t_ptr);
        }
    LLVMSetLinkage(res.fn, LLVMInternalLinkage);
    if (runs_once(c)) { /* not worth optimizing: leave it to instruction selection */
        const char *attrs[] = {"optnone", "noinline"};
        for (int k = 0; k < 2; k++) {
            unsigned kind = LLVMGetEnumAttributeKindForName(attrs[k], strlen(attrs[k]));
            LLVMAddAttributeAtIndex(res.fn, LLVMAttributeFunctionIndex, LLVMCreateEnumAttribute(a->ctx, kind, 0));
        }
    }
    a->st->native++;
    return res.fn;
}

/* The exported symbol of a unit's descriptor: tr_aot_module_<name>. */
static void desc_symbol(const TrAotUnit *u, char *sym, size_t n) {
    snprintf(sym, n, "tr_aot_module_%s", u->name);
    sanitize(sym + 14);
}

/* A unit's TrAotModule descriptor. */
static LLVMValueRef compile_unit(Aot *a, const TrAotUnit *u, int mi) {
    TrCode **all = NULL;
    int n = 0, cap = 0;
    collect(u->code, &all, &n, &cap);
    LLVMValueRef *fns = tr_alloc(sizeof(LLVMValueRef) * (size_t)n);
    for (int k = 0; k < n; k++) fns[k] = compile_code(a, all[k], mi, k);
    TrBytes *blob = tr_marshal_code(u->code);
    if (!blob) return NULL;
    char name[64];
    snprintf(name, sizeof name, "tr_aot_m%d_blob", mi);
    LLVMValueRef gblob = private_const(a, LLVMConstStringInContext(a->ctx, (const char *)blob->data,
                                                                   (unsigned)blob->len, 1), name);
    snprintf(name, sizeof name, "tr_aot_m%d_fns", mi);
    LLVMValueRef gfns = private_const(a, LLVMConstArray2(a->t_ptr, fns, (uint64_t)n), name);
    snprintf(name, sizeof name, "tr_aot_m%d_name", mi);
    LLVMValueRef gname = cstring(a, u->name, name);
    snprintf(name, sizeof name, "tr_aot_m%d_file", mi);
    LLVMValueRef gfile = cstring(a, u->filename, name);
    LLVMValueRef fields[] = {gname, gfile, gblob, LLVMConstInt(a->t_i64, (unsigned long long)blob->len, 0),
                             LLVMConstInt(a->t_i32, (unsigned long long)n, 0),
                             LLVMConstInt(a->t_i32, (unsigned long long)u->is_package, 0), gfns};
    char sym[160];
    desc_symbol(u, sym, sizeof sym);
    LLVMValueRef desc = LLVMAddGlobal(a->mod, a->t_desc, sym);
    LLVMSetInitializer(desc, LLVMConstNamedStruct(a->t_desc, fields, 7));
    LLVMSetGlobalConstant(desc, 1);
    return desc;
}

/* main(argc, argv) of a program: the runtime's tr_aot_main. */
static void emit_main(Aot *a, LLVMValueRef table, int n) {
    LLVMTypeRef mp[] = {a->t_i32, a->t_ptr};
    LLVMValueRef main_fn = LLVMAddFunction(a->mod, "main", LLVMFunctionType(a->t_i32, mp, 2, 0));
    LLVMTypeRef ap[] = {a->t_i32, a->t_ptr, a->t_ptr, a->t_i32, a->t_ptr};
    LLVMTypeRef aty = LLVMFunctionType(a->t_i32, ap, 5, 0);
    LLVMValueRef aot_main = LLVMAddFunction(a->mod, "tr_aot_main", aty);
    LLVMValueRef compiler = LLVMAddFunction(a->mod, "tr_compile_source", LLVMFunctionType(a->t_ptr, NULL, 0, 1));
    LLVMBuilderRef b = LLVMCreateBuilderInContext(a->ctx);
    LLVMPositionBuilderAtEnd(b, LLVMAppendBasicBlockInContext(a->ctx, main_fn, "entry"));
    LLVMValueRef args[] = {LLVMGetParam(main_fn, 0), LLVMGetParam(main_fn, 1), table,
                           LLVMConstInt(a->t_i32, (unsigned long long)n, 0), compiler};
    LLVMBuildRet(b, LLVMBuildCall2(b, aty, aot_main, args, 5, "status"));
    LLVMDisposeBuilder(b);
}

LLVMModuleRef tr_aot_compile(const TrAotUnit *units, int nunits, int first, int count, int entry,
                             const TrAotOptions *o, TrAotStats *st) {
    Aot a;
    a.ctx = LLVMContextCreate();
    a.mod = LLVMModuleCreateWithNameInContext(units[count ? first : 0].filename, a.ctx);
    a.t_ptr = LLVMPointerTypeInContext(a.ctx, 0);
    a.t_i32 = LLVMInt32TypeInContext(a.ctx);
    a.t_i64 = LLVMInt64TypeInContext(a.ctx);
    a.t_i8 = LLVMInt8TypeInContext(a.ctx);
    a.st = st;
    /* TrAotModule, field for field */
    a.t_desc = LLVMStructCreateNamed(a.ctx, "TrAotModule");
    LLVMTypeRef fields[] = {a.t_ptr, a.t_ptr, a.t_ptr, a.t_i64, a.t_i32, a.t_i32, a.t_ptr};
    LLVMStructSetBody(a.t_desc, fields, 7, 0);
    LLVMValueRef *descs = tr_alloc(sizeof(LLVMValueRef) * (size_t)nunits);
    for (int k = first; k < first + count; k++) {
        descs[k] = compile_unit(&a, &units[k], k);
        if (!descs[k]) {
            fprintf(stderr, "tauraroc: cannot serialize %s\n", units[k].filename);
            return NULL;
        }
    }
    if (!entry) return a.mod;
    for (int k = 0; k < nunits; k++) /* compiled into other objects */
        if (!descs[k]) {
            char sym[160];
            desc_symbol(&units[k], sym, sizeof sym);
            descs[k] = LLVMAddGlobal(a.mod, a.t_desc, sym);
        }
    LLVMValueRef table = LLVMAddGlobal(a.mod, LLVMArrayType2(a.t_ptr, (uint64_t)nunits),
                                       o->shared ? "tr_aot_shared_modules" : "tr_aot_modules");
    LLVMSetInitializer(table, LLVMConstArray2(a.t_ptr, descs, (uint64_t)nunits));
    LLVMSetGlobalConstant(table, 1);
    if (o->shared) {
        LLVMValueRef cnt = LLVMAddGlobal(a.mod, a.t_i32, "tr_aot_shared_count");
        LLVMSetInitializer(cnt, LLVMConstInt(a.t_i32, (unsigned long long)nunits, 0));
        LLVMSetGlobalConstant(cnt, 1);
    } else {
        LLVMSetLinkage(table, LLVMPrivateLinkage);
        emit_main(&a, table, nunits);
    }
    return a.mod;
}

/* ---- emission ---------------------------------------------------------------- */

static LLVMTargetMachineRef target_machine(const TrAotOptions *o, const char *triple) {
    LLVMTargetRef target;
    char *err = NULL;
    if (LLVMGetTargetFromTriple(triple, &target, &err)) {
        fprintf(stderr, "tauraroc: %s\n", err);
        LLVMDisposeMessage(err);
        return NULL;
    }
    char *host_cpu = LLVMGetHostCPUName(), *host_feat = LLVMGetHostCPUFeatures();
    bool native = !o->cpu || !strcmp(o->cpu, "native");
    const char *cpu = native ? host_cpu : !strcmp(o->cpu, "generic") ? "x86-64" : o->cpu;
    LLVMCodeGenOptLevel lvl = o->opt_level <= 0   ? LLVMCodeGenLevelNone
                              : o->opt_level == 1 ? LLVMCodeGenLevelLess
                              : o->opt_level == 2 ? LLVMCodeGenLevelDefault
                                                  : LLVMCodeGenLevelAggressive;
    LLVMTargetMachineRef tm = LLVMCreateTargetMachine(target, triple, cpu, native ? host_feat : "", lvl,
                                                      LLVMRelocPIC, LLVMCodeModelDefault);
    LLVMDisposeMessage(host_cpu);
    LLVMDisposeMessage(host_feat);
    return tm;
}

int tr_aot_emit(LLVMModuleRef m, TrAotOutput kind, const char *path, const TrAotOptions *o) {
    LLVMInitializeNativeTarget();
    LLVMInitializeNativeAsmPrinter();
    char *triple = LLVMGetDefaultTargetTriple();
    LLVMTargetMachineRef tm = target_machine(o, triple);
    if (!tm) return -1;
    LLVMSetTarget(m, triple);
    LLVMTargetDataRef dl = LLVMCreateTargetDataLayout(tm);
    LLVMSetModuleDataLayout(m, dl);
    char *msg = NULL;
    if (LLVMVerifyModule(m, LLVMReturnStatusAction, &msg)) {
        fprintf(stderr, "tauraroc: internal error: invalid IR:\n%s\n", msg);
        LLVMDisposeMessage(msg);
        return -1;
    }
    LLVMDisposeMessage(msg);
    msg = NULL;
    int lvl = o->opt_level < 0 ? 0 : o->opt_level > 3 ? 3 : o->opt_level;
    char pipeline[32];
    snprintf(pipeline, sizeof pipeline, "default<O%d>", lvl);
    LLVMPassBuilderOptionsRef popt = LLVMCreatePassBuilderOptions();
    LLVMErrorRef perr = LLVMRunPasses(m, pipeline, tm, popt);
    LLVMDisposePassBuilderOptions(popt);
    if (perr) {
        char *e = LLVMGetErrorMessage(perr);
        fprintf(stderr, "tauraroc: optimization failed: %s\n", e);
        LLVMDisposeErrorMessage(e);
        return -1;
    }
    int rc = 0;
    if (kind == TR_AOT_IR) {
        if (LLVMPrintModuleToFile(m, path, &msg)) {
            fprintf(stderr, "tauraroc: cannot write %s: %s\n", path, msg);
            rc = -1;
        }
    } else if (LLVMTargetMachineEmitToFile(tm, m, path, kind == TR_AOT_ASM ? LLVMAssemblyFile : LLVMObjectFile,
                                           &msg)) {
        fprintf(stderr, "tauraroc: cannot write %s: %s\n", path, msg);
        rc = -1;
    }
    if (msg) LLVMDisposeMessage(msg);
    LLVMDisposeTargetData(dl);
    LLVMDisposeTargetMachine(tm);
    LLVMDisposeMessage(triple);
    return rc;
}
