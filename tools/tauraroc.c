/* tauraroc.c — the ahead-of-time compiler driver (flags follow clang's).
 *
 *   tauraroc prog.py [mod.py ...] [-o prog]    an executable
 *   tauraroc -c prog.py [-o prog.o]            a relocatable object
 *   tauraroc -S prog.py [-o prog.s]            assembly
 *   tauraroc --emit-llvm prog.py [-o prog.ll]  textual LLVM IR
 *   tauraroc --shared mod.py -o mod.so         a module `tauraro` imports
 *
 * It compiles the program with the frontend, finds the modules it imports
 * from its directory (and TAURARO_PATH and Tauraro's lib/) by scanning the
 * bytecode's IMPORT instructions, hands every module to the AOT compiler
 * (backend-llvm/tr_aotc.c) and links the object with the system `cc`
 * against libtauraro_rt.a (and the frontend, for exec/eval). */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "tr_aotc.h"
#include "tr_backend.h"
#include "tr_compiler.h"
#include "tr_config.h"
#include "tr_module.h"
#include "tr_objcache.h"

typedef enum Mode { MODE_EXE, MODE_OBJ, MODE_ASM, MODE_IR, MODE_SHARED } Mode;

typedef struct Options {
    Mode mode;
    const char *out;
    const char *inputs[64];
    int ninputs;
    TrAotOptions aot;
} Options;

static void usage(void) {
    fputs("OVERVIEW: tauraroc - the Tauraro ahead-of-time compiler for Python programs\n\n"
          "USAGE: tauraroc [options] file.py [module.py ...]\n\n"
          "OPTIONS:\n"
          "  -c                      Compile to a relocatable object file (default: file.o)\n"
          "  --emit-llvm             Write textual LLVM IR (default: file.ll; also -emit-llvm)\n"
          "  -h, --help              Display available options and exit\n"
          "  -O<level>               Optimization level: -O0, -O1, -O2 (default) or -O3\n"
          "  -o <file>               Write output to <file> (default for an executable: a.out)\n"
          "  -S                      Compile to assembly (default: file.s)\n"
          "  --shared                Build a shared object that `tauraro` loads on import\n"
          "                          (needs -o <module>.so; also -shared)\n"
          "  --target-cpu=<cpu>      Generate code for <cpu>: native (default), generic, or\n"
          "                          an LLVM CPU name such as x86-64-v3\n"
          "  -v                      Show compilation statistics and the link command\n"
          "  --version               Print the version, the LLVM version, the build type and\n"
          "                          the directories tauraroc uses, then exit\n\n"
          "With none of -c, -S, --emit-llvm, --shared: link an executable with the system\n"
          "`cc` against the runtime libraries. Modules the program imports from its\n"
          "directory, TAURARO_PATH and Tauraro's library are compiled in; further modules\n"
          "named on the command line are compiled in under their file's name.\n\n"
          "ENVIRONMENT:\n"
          "  TAURARO_HOME            The installation prefix: its lib/tauraro/ holds\n"
          "                          libtauraro_rt.a and the library (default: found from\n"
          "                          this executable)\n"
          "  TAURARO_PATH            ':'-separated directories searched for imported modules\n"
          "  TAURARO_LIB             The directory of the modules written in Python\n"
          "  TAURARO_CACHE           The object cache of compiled library modules (default:\n"
          "                          ~/.cache/tauraro; 'off' turns it off)\n",
          stdout);
}

/* The directory holding libtauraro_rt.a: the installed home
 * (<prefix>/lib/tauraro, see vm/tr_home.c), else beside this executable (a
 * build tree). */
static const char *runtime_dir(void) {
    const char *dir = tr_home_dir();
    return dir ? dir : tr_exe_dir();
}

/* clang's --version, with tauraroc's own directories where clang names its
 * InstalledDir. */
static void print_version(void) {
    const char *rt = runtime_dir();
    printf("tauraroc %s (LLVM %s, %s build)\n", TAURARO_VERSION, tr_llvm_version(), TAURARO_BUILD_TYPE);
    printf("Runtime: %s\n", rt ? rt : "(unknown)");
    printf("Library: %s\n", tr_stdlib_dir());
}

static int bad_usage(const char *fmt, const char *arg) {
    fprintf(stderr, "tauraroc: error: ");
    fprintf(stderr, fmt, arg);
    fputc('\n', stderr);
    return 2;
}

