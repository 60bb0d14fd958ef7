/* tauraro.c — the `tauraro` command: run a Python program.
 *
 *   tauraro [options] prog.py [args...]   run a script
 *   tauraro [options] -c CODE [args...]   run a string
 *   tauraro [options] -                   read the program from stdin
 *
 * This file only parses the command line and wires the layers together:
 * frontend (compile), vm (run), backend-llvm (JIT, attached through the
 * interpreter's hook). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "tr_backend.h"
#include "tr_compiler.h"
#include "tr_config.h"
#include "tr_interp.h"
#include "tr_module.h"
#include "tr_repl.h"
#include "tr_signal.h"


int tr_run_on_big_stack(int (*fn)(void *), void *arg);

typedef struct Options {
    const char *script;   /* path, or NULL with -c / stdin */
    const char *command;  /* -c CODE */
    int dis;
    int no_jit;
    long jit_threshold, jit_call_threshold;
    int jit_stats;
    int jit_dump_ir;
    int jit_async;
    const char *emit_llvm;
    long budget;          /* --budget N: BudgetExhausted after N units (0: off) */
    int script_argc;
    char **script_argv;
} Options;

static void usage(void) {
    fputs("usage: tauraro [option] ... [-c cmd | file | -] [arg] ...\n"
          "Options (and corresponding environment variables):\n"
          "-c cmd : program passed in as string (terminates option list)\n"
          "-h     : print this help message and exit (also --help)\n"
          "-V     : print the version, the LLVM version and the build type and exit\n"
          "         (also --version)\n"
          "--dis  : print the program's bytecode instead of running it\n"
          "--no-jit\n"
          "       : run everything in the interpreter (no loop is compiled)\n"
          "--jit-threshold N\n"
          "       : compile a loop once it has taken N back-edges (default 100), and a\n"
          "         function once called N times unless --jit-call-threshold is given;\n"
          "         also --jit-threshold=N and TAURARO_JIT_THRESHOLD=N\n"
          "--jit-call-threshold N\n"
          "       : compile a function once it has been called N times (default 1000)\n"
          "--jit-async, --jit-sync\n"
          "       : optimize and generate code on a compile thread while the interpreter\n"
          "         goes on, or at once on the interpreter's thread (default: on a\n"
          "         compile thread when the machine has more than one CPU); also\n"
          "         TAURARO_JIT_ASYNC=1 or 0\n"
          "--jit-stats\n"
          "       : print the JIT's counters on stderr at exit (loops compiled,\n"
          "         compile time, entries, exits and deoptimizations by reason)\n"
          "--jit-dump-ir\n"
          "       : print each compiled loop's LLVM IR on stderr, before and after\n"
          "         optimization\n"
          "--budget N\n"
          "       : stop the program with BudgetExhausted after N units (back-edges,\n"
          "         calls, KiB allocated), as the fuzzer does\n"
          "--emit-llvm[=FILE]\n"
          "       : write the LLVM IR of every loop compiled during the run to FILE\n"
          "         (default: the script's name with .ll, in the current directory)\n"
          "Arguments:\n"
          "file   : program read from script file\n"
          "-      : program read from stdin (default; interactive mode if a tty)\n"
          "arg ...: arguments passed to program in sys.argv[1:]\n"
          "\n"
          "Other environment variables:\n"
          "TAURARO_PATH : ':'-separated list of directories searched for modules after\n"
          "               the script's directory; the result is sys.path.\n"
          "TAURARO_HOME : the installation prefix (its lib/tauraro/ holds the runtime and\n"
          "               the standard library); default: found from the executable.\n"
          "TAURARO_LIB  : the directory of the standard-library modules written in\n"
          "               Python (default: TAURARO_HOME's lib/tauraro/lib); last on sys.path.\n",
          stdout);
}

/* A command-line mistake: one line on stderr, exit status 2 (as python3). */
static int bad_option(const char *what, const char *arg) {
    fprintf(stderr, "tauraro: %s%s (see 'tauraro --help')\n", what, arg);
    return -1;
}

/* --jit-threshold N: loops after N back-edges and, unless
 * --jit-call-threshold says otherwise, functions after N calls. */
static int set_threshold(long *to, const char *arg, const char *what) {
    char *end;
    *to = strtol(arg, &end, 10);
    if (!*arg || *end || *to < 1) return bad_option(what, arg);
    return 0;
}

