/* tr_runtime.c — start-up and the top-level run loop shared by `tauraro`
 * and AOT-compiled executables.
 *
 * Initialisation order matters: strings and containers first (everything
 * else interns names and builds dicts), then types, exceptions, builtins and
 * sys.  The program runs on a thread with a large stack so deep (but legal)
 * recursion does not overflow the C stack; tr_enter_recursion turns the
 * remaining risk into a RecursionError. */
#define GC_THREADS
#include <gc.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "tr_interp.h"
#include "tr_io.h"
#include "tr_module.h"
#include "tr_signal.h"

TrDict *tr_builtins_dict;

/* One table of the per-file init functions, in order. */
#define TR_INIT_FUNCS(X)                                                         \
    X(tr_init_str) X(tr_init_containers) X(tr_init_types) X(tr_init_numbers)    \
    X(tr_init_bytes) X(tr_init_errors) X(tr_init_misc_types) X(tr_init_io) X(tr_init_generators) X(tr_init_seqiter)

#define TR_INIT_DECL(fn) void fn(void);
TR_INIT_FUNCS(TR_INIT_DECL)
#undef TR_INIT_DECL
void tr_init_builtins(TrDict *b);
void tr_init_exec_builtins(TrDict *b);
void tr_init_files(TrDict *b);
void tr_publish_exceptions(TrDict *b);
void tr_init_classes(TrDict *b);
void tr_init_signals(void);
void tr_sys_set_argv(int argc, char **argv);

void tr_init_misc_types(void) {
    tr_type_ready(&tr_native_type, NULL);
    tr_type_ready(&tr_method_type, NULL);
    tr_type_ready(&tr_function_type, NULL);
    tr_type_ready(&tr_module_type, NULL);
    tr_type_ready(&tr_code_type, NULL);
}

void tr_runtime_init(int argc, char **argv) {
    tr_gc_init();
    tr_ts.exc = tr_undef();
    tr_ts.handled = tr_undef();
    tr_ts.recursion_limit = 1000;
#define TR_INIT_CALL(fn) fn();
    TR_INIT_FUNCS(TR_INIT_CALL)
#undef TR_INIT_CALL
    tr_builtins_dict = tr_dict_new();
    tr_init_builtins(tr_builtins_dict);
    tr_init_exec_builtins(tr_builtins_dict);
    tr_init_files(tr_builtins_dict);
    tr_publish_exceptions(tr_builtins_dict);
    tr_init_classes(tr_builtins_dict);
    tr_init_signals();
    tr_sys_modules = tr_dict_new();
    tr_sys_set_argv(argc, argv);
    TrModule *sys = tr_module_init_sys();
    tr_dict_set_str(tr_sys_modules, tr_str_intern("sys"), tr_obj(sys));
    TrModule *bm = tr_module_new("builtins");
    bm->dict = tr_builtins_dict;
    tr_dict_set_str(tr_builtins_dict, tr_str_intern("__name__"), tr_str_value("builtins"));
    tr_dict_set_str(tr_sys_modules, tr_str_intern("builtins"), tr_obj(bm));
}

/* ---- running on a big stack --------------------------------------------- */

#define TR_STACK_SIZE ((size_t)1 << 30) /* 1 GiB of address space, committed lazily */
#define TR_STACK_MARGIN ((size_t)512 << 10)

typedef struct RunArgs {
    int (*fn)(void *);
    void *arg;
    int result;
} RunArgs;

static void *run_thread(void *p) {
    RunArgs *ra = p;
    char here;
    /* integer arithmetic: the limit lies outside any object the compiler knows */
    tr_ts.stack_limit = (char *)((uintptr_t)&here - (TR_STACK_SIZE - TR_STACK_MARGIN));
    tr_signal_block_program_signals(0);
    ra->result = ra->fn(ra->arg);
    return NULL;
}

int tr_run_on_big_stack(int (*fn)(void *), void *arg) {
    RunArgs ra = {fn, arg, 1};
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_t th;
    /* signals go to the program's thread, so they interrupt its system calls;
     * the new thread inherits the blocked mask and unblocks it */
    tr_signal_block_program_signals(1);
    if (pthread_attr_setstacksize(&attr, TR_STACK_SIZE) != 0 ||
        GC_pthread_create(&th, &attr, run_thread, &ra) != 0) {
        /* fall back to the main thread's stack */
        tr_signal_block_program_signals(0);
        char here;
        tr_ts.stack_limit = (char *)((uintptr_t)&here - ((uintptr_t)6 << 20));
        pthread_attr_destroy(&attr);
        return fn(arg);
    }
    pthread_attr_destroy(&attr);
    GC_pthread_join(th, NULL);
    tr_signal_block_program_signals(0);
    return ra.result;
}

/* ---- top-level exception handling --------------------------------------- */

/* Handle an exception that reached the top: SystemExit gives the exit
 * status, anything else prints a traceback and gives 1 (KeyboardInterrupt
 * then ends the process by SIGINT, in tr_runtime_exit). */
int tr_handle_uncaught(void) {
    TrValue exc = tr_exc_fetch();
    if (TR_IS_OBJ(exc) && tr_isinstance(exc, tr_SystemExit)) {
        TrValue code = TR_AS(TrException, exc)->value;
        tr_flush_std(); /* what was printed comes before the message */
        if (TR_IS_NONE(code) || TR_IS_UNDEF(code)) return 0;
        if (TR_IS_INT(code) || TR_IS_BOOL(code)) return (int)(code.u.i & 0xff);
        TrStr *s = tr_to_str(code);
        if (s) fprintf(stderr, "%s\n", s->data);
        else tr_exc_clear();
        return 1;
    }
    if (TR_IS_OBJ(exc) && tr_isinstance(exc, tr_KeyboardInterrupt))
        tr_signal_note_uncaught_interrupt();
    tr_exc_print(exc);
    return 1;
}

int tr_runtime_exit(int status) {
    if (tr_flush_std_at_exit() < 0) status = 120; /* CPython: Py_FinalizeEx failed */
    return tr_signal_exit_status(status);
}
