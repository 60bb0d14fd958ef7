/* tr_file.c — open() and the file objects it returns.
 *
 * One object type per mode family, as CPython names them: TextIOWrapper
 * (str in and out, UTF-8, universal newlines on read), BufferedReader /
 * BufferedWriter / BufferedRandom (bytes).  They wrap a stdio FILE*: stdio
 * already buffers, and switching between reading and writing on "r+"/"w+"
 * goes through fseek as C requires.  Every open file is remembered (weakly
 * enough: the list is dropped entries on close) so output that a program
 * never flushed or closed is flushed at exit, as CPython's finalizers do. */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <gc.h>

#include "tr_io.h"
#include "tr_signal.h"

typedef struct TrFileObj {
    TrObject ob;
    FILE *fp;        /* NULL once closed */
    TrValue name;    /* the path (str) as given, or the fd */
    TrStr *mode;     /* the mode as given */
    TrValue encoding; /* text mode: the encoding as given, or 'UTF-8' */
    bool text, readable, writable, last_write;
    bool borrowed;   /* a standard stream: close() flushes, never fclose()s */
    char newline[3]; /* open()'s newline: "" for None (universal, translated),
                        "u" for '' (universal, kept), else the one line ending */
    /* a text file's .buffer (binary, same stream) and back: closing either closes both */
    struct TrFileObj *buffer, *owner;
} TrFileObj;

TrType tr_textio_type, tr_bufreader_type, tr_bufwriter_type, tr_bufrandom_type;

/* Files still open, for the flush at exit. */
static TrFileObj **open_files;
static int nopen, capopen;

static void remember(TrFileObj *f) {
    for (int i = 0; i < nopen; i++)
        if (!open_files[i]) {
            open_files[i] = f;
            return;
        }
    if (nopen == capopen) {
        capopen = capopen ? capopen * 2 : 16;
        TrFileObj **n = GC_MALLOC_UNCOLLECTABLE(sizeof *n * (size_t)capopen);
        if (nopen) memcpy(n, open_files, sizeof *n * (size_t)nopen);
        if (open_files) GC_FREE(open_files);
        open_files = n;
    }
    open_files[nopen++] = f;
}

static void forget(TrFileObj *f) {
    for (int i = 0; i < nopen; i++)
        if (open_files[i] == f) open_files[i] = NULL;
}

void tr_flush_open_files(void) {
    for (int i = 0; i < nopen; i++)
        if (open_files[i] && open_files[i]->fp) fflush(open_files[i]->fp);
}

static TrFileObj *self_file(TrValue v) { return TR_AS(TrFileObj, v); }

/* A closed file refuses the operation with CPython's words: text files
 * and most methods say "I/O operation on closed file.", the buffered
 * (binary) classes name some operations their own way (binary_msg). */
static int check_open_as(TrFileObj *f, const char *binary_msg) {
    if (f->fp) return 0;
    tr_raise(tr_ValueError, "%s", !f->text && binary_msg ? binary_msg : "I/O operation on closed file.");
    return -1;
}
static int check_open(TrFileObj *f) { return check_open_as(f, NULL); }

/* Open and readable (or writable); binary_msg as for check_open_as. */
static int check_mode(TrFileObj *f, bool write, const char *binary_msg) {
    if (check_open_as(f, binary_msg) < 0) return -1;
    if (write ? !f->writable : !f->readable) {
        tr_raise(tr_UnsupportedOperation, write ? "not writable" : "not readable");
        return -1;
    }
    /* C requires a positioning call between reads and writes on one stream */
    if (f->last_write != write && f->readable && f->writable) fseek(f->fp, 0, SEEK_CUR);
    f->last_write = write;
    return 0;
}

/* ---- reading ---------------------------------------------------------------- */

/* Text: the next character's UTF-8 bytes into buf; with translate, "\r\n"
 * and "\r" come back as "\n" (universal newlines).  Returns its length, 0
 * at end of file, -1 on a decoding error, -2 when a signal handler raised
 * during the read (tr_getc_intr). */
