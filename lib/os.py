"""os for Tauraro: the portable layer over the built-in posix module, as
CPython's os.py is."""
import sys
import posix
from posix import getcwd, listdir, remove, unlink, rmdir, chdir, mkdir, rename, getpid, kill, strerror, urandom
from posix import open, close, read, write, isatty, access, chmod
from posix import O_RDONLY, O_WRONLY, O_RDWR, O_CREAT, O_EXCL, O_TRUNC, O_APPEND, O_NOFOLLOW
from posix import O_CLOEXEC, O_NONBLOCK, F_OK, R_OK, W_OK, X_OK
import posixpath as path

sys.modules["os.path"] = path
name = "posix"
sep = "/"
altsep = None
extsep = "."
pathsep = ":"
linesep = "\n"
curdir = "."
pardir = ".."
devnull = "/dev/null"
environ = posix.environ


def getenv(key, default=None):
    return environ.get(key, default)


def makedirs(name, mode=0o777, exist_ok=False):
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


class stat_result(tuple):
    """os.stat()'s result: ten int fields as a tuple, float times as attributes."""
    n_sequence_fields = 10
    _names = ("st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size")

    def __new__(cls, raw):
        self = tuple.__new__(cls, raw[:10])
        self._times = raw[10:13]
        return self

    def __getattr__(self, name):
        if name in stat_result._names:
            return self[stat_result._names.index(name)]
        if name in ("st_atime", "st_mtime", "st_ctime"):
            return self._times[("st_atime", "st_mtime", "st_ctime").index(name)]
        raise AttributeError("'os.stat_result' object has no attribute '%s'" % name)

    def __repr__(self):
        fields = stat_result._names + ("st_atime", "st_mtime", "st_ctime")
        return "os.stat_result(%s)" % ", ".join("%s=%r" % (f, v) for f, v in zip(fields, self))


def stat(path):
    return stat_result(posix.stat(path))


def lstat(path):
    return stat_result(posix.lstat(path))


def fstat(fd):
    return stat_result(posix.fstat(fd))


def fspath(path):
    if isinstance(path, (str, bytes)):
        return path
    fs = getattr(type(path), "__fspath__", None)
    if fs is None:
        raise TypeError("expected str, bytes or os.PathLike object, not " + type(path).__name__)
    return fs(path)


def fdopen(fd, mode="r", *args, **kwargs):
    import builtins
    return builtins.open(fd, mode, *args, **kwargs)


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Directory tree generator (names in the order listdir gives them)."""
    try:
        names = listdir(top)
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return
    dirs, nondirs = [], []
    for name in names:
        full = path.join(top, name)
        if path.isdir(full) and (followlinks or not path.islink(full)):
            dirs.append(name)
        else:
            nondirs.append(name)
    if topdown:
        yield top, dirs, nondirs
    for name in dirs:
        yield from walk(path.join(top, name), topdown, onerror, followlinks)
    if not topdown:
        yield top, dirs, nondirs


class DirEntry:
    """One entry from scandir(): its name and path, and type tests that
    look at the entry itself (lstat) unless follow_symlinks."""

    def __init__(self, top, name):
        self.name = name
        self.path = path.join(top, name)
        self._lstat = None

    def __repr__(self):
        return "<DirEntry %r>" % (self.name,)

    def __fspath__(self):
        return self.path

    def stat(self, *, follow_symlinks=True):
        if follow_symlinks:
            return stat(self.path)
        if self._lstat is None:
            self._lstat = lstat(self.path)
        return self._lstat

    def _mode(self, follow_symlinks):
        try:
            return self.stat(follow_symlinks=follow_symlinks).st_mode & 0o170000
        except FileNotFoundError:
            return None

    def is_dir(self, *, follow_symlinks=True):
        return self._mode(follow_symlinks) == 0o040000

    def is_file(self, *, follow_symlinks=True):
        return self._mode(follow_symlinks) == 0o100000

    def is_symlink(self):
        return self._mode(False) == 0o120000

    def inode(self):
        return self.stat(follow_symlinks=False).st_ino


class _ScandirIterator:
    def __init__(self, top):
        self._top = top
        self._names = iter(listdir(top))

    def __iter__(self):
        return self

    def __next__(self):
        return DirEntry(self._top, next(self._names))

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def close(self):
        self._names = iter(())


def scandir(path="."):
    return _ScandirIterator(path)