static int parse(int argc, char **argv, Options *o) {
    memset(o, 0, sizeof *o);
    o->aot.opt_level = 2;
    o->aot.cpu = "native";
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
            usage();
            exit(0);
        } else if (!strcmp(a, "--version")) {
            print_version();
            exit(0);
        } else if (!strcmp(a, "-o")) {
            if (++i >= argc) return bad_usage("argument to '%s' is missing (expected 1 value)", "-o");
            o->out = argv[i];
        } else if (!strcmp(a, "-c")) {
            o->mode = MODE_OBJ;
        } else if (!strcmp(a, "-S")) {
            o->mode = MODE_ASM;
        } else if (!strcmp(a, "--emit-llvm") || !strcmp(a, "-emit-llvm")) {
            o->mode = MODE_IR;
        } else if (!strcmp(a, "--shared") || !strcmp(a, "-shared")) {
            o->mode = MODE_SHARED;
            o->aot.shared = 1;
        } else if (a[0] == '-' && a[1] == 'O' && a[2] >= '0' && a[2] <= '3' && !a[3]) {
            o->aot.opt_level = a[2] - '0';
        } else if (!strncmp(a, "--target-cpu=", 13) && a[13]) {
            o->aot.cpu = a + 13;
        } else if (!strcmp(a, "-v")) {
            o->aot.verbose = 1;
        } else if (a[0] == '-') {
            return bad_usage("unknown argument: '%s'; see 'tauraroc --help'", a);
        } else if (o->ninputs < (int)(sizeof o->inputs / sizeof o->inputs[0])) {
            o->inputs[o->ninputs++] = a;
        } else {
            return bad_usage("too many input files (at most %s)", "64");
        }
    }
    if (!o->ninputs) return bad_usage("%s", "no input files");
    if (o->mode == MODE_SHARED && !o->out) return bad_usage("%s", "--shared needs -o <file>");
    return 0;
}

/* ---- modules ------------------------------------------------------------------- */

typedef struct Mods {
    TrAotUnit u[512];
    int n;
    const char *dirs[64];
    int ndirs;
} Mods;

static char *xstrdup(const char *s) {
    char *d = strdup(s);
    if (!d) {
        fputs("tauraroc: out of memory\n", stderr);
        exit(1);
    }
    return d;
}

static bool is_file(const char *p) {
    struct stat st;
    return stat(p, &st) == 0 && S_ISREG(st.st_mode);
}

static char *read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    size_t cap = 1 << 16, n = 0, got;
    char *buf = malloc(cap);
    while (buf && (got = fread(buf + n, 1, cap - n, f)) > 0) {
        n += got;
        if (n == cap) buf = realloc(buf, cap *= 2);
    }
    fclose(f);
    *len = n;
    return buf;
}

static int find_module(Mods *m, const char *name) {
    for (int k = 0; k < m->n; k++)
        if (!strcmp(m->u[k].name, name)) return k;
    return -1;
}

/* Where module `name` (dotted) lives: its file and whether it is a package. */
static char *locate(Mods *m, const char *name, int *is_pkg) {
    char path[PATH_MAX], rel[PATH_MAX];
    snprintf(rel, sizeof rel, "%s", name);
    for (char *p = rel; *p; p++)
        if (*p == '.') *p = '/';
    for (int d = 0; d < m->ndirs; d++) {
        if (snprintf(path, sizeof path, "%s/%s/__init__.py", m->dirs[d], rel) >= (int)sizeof path) continue;
        if (is_file(path)) {
            *is_pkg = 1;
            return xstrdup(path);
        }
        if (snprintf(path, sizeof path, "%s/%s.py", m->dirs[d], rel) >= (int)sizeof path) continue;
        if (is_file(path)) {
            *is_pkg = 0;
            return xstrdup(path);
        }
    }
    return NULL;
}

static void scan(Mods *m, int idx);

/* Compile a module into the set (once).  Modules that do not compile are
 * left out: importing them raises the SyntaxError at run time, as it would
 * under `tauraro`. */
static void add_module(Mods *m, const char *name, const char *file, int is_pkg) {
    if (find_module(m, name) >= 0 || m->n >= (int)(sizeof m->u / sizeof m->u[0])) return;
    size_t len;
    char *src = read_file(file, &len);
    if (!src) return;
    TrCode *code = tr_compile_source(src, len, file, 0);
    if (!code) {
        tr_exc_clear();
        return;
    }
    TrAotUnit *u = &m->u[m->n++];
    u->name = xstrdup(name);
    u->filename = xstrdup(file);
    u->code = code;
    u->is_package = is_pkg;
    scan(m, m->n - 1);
}