static int read_char(FILE *fp, char *buf, bool translate, int *used) {
    int c = tr_getc_intr(fp);
    if (c < 0) return c == -2 ? -2 : 0;
    if (c == '\r' && translate) {
        int d = tr_getc_intr(fp);
        if (d == -2) return -2;
        if (d != '\n' && d != EOF) ungetc(d, fp);
        buf[0] = '\n';
        return 1;
    }
    buf[0] = (char)c;
    *used = 1;
    int n = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : -1;
    if (n < 0) return -1;
    for (int i = 1; i < n; i++) {
        int d = tr_getc_intr(fp);
        if (d == -2) return -2;
        if (d == EOF) return -1;
        (*used)++;
        if ((d & 0xC0) != 0x80) return -1;
        buf[i] = (char)d;
    }
    return n;
}

/* CPython decodes a text file in chunks of 8192 bytes and reports the bad
 * bytes' position in their chunk: re-read that chunk to say the same.
 * `used` bytes of the bad sequence have been consumed. */
static TrValue decode_error(FILE *fp, int used) {
    long bad = ftell(fp) - used;
    long chunk = bad - bad % 8192;
    unsigned char *buf = tr_alloc_atomic(8192);
    fseek(fp, chunk, SEEK_SET);
    size_t n = fread(buf, 1, 8192, fp);
    return tr_raise_utf8_error(buf, (int64_t)n, bad - chunk);
}

/* Does the character c just read end a line under f's newline mode?  A
 * "\r" that may start "\r\n" looks at the next byte and takes it along. */
static bool line_ends(TrFileObj *f, char c, TrBuf *b, int64_t *count) {
    const char *nl = f->newline;
    bool universal = !nl[0] || nl[0] == 'u';
    if (c == '\n') return universal || !strcmp(nl, "\n");
    if (c != '\r' || !strcmp(nl, "\n")) return false;
    if (!strcmp(nl, "\r")) return true;
    int d = getc(f->fp);
    if (d == '\n') {
        tr_buf_putc(b, '\n');
        (*count)++;
        return true;
    }
    if (d != EOF) ungetc(d, f->fp);
    return universal;
}

/* Read up to n characters (text) or bytes (binary); n < 0: to the end.
 * stop_at_newline: readline. */
static TrValue read_some(TrFileObj *f, int64_t n, bool stop_at_newline) {
    TrBuf b;
    tr_buf_init(&b, 256);
    int64_t count = 0;
    if (f->text) {
        char ch[4];
        while (n < 0 || count < n) {
            int used = 0;
            int k = read_char(f->fp, ch, !f->newline[0], &used);
            if (k == 0) break;
            if (k == -2) return TR_ERR;
            if (k < 0) return decode_error(f->fp, used);
            tr_buf_put(&b, ch, k);
            count++;
            if (stop_at_newline && line_ends(f, ch[0], &b, &count)) break;
        }
        return tr_str_value_or_err(tr_buf_finish(&b));
    }
    while (n < 0 || count < n) {
        int c = tr_getc_intr(f->fp);
        if (c == -2) return TR_ERR;
        if (c == EOF) break;
        tr_buf_putc(&b, (char)c);
        count++;
        if (stop_at_newline && c == '\n') break;
    }
    return tr_obj(tr_bytes_new(b.data, b.len));
}

static int64_t size_arg(TrValue v) {
    if (TR_IS_UNDEF(v) || TR_IS_NONE(v)) return -1;
    int64_t n;
    if (tr_index_value(v, &n) < 0) return -2;
    return n < 0 ? -1 : n;
}

static TrValue f_read(TrValue *args, int nargs, TrTuple *kw) {
    TrValue self, size;
    TrValue *outs[] = {&self, &size};
    if (tr_parse_args("read", args, nargs, kw, "self|size", outs) < 0) return TR_ERR;
    TrFileObj *f = self_file(self);
    if (check_mode(f, false, "read of closed file") < 0) return TR_ERR;
    int64_t n = size_arg(size);
    if (n == -2) return TR_ERR;
    return read_some(f, n, false);
}

