/* tr_io.c — text streams: sys.stdout, sys.stderr, sys.stdin.
 *
 * A TrFile wraps a C stdio stream.  print() and tracebacks write through
 * tr_write_str, which goes straight to stdio for our own streams and calls
 * write() for any other object assigned to sys.stdout.  stdout is block
 * buffered unless it is a terminal, as in CPython, and flushed on every exit
 * path (tr_flush_std).
 *
 * Write errors follow CPython's buffered streams: a write that overflows the
 * buffer and fails (EPIPE after `| head`) raises OSError (BrokenPipeError)
 * and drops that data; a failed explicit flush keeps its data pending, so the
 * flush at exit fails again, which CPython reports as "Exception ignored in:
 * <stdout>" and exit status 120.  SIGPIPE is ignored (tr_signal_init). */
#include <errno.h>
#include <stdio_ext.h>
#include <string.h>

#include "tr_io.h"
#include "tr_signal.h"

TrValue tr_sys_stdout, tr_sys_stderr, tr_sys_stdin;

static TrFile *as_file(TrValue v) { return TR_AS(TrFile, v); }

static int check_open(TrFile *f) {
    if (!f->fp) {
        tr_raise(tr_ValueError, "I/O operation on closed file.");
        return -1;
    }
    return 0;
}

/* Write s; a failed write drops what the buffer held and raises. */
static int stream_write(TrFile *f, TrStr *s) {
    fwrite(s->data, 1, (size_t)s->len, f->fp);
    if (!ferror(f->fp)) return 0;
    int err = errno;
    __fpurge(f->fp);
    clearerr(f->fp);
    tr_raise_oserror(err, NULL);
    return -1;
}

/* fflush; a failure stays recorded (see the top of the file).  -1 with
 * errno set on failure. */
static int stream_flush(TrFile *f) {
    if (!f->fp) return 0;
    if (fflush(f->fp) == EOF) {
        f->failed_flush = errno;
        __fpurge(f->fp);
        clearerr(f->fp);
    }
    errno = f->failed_flush;
    return f->failed_flush ? -1 : 0;
}

static TrValue file_write(TrValue *args, int nargs, TrTuple *kwnames) {
    if (tr_check_args("write", nargs, kwnames, 2, 2) < 0) return TR_ERR;
    TrFile *f = as_file(args[0]);
    if (check_open(f) < 0) return TR_ERR;
    if (!tr_isinstance(args[1], &tr_str_type))
        return tr_raise(tr_TypeError, "write() argument must be str, not %s", tr_type_name(args[1]));
    TrStr *s = TR_AS(TrStr, args[1]);
    if (stream_write(f, s) < 0) return TR_ERR;
    return tr_int(s->nchars);
}

static TrValue file_flush(TrValue *args, int nargs, TrTuple *kwnames) {
    if (tr_check_args("flush", nargs, kwnames, 1, 1) < 0) return TR_ERR;
    if (stream_flush(as_file(args[0])) < 0) return tr_raise_oserror(errno, NULL);
    return tr_none();
}

/* Read one line including its newline; "" at end of file; NULL with an
 * exception pending when a signal handler raised during the read. */
TrStr *tr_file_readline(TrFile *f) {
    TrBuf b;
    tr_buf_init(&b, 128);
    int c;
    while ((c = tr_getc_intr(f->fp)) >= 0) {
        tr_buf_putc(&b, (char)c);
        if (c == '\n') break;
    }
    if (c == -2) return NULL;
    return tr_buf_finish(&b);
}

static TrValue file_readline(TrValue *args, int nargs, TrTuple *kwnames) {
    if (tr_check_args("readline", nargs, kwnames, 1, 2) < 0) return TR_ERR;
    TrFile *f = as_file(args[0]);
    if (check_open(f) < 0) return TR_ERR;
    TrStr *line = tr_file_readline(f);
    return line ? tr_obj(line) : TR_ERR;
}