static void want(Mods *m, const char *name) {
    if (!*name || tr_module_is_builtin(name) || find_module(m, name) >= 0) return;
    /* importing a.b.c imports a and a.b first */
    char prefix[PATH_MAX];
    for (const char *dot = strchr(name, '.'); dot; dot = strchr(dot + 1, '.')) {
        snprintf(prefix, sizeof prefix, "%.*s", (int)(dot - name), name);
        want(m, prefix);
    }
    int pkg;
    char *file = locate(m, name, &pkg);
    if (file) add_module(m, name, file, pkg);
}

/* The absolute name of `from <level dots><name> import ...` in module `mod`. */
static void resolve(char *out, size_t n, const TrAotUnit *mod, const char *name, unsigned level) {
    if (level == 0) {
        snprintf(out, n, "%s", name);
        return;
    }
    char base[PATH_MAX];
    snprintf(base, sizeof base, "%s", mod->name);
    if (!mod->is_package) {
        char *dot = strrchr(base, '.');
        if (dot) *dot = 0;
        else base[0] = 0;
    }
    for (unsigned k = 1; k < level; k++) {
        char *dot = strrchr(base, '.');
        if (dot) *dot = 0;
        else base[0] = 0;
    }
    if (!base[0]) snprintf(out, n, "%s", name);
    else if (*name) snprintf(out, n, "%s.%s", base, name);
    else snprintf(out, n, "%s", base);
}

static void scan_code(Mods *m, int idx, TrCode *c) {
    for (int32_t pc = 0; pc < c->ncode; pc++) {
        TrInstr i = c->code[pc];
        if (TR_OP(i) != TR_OPC_IMPORT) continue;
        char abs[PATH_MAX];
        resolve(abs, sizeof abs, &m->u[idx], c->names[TR_B(i)]->data, TR_C(i) >> 1);
        want(m, abs);
        /* `from pkg import sub` may name submodules */
        for (int32_t q = pc + 1; q < c->ncode && TR_OP(c->code[q]) == TR_OPC_IMPORTFROM; q++) {
            char sub[PATH_MAX];
            if (snprintf(sub, sizeof sub, "%s.%s", abs, c->names[TR_C(c->code[q])]->data) >= (int)sizeof sub)
                continue;
            int pkg;
            char *file = locate(m, sub, &pkg);
            if (file) add_module(m, sub, file, pkg);
        }
    }
    for (int32_t k = 0; k < c->nconsts; k++)
        if (tr_is_type(c->consts[k], &tr_code_type)) scan_code(m, idx, TR_AS(TrCode, c->consts[k]));
}

static void scan(Mods *m, int idx) { scan_code(m, idx, m->u[idx].code); }

static void search_dirs(Mods *m, const char *script) {
    char *dir = xstrdup(script);
    char *slash = strrchr(dir, '/');
    if (slash) *slash = 0;
    else strcpy(dir, ".");
    /* absolute, as sys.path[0] is under `tauraro` (modules' __file__) */
    char *abs = realpath(dir, NULL);
    m->dirs[m->ndirs++] = abs ? abs : dir;
    const char *env = getenv("TAURARO_PATH");
    while (env && *env && m->ndirs < 62) {
        size_t n = strcspn(env, ":");
        if (n) m->dirs[m->ndirs++] = strndup(env, n);
        env += n;
        if (*env == ':') env++;
    }
    m->dirs[m->ndirs++] = tr_stdlib_dir();
}

/* ---- output and linking -------------------------------------------------------- */

static char *default_output(const Options *o) {
    if (o->mode == MODE_EXE) return xstrdup("a.out");
    const char *base = strrchr(o->inputs[0], '/');
    base = base ? base + 1 : o->inputs[0];
    size_t n = strlen(base);
    if (n > 3 && !strcmp(base + n - 3, ".py")) n -= 3;
    const char *ext = o->mode == MODE_OBJ ? ".o" : o->mode == MODE_ASM ? ".s" : ".ll";
    char *out = malloc(n + 4);
    memcpy(out, base, n);
    strcpy(out + n, ext);
    return out;
}