static TrValue f_readline(TrValue *args, int nargs, TrTuple *kw) {
    TrValue self, size;
    TrValue *outs[] = {&self, &size};
    if (tr_parse_args("readline", args, nargs, kw, "self|size", outs) < 0) return TR_ERR;
    TrFileObj *f = self_file(self);
    if (check_mode(f, false, "readline of closed file") < 0) return TR_ERR;
    int64_t n = size_arg(size);
    if (n == -2) return TR_ERR;
    return read_some(f, n, true);
}

static int64_t item_len(TrValue v) {
    return tr_is_type(v, &tr_str_type) ? TR_AS(TrStr, v)->nchars : TR_AS(TrBytes, v)->len;
}

static TrValue f_readlines(TrValue *args, int nargs, TrTuple *kw) {
    TrValue self, hint;
    TrValue *outs[] = {&self, &hint};
    if (tr_parse_args("readlines", args, nargs, kw, "self|hint", outs) < 0) return TR_ERR;
    TrFileObj *f = self_file(self);
    if (check_mode(f, false, NULL) < 0) return TR_ERR;
    int64_t limit = size_arg(hint), total = 0;
    if (limit == -2) return TR_ERR;
    TrList *l = tr_list_new(0);
    for (;;) {
        TrValue line = read_some(f, -1, true);
        if (TR_IS_UNDEF(line)) return TR_ERR;
        int64_t len = item_len(line);
        if (len == 0) break;
        tr_list_append(l, line);
        total += len;
        if (limit > 0 && total >= limit) break;
    }
    return tr_obj(l);
}

static TrValue f_iternext(TrValue self) {
    TrFileObj *f = self_file(self);
    if (check_mode(f, false, "readline of closed file") < 0) return TR_ERR;
    TrValue line = read_some(f, -1, true);
    if (TR_IS_UNDEF(line)) return TR_ERR;
    return item_len(line) ? line : tr_undef();
}

static TrValue f_iter(TrValue self) {
    if (check_open(self_file(self)) < 0) return TR_ERR;
    return self;
}

/* ---- writing ------------------------------------------------------------------ */

/* Text out: "\n" becomes the newline open() was given when that is "\r"
 * or "\r\n" (None and '' write "\n", the POSIX line separator). */
static int write_text(TrFileObj *f, TrStr *s) {
    const char *nl = f->newline;
    bool translate = nl[0] == '\r';
    const char *p = s->data, *end = s->data + s->len;
    while (p < end) {
        const char *q = translate ? memchr(p, '\n', (size_t)(end - p)) : NULL;
        size_t run = (size_t)((q ? q : end) - p);
        if (fwrite(p, 1, run, f->fp) != run) return -1;
        if (!q) break;
        if (fputs(nl, f->fp) == EOF) return -1;
        p = q + 1;
    }
    return 0;
}

static TrValue write_one(TrFileObj *f, TrValue data) {
    if (f->text) {
        if (!tr_is_type(data, &tr_str_type))
            return tr_raise(tr_TypeError, "write() argument must be str, not %s",
                            TR_IS_NONE(data) ? "None" : tr_typeof(data)->name);
        TrStr *s = TR_AS(TrStr, data);
        if (write_text(f, s) < 0) return tr_raise_oserror(errno, NULL);
        return tr_int(s->nchars);
    }
    if (!tr_is_type(data, &tr_bytes_type))
        return tr_raise(tr_TypeError, "a bytes-like object is required, not '%s'",
                        tr_typeof(data)->name);
    TrBytes *b = TR_AS(TrBytes, data);
    if (fwrite(b->data, 1, (size_t)b->len, f->fp) != (size_t)b->len)
        return tr_raise_oserror(errno, NULL);
    return tr_int(b->len);
}

static TrValue f_write(TrValue *args, int nargs, TrTuple *kw) {
    if (tr_check_args("write", nargs, kw, 2, 2) < 0) return TR_ERR;
    TrFileObj *f = self_file(args[0]);
    if (check_mode(f, true, "write to closed file") < 0) return TR_ERR;
    return write_one(f, args[1]);
}

