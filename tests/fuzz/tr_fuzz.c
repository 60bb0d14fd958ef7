/* tr_fuzz.c — the harnesses' shared part (see tr_fuzz.h). */
#include "tr_fuzz.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tr_compiler.h"
#include "tr_interp.h"
#include "tr_io.h"
#include "tr_module.h"
#include "tr_signal.h"

int tr_run_on_big_stack(int (*fn)(void *), void *arg);
void tr_runtime_init(int argc, char **argv);

static TrDict *saved_sys, *saved_modules, *saved_builtins;

_Noreturn void tr_fuzz_fail(const char *what) {
    fprintf(stderr, "tr_fuzz: invariant violated: %s\n", what);
    abort();
}

static TrDict *copy_dict(TrDict *d) {
    TrDict *c = tr_dict_new();
    if (tr_dict_update(c, tr_obj(d)) < 0) tr_fuzz_fail("dict copy");
    return c;
}

static void restore_dict(TrDict *d, TrDict *from) {
    if (TR_IS_UNDEF(tr_call_method(tr_obj(d), "clear", NULL, 0))) tr_fuzz_fail("dict clear");
    if (tr_dict_update(d, tr_obj(from)) < 0) tr_fuzz_fail("dict restore");
}

/* sys.NAME, and the C global the runtime uses when sys has none, as a new
 * text file over fp. */
void tr_fuzz_set_stream(TrValue *global, const char *name, FILE *fp, bool writable) {
    char shown[32];
    snprintf(shown, sizeof shown, "<%s>", name);
    *global = tr_file_over_stream(fp, shown, writable);
    tr_module_add(tr_sys_module, name, *global);
}

void tr_fuzz_init(int sandbox) {
    static char *argv[] = {"fuzz", NULL};
    tr_runtime_init(1, argv);
    tr_source_compiler = tr_compile_source;
    tr_import_init_path(NULL);
    if (!sandbox) return;
    FILE *null_out = fopen("/dev/null", "w"), *null_in = fopen("/dev/null", "r");
    if (!null_out || !null_in) tr_fuzz_fail("cannot open /dev/null");
    tr_fuzz_set_stream(&tr_sys_stdout, "stdout", null_out, true);
    tr_fuzz_set_stream(&tr_sys_stderr, "stderr", null_out, true);
    tr_fuzz_set_stream(&tr_sys_stdin, "stdin", null_in, false);
    /* ctypes calls any C function with any arguments: a crash it causes is
     * the program's, as in CPython, not a finding */
    static const char *const blocked_modules[] = {"posix", "os", "signal", "time", "_ctypes", "ctypes"};
    for (size_t i = 0; i < sizeof blocked_modules / sizeof *blocked_modules; i++)
        tr_dict_set_str(tr_sys_modules, tr_str_intern(blocked_modules[i]), tr_none());
    static const char *const blocked_builtins[] = {"open", "input"};
    for (size_t i = 0; i < sizeof blocked_builtins / sizeof *blocked_builtins; i++)
        tr_dict_del(tr_builtins_dict, tr_str_value(blocked_builtins[i]));
    saved_sys = copy_dict(tr_sys_module->dict);
    saved_modules = copy_dict(tr_sys_modules);
    saved_builtins = copy_dict(tr_builtins_dict);
}

void tr_fuzz_reset(void) {
    tr_exc_clear();
    tr_ts.handled = tr_undef();
    tr_ts.frame = NULL;
    tr_ts.depth = 0;
    tr_ts.recursion_limit = 1000;
    if (!saved_sys) return;
    restore_dict(tr_sys_module->dict, saved_sys);
    restore_dict(tr_sys_modules, saved_modules);
    restore_dict(tr_builtins_dict, saved_builtins);
}

void tr_fuzz_run_main(TrCode *c, int64_t budget) {
    TrModule *main_mod = tr_module_new("__main__");
    tr_module_add(main_mod, "__builtins__", tr_dict_get_cstr(tr_sys_modules, "builtins"));
    tr_dict_set_str(tr_sys_modules, tr_str_intern("__main__"), tr_obj(main_mod));
    tr_budget_set(budget);
    TrValue r = tr_run_code(c, main_mod->dict);
    tr_budget_set(0);
    if (TR_IS_UNDEF(r) != tr_exc_pending()) tr_fuzz_fail("result and pending exception disagree");
    if (tr_ts.depth != 0) tr_fuzz_fail("recursion depth not back to 0");
    if (tr_ts.frame != NULL) tr_fuzz_fail("frame stack not unwound");
}