static int run_command(char *const argv[], int verbose) {
    if (verbose) {
        for (int k = 0; argv[k]; k++) fprintf(stderr, "%s%s", k ? " " : "", argv[k]);
        fputc('\n', stderr);
    }
    fflush(NULL);
    pid_t pid = fork();
    if (pid < 0) return -1;
    if (pid == 0) {
        execvp(argv[0], argv);
        fprintf(stderr, "tauraroc: cannot run %s: %s\n", argv[0], strerror(errno));
        _exit(127);
    }
    int status;
    if (waitpid(pid, &status, 0) < 0) return -1;
    return WIFEXITED(status) ? WEXITSTATUS(status) : 1;
}

static void report(const TrAotStats *st);

/* cc -o out objs... and the runtime libraries (or -shared) */
static int link_objects(char **objs, int nobjs, const char *out, bool shared, int verbose) {
    char rt[PATH_MAX + 32], fe[PATH_MAX + 32];
    char **argv = calloc((size_t)nobjs + 40, sizeof *argv);
    int n = 0;
    argv[n++] = "cc";
    if (shared) argv[n++] = "-shared";
    argv[n++] = "-o";
    argv[n++] = (char *)out;
    for (int k = 0; k < nobjs; k++) argv[n++] = objs[k];
    if (!shared) {
        const char *dir = runtime_dir();
        if (!dir) dir = ".";
        snprintf(rt, sizeof rt, "%s/libtauraro_rt.a", dir);
        if (!tr_path_is_file(rt)) {
            fprintf(stderr, "tauraroc: error: cannot find %s (set TAURARO_HOME to Tauraro's install prefix)\n", rt);
            return 1;
        }
        snprintf(fe, sizeof fe, "%s/libtauraro_frontend.a", dir);
        argv[n++] = fe;
        argv[n++] = rt;
        char *libs = xstrdup(TAURARO_AOT_LIBS);
        for (char *t = strtok(libs, " "); t && n < nobjs + 38; t = strtok(NULL, " ")) argv[n++] = t;
    }
    argv[n] = NULL;
    int rc = run_command(argv, verbose);
    if (rc != 0) fprintf(stderr, "tauraroc: error: linker command failed with exit code %d\n", rc);
    return rc == 0 ? 0 : 1;
}

/* A temporary object file name (in dir, or /tmp). */
static char *temp_object(const char *dir) {
    char *path = malloc(PATH_MAX);
    snprintf(path, PATH_MAX, "%s/tauraroc.XXXXXX.o", dir ? dir : "/tmp");
    int fd = mkstemps(path, 2);
    if (fd < 0) {
        perror("tauraroc: temporary file");
        return NULL;
    }
    close(fd);
    return path;
}

/* What decides a library module's object: name, source, options. */
static char *cache_key(const TrAotUnit *u, const TrAotOptions *o, size_t *len) {
    size_t n;
    char *src = read_file(u->filename, &n);
    if (!src) return NULL;
    char head[512];
    int h = snprintf(head, sizeof head, "%s\n%s\n%d %d %s %d\n", TAURARO_VERSION, u->name, u->is_package,
                     o->opt_level, o->cpu ? o->cpu : "", o->shared);
    char *key = malloc((size_t)h + n);
    memcpy(key, head, (size_t)h);
    memcpy(key + h, src, n);
    free(src);
    *len = (size_t)h + n;
    return key;
}

/* Unit k's object: from the cache when there, else compiled (and cached). */
static char *unit_object(Mods *m, int k, const TrAotOptions *o, TrAotStats *st, char **tmp_out) {
    size_t klen;
    char *key = cache_key(&m->u[k], o, &klen);
    char *cached = key ? tr_objcache_path(key, klen) : NULL;
    free(key);
    if (cached && tr_path_is_file(cached)) {
        st->cached++;
        return cached;
    }
    LLVMModuleRef mod = tr_aot_compile(m->u, m->n, k, 1, 0, o, st);
    if (!mod) return NULL;
    char *dir = cached ? xstrdup(cached) : NULL;
    if (dir) *strrchr(dir, '/') = 0;
    char *tmp = temp_object(dir);
    if (!tmp || tr_aot_emit(mod, TR_AOT_OBJ, tmp, o) < 0) return NULL;
    if (cached && tr_objcache_store(tmp, cached) == 0) return cached;
    *tmp_out = tmp; /* no cache: a temporary to delete after linking */
    return tmp;
}