static TrValue f_writelines(TrValue *args, int nargs, TrTuple *kw) {
    if (tr_check_args("writelines", nargs, kw, 2, 2) < 0) return TR_ERR;
    TrFileObj *f = self_file(args[0]);
    if (check_mode(f, true, NULL) < 0) return TR_ERR;
    TrValue it = tr_iter(args[1]);
    if (TR_IS_UNDEF(it)) return TR_ERR;
    for (;;) {
        TrValue line = tr_next(it);
        if (TR_IS_UNDEF(line)) {
            if (tr_exc_pending()) return TR_ERR;
            break;
        }
        if (TR_IS_UNDEF(write_one(f, line))) return TR_ERR;
    }
    return tr_none();
}

/* ---- positioning and state ------------------------------------------------------ */

static TrValue f_seek(TrValue *args, int nargs, TrTuple *kw) {
    if (tr_check_args("seek", nargs, kw, 2, 3) < 0) return TR_ERR;
    TrFileObj *f = self_file(args[0]);
    if (check_open_as(f, "seek of closed file") < 0) return TR_ERR;
    int64_t off, whence = 0;
    if (tr_index_value(args[1], &off) < 0) return TR_ERR;
    if (nargs == 3 && tr_index_value(args[2], &whence) < 0) return TR_ERR;
    if (whence < 0 || whence > 2)
        return tr_raise(tr_ValueError, "invalid whence (%lld, should be 0, 1 or 2)", (long long)whence);
    if (f->text && whence != 0 && off != 0)
        return tr_raise(tr_UnsupportedOperation,
                        whence == 1 ? "can't do nonzero cur-relative seeks"
                                    : "can't do nonzero end-relative seeks");
    if (f->text && whence == 0 && off < 0) /* binary files let lseek refuse it (EINVAL) */
        return tr_raise(tr_ValueError, "negative seek position %lld", (long long)off);
    if (fseek(f->fp, off, whence == 0 ? SEEK_SET : whence == 1 ? SEEK_CUR : SEEK_END) < 0)
        return tr_raise_oserror(errno, NULL);
    return tr_int(ftell(f->fp));
}

static TrValue f_tell(TrValue *args, int nargs, TrTuple *kw) {
    if (tr_check_args("tell", nargs, kw, 1, 1) < 0) return TR_ERR;
    TrFileObj *f = self_file(args[0]);
    if (check_open_as(f, "I/O operation on closed file") < 0) return TR_ERR;
    return tr_int(ftell(f->fp));
}

static TrValue f_truncate(TrValue *args, int nargs, TrTuple *kw) {
    if (tr_check_args("truncate", nargs, kw, 1, 2) < 0) return TR_ERR;
    TrFileObj *f = self_file(args[0]);
    if (check_mode(f, true, "truncate of closed file") < 0) return TR_ERR;
    fflush(f->fp);
    int64_t size = ftell(f->fp);
    if (nargs == 2 && !TR_IS_NONE(args[1]) && tr_index_value(args[1], &size) < 0) return TR_ERR;
    if (ftruncate(fileno(f->fp), size) < 0) return tr_raise_oserror(errno, NULL);
    return tr_int(size);
}

static TrValue f_flush(TrValue *args, int nargs, TrTuple *kw) {
    if (tr_check_args("flush", nargs, kw, 1, 1) < 0) return TR_ERR;
    TrFileObj *f = self_file(args[0]);
    if (check_open_as(f, f->writable ? "flush of closed file" : NULL) < 0) return TR_ERR;
    if (tr_stream_flush(f->fp) < 0) return tr_raise_oserror(errno, NULL);
    return tr_none();
}

static TrValue f_close(TrValue *args, int nargs, TrTuple *kw) {
    if (tr_check_args("close", nargs, kw, 1, 1) < 0) return TR_ERR;
    TrFileObj *f = self_file(args[0]);
    if (f->owner) f = f->owner; /* a .buffer: the text file owns the stream */
    if (f->fp) {
        if (f->borrowed) fflush(f->fp);
        else fclose(f->fp);
        f->fp = NULL;
        if (f->buffer) f->buffer->fp = NULL;
        forget(f);
    }
    return tr_none();
}

static TrValue f_exit(TrValue *args, int nargs, TrTuple *kw) {
    (void)nargs;
    (void)kw;
    TrValue r = f_close(args, 1, NULL);
    return TR_IS_UNDEF(r) ? TR_ERR : tr_none();
}

