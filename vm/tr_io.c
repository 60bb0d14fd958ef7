/* tr_io.c — the standard streams: sys.stdout, sys.stderr, sys.stdin.
 *
 * They are TextIOWrapper objects (tr_file.c) over C's stdout, stderr and
 * stdin.  print() and tracebacks write through tr_write_str, which goes
 * straight to stdio for a text file object and calls write() for any other
 * object assigned to sys.stdout.  stdout is block buffered unless it is a
 * terminal, as in CPython, and flushed on every exit path (tr_flush_std).
 *
 * Write errors follow CPython's buffered streams: a write that overflows the
 * buffer and fails (EPIPE after `| head`) raises OSError (BrokenPipeError)
 * and drops that data; a failed flush of stdout keeps its data pending, so
 * the flush at exit fails again, which CPython reports as "Exception ignored
 * in: <stdout>" and exit status 120.  SIGPIPE is ignored (tr_signal_init). */
#include <errno.h>
#include <stdio_ext.h>
#include <string.h>

#include "tr_io.h"

TrValue tr_sys_stdout, tr_sys_stderr, tr_sys_stdin;

/* errno of a flush of stdout that failed: its data counts as unwritten */
static int stdout_failed;

void tr_init_io(void) {
    tr_sys_stdout = tr_file_over_stream(stdout, "<stdout>", true);
    tr_sys_stderr = tr_file_over_stream(stderr, "<stderr>", true);
    tr_sys_stdin = tr_file_over_stream(stdin, "<stdin>", false);
}

/* A failed write drops what the buffer held and raises. */
static int stream_error(FILE *fp) {
    int err = errno;
    __fpurge(fp);
    clearerr(fp);
    tr_raise_oserror(err, NULL);
    return -1;
}

int tr_write_str(TrValue file, TrStr *s) {
    bool is_file;
    FILE *fp = tr_file_text_stream(file, &is_file);
    if (fp) {
        fwrite(s->data, 1, (size_t)s->len, fp);
        return ferror(fp) ? stream_error(fp) : 0;
    }
    if (is_file) { /* closed */
        tr_raise(tr_ValueError, "I/O operation on closed file.");
        return -1;
    }
    TrValue arg = tr_obj(s);
    TrValue r = tr_call_method(file, "write", &arg, 1);
    return TR_IS_UNDEF(r) ? -1 : 0;
}

/* fflush(stdout); a failure stays recorded (see the top of the file). */
static int flush_stdout(void) {
    if (fflush(stdout) == EOF) {
        stdout_failed = errno;
        __fpurge(stdout);
        clearerr(stdout);
    }
    errno = stdout_failed;
    return stdout_failed ? -1 : 0;
}

int tr_stream_flush(FILE *fp) {
    if (fp == stdout) return flush_stdout();
    return fflush(fp) == EOF ? -1 : 0;
}

void tr_flush_std(void) {
    tr_flush_open_files(); /* files the program never closed (tr_file.c) */
    flush_stdout();        /* a failure is reported at exit */
    fflush(stderr);
}

int tr_flush_std_at_exit(void) {
    tr_flush_open_files();
    int status = 0;
    if (flush_stdout() < 0) {
        int err = errno;
        TrStr *r = tr_repr(tr_sys_stdout);
        if (!r) tr_exc_clear();
        fprintf(stderr, "Exception ignored in: %s\n", r ? r->data : "<stdout>");
        tr_raise_oserror(err, NULL);
        tr_exc_print(tr_exc_fetch());
        stdout_failed = 0;
        status = -1;
    }
    fflush(stderr);
    return status;
}
