/* tr_io.c — the standard streams: sys.stdout, sys.stderr, sys.stdin.
 *
 * They are TextIOWrapper objects (tr_file.c) over C's stdout, stderr and
 * stdin.  print() and tracebacks write through tr_write_str, which goes
 * straight to stdio for a text file object and calls write() for any other
 * object assigned to sys.stdout.  stdout is block buffered unless it is a
 * terminal, as in CPython, and flushed on every exit path (tr_flush_std). */
#include "tr_io.h"

TrValue tr_sys_stdout, tr_sys_stderr, tr_sys_stdin;

void tr_init_io(void) {
    tr_sys_stdout = tr_file_over_stream(stdout, "<stdout>", true);
    tr_sys_stderr = tr_file_over_stream(stderr, "<stderr>", true);
    tr_sys_stdin = tr_file_over_stream(stdin, "<stdin>", false);
}

int tr_write_str(TrValue file, TrStr *s) {
    bool is_file;
    FILE *fp = tr_file_text_stream(file, &is_file);
    if (fp) {
        fwrite(s->data, 1, (size_t)s->len, fp);
        return 0;
    }
    if (is_file) { /* closed */
        tr_raise(tr_ValueError, "I/O operation on closed file.");
        return -1;
    }
    TrValue arg = tr_obj(s);
    TrValue r = tr_call_method(file, "write", &arg, 1);
    return TR_IS_UNDEF(r) ? -1 : 0;
}

void tr_flush_std(void) {
    tr_flush_open_files(); /* files the program never closed (tr_file.c) */
    fflush(stdout);
    fflush(stderr);
}
