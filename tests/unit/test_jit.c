/* test_jit.c — Check unit tests for the bytecode -> LLVM translator.
 *
 * Each test compiles a small function with the frontend, lays out a
 * register window by hand as the interpreter would have it at the loop
 * header, translates the loop in JIT mode (or the whole function in AOT
 * mode), runs the machine code and checks the exit it took — its reason
 * and resume pc — and the registers it wrote back, including the paths
 * where a guard fails. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tr_compiler.h"
#include "tr_module.h"
#include "tr_orc.h"
#include "tr_tx.h"

typedef TrRet (*RegionFn)(TrFrame *f, TrValue *regs);

/* The code object of function `name` defined by module source src. */
static TrCode *function_code(const char *src, const char *name) {
    TrCode *mod = tr_compile_source(src, strlen(src), "t.py", 0);
    ck_assert_ptr_nonnull(mod);
    for (int32_t k = 0; k < mod->nconsts; k++) {
        TrValue c = mod->consts[k];
        if (tr_is_type(c, &tr_code_type) && !strcmp(TR_AS(TrCode, c)->name->data, name)) return TR_AS(TrCode, c);
    }
    ck_abort_msg("no function %s", name);
    return NULL;
}

/* The register of local `name`. */
static uint32_t reg_of(TrCode *c, const char *name) {
    for (int32_t k = 0; k < c->nvarnames; k++)
        if (!strcmp(c->varnames[k]->data, name)) return (uint32_t)k;
    ck_abort_msg("no local %s", name);
    return 0;
}

/* The first loop: header and last back-edge. */
static void first_loop(TrCode *c, int32_t *header, int32_t *end) {
    *header = -1;
    for (int32_t pc = 0; pc < c->ncode; pc++)
        if (TR_OP(c->code[pc]) == TR_OPC_LOOP) {
            int32_t h = (int32_t)TR_B(c->code[pc]);
            if (*header < 0 || h == *header) {
                *header = h;
                *end = pc;
            }
        }
    ck_assert_int_ge(*header, 0);
}

typedef struct Compiled {
    RegionFn fn;
    TrTxResult res;
} Compiled;

static Compiled compile_region(TrCode *c, int32_t start, int32_t end, int32_t entry, TrTxMode mode,
                               TrValue *regs) {
    static int serial;
    char name[32];
    snprintf(name, sizeof name, "test_region_%d", ++serial);
    void *ctx;
    LLVMModuleRef m = tr_orc_new_module(name, true, &ctx);
    ck_assert_ptr_nonnull(m);
    TrTxRequest rq = {.code = c, .start = start, .end = end, .entry = entry, .mode = mode,
                      .entry_values = regs, .name = name, .fresh = mode == TR_TX_AOT};
    Compiled out;
    ck_assert_int_eq(tr_tx_translate(m, &rq, &out.res), 0);
    ck_assert_int_eq(tr_orc_verify(m), 0);
    double ms_opt, ms_cg;
    out.fn = (RegionFn)tr_orc_compile(m, ctx, name, NULL, &ms_opt, &ms_cg);
    ck_assert_ptr_nonnull(out.fn);
    return out;
}

/* Run the region; an exit's record, or (reason -1) the returned value. */
static TrExit run_ret(Compiled *cp, TrCode *c, TrValue *regs, TrValue *ret) {
    TrFrame f = {c, regs, tr_dict_new(), NULL, NULL, c->code, NULL, 0, 0, 0};
    TrRet r = cp->fn(&f, regs);
    if (r.tag) {
        *ret = tr_ret_value(r);
        return (TrExit){-1, -1, -1, 0xff, 0};
    }
    ck_assert_int_ge(r.v, 0);
    ck_assert_int_lt(r.v, cp->res.nexits);
    return cp->res.exits[r.v];
}

static TrExit run(Compiled *cp, TrCode *c, TrValue *regs) {
    TrValue ret;
    TrExit x = run_ret(cp, c, regs, &ret);
    ck_assert_int_ne(x.reason, 0xff);
    return x;
}

static const char *sum_src =
    "def f(n):\n"
    "    s = 0\n"
    "    i = 0\n"
    "    while i < n:\n"
    "        s += i\n"
    "        i += 1\n"
    "    return s\n";