static TrValue f_enter(TrValue *args, int nargs, TrTuple *kw) {
    if (tr_check_args("__enter__", nargs, kw, 1, 1) < 0) return TR_ERR;
    if (check_open(self_file(args[0])) < 0) return TR_ERR;
    return args[0];
}

static TrValue flag(TrValue *args, int nargs, TrTuple *kw, const char *name, int which) {
    if (tr_check_args(name, nargs, kw, 1, 1) < 0) return TR_ERR;
    TrFileObj *f = self_file(args[0]);
    if (!f->fp) return tr_raise(tr_ValueError, "I/O operation on closed file"); /* raw-level words */
    switch (which) {
    case 0: return tr_bool(f->readable);
    case 1: return tr_bool(f->writable);
    case 2: return tr_bool(true);
    case 3: return tr_int(fileno(f->fp));
    default: return tr_bool(isatty(fileno(f->fp)));
    }
}
static TrValue f_readable(TrValue *a, int n, TrTuple *k) { return flag(a, n, k, "readable", 0); }
static TrValue f_writable(TrValue *a, int n, TrTuple *k) { return flag(a, n, k, "writable", 1); }
static TrValue f_seekable(TrValue *a, int n, TrTuple *k) { return flag(a, n, k, "seekable", 2); }
static TrValue f_fileno(TrValue *a, int n, TrTuple *k) { return flag(a, n, k, "fileno", 3); }
static TrValue f_isatty(TrValue *a, int n, TrTuple *k) { return flag(a, n, k, "isatty", 4); }

/* A text file's .buffer: the binary file object over the same stream,
 * made on first use ("wb", "rb" or "rb+" as CPython names its mode). */
static TrValue text_buffer(TrFileObj *f) {
    if (!f->buffer) {
        bool rw = f->readable && f->writable;
        TrType *type = rw ? &tr_bufrandom_type : f->readable ? &tr_bufreader_type : &tr_bufwriter_type;
        TrFileObj *b = tr_new_object(type, sizeof(TrFileObj));
        b->fp = f->fp;
        b->name = f->name;
        b->mode = tr_str_from_cstr(rw ? "rb+" : f->readable ? "rb" : "wb");
        b->readable = f->readable;
        b->writable = f->writable;
        b->borrowed = f->borrowed;
        b->owner = f;
        f->buffer = b;
    }
    return tr_obj(f->buffer);
}

static TrValue f_getattr(TrValue self, TrStr *name) {
    TrFileObj *f = self_file(self);
    if (!strcmp(name->data, "closed")) return tr_bool(f->fp == NULL);
    if (!strcmp(name->data, "name")) return f->name;
    if (!strcmp(name->data, "mode")) return tr_obj(f->mode);
    if (f->text && !strcmp(name->data, "encoding")) return f->encoding;
    if (f->text && !strcmp(name->data, "buffer")) return text_buffer(f);
    return tr_generic_getattr(self, name);
}

static TrValue f_repr(TrValue self) {
    TrFileObj *f = self_file(self);
    TrType *t = tr_typeof(self);
    if (!f->fp) return tr_obj(tr_str_format("<_io.%s name=%R>", t->name, f->name));
    if (f->text)
        return tr_obj(tr_str_format("<_io.%s name=%R mode=%R encoding=%R>", t->name, f->name,
                                    tr_obj(f->mode), f->encoding));
    return tr_obj(tr_str_format("<_io.%s name=%R>", t->name, f->name));
}

static const TrMethodDef file_methods[] = {
    {"read", f_read, 0}, {"readline", f_readline, 0}, {"readlines", f_readlines, 0},
    {"write", f_write, 0}, {"writelines", f_writelines, 0}, {"seek", f_seek, 0},
    {"tell", f_tell, 0}, {"truncate", f_truncate, 0}, {"flush", f_flush, 0},
    {"close", f_close, 0}, {"__enter__", f_enter, 0}, {"__exit__", f_exit, 0},
    {"readable", f_readable, 0}, {"writable", f_writable, 0}, {"seekable", f_seekable, 0},
    {"fileno", f_fileno, 0}, {"isatty", f_isatty, 0},
    {NULL, NULL, 0},
};

