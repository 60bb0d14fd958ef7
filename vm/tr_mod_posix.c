/* tr_mod_posix.c — the `posix` module: the operating-system calls that
 * lib/os.py (written in Python, as CPython's os.py is) builds on.  Errors
 * are OSError subclasses with CPython's "[Errno N] text: 'path'" form. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <gc.h>

#include "tr_module.h"
#include "tr_signal.h"

extern char **environ;

static int path_arg(const char *fname, TrValue v, const char **out) {
    if (tr_is_type(v, &tr_str_type)) {
        *out = TR_AS(TrStr, v)->data;
        return 0;
    }
    tr_raise(tr_TypeError, "%s: path should be string, bytes or os.PathLike, not %s", fname,
             tr_typeof(v)->name);
    return -1;
}

static TrValue p_getcwd(TrValue *args, int nargs, TrTuple *kw) {
    (void)args;
    if (tr_check_args("getcwd", nargs, kw, 0, 0) < 0) return TR_ERR;
    char buf[4096];
    if (!getcwd(buf, sizeof buf)) return tr_raise_oserror(errno, NULL);
    return tr_str_value(buf);
}

static TrValue p_listdir(TrValue *args, int nargs, TrTuple *kw) {
    if (tr_check_args("listdir", nargs, kw, 0, 1) < 0) return TR_ERR;
    const char *path = ".";
    if (nargs && path_arg("listdir", args[0], &path) < 0) return TR_ERR;
    DIR *d = opendir(path);
    if (!d) return tr_raise_oserror(errno, path);
    TrList *l = tr_list_new(0);
    struct dirent *e;
    while ((e = readdir(d))) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..")) continue;
        tr_list_append(l, tr_str_value(e->d_name));
    }
    closedir(d);
    return tr_obj(l);
}

/* One-path calls that return None: name, the C call, and its mode use. */
static TrValue path_call(const char *fname, int (*fn)(const char *), TrValue *args, int nargs,
                         TrTuple *kw) {
    if (tr_check_args(fname, nargs, kw, 1, 1) < 0) return TR_ERR;
    const char *path;
    if (path_arg(fname, args[0], &path) < 0) return TR_ERR;
    if (fn(path) < 0) return tr_raise_oserror(errno, path);
    return tr_none();
}
static TrValue p_remove(TrValue *a, int n, TrTuple *k) { return path_call("remove", unlink, a, n, k); }
static TrValue p_rmdir(TrValue *a, int n, TrTuple *k) { return path_call("rmdir", rmdir, a, n, k); }
static TrValue p_chdir(TrValue *a, int n, TrTuple *k) { return path_call("chdir", chdir, a, n, k); }

static TrValue p_mkdir(TrValue *args, int nargs, TrTuple *kw) {
    TrValue path, mode;
    TrValue *outs[] = {&path, &mode};
    if (tr_parse_args("mkdir", args, nargs, kw, "path|mode", outs) < 0) return TR_ERR;
    const char *p;
    if (path_arg("mkdir", path, &p) < 0) return TR_ERR;
    int64_t m = 0777;
    if (!TR_IS_UNDEF(mode) && tr_index_value(mode, &m) < 0) return TR_ERR;
    if (mkdir(p, (mode_t)m) < 0) return tr_raise_oserror(errno, p);
    return tr_none();
}

static TrValue p_rename(TrValue *args, int nargs, TrTuple *kw) {
    if (tr_check_args("rename", nargs, kw, 2, 2) < 0) return TR_ERR;
    const char *a, *b;
    if (path_arg("rename", args[0], &a) < 0 || path_arg("rename", args[1], &b) < 0) return TR_ERR;
    if (rename(a, b) < 0) return tr_raise_oserror2(errno, a, b);
    return tr_none();
}

/* stat results as a 13-tuple: st_mode, st_ino, st_dev, st_nlink, st_uid,
 * st_gid, st_size, the three times as ints, then as floats; lib/os.py
 * makes its stat_result from it. */
static TrValue stat_tuple(const struct stat *st) {
    TrValue items[13] = {
        tr_int(st->st_mode), tr_int((int64_t)st->st_ino), tr_int((int64_t)st->st_dev),
        tr_int((int64_t)st->st_nlink), tr_int(st->st_uid), tr_int(st->st_gid), tr_int(st->st_size),
        tr_int(st->st_atime), tr_int(st->st_mtime), tr_int(st->st_ctime),
        tr_float((double)st->st_atim.tv_sec + st->st_atim.tv_nsec * 1e-9),
        tr_float((double)st->st_mtim.tv_sec + st->st_mtim.tv_nsec * 1e-9),
        tr_float((double)st->st_ctim.tv_sec + st->st_ctim.tv_nsec * 1e-9),
    };
    return tr_obj(tr_tuple_from(items, 13));
}