static TrValue file_read(TrValue *args, int nargs, TrTuple *kwnames) {
    if (tr_check_args("read", nargs, kwnames, 1, 2) < 0) return TR_ERR;
    TrFile *f = as_file(args[0]);
    if (check_open(f) < 0) return TR_ERR;
    TrBuf b;
    tr_buf_init(&b, 4096);
    int c;
    while ((c = tr_getc_intr(f->fp)) >= 0) tr_buf_putc(&b, (char)c);
    if (c == -2) return TR_ERR;
    return tr_str_value_or_err(tr_buf_finish(&b));
}

static TrValue file_fileno(TrValue *args, int nargs, TrTuple *kwnames) {
    if (tr_check_args("fileno", nargs, kwnames, 1, 1) < 0) return TR_ERR;
    TrFile *f = as_file(args[0]);
    if (check_open(f) < 0) return TR_ERR;
    return tr_int(fileno(f->fp));
}

static TrValue file_isatty(TrValue *args, int nargs, TrTuple *kwnames) {
    if (tr_check_args("isatty", nargs, kwnames, 1, 1) < 0) return TR_ERR;
    TrFile *f = as_file(args[0]);
    if (check_open(f) < 0) return TR_ERR;
    return tr_bool(isatty(fileno(f->fp)));
}

static TrValue file_iternext(TrValue self) {
    TrFile *f = as_file(self);
    if (check_open(f) < 0) return TR_ERR;
    TrStr *line = tr_file_readline(f);
    if (!line) return TR_ERR;
    if (line->len == 0) return tr_undef();
    return tr_obj(line);
}

static TrValue file_repr(TrValue self) {
    TrFile *f = as_file(self);
    return tr_obj(tr_str_format("<_io.TextIOWrapper name='%U' mode='%s' encoding='utf-8'>",
                                f->name, f->mode));
}

static TrValue file_iter(TrValue self) { return self; }

static const TrMethodDef file_methods[] = {
    {"write", file_write, 0},     {"flush", file_flush, 0}, {"readline", file_readline, 0},
    {"read", file_read, 0},       {"fileno", file_fileno, 0}, {"isatty", file_isatty, 0},
    {NULL, NULL, 0},
};

TrType tr_file_type = {
    .ob = {&tr_type_type},
    .name = "TextIOWrapper",
    .repr = file_repr,
    .iter = file_iter,
    .next = file_iternext,
};

static TrValue make_std(FILE *fp, const char *name, const char *mode) {
    TrFile *f = tr_new_object(&tr_file_type, sizeof(TrFile));
    f->fp = fp;
    f->name = tr_str_from_cstr(name);
    f->mode = mode;
    return tr_obj(f);
}

void tr_init_io(void) {
    tr_type_ready(&tr_file_type, file_methods);
    tr_sys_stdout = make_std(stdout, "<stdout>", "w");
    tr_sys_stderr = make_std(stderr, "<stderr>", "w");
    tr_sys_stdin = make_std(stdin, "<stdin>", "r");
}

int tr_write_str(TrValue file, TrStr *s) {
    if (tr_is_type(file, &tr_file_type)) {
        TrFile *f = as_file(file);
        if (check_open(f) < 0) return -1;
        return stream_write(f, s);
    }
    TrValue arg = tr_obj(s);
    TrValue r = tr_call_method(file, "write", &arg, 1);
    return TR_IS_UNDEF(r) ? -1 : 0;
}

void tr_flush_std(void) {
    tr_flush_open_files(); /* files the program never closed (tr_file.c) */
    stream_flush(as_file(tr_sys_stdout)); /* a failure is reported at exit */
    fflush(stderr);
}

int tr_flush_std_at_exit(void) {
    tr_flush_open_files();
    TrFile *out = as_file(tr_sys_stdout);
    int status = 0;
    if (stream_flush(out) < 0) {
        int err = errno;
        TrStr *r = tr_repr(tr_sys_stdout);
        if (!r) tr_exc_clear();
        fprintf(stderr, "Exception ignored in: %s\n", r ? r->data : "<stdout>");
        errno = err;
        tr_raise_oserror(errno, NULL);
        tr_exc_print(tr_exc_fetch());
        out->failed_flush = 0;
        status = -1;
    }
    fflush(stderr);
    return status;
}