/* A counted int loop runs to its end in compiled code and writes back. */
START_TEST(int_loop_runs_to_exit) {
    TrCode *c = function_code(sum_src, "f");
    int32_t h, e;
    first_loop(c, &h, &e);
    TrValue regs[64] = {{0}};
    regs[reg_of(c, "n")] = tr_int(10);
    regs[reg_of(c, "s")] = tr_int(0);
    regs[reg_of(c, "i")] = tr_int(0);
    Compiled cp = compile_region(c, h, e, h, TR_TX_JIT, regs);
    /* the entry depends on the ints it was compiled for */
    ck_assert_int_ge(cp.res.nsig, 3);
    TrExit x = run(&cp, c, regs);
    ck_assert_int_eq(x.reason, TR_EXIT_LOOP_EXIT);
    ck_assert_int_gt(x.pc, e);
    ck_assert_int_eq(regs[reg_of(c, "s")].tag, TR_TAG_INT);
    ck_assert_int_eq(regs[reg_of(c, "s")].u.i, 45);
    ck_assert_int_eq(regs[reg_of(c, "i")].u.i, 10);
}
END_TEST

/* Overflow fails the guard: the exit names the instruction to re-execute
 * and the window holds the values from before it. */
START_TEST(overflow_deoptimizes_with_state) {
    TrCode *c = function_code(sum_src, "f");
    int32_t h, e;
    first_loop(c, &h, &e);
    TrValue regs[64] = {{0}};
    uint32_t s = reg_of(c, "s"), i = reg_of(c, "i");
    regs[reg_of(c, "n")] = tr_int(100);
    regs[s] = tr_int(INT64_MAX - 10);
    regs[i] = tr_int(0);
    Compiled cp = compile_region(c, h, e, h, TR_TX_JIT, regs);
    TrExit x = run(&cp, c, regs);
    ck_assert_int_eq(x.reason, TR_EXIT_OVERFLOW);
    ck_assert_int_eq(TR_OP(c->code[x.pc]), TR_OPC_INPLACE);
    /* 0+1+2+3+4 = 10 fits; adding 5 would overflow */
    ck_assert_int_eq(regs[s].u.i, INT64_MAX);
    ck_assert_int_eq(regs[i].u.i, 5);
}
END_TEST

static const char *items_src =
    "def g(xs):\n"
    "    t = 0\n"
    "    for x in xs:\n"
    "        t = t + x\n"
    "    return t\n";

/* A list element of an unexpected type fails the profile guard after the
 * iteration step: resume after FORITER with the element in its register. */
START_TEST(profile_guard_fails_after_helper) {
    TrCode *c = function_code(items_src, "g");
    int32_t h, e;
    first_loop(c, &h, &e);
    ck_assert_int_eq(TR_OP(c->code[h]), TR_OPC_FORITER);
    c->prof[h] = TR_PROF_TAG(TR_TAG_INT); /* the interpreter saw ints */
    TrValue items[4] = {tr_int(1), tr_int(2), tr_float(0.5), tr_int(4)};
    TrList *l = tr_list_from(items, 4);
    TrValue regs[64] = {{0}};
    uint32_t it = TR_A(c->code[h]), x = TR_B(c->code[h]);
    regs[it] = tr_iter(tr_obj(l));
    regs[reg_of(c, "t")] = tr_int(0);
    regs[x] = tr_int(0);
    Compiled cp = compile_region(c, h, e, h, TR_TX_JIT, regs);
    TrExit ex = run(&cp, c, regs);
    ck_assert_int_eq(ex.reason, TR_EXIT_TYPE);
    ck_assert_int_eq(ex.pc, h + 1);
    ck_assert_int_eq(ex.reg, (int32_t)x);
    ck_assert_int_eq(regs[x].tag, TR_TAG_FLOAT);
    ck_assert_int_eq(regs[reg_of(c, "t")].u.i, 3);
}
END_TEST

static const char *lookup_src =
    "def h(keys, d):\n"
    "    n = 0\n"
    "    for k in keys:\n"
    "        n += d[k]\n"
    "    return n\n";

/* A helper that raises leaves through the exception exit with the
 * exception pending and the pc of the raising instruction. */