#define FILE_TYPE(var, tname)                                                   \
    TrType var = {                                                              \
        .ob = {&tr_type_type}, .name = tname, .base = &tr_object_type,          \
        .repr = f_repr, .getattr = f_getattr, .iter = f_iter, .next = f_iternext, \
    };
FILE_TYPE(tr_textio_type, "TextIOWrapper")
FILE_TYPE(tr_bufreader_type, "BufferedReader")
FILE_TYPE(tr_bufwriter_type, "BufferedWriter")
FILE_TYPE(tr_bufrandom_type, "BufferedRandom")
#undef FILE_TYPE

/* ---- open() ------------------------------------------------------------------------ */

/* open(fd): a stream over the descriptor (a duplicate when closefd=False,
 * so that closing the file leaves the caller's descriptor open). */
static FILE *open_fd(int64_t fd, const char *cmode, TrValue closefd) {
    if (fd < 0 || fd > INT32_MAX) {
        tr_raise(tr_ValueError, "negative file descriptor");
        return NULL;
    }
    int keep = !TR_IS_UNDEF(closefd) && tr_truth(closefd) == 0;
    int use = keep ? dup((int)fd) : (int)fd;
    FILE *fp = use < 0 ? NULL : fdopen(use, cmode);
    if (!fp) tr_raise_oserror(errno, NULL);
    return fp;
}

static FILE *open_path(TrValue file, const char *cmode, int exclusive) {
    const char *path;
    if (tr_is_type(file, &tr_str_type)) path = TR_AS(TrStr, file)->data;
    else if (tr_is_type(file, &tr_bytes_type)) path = (const char *)TR_AS(TrBytes, file)->data;
    else {
        tr_raise(tr_TypeError, "expected str, bytes or os.PathLike object, not %s",
                 tr_typeof(file)->name);
        return NULL;
    }
    struct stat st;
    if (exclusive && stat(path, &st) == 0) {
        tr_raise_oserror(EEXIST, path);
        return NULL;
    }
    if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
        tr_raise_oserror(EISDIR, path);
        return NULL;
    }
    FILE *fp = fopen(path, cmode);
    if (!fp) tr_raise_oserror(errno, path);
    return fp;
}

/* open()'s newline argument, checked, in TrFileObj's encoding. */
static int newline_arg(TrValue v, bool binary, char out[3]) {
    memset(out, 0, 3);
    if (TR_IS_UNDEF(v) || TR_IS_NONE(v)) return 0;
    if (!tr_is_type(v, &tr_str_type)) {
        tr_raise(tr_TypeError, "open() argument 'newline' must be str or None, not %s", tr_type_name(v));
        return -1;
    }
    const char *s = TR_AS(TrStr, v)->data;
    if (strcmp(s, "") && strcmp(s, "\n") && strcmp(s, "\r") && strcmp(s, "\r\n")) {
        tr_raise(tr_ValueError, "illegal newline value: %s", s);
        return -1;
    }
    if (binary) {
        tr_raise(tr_ValueError, "binary mode doesn't take a newline argument");
        return -1;
    }
    strcpy(out, *s ? s : "u");
    return 0;
}