int tr_fuzz_on_big_stack(int (*fn)(void *), void *arg) { return tr_run_on_big_stack(fn, arg); }

/* ---- the bytecode verifier ------------------------------------------------ */

static void check(bool ok, const TrCode *c, int pc, const char *what) {
    if (ok) return;
    fprintf(stderr, "tr_fuzz: code '%s' pc %d: %s\n", c->name ? c->name->data : "?", pc, what);
    tr_fuzz_fail("bytecode verifier");
}

static void check_operand(const TrCode *c, int pc, char kind, unsigned v) {
    switch (kind) {
    case 'R': check((int64_t)v < c->nregs, c, pc, "register out of range"); break;
    case 'K': check((int64_t)v < c->nconsts, c, pc, "constant out of range"); break;
    case 'N': check((int64_t)v < c->nnames, c, pc, "name out of range"); break;
    case 'J': check((int64_t)v <= c->ncode, c, pc, "jump target out of range"); break;
    default: break;
    }
}

/* The last register an instruction touches when it reads or writes a run of
 * registers (A or B is the first of them); -1 when it uses only its operands. */
static int64_t last_register(TrInstr i) {
    int64_t a = TR_A(i), b = TR_B(i), n = TR_C(i);
    switch (TR_OP(i)) {
    case TR_OPC_BUILDLIST: case TR_OPC_BUILDTUPLE: case TR_OPC_BUILDSET:
    case TR_OPC_BUILDSTRING: return n ? b + n - 1 : -1;
    case TR_OPC_BUILDDICT: return n ? b + 2 * n - 1 : -1;
    case TR_OPC_BUILDSLICE: return b + n - 1;
    case TR_OPC_CALL: case TR_OPC_CALLKW: return a + b;
    case TR_OPC_CALLMETHOD: return a + 1 + b;
    case TR_OPC_CALLEX: return a + b;
    case TR_OPC_UNPACK: return n ? a + n - 1 : -1;
    case TR_OPC_UNPACKEX: return a + (n & 1023) + (n >> 10); /* before, starred, after */
    case TR_OPC_FORMAT: return n & 4 ? b + 1 : -1;
    case TR_OPC_LOADMETHOD: case TR_OPC_WITHENTER: return a + 1;
    case TR_OPC_MAKEFUNC: return TR_C(i) + 2;
    default: return -1;
    }
}

void tr_fuzz_verify(const TrCode *c) {
    check(c->ncode > 0 && c->code && c->lines, c, -1, "empty code");
    check(c->nregs >= tr_code_nparams(c), c, -1, "fewer registers than parameters");
    check(c->nfree == 0 || c->freestart + c->nfree <= c->nregs, c, -1, "free vars outside registers");
    for (int pc = 0; pc < c->ncode; pc++) {
        TrInstr i = c->code[pc];
        check(TR_OP(i) < TR_OPC_COUNT, c, pc, "bad opcode");
        const char *k = tr_opinfo[TR_OP(i)].operands;
        check_operand(c, pc, k[0], TR_A(i));
        check_operand(c, pc, k[1], TR_B(i));
        check_operand(c, pc, k[2], TR_C(i));
        check(last_register(i) < c->nregs, c, pc, "register run out of range");
        check(c->lines[pc] >= 0, c, pc, "negative line");
    }
    for (int e = 0; e < c->nexc; e++) {
        const TrExcEntry *x = &c->exctab[e];
        check(0 <= x->start && x->start <= x->end && x->end <= c->ncode, c, e, "bad handler range");
        check(0 <= x->handler && x->handler < c->ncode, c, e, "bad handler pc");
        check(0 <= x->reg && x->reg < c->nregs, c, e, "bad handler register");
    }
    for (int k = 0; k < c->nconsts; k++)
        if (tr_is_type(c->consts[k], &tr_code_type)) tr_fuzz_verify(TR_AS(TrCode, c->consts[k]));
}