static int parse_options(int argc, char **argv, Options *o) {
    memset(o, 0, sizeof *o);
    o->jit_threshold = 100;
    o->jit_call_threshold = 1000; /* small functions cost more to compile than they save */
    int call_given = 0;
    const char *async = getenv("TAURARO_JIT_ASYNC");
    /* a second CPU compiles while the program runs: compile time (a third
     * of some programs' runs) leaves the critical path */
    o->jit_async = sysconf(_SC_NPROCESSORS_ONLN) > 1;
    if (async && *async) o->jit_async = strcmp(async, "0") != 0;
    const char *env = getenv("TAURARO_JIT_THRESHOLD");
    if (env && *env && set_threshold(&o->jit_threshold, env, "bad TAURARO_JIT_THRESHOLD value: ") < 0) return -1;
    if (env && *env) o->jit_call_threshold = o->jit_threshold;
    int i = 1;
    for (; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
            usage();
            exit(0);
        } else if (!strcmp(a, "-V") || !strcmp(a, "--version")) {
            printf("tauraro %s (Python 3.11 compatible; LLVM %s, %s build)\n", TAURARO_VERSION,
                   tr_llvm_version(), TAURARO_BUILD_TYPE);
            exit(0);
        } else if (!strcmp(a, "--dis")) {
            o->dis = 1;
        } else if (!strcmp(a, "--no-jit")) {
            o->no_jit = 1;
        } else if (!strcmp(a, "--jit-stats")) {
            o->jit_stats = 1;
        } else if (!strcmp(a, "--jit-dump-ir")) {
            o->jit_dump_ir = 1;
        } else if (!strcmp(a, "--jit-async")) {
            o->jit_async = 1;
        } else if (!strcmp(a, "--jit-sync")) {
            o->jit_async = 0;
        } else if (!strcmp(a, "--emit-llvm")) {
            o->emit_llvm = "";
        } else if (!strncmp(a, "--emit-llvm=", 12)) {
            o->emit_llvm = a + 12;
        } else if (!strcmp(a, "--jit-threshold") || !strncmp(a, "--jit-threshold=", 16)) {
            const char *v = a[15] == '=' ? a + 16 : i + 1 < argc ? argv[++i] : NULL;
            if (!v) return bad_option("argument expected for the --jit-threshold option", "");
            if (set_threshold(&o->jit_threshold, v, "bad --jit-threshold value: ") < 0) return -1;
            if (!call_given) o->jit_call_threshold = o->jit_threshold;
        } else if (!strcmp(a, "--jit-call-threshold") || !strncmp(a, "--jit-call-threshold=", 21)) {
            const char *v = a[20] == '=' ? a + 21 : i + 1 < argc ? argv[++i] : NULL;
            if (!v) return bad_option("argument expected for the --jit-call-threshold option", "");
            if (set_threshold(&o->jit_call_threshold, v, "bad --jit-call-threshold value: ") < 0) return -1;
            call_given = 1;
        } else if (!strcmp(a, "--budget") || !strncmp(a, "--budget=", 9)) {
            const char *v = a[8] == '=' ? a + 9 : i + 1 < argc ? argv[++i] : NULL;
            if (!v) return bad_option("argument expected for the --budget option", "");
            if (set_threshold(&o->budget, v, "bad --budget value: ") < 0) return -1;
        } else if (!strcmp(a, "-c")) {
            if (i + 1 >= argc) return bad_option("argument expected for the -c option", "");
            o->command = argv[++i];
            o->script_argc = argc - i;
            o->script_argv = argv + i;
            o->script_argv[0] = "-c";
            return 0;
        } else if (!strcmp(a, "-")) {
            break;
        } else if (a[0] == '-' && a[1]) {
            return bad_option("unknown option ", a);
        } else {
            o->script = a;
            break;
        }
    }
    o->script_argc = i < argc ? argc - i : 1;
    static char empty[] = "", *no_script[] = {empty, NULL}; /* sys.argv == [''] */
    o->script_argv = i < argc ? argv + i : no_script;
    return 0;
}

/* --emit-llvm's file: as given, or prog.py -> prog.ll in the current directory. */
static const char *ir_file_name(const Options *o) {
    if (!o->emit_llvm) return NULL;
    if (*o->emit_llvm) return o->emit_llvm;
    const char *base = o->script ? strrchr(o->script, '/') : NULL;
    base = base ? base + 1 : o->script ? o->script : "tauraro";
    size_t n = strlen(base);
    if (n > 3 && !strcmp(base + n - 3, ".py")) n -= 3;
    char *name = malloc(n + 4);
    if (!name) return NULL;
    memcpy(name, base, n);
    memcpy(name + n, ".ll", 4);
    return name;
}

static char *read_all(FILE *f, size_t *len) {
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    size_t got;
    while (buf && (got = fread(buf + n, 1, cap - n, f)) > 0) {
        n += got;
        if (n == cap) {
            cap *= 2;
            char *nb = realloc(buf, cap);
            if (!nb) {
                free(buf);
                return NULL;
            }
            buf = nb;
        }
    }
    *len = n;
    return buf;
}

