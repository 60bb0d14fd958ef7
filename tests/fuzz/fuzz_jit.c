/* fuzz_jit.c — libFuzzer harness, differential: the input bytes choose a
 * program from a small grammar (functions whose loops do int, float, big-int
 * and list work, called with arguments of changing types, plus a loop at
 * module level), and the program runs twice in this process: once in the
 * interpreter alone and once with the JIT compiling every loop and function
 * at its first back-edge or call (threshold 1).  The two runs must print the
 * same text and end with the same exception; any difference is a finding, as
 * are a crash and a sanitizer report.
 *
 * Programs are bounded by construction (constant trip counts, at most three
 * loops deep); the instruction budget is only a safety net, and a run it
 * stops is not compared, since the engines poll at different places.
 * Running an input again with -runs=1 prints the program (FUZZ_JIT_SHOW=1)
 * so that a finding can be replayed with `tauraro --jit-threshold 1`. */
#include <gc.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tr_backend.h"
#include "tr_compiler.h"
#include "tr_fuzz.h"
#include "tr_interp.h"
#include "tr_io.h"
#include "tr_module.h"
#include "tr_signal.h"

#define FUZZ_BUDGET 3000000
#define SRC_MAX 24000

/* ---- the program generator ------------------------------------------------ */

typedef struct Gen {
    const uint8_t *p, *end;
    char src[SRC_MAX];
    size_t len;
    int depth;      /* loops open around the statement being generated */
    int stmts;      /* statements emitted: bounds the program's size */
    bool truncated; /* src filled up: the program is not run */
} Gen;

/* The next choice in 0..n-1; 0 once the input is used up, so that every
 * input ends in a finite program. */
static unsigned pick(Gen *g, unsigned n) {
    if (g->p == g->end || n <= 1) return 0;
    return *g->p++ % n;
}

static void emit(Gen *g, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(g->src + g->len, SRC_MAX - g->len, fmt, ap);
    va_end(ap);
    if (n < 0 || (size_t)n >= SRC_MAX - g->len) {
        g->truncated = true;
        g->len = SRC_MAX - 1;
        return;
    }
    g->len += (size_t)n;
}

static void indent(Gen *g, int level) { emit(g, "%*s", 4 * level, ""); }

static const char *const int_vars[] = {"a", "b", "c", "n", "i"};
static const char *const float_vars[] = {"x", "s", "t"};
static const char *const int_consts[] = {"0", "1", "2", "3", "7", "-1", "-5", "100",
                                         "255", "4611686018427387903", "2**63", "-2**64", "True"};
static const char *const float_consts[] = {"0.0", "0.5", "1.5", "-2.25", "0.1", "1e300", "-0.0", "3.0"};
static const char *const int_ops[] = {"+", "-", "*", "//", "%", "&", "|", "^"};
static const char *const float_ops[] = {"+", "-", "*", "/"};
static const char *const cmp_ops[] = {"<", "<=", ">", ">=", "==", "!="};
#define COUNT(a) ((unsigned)(sizeof a / sizeof *a))

static void int_expr(Gen *g, int d);
static void float_expr(Gen *g, int d);

static void cond_expr(Gen *g, int d) {
    switch (d > 2 ? pick(g, 2) : pick(g, 6)) {
    case 0: int_expr(g, d + 1); emit(g, " %s ", cmp_ops[pick(g, COUNT(cmp_ops))]); int_expr(g, d + 1); break;
    case 1: float_expr(g, d + 1); emit(g, " %s ", cmp_ops[pick(g, COUNT(cmp_ops))]); float_expr(g, d + 1); break;
    case 2: emit(g, "("); cond_expr(g, d + 1); emit(g, " and "); cond_expr(g, d + 1); emit(g, ")"); break;
    case 3: emit(g, "("); cond_expr(g, d + 1); emit(g, " or "); cond_expr(g, d + 1); emit(g, ")"); break;
    case 4: emit(g, "not "); cond_expr(g, d + 1); break;
    default: int_expr(g, d + 1); emit(g, " in L"); break;
    }
}

static void int_expr(Gen *g, int d) {
    switch (d > 3 ? pick(g, 2) : pick(g, 12)) {
    case 0: emit(g, "%s", int_consts[pick(g, COUNT(int_consts))]); break;
    case 1: emit(g, "%s", int_vars[pick(g, COUNT(int_vars))]); break;
    case 2: case 3:
        emit(g, "(");
        int_expr(g, d + 1);
        emit(g, " %s ", int_ops[pick(g, COUNT(int_ops))]);
        int_expr(g, d + 1);
        emit(g, ")");
        break;
    case 4: emit(g, "("); int_expr(g, d + 1); emit(g, " %s %u)", pick(g, 2) ? "<<" : ">>", pick(g, 70)); break;
    case 5: emit(g, "-"); int_expr(g, d + 1); break;
    case 6: emit(g, "%s(", pick(g, 2) ? "min" : "max"); int_expr(g, d + 1); emit(g, ", "); int_expr(g, d + 1); emit(g, ")"); break;
    case 7: emit(g, "len(%s)", pick(g, 2) ? "L" : "M"); break;
    case 8: emit(g, "%s[", pick(g, 2) ? "L" : "M"); int_expr(g, d + 1); emit(g, "]"); break;
    case 9: emit(g, "int("); float_expr(g, d + 1); emit(g, ")"); break;
    case 10: emit(g, "("); int_expr(g, d + 1); emit(g, " if "); cond_expr(g, d + 1); emit(g, " else "); int_expr(g, d + 1); emit(g, ")"); break;
    default: emit(g, "abs("); int_expr(g, d + 1); emit(g, ")"); break;
    }
}