static TrValue stat_call(const char *fname, int (*fn)(const char *, struct stat *), TrValue *args,
                         int nargs, TrTuple *kw) {
    if (tr_check_args(fname, nargs, kw, 1, 1) < 0) return TR_ERR;
    const char *p;
    if (path_arg(fname, args[0], &p) < 0) return TR_ERR;
    struct stat st;
    if (fn(p, &st) < 0) return tr_raise_oserror(errno, p);
    return stat_tuple(&st);
}
static TrValue p_stat(TrValue *a, int n, TrTuple *k) { return stat_call("stat", stat, a, n, k); }
static TrValue p_lstat(TrValue *a, int n, TrTuple *k) { return stat_call("lstat", lstat, a, n, k); }

/* One int argument (a file descriptor), range-checked. */
static int fd_arg(const char *fname, TrValue *args, int nargs, TrTuple *kw, int max, int *fd) {
    if (tr_check_args(fname, nargs, kw, 1, max) < 0) return -1;
    int64_t v;
    if (tr_index_value(args[0], &v) < 0) return -1;
    *fd = v < INT32_MIN || v > INT32_MAX ? -1 : (int)v;
    return 0;
}

static TrValue p_fstat(TrValue *args, int nargs, TrTuple *kw) {
    int fd;
    if (fd_arg("fstat", args, nargs, kw, 1, &fd) < 0) return TR_ERR;
    struct stat st;
    if (fstat(fd, &st) < 0) return tr_raise_oserror(errno, NULL);
    return stat_tuple(&st);
}

/* open(path, flags, mode=0o777) -> file descriptor */
static TrValue p_open(TrValue *args, int nargs, TrTuple *kw) {
    TrValue path, flags, mode;
    TrValue *outs[] = {&path, &flags, &mode};
    if (tr_parse_args("open", args, nargs, kw, "path,flags|mode", outs) < 0) return TR_ERR;
    const char *p;
    int64_t fl, m = 0777;
    if (path_arg("open", path, &p) < 0 || tr_index_value(flags, &fl) < 0) return TR_ERR;
    if (!TR_IS_UNDEF(mode) && tr_index_value(mode, &m) < 0) return TR_ERR;
    int fd = open(p, (int)fl | O_CLOEXEC, (mode_t)m);
    if (fd < 0) return tr_raise_oserror(errno, p);
    return tr_int(fd);
}

static TrValue p_close(TrValue *args, int nargs, TrTuple *kw) {
    int fd;
    if (fd_arg("close", args, nargs, kw, 1, &fd) < 0) return TR_ERR;
    if (close(fd) < 0) return tr_raise_oserror(errno, NULL);
    return tr_none();
}

static TrValue p_read(TrValue *args, int nargs, TrTuple *kw) {
    int fd;
    if (fd_arg("read", args, nargs, kw, 2, &fd) < 0) return TR_ERR;
    int64_t n;
    if (nargs < 2) return tr_raise(tr_TypeError, "read expected 2 arguments, got 1");
    if (tr_index_value(args[1], &n) < 0) return TR_ERR;
    if (n < 0) return tr_raise(tr_ValueError, "negative argument not allowed");
    unsigned char *buf = GC_MALLOC_ATOMIC((size_t)n + 1);
    ssize_t got = read(fd, buf, (size_t)n);
    if (got < 0) return tr_raise_oserror(errno, NULL);
    return tr_obj(tr_bytes_new(buf, got));
}

static TrValue p_write(TrValue *args, int nargs, TrTuple *kw) {
    int fd;
    if (fd_arg("write", args, nargs, kw, 2, &fd) < 0) return TR_ERR;
    if (nargs < 2) return tr_raise(tr_TypeError, "write expected 2 arguments, got 1");
    if (!tr_is_type(args[1], &tr_bytes_type))
        return tr_raise(tr_TypeError, "a bytes-like object is required, not '%s'", tr_type_name(args[1]));
    TrBytes *b = TR_AS(TrBytes, args[1]);
    ssize_t put = write(fd, b->data, (size_t)b->len);
    if (put < 0) return tr_raise_oserror(errno, NULL);
    return tr_int(put);
}

static TrValue p_isatty(TrValue *args, int nargs, TrTuple *kw) {
    int fd;
    if (fd_arg("isatty", args, nargs, kw, 1, &fd) < 0) return TR_ERR;
    return tr_bool(isatty(fd));
}

/* access(path, mode) -> bool; chmod(path, mode) */
static TrValue path_mode_call(const char *fname, TrValue *args, int nargs, TrTuple *kw,
                              const char **p, int64_t *mode) {
    if (tr_check_args(fname, nargs, kw, 2, 2) < 0) return TR_ERR;
    if (path_arg(fname, args[0], p) < 0 || tr_index_value(args[1], mode) < 0) return TR_ERR;
    return tr_none();
}