static TrValue bi_open(TrValue *args, int nargs, TrTuple *kw) {
    TrValue file, mode, buffering, encoding, errors, newline, closefd;
    TrValue *outs[] = {&file, &mode, &buffering, &encoding, &errors, &newline, &closefd};
    if (tr_parse_args("open", args, nargs, kw,
                      "file|mode,buffering,encoding,errors,newline,closefd", outs) < 0)
        return TR_ERR;
    const char *m = "r";
    if (!TR_IS_UNDEF(mode)) {
        if (!tr_is_type(mode, &tr_str_type))
            return tr_raise(tr_TypeError, "open() argument 'mode' must be str, not %s",
                            tr_typeof(mode)->name);
        m = TR_AS(TrStr, mode)->data;
    }
    int r = 0, w = 0, a = 0, x = 0, plus = 0, b = 0, t = 0;
    for (const char *p = m; *p; p++) {
        switch (*p) {
        case 'r': r++; break;
        case 'w': w++; break;
        case 'a': a++; break;
        case 'x': x++; break;
        case '+': plus++; break;
        case 'b': b++; break;
        case 't': t++; break;
        default: return tr_raise(tr_ValueError, "invalid mode: '%s'", m);
        }
        if (strchr(p + 1, *p)) return tr_raise(tr_ValueError, "invalid mode: '%s'", m);
    }
    /* the checks in CPython's order: _io.open's, then FileIO's */
    if (b && t) return tr_raise(tr_ValueError, "can't have text and binary mode at once");
    if (r + w + a + x > 1)
        return tr_raise(tr_ValueError, "must have exactly one of create/read/write/append mode");
    if (b && !TR_IS_UNDEF(encoding) && !TR_IS_NONE(encoding))
        return tr_raise(tr_ValueError, "binary mode doesn't take an encoding argument");
    if (b && !TR_IS_UNDEF(errors) && !TR_IS_NONE(errors))
        return tr_raise(tr_ValueError, "binary mode doesn't take an errors argument");
    char nl[3];
    if (newline_arg(newline, b, nl) < 0) return TR_ERR;
    if (r + w + a + x == 0)
        return tr_raise(tr_ValueError,
                        "Must have exactly one of create/read/write/append mode and at most one plus");
    if (!TR_IS_UNDEF(encoding) && !TR_IS_NONE(encoding)) {
        TrStr *e = tr_is_type(encoding, &tr_str_type) ? TR_AS(TrStr, encoding) : NULL;
        if (!e) return tr_raise(tr_TypeError, "open() argument 'encoding' must be str or None, not %s",
                                tr_typeof(encoding)->name);
        char low[32];
        size_t n = 0;
        for (const char *p = e->data; *p && n < sizeof low - 1; p++)
            if (*p != '-' && *p != '_') low[n++] = (char)(*p | 0x20);
        low[n] = 0;
        if (strcmp(low, "utf8") && strcmp(low, "ascii") && strcmp(low, "usascii"))
            return tr_raise(tr_LookupError, "unknown encoding: %U", e);
    }
    char cmode[4] = {0};
    cmode[0] = r ? 'r' : w ? 'w' : a ? 'a' : 'w';
    if (plus) cmode[1] = '+';
    FILE *fp = TR_IS_INT(file) ? open_fd(file.u.i, cmode, closefd) : open_path(file, cmode, x);
    if (!fp) return TR_ERR;
    TrType *type = !b ? &tr_textio_type : plus ? &tr_bufrandom_type : r ? &tr_bufreader_type
                                                                         : &tr_bufwriter_type;
    TrFileObj *f = tr_new_object(type, sizeof(TrFileObj));
    f->fp = fp;
    f->name = file;
    f->mode = tr_str_from_cstr(m);
    f->text = !b;
    f->encoding = TR_IS_UNDEF(encoding) || TR_IS_NONE(encoding) ? tr_str_value("UTF-8") : encoding;
    f->readable = r || plus;
    f->writable = !r || plus;
    memcpy(f->newline, nl, sizeof nl);
    remember(f);
    return tr_obj(f);
}

TrValue tr_file_over_stream(FILE *fp, const char *name, bool writable) {
    TrFileObj *f = tr_new_object(&tr_textio_type, sizeof(TrFileObj));
    f->fp = fp;
    f->name = tr_str_value(name);
    f->mode = tr_str_from_cstr(writable ? "w" : "r");
    f->text = true;
    f->encoding = tr_str_value("utf-8");
    f->readable = !writable;
    f->writable = writable;
    f->borrowed = true;
    return tr_obj(f);
}

FILE *tr_file_text_stream(TrValue v, bool *is_file) {
    *is_file = tr_is_type(v, &tr_textio_type);
    return *is_file ? self_file(v)->fp : NULL;
}

void tr_init_files(TrDict *builtins) {
    tr_type_ready(&tr_textio_type, file_methods);
    tr_type_ready(&tr_bufreader_type, file_methods);
    tr_type_ready(&tr_bufwriter_type, file_methods);
    tr_type_ready(&tr_bufrandom_type, file_methods);
    tr_dict_set_str(builtins, tr_str_intern("open"), tr_native_new("open", bi_open, NULL, 0));
}