static void float_expr(Gen *g, int d) {
    switch (d > 3 ? pick(g, 2) : pick(g, 7)) {
    case 0: emit(g, "%s", float_consts[pick(g, COUNT(float_consts))]); break;
    case 1: emit(g, "%s", float_vars[pick(g, COUNT(float_vars))]); break;
    case 2: case 3:
        emit(g, "(");
        float_expr(g, d + 1);
        emit(g, " %s ", float_ops[pick(g, COUNT(float_ops))]);
        if (pick(g, 3)) float_expr(g, d + 1); else int_expr(g, d + 1);
        emit(g, ")");
        break;
    case 4: emit(g, "float("); int_expr(g, d + 1); emit(g, ")"); break;
    case 5: emit(g, "-"); float_expr(g, d + 1); break;
    default: emit(g, "abs("); float_expr(g, d + 1); emit(g, ")"); break;
    }
}

static void block(Gen *g, int level, int maxn);

static void stmt(Gen *g, int level) {
    g->stmts++;
    indent(g, level);
    unsigned k = pick(g, 14);
    /* compound statements only while the program is small and shallow */
    if ((k >= 10) && (g->depth >= 3 || g->stmts > 40)) k = pick(g, 8);
    switch (k) {
    case 0: case 1:
        emit(g, "%s = ", int_vars[pick(g, 3)]);
        int_expr(g, 0);
        if (pick(g, 2)) emit(g, " %% 1000003");
        emit(g, "\n");
        break;
    case 2: emit(g, "%s %s= ", int_vars[pick(g, 3)], int_ops[pick(g, COUNT(int_ops))]); int_expr(g, 1); emit(g, "\n"); break;
    case 3: case 4: emit(g, "%s %s= ", float_vars[1 + pick(g, 2)], float_ops[pick(g, COUNT(float_ops))]); float_expr(g, 0); emit(g, "\n"); break;
    case 5: emit(g, "M.append("); if (pick(g, 4)) int_expr(g, 0); else float_expr(g, 0); emit(g, ")\n"); break;
    case 6: emit(g, "L["); int_expr(g, 1); emit(g, "] = "); int_expr(g, 1); emit(g, "\n"); break;
    case 7:
        if (g->depth > 0) {
            emit(g, "if "); cond_expr(g, 0); emit(g, ":\n");
            indent(g, level + 1); emit(g, "%s\n", pick(g, 2) ? "break" : "continue");
        } else {
            emit(g, "t = "); float_expr(g, 0); emit(g, "\n");
        }
        break;
    case 8: emit(g, "if len(M) > 50:\n"); indent(g, level + 1); emit(g, "del M[:25]\n"); break;
    case 9: emit(g, "a, b = b, a\n"); break;
    case 10: case 11: {
        /* for over a range, or over a list while another list grows */
        g->depth++;
        if (pick(g, 3)) emit(g, "for i in range(%s%u):\n", pick(g, 4) ? "" : "-3, ", pick(g, 24));
        else emit(g, "for i in L[:%u]:\n", pick(g, 24));
        block(g, level + 1, 4);
        g->depth--;
        break;
    }
    case 12: {
        int w = g->depth;
        g->depth++;
        emit(g, "w%d = 0\n", w);
        indent(g, level);
        emit(g, "while w%d < %u:\n", w, pick(g, 24));
        indent(g, level + 1);
        emit(g, "w%d += 1\n", w);
        block(g, level + 1, 4);
        g->depth--;
        break;
    }
    default:
        emit(g, "if "); cond_expr(g, 0); emit(g, ":\n");
        block(g, level + 1, 3);
        if (pick(g, 2)) {
            indent(g, level); emit(g, "else:\n");
            block(g, level + 1, 3);
        }
        break;
    }
}

static void block(Gen *g, int level, int maxn) {
    int n = 1 + (int)pick(g, (unsigned)maxn);
    for (int k = 0; k < n; k++) stmt(g, level);
}

static const char *arg(Gen *g, bool number) {
    static const char *const nums[] = {"5", "-3", "2.5", "2**70", "True", "0", "-0.5", "10**20"};
    static const char *const lists[] = {"[1, 2, 3]", "[]", "[0.5, -1.5, 2.0]", "list(range(30))",
                                        "[1, 2.5, 2**65, -7]", "[True, False]"};
    return number ? nums[pick(g, COUNT(nums))] : lists[pick(g, COUNT(lists))];
}

/* Two functions (f calls g in its loop half the time) and a module-level
 * loop over globals, then calls with the argument types the input picks. */