static TrValue p_access(TrValue *args, int nargs, TrTuple *kw) {
    const char *p;
    int64_t mode;
    if (TR_IS_UNDEF(path_mode_call("access", args, nargs, kw, &p, &mode))) return TR_ERR;
    return tr_bool(access(p, (int)mode) == 0);
}

static TrValue p_chmod(TrValue *args, int nargs, TrTuple *kw) {
    const char *p;
    int64_t mode;
    if (TR_IS_UNDEF(path_mode_call("chmod", args, nargs, kw, &p, &mode))) return TR_ERR;
    if (chmod(p, (mode_t)mode) < 0) return tr_raise_oserror(errno, p);
    return tr_none();
}

static TrValue p_getpid(TrValue *args, int nargs, TrTuple *kw) {
    (void)args;
    if (tr_check_args("getpid", nargs, kw, 0, 0) < 0) return TR_ERR;
    return tr_int(getpid());
}

/* kill(pid, sig); a signal sent to ourselves is handled before kill returns,
 * as in CPython. */
static TrValue p_kill(TrValue *args, int nargs, TrTuple *kw) {
    if (tr_check_args("kill", nargs, kw, 2, 2) < 0) return TR_ERR;
    int64_t pid, sig;
    if (tr_index_value(args[0], &pid) < 0 || tr_index_value(args[1], &sig) < 0) return TR_ERR;
    if (kill((pid_t)pid, (int)sig) < 0) return tr_raise_oserror(errno, NULL);
    if (tr_signal_check() < 0) return TR_ERR;
    return tr_none();
}

static TrValue p_strerror(TrValue *args, int nargs, TrTuple *kw) {
    if (tr_check_args("strerror", nargs, kw, 1, 1) < 0) return TR_ERR;
    int64_t e;
    if (tr_index_value(args[0], &e) < 0) return TR_ERR;
    return tr_str_value(strerror((int)e));
}

static TrValue p_urandom(TrValue *args, int nargs, TrTuple *kw) {
    if (tr_check_args("urandom", nargs, kw, 1, 1) < 0) return TR_ERR;
    int64_t n;
    if (tr_index_value(args[0], &n) < 0) return TR_ERR;
    if (n < 0) return tr_raise(tr_ValueError, "negative argument not allowed");
    unsigned char *buf = GC_MALLOC_ATOMIC((size_t)n + 1);
    FILE *f = fopen("/dev/urandom", "rb");
    if (!f || fread(buf, 1, (size_t)n, f) != (size_t)n) {
        if (f) fclose(f);
        return tr_raise_oserror(errno ? errno : EIO, NULL);
    }
    fclose(f);
    return tr_obj(tr_bytes_new(buf, n));
}

static const TrMethodDef posix_functions[] = {
    {"getcwd", p_getcwd, 0}, {"listdir", p_listdir, 0}, {"remove", p_remove, 0},
    {"unlink", p_remove, 0}, {"rmdir", p_rmdir, 0}, {"chdir", p_chdir, 0},
    {"mkdir", p_mkdir, 0}, {"rename", p_rename, 0}, {"stat", p_stat, 0},
    {"getpid", p_getpid, 0}, {"kill", p_kill, 0}, {"strerror", p_strerror, 0}, {"urandom", p_urandom, 0},
    {"lstat", p_lstat, 0}, {"fstat", p_fstat, 0}, {"open", p_open, 0},
    {"close", p_close, 0}, {"read", p_read, 0}, {"write", p_write, 0},
    {"isatty", p_isatty, 0}, {"access", p_access, 0}, {"chmod", p_chmod, 0},
    {NULL, NULL, 0},
};

/* The constants os.py re-exports: open() flags and access() modes. */
#define TR_POSIX_INTS(X) \
    X(O_RDONLY) X(O_WRONLY) X(O_RDWR) X(O_CREAT) X(O_EXCL) X(O_TRUNC) X(O_APPEND) \
    X(O_NOFOLLOW) X(O_CLOEXEC) X(O_NONBLOCK) X(F_OK) X(R_OK) X(W_OK) X(X_OK)

TrModule *tr_module_init_posix(void) {
    TrModule *m = tr_module_new("posix");
    tr_module_add_functions(m, posix_functions);
#define TR_POSIX_ADD_INT(c) tr_module_add(m, #c, tr_int(c));
    TR_POSIX_INTS(TR_POSIX_ADD_INT)
#undef TR_POSIX_ADD_INT
    TrDict *env = tr_dict_new();
    for (char **e = environ; e && *e; e++) {
        const char *eq = strchr(*e, '=');
        if (!eq) continue;
        tr_dict_set(env, tr_obj(tr_str_new(*e, eq - *e)), tr_str_value(eq + 1));
    }
    tr_module_add(m, "environ", tr_obj(env));
    return m;
}
