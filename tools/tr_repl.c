/* tr_repl.c — the interactive prompt of `tauraro` on a terminal.
 *
 * Lines are read with libedit (line editing and history).  A statement is
 * run as soon as it is complete: a simple statement at once, a compound
 * statement (or anything inside open brackets or a triple-quoted string)
 * after the blank line that ends it, as in CPython's REPL.  Completeness is
 * decided the way codeop does it: compile the text; an error that only
 * the end of the input caused ("was never closed", an unterminated triple
 * quote, an indented block still expected) means "read more".  Each
 * statement is compiled in 'single' mode so expression values are echoed;
 * an exception prints its traceback and the prompt comes back. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <editline/readline.h>

#include "tr_compiler.h"
#include "tr_config.h"
#include "tr_interp.h"
#include "tr_module.h"
#include "tr_repl.h"

/* Would more input complete this text?  (It failed to compile.) */
static bool needs_more(const char *src, size_t len, const TrSyntaxError *e) {
    if (!e->msg) return false;
    if (strstr(e->msg, "was never closed") || strstr(e->msg, "unterminated triple-quoted") ||
        strstr(e->msg, "unexpected EOF") || strstr(e->msg, "expected an indented block"))
        return true;
    /* a trailing backslash continuation */
    size_t n = len;
    while (n > 0 && src[n - 1] == '\n') n--;
    return n > 0 && src[n - 1] == '\\';
}

/* Does the first line open a block (ends with ':' outside a comment)? */
static bool opens_block(const char *line) {
    size_t n = strlen(line);
    const char *hash = strchr(line, '#');
    if (hash) n = (size_t)(hash - line);
    while (n > 0 && (line[n - 1] == ' ' || line[n - 1] == '\t')) n--;
    return n > 0 && line[n - 1] == ':';
}

static void run_source(const char *src, size_t len) {
    TrCode *code = tr_compile_source(src, len, "<stdin>", 1);
    TrValue r = code ? tr_run_code(code, tr_repl_globals) : tr_undef();
    if (TR_IS_UNDEF(r)) {
        if (tr_exc_matches(tr_SystemExit)) {
            exit(tr_runtime_exit(tr_handle_uncaught()));
        }
        tr_handle_uncaught();
    }
    tr_flush_std();
}

TrDict *tr_repl_globals;

/* The prompt: str(sys.ps1) or str(sys.ps2), which a program may change, as
 * in CPython; the default when they are gone or their str() fails. */
static const char *prompt(const char *name, const char *dflt) {
    TrValue v = tr_sys_module ? tr_dict_get_cstr(tr_sys_module->dict, name) : tr_undef();
    if (TR_IS_UNDEF(v)) return dflt;
    TrStr *s = tr_to_str(v);
    if (!s) {
        tr_exc_clear();
        return dflt;
    }
    return s->data;
}

int tr_repl(void) {
    printf("Tauraro %s (Python 3.11 compatible)\nType Ctrl-D to exit.\n", TAURARO_VERSION);
    fflush(stdout);
    if (tr_sys_module) {
        tr_module_add(tr_sys_module, "ps1", tr_str_value(">>> "));
        tr_module_add(tr_sys_module, "ps2", tr_str_value("... "));
    }
    char *buf = NULL;
    size_t len = 0, cap = 0;
    bool block = false;
    for (;;) {
        char *line = readline(len ? prompt("ps2", "... ") : prompt("ps1", ">>> "));
        if (!line) { /* Ctrl-D */
            if (len) {
                len = 0;
                block = false;
                putchar('\n');
                continue;
            }
            putchar('\n');
            break;
        }
        if (*line) add_history(line);
        size_t n = strlen(line);
        if (len + n + 2 > cap) {
            cap = (len + n + 2) * 2;
            buf = realloc(buf, cap);
            if (!buf) return 1;
        }
        bool blank = strspn(line, " \t") == n;
        if (len == 0 && blank) {
            free(line);
            continue;
        }
        if (len == 0) block = opens_block(line);
        memcpy(buf + len, line, n);
        len += n;
        buf[len++] = '\n';
        buf[len] = 0;
        free(line);
        if (block && !blank) continue; /* a compound statement ends at a blank line */
        TrSyntaxError err;
        memset(&err, 0, sizeof err);
        bool more = !tr_parse(buf, len, "<stdin>", 1, &err) && needs_more(buf, len, &err);
        if (more && !(blank && strstr(err.msg, "expected an indented block"))) continue;
        run_source(buf, len);
        len = 0;
        block = false;
    }
    free(buf);
    return 0;
}