static void print_const(FILE *out, TrValue v) {
    TrStr *s = tr_repr(v);
    if (!s) {
        tr_exc_clear();
        fputs("?", out);
        return;
    }
    fwrite(s->data, 1, (size_t)s->len, out);
}

static const TrCode *as_code(TrValue v) {
    return tr_is_type(v, &tr_code_type) ? TR_AS(TrCode, v) : NULL;
}

typedef struct RunCtx {
    Options *opt;
    char *src;
    size_t len;
    const char *filename;
} RunCtx;

/* CPython 3.11 names the script by its absolute path (tracebacks, __file__). */
static const char *absolute_path(const char *p) {
    char cwd[4096];
    if (p[0] == '/' || !getcwd(cwd, sizeof cwd)) return p;
    while (p[0] == '.' && p[1] == '/') p += 2;
    size_t n = strlen(cwd) + strlen(p) + 2;
    char *r = malloc(n);
    if (!r) return p;
    snprintf(r, n, "%s/%s", cwd, p);
    return r;
}

static TrModule *make_main_module(const char *file) {
    TrModule *main_mod = tr_module_new("__main__");
    tr_module_add(main_mod, "__builtins__", tr_dict_get_cstr(tr_sys_modules, "builtins"));
    if (file) tr_module_add(main_mod, "__file__", tr_str_value(file));
    tr_dict_set_str(tr_sys_modules, tr_str_intern("__main__"), tr_obj(main_mod));
    return main_mod;
}

static int run_program(void *p) {
    RunCtx *rc = p;
    if (!rc->src) { /* a terminal: the interactive prompt */
        tr_repl_globals = make_main_module(NULL)->dict;
        return tr_repl();
    }
    TrCode *code = tr_compile_source(rc->src, rc->len, rc->filename, 0);
    if (!code) return tr_handle_uncaught();
    if (rc->opt->dis) {
        tr_code_disassemble(stdout, code, print_const, as_code);
        return 0;
    }
    /* a script and stdin ("<stdin>") give __main__ a __file__; -c does not */
    TrModule *main_mod = make_main_module(rc->opt->command ? NULL : rc->filename);
    tr_budget_set(rc->opt->budget);
    TrValue r = tr_run_code(code, main_mod->dict);
    tr_budget_set(0); /* a spent budget would interrupt the traceback too */
    int status = 0;
    if (TR_IS_UNDEF(r)) status = tr_handle_uncaught();
    return status;
}

int main(int argc, char **argv) {
    Options opt;
    if (parse_options(argc, argv, &opt) < 0) return 2;
    RunCtx rc = {&opt, NULL, 0, NULL};
    if (opt.command) {
        rc.src = strdup(opt.command);
        rc.len = strlen(opt.command);
        rc.filename = "<string>";
    } else if (opt.script) {
        FILE *f = fopen(opt.script, "rb");
        if (!f) {
            fprintf(stderr, "tauraro: can't open file '%s': [Errno %d] %s\n", opt.script, errno,
                    strerror(errno));
            return 2;
        }
        rc.src = read_all(f, &rc.len);
        fclose(f);
        rc.filename = absolute_path(opt.script);
    } else if (isatty(STDIN_FILENO)) {
        rc.filename = "<stdin>"; /* rc.src stays NULL: the prompt */
    } else {
        rc.src = read_all(stdin, &rc.len);
        rc.filename = "<stdin>";
    }
    if (!rc.src && !(isatty(STDIN_FILENO) && !opt.command && !opt.script)) {
        fprintf(stderr, "tauraro: out of memory reading the program\n");
        return 1;
    }
    tr_runtime_init(opt.script_argc, opt.script_argv);
    if (!opt.no_jit) {
        TrJitOptions jo = {(int32_t)(opt.jit_threshold > INT32_MAX - 1 ? INT32_MAX - 1 : opt.jit_threshold),
                           (int32_t)(opt.jit_call_threshold > INT32_MAX - 1 ? INT32_MAX - 1 : opt.jit_call_threshold),
                           opt.jit_stats, opt.jit_dump_ir, ir_file_name(&opt), opt.jit_async};
        tr_jit_install(&jo);
    }
    tr_source_compiler = tr_compile_source;
    tr_import_init_path(opt.script);
    int status = tr_run_on_big_stack(run_program, &rc);
    tr_flush_std(); /* the program's output comes before the JIT's statistics */
    if (!opt.no_jit) tr_jit_finish();
    return tr_runtime_exit(status);
}