/* An executable or shared module: the program's unit and the entry in one
 * object, each library module in its own (cached) object, then the link. */
static int build_linked(Mods *m, const Options *o, const char *out, TrAotStats *st) {
    char **objs = calloc((size_t)m->n + 1, sizeof *objs), **temps = calloc((size_t)m->n + 1, sizeof *temps);
    int rc = 1;
    LLVMModuleRef mod = tr_aot_compile(m->u, m->n, 0, 1, 1, &o->aot, st);
    if (!mod || !(objs[0] = temps[0] = temp_object(NULL)) || tr_aot_emit(mod, TR_AOT_OBJ, objs[0], &o->aot) < 0)
        goto done;
    for (int k = 1; k < m->n; k++)
        if (!(objs[k] = unit_object(m, k, &o->aot, st, &temps[k]))) goto done;
    if (o->aot.verbose) report(st);
    rc = link_objects(objs, m->n, out, o->mode == MODE_SHARED, o->aot.verbose);
done:
    for (int k = 0; k < m->n; k++)
        if (temps[k]) unlink(temps[k]);
    return rc;
}

static void report(const TrAotStats *st) {
    fprintf(stderr, "tauraroc: %d functions: %d compiled to native code, %d embedded as bytecode\n",
            st->functions, st->native, st->embedded);
    if (st->cached) fprintf(stderr, "tauraroc: %d modules from the object cache\n", st->cached);
    for (int k = 0; k < st->nwhy; k++)
        fprintf(stderr, "tauraroc:   embedded %s: %s\n", st->embedded_what[k], st->embedded_why[k]);
}

static int compile_program(void *p) {
    Options *o = p;
    Mods *m = tr_alloc(sizeof *m); /* scanned: it holds the code objects */
    search_dirs(m, o->inputs[0]);
    size_t len;
    char *src = read_file(o->inputs[0], &len);
    if (!src) {
        fprintf(stderr, "tauraroc: error: no such file or directory: '%s'\n", o->inputs[0]);
        return 1;
    }
    char *file = realpath(o->inputs[0], NULL);
    TrCode *code = tr_compile_source(src, len, file ? file : o->inputs[0], 0);
    if (!code) return tr_handle_uncaught();
    const char *mainname = "__main__";
    char modname[256];
    if (o->mode == MODE_SHARED) { /* a module: named by its file */
        const char *base = strrchr(o->inputs[0], '/');
        snprintf(modname, sizeof modname, "%s", base ? base + 1 : o->inputs[0]);
        char *dot = strrchr(modname, '.');
        if (dot) *dot = 0;
        mainname = modname;
    }
    m->u[0] = (TrAotUnit){mainname, file ? file : o->inputs[0], code, 0};
    m->n = 1;
    for (int k = 1; k < o->ninputs; k++) { /* modules named on the command line */
        char name[256], *rp = realpath(o->inputs[k], NULL);
        if (!rp) {
            fprintf(stderr, "tauraroc: error: no such file or directory: '%s'\n", o->inputs[k]);
            return 1;
        }
        const char *base = strrchr(o->inputs[k], '/');
        snprintf(name, sizeof name, "%s", base ? base + 1 : o->inputs[k]);
        char *dot = strrchr(name, '.');
        if (dot) *dot = 0;
        add_module(m, name, rp, 0);
    }
    scan(m, 0);
    TrAotStats st;
    memset(&st, 0, sizeof st);
    const char *out = o->out ? o->out : default_output(o);
    if (o->mode == MODE_EXE || o->mode == MODE_SHARED) return build_linked(m, o, out, &st);
    /* one output file: everything in one module */
    LLVMModuleRef mod = tr_aot_compile(m->u, m->n, 0, m->n, 1, &o->aot, &st);
    if (!mod) return 1;
    if (o->aot.verbose) report(&st);
    TrAotOutput kind = o->mode == MODE_IR ? TR_AOT_IR : o->mode == MODE_ASM ? TR_AOT_ASM : TR_AOT_OBJ;
    return tr_aot_emit(mod, kind, out, &o->aot) < 0 ? 1 : 0;
}

int tr_run_on_big_stack(int (*fn)(void *), void *arg);

int main(int argc, char **argv) {
    Options o;
    int rc = parse(argc, argv, &o);
    if (rc) return rc;
    tr_runtime_init(1, argv);
    tr_source_compiler = tr_compile_source;
    return tr_run_on_big_stack(compile_program, &o);
}
