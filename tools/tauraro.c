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
    long jit_threshold;
    long budget;          /* --budget N: BudgetExhausted after N units (0: off) */
    int script_argc;
    char **script_argv;
} Options;

static void usage(FILE *out) {
    fprintf(out,
            "usage: tauraro [option] ... [-c cmd | file | -] [arg] ...\n"
            "Options:\n"
            "  -c cmd              program passed in as string (terminates option list)\n"
            "  -h, --help          print this help message and exit\n"
            "  -V, --version       print the version number and exit\n"
            "  --dis               print the bytecode of the program instead of running it\n"
            "  --no-jit            run everything in the interpreter\n"
            "  --jit-threshold N   compile a loop after N back-edges (default 100;\n"
            "                      env TAURARO_JIT_THRESHOLD)\n"
            "  --budget N          stop the program with BudgetExhausted after N units\n"
            "                      (back-edges, calls, KiB allocated), as the fuzzer does\n"
            "  file                program read from script file\n"
            "  -                   program read from stdin\n"
            "  arg ...             arguments passed to program in sys.argv[1:]\n");
}

static int parse_options(int argc, char **argv, Options *o) {
    memset(o, 0, sizeof *o);
    o->jit_threshold = 100;
    const char *env = getenv("TAURARO_JIT_THRESHOLD");
    if (env && *env) o->jit_threshold = strtol(env, NULL, 10);
    int i = 1;
    for (; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
            usage(stdout);
            exit(0);
        } else if (!strcmp(a, "-V") || !strcmp(a, "--version")) {
            printf("Tauraro %s (Python 3.11 compatible; LLVM %s)\n", TAURARO_VERSION,
                   tr_llvm_version());
            exit(0);
        } else if (!strcmp(a, "--dis")) {
            o->dis = 1;
        } else if (!strcmp(a, "--no-jit")) {
            o->no_jit = 1;
        } else if (!strcmp(a, "--jit-threshold")) {
            if (i + 1 >= argc) {
                fprintf(stderr, "tauraro: --jit-threshold needs a number\n");
                return -1;
            }
            char *end;
            o->jit_threshold = strtol(argv[++i], &end, 10);
            if (*end || o->jit_threshold < 1) {
                fprintf(stderr, "tauraro: bad --jit-threshold value: %s\n", argv[i]);
                return -1;
            }
        } else if (!strcmp(a, "--budget")) {
            char *end = NULL;
            if (i + 1 < argc) o->budget = strtol(argv[++i], &end, 10);
            if (!end || *end || o->budget < 1) {
                fprintf(stderr, "tauraro: --budget needs a positive number\n");
                return -1;
            }
        } else if (!strcmp(a, "-c")) {
            if (i + 1 >= argc) {
                fprintf(stderr, "Argument expected for the -c option\n");
                return -1;
            }
            o->command = argv[++i];
            o->script_argc = argc - i;
            o->script_argv = argv + i;
            o->script_argv[0] = "-c";
            return 0;
        } else if (!strcmp(a, "-")) {
            break;
        } else if (a[0] == '-' && a[1]) {
            fprintf(stderr, "tauraro: unknown option %s\n", a);
            usage(stderr);
            return -1;
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
    TrModule *main_mod = make_main_module(rc->opt->script ? rc->filename : NULL);
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
    tr_source_compiler = tr_compile_source;
    tr_import_init_path(opt.script);
    int status = tr_run_on_big_stack(run_program, &rc);
    return tr_runtime_exit(status);
}