static void program(Gen *g) {
    for (int fn = 0; fn < 2; fn++) {
        emit(g, "def %s(n, x, L):\n", fn ? "f" : "g");
        emit(g, "    a = 1\n    b = n\n    c = 0\n    s = 0.0\n    t = x\n    i = 0\n    M = []\n");
        g->depth = 0;
        block(g, 1, 6);
        if (fn && pick(g, 2)) emit(g, "    for i in range(%u):\n        c = c + g(i, s, M)[0] %% 7\n", pick(g, 8));
        emit(g, "    return (a, b, c, s, t, len(M), M[-6:], L[:6])\n\n");
    }
    emit(g, "def show(*args):\n    try:\n        print(f(*args))\n"
            "    except Exception as e:\n        print(type(e).__name__, e)\n\n");
    unsigned calls = 1 + pick(g, 4);
    for (unsigned k = 0; k < calls; k++) {
        const char *n = arg(g, true), *x = arg(g, true), *L = arg(g, false);
        emit(g, "show(%s, %s, %s)\n", n, x, L);
    }
    emit(g, "a = 0\nb = 1\nc = 2\nn = 3\ni = 0\nx = 0.5\ns = 0.0\nt = 1.0\nM = []\nL = [1, 2, 3]\n");
    emit(g, "try:\n");
    g->depth = 0;
    block(g, 1, 3);
    emit(g, "except Exception as e:\n    print(type(e).__name__, e)\n");
    emit(g, "print(a, b, c, n, i, x, s, t, len(M), M[-6:], L[:6])\n");
}

/* ---- two runs, one comparison ------------------------------------------- */

typedef struct Run {
    const char *src;
    size_t len;
    bool jit;
    char *out;        /* what the program printed (malloc'd) */
    char exc[256];    /* the uncaught exception: type and message, or "" */
    bool budget;      /* the budget stopped it */
} Run;

static FILE *capture;
static TrJitHook installed_hook;
static int32_t jit_loops, jit_calls;

static void describe_exception(Run *r) {
    TrValue e = tr_exc_fetch();
    r->budget = tr_isinstance(e, tr_BudgetExhausted);
    TrStr *msg = tr_to_str(e);
    if (!msg) tr_exc_clear();
    snprintf(r->exc, sizeof r->exc, "%s: %s", tr_typeof(e)->name, msg ? msg->data : "?");
}

static int run_program(void *p) {
    Run *r = p;
    tr_fuzz_reset();
    tr_fuzz_set_stream(&tr_sys_stdout, "stdout", capture, true);
    if (fflush(capture) || ftruncate(fileno(capture), 0)) tr_fuzz_fail("capture file");
    rewind(capture);
    tr_jit_hook = r->jit ? installed_hook : NULL;
    tr_jit_threshold = r->jit ? jit_loops : INT32_MAX;
    tr_jit_call_threshold = r->jit ? jit_calls : INT32_MAX;
    TrCode *c = tr_compile_source(r->src, r->len, "<fuzz>", 0);
    if (!c) {
        describe_exception(r);
    } else {
        tr_fuzz_run_main(c, FUZZ_BUDGET);
        if (tr_exc_pending()) describe_exception(r);
    }
    if (fflush(capture)) tr_fuzz_fail("capture flush");
    long size = ftell(capture);
    r->out = calloc(1, (size_t)size + 1);
    rewind(capture);
    if (!r->out || fread(r->out, 1, (size_t)size, capture) != (size_t)size) tr_fuzz_fail("capture read");
    return 0;
}

int LLVMFuzzerInitialize(int *argc, char ***argv) {
    (void)argc, (void)argv;
    GC_set_max_heap_size((size_t)1 << 30);
    tr_fuzz_init(1);
    TrJitOptions jo = {.threshold = 1, .call_threshold = 1};
    tr_jit_install(&jo);
    installed_hook = tr_jit_hook;
    jit_loops = tr_jit_threshold;
    jit_calls = tr_jit_call_threshold;
    capture = tmpfile();
    if (!capture) tr_fuzz_fail("tmpfile");
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static Gen g;
    g.p = data;
    g.end = data + size;
    g.len = 0;
    g.src[0] = 0;
    g.depth = g.stmts = 0;
    g.truncated = false;
    program(&g);
    if (g.truncated) return -1; /* not added to the corpus */
    if (getenv("FUZZ_JIT_SHOW")) fputs(g.src, stderr);
    Run interp = {g.src, g.len, false, NULL, "", false}, jit = {g.src, g.len, true, NULL, "", false};
    tr_fuzz_on_big_stack(run_program, &interp);
    tr_fuzz_on_big_stack(run_program, &jit);
    bool same = interp.budget || jit.budget ||
                (!strcmp(interp.out, jit.out) && !strcmp(interp.exc, jit.exc));
    if (!same) {
        fprintf(stderr, "fuzz_jit: the JIT and the interpreter disagree on:\n%s\n"
                        "---- interpreter:\n%s[%s]\n---- jit:\n%s[%s]\n",
                g.src, interp.out, interp.exc, jit.out, jit.exc);
        tr_fuzz_fail("JIT output differs from the interpreter's");
    }
    free(interp.out);
    free(jit.out);
    return 0;
}