START_TEST(helper_exception_exits) {
    TrCode *c = function_code(lookup_src, "h");
    int32_t h, e;
    first_loop(c, &h, &e);
    TrDict *d = tr_dict_new();
    tr_dict_set(d, tr_str_value("a"), tr_int(5));
    TrValue keys[2] = {tr_str_value("a"), tr_str_value("zz")};
    TrValue regs[64] = {{0}};
    uint32_t it = TR_A(c->code[h]);
    regs[it] = tr_iter(tr_obj(tr_list_from(keys, 2)));
    regs[reg_of(c, "d")] = tr_obj(d);
    regs[reg_of(c, "n")] = tr_int(0);
    regs[reg_of(c, "keys")] = tr_none();
    Compiled cp = compile_region(c, h, e, h, TR_TX_JIT, regs);
    TrExit x = run(&cp, c, regs);
    ck_assert_int_eq(x.reason, TR_EXIT_RAISE);
    ck_assert_int_eq(TR_OP(c->code[x.pc]), TR_OPC_GETITEM);
    ck_assert(tr_exc_matches(tr_KeyError));
    tr_exc_clear();
    /* nothing catches it in h: its frame dies, so nothing needs writing back */
}
END_TEST

static const char *float_src =
    "def k(n):\n"
    "    x = 1.0\n"
    "    acc = 0.0\n"
    "    for i in range(n):\n"
    "        acc = acc + x / (i + 1)\n"
    "        x = x * -0.5\n"
    "    return acc\n";

/* Floats stay unboxed through the loop; mixed int/float division uses the
 * float path with exact int conversion. */
START_TEST(float_loop_matches_interpreter_math) {
    TrCode *c = function_code(float_src, "k");
    int32_t h, e;
    first_loop(c, &h, &e);
    TrValue regs[64] = {{0}};
    uint32_t it = TR_A(c->code[h]);
    regs[it] = tr_iter(tr_range_new(0, 20, 1));
    regs[reg_of(c, "n")] = tr_int(20);
    regs[reg_of(c, "x")] = tr_float(1.0);
    regs[reg_of(c, "acc")] = tr_float(0.0);
    regs[reg_of(c, "i")] = tr_int(0);
    Compiled cp = compile_region(c, h, e, h, TR_TX_JIT, regs);
    TrExit x = run(&cp, c, regs);
    ck_assert_int_eq(x.reason, TR_EXIT_LOOP_EXIT);
    double acc = 0.0, xv = 1.0;
    for (int i = 0; i < 20; i++) {
        acc = acc + xv / (double)(i + 1);
        xv = xv * -0.5;
    }
    ck_assert_int_eq(regs[reg_of(c, "acc")].tag, TR_TAG_FLOAT);
    ck_assert(regs[reg_of(c, "acc")].u.f == acc);
    /* (x is dead after the loop: whether the window has it is not promised) */
    (void)xv;
}
END_TEST

/* AOT mode: the whole function, nothing known about the arguments; every
 * fast path has a slow path, so a big int argument just works. */
START_TEST(aot_whole_function) {
    TrCode *c = function_code(sum_src, "f");
    TrValue regs[64] = {{0}};
    Compiled cp = compile_region(c, 0, c->ncode - 1, 0, TR_TX_AOT, NULL);
    ck_assert_int_eq(cp.res.nsig, 0);
    regs[reg_of(c, "n")] = tr_int(100);
    TrValue ret;
    TrExit x = run_ret(&cp, c, regs, &ret);
    ck_assert_int_eq(x.reason, 0xff);
    ck_assert_int_eq(ret.tag, TR_TAG_INT);
    ck_assert_int_eq(ret.u.i, 4950);
    memset(regs, 0, sizeof regs);
    regs[reg_of(c, "n")] = tr_int(3);
    x = run_ret(&cp, c, regs, &ret);
    ck_assert_int_eq(ret.u.i, 3);
}
END_TEST

int main(int argc, char **argv) {
    tr_runtime_init(argc, argv);
    tr_source_compiler = tr_compile_source;
    Suite *s = suite_create("jit");
    TCase *tc = tcase_create("translator");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, int_loop_runs_to_exit);
    tcase_add_test(tc, overflow_deoptimizes_with_state);
    tcase_add_test(tc, profile_guard_fails_after_helper);
    tcase_add_test(tc, helper_exception_exits);
    tcase_add_test(tc, float_loop_matches_interpreter_math);
    tcase_add_test(tc, aot_whole_function);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
