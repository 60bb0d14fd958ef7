"""tempfile for Tauraro: temporary files and directories with CPython
3.11's names, defaults and behaviour, over os (lib/os.py, the posix module).

Names are the prefix ('tmp' by default), eight characters from
[a-z0-9_] drawn from a private random.Random seeded by the OS (so seeding
the random module does not change them), then the suffix.  Files are
created with O_EXCL and mode 0o600, directories with mode 0o700.  There are
no finalizers: a TemporaryDirectory or NamedTemporaryFile that is never
closed or cleaned up stays on disk."""

import os as _os
import shutil as _shutil
from random import Random as _Random

__all__ = ["NamedTemporaryFile", "TemporaryFile", "TemporaryDirectory", "mkstemp", "mkdtemp",
           "mktemp", "TMP_MAX", "gettempprefix", "tempdir", "gettempdir", "gettempprefixb",
           "gettempdirb"]

TMP_MAX = 10000
template = "tmp"
tempdir = None

_text_openflags = _os.O_RDWR | _os.O_CREAT | _os.O_EXCL | _os.O_NOFOLLOW | _os.O_CLOEXEC
_bin_openflags = _text_openflags


class _RandomNameSequence:
    characters = "abcdefghijklmnopqrstuvwxyz0123456789_"

    def __init__(self):
        self._rng = None

    def __iter__(self):
        return self

    def __next__(self):
        if self._rng is None:
            self._rng = _Random()
        return "".join(self._rng.choices(self.characters, k=8))


_name_sequence = None


def _get_candidate_names():
    global _name_sequence
    if _name_sequence is None:
        _name_sequence = _RandomNameSequence()
    return _name_sequence


def _candidate_tempdir_list():
    dirlist = []
    for envname in "TMPDIR", "TEMP", "TMP":
        dirname = _os.getenv(envname)
        if dirname:
            dirlist.append(dirname)
    dirlist.extend(["/tmp", "/var/tmp", "/usr/tmp"])
    try:
        dirlist.append(_os.getcwd())
    except OSError:
        dirlist.append(_os.curdir)
    return dirlist


def _get_default_tempdir():
    """The first candidate where a file can really be created and written."""
    namer = _RandomNameSequence()
    dirlist = _candidate_tempdir_list()
    for dir in dirlist:
        if dir != _os.curdir:
            dir = _os.path.abspath(dir)
        for seq in range(100):
            filename = _os.path.join(dir, next(namer))
            try:
                fd = _os.open(filename, _bin_openflags, 0o600)
                try:
                    try:
                        _os.write(fd, b"blat")
                    finally:
                        _os.close(fd)
                finally:
                    _os.unlink(filename)
                return dir
            except FileExistsError:
                pass
            except OSError:
                break
    raise FileNotFoundError(2, "No usable temporary directory found in %s" % dirlist)


def gettempprefix():
    return template


def gettempprefixb():
    return template.encode()


def gettempdir():
    global tempdir
    if tempdir is None:
        tempdir = _get_default_tempdir()
    return tempdir


def gettempdirb():
    return gettempdir().encode()


def _sanitize_params(prefix, suffix, dir):
    for arg in (prefix, suffix, dir):
        if isinstance(arg, bytes):
            raise TypeError("Tauraro's tempfile takes str path components, not bytes")
    if suffix is None:
        suffix = ""
    if prefix is None:
        prefix = template
    if dir is None:
        dir = gettempdir()
    return prefix, suffix, dir


def _mkstemp_inner(dir, pre, suf, flags):
    dir = _os.path.abspath(dir)
    names = _get_candidate_names()
    for seq in range(TMP_MAX):
        file = _os.path.join(dir, pre + next(names) + suf)
        try:
            fd = _os.open(file, flags, 0o600)
        except FileExistsError:
            continue
        return fd, file
    raise FileExistsError(17, "No usable temporary file name found")


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Create a file only its creator can read and write; return (fd, path)."""
    prefix, suffix, dir = _sanitize_params(prefix, suffix, dir)
    return _mkstemp_inner(dir, prefix, suffix, _text_openflags if text else _bin_openflags)


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Create a directory only its creator can use; return its path."""
    prefix, suffix, dir = _sanitize_params(prefix, suffix, dir)
    names = _get_candidate_names()
    for seq in range(TMP_MAX):
        file = _os.path.join(dir, prefix + next(names) + suffix)
        try:
            _os.mkdir(file, 0o700)
        except FileExistsError:
            continue
        return file
    raise FileExistsError(17, "No usable temporary directory name found")


def mktemp(suffix="", prefix=template, dir=None):
    """A name that did not exist when asked (unsafe, as in CPython)."""
    if dir is None:
        dir = gettempdir()
    names = _get_candidate_names()
    for seq in range(TMP_MAX):
        file = _os.path.join(dir, prefix + next(names) + suffix)
        if not _os.path.lexists(file):
            return file
    raise FileExistsError(17, "No usable temporary filename found")


class _TemporaryFileWrapper:
    """A file that removes itself on close (when delete is true); other
    attributes are the file's."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._close_called = False

    def __getattr__(self, name):
        return getattr(self.__dict__["file"], name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        result = self.file.__exit__(exc, value, tb)
        self.close()
        return result

    def close(self):
        if not self._close_called:
            self._close_called = True
            try:
                self.file.close()
            finally:
                if self.delete:
                    _os.unlink(self.name)

    def __iter__(self):
        for line in self.file:
            yield line

    def __repr__(self):
        return "<tempfile._TemporaryFileWrapper object name=%r>" % (self.name,)


def NamedTemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None, suffix=None,
                       prefix=None, dir=None, delete=True, *, errors=None):
    prefix, suffix, dir = _sanitize_params(prefix, suffix, dir)
    fd, name = _mkstemp_inner(dir, prefix, suffix, _bin_openflags)
    try:
        # reopen by name (the file exists and is ours) so that file.name is the path
        file = open(name, mode, buffering, encoding=encoding, errors=errors, newline=newline)
    except BaseException:
        _os.close(fd)
        _os.unlink(name)
        raise
    _os.close(fd)
    return _TemporaryFileWrapper(file, name, delete)


def TemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None, suffix=None,
                  prefix=None, dir=None, *, errors=None):
    """A file with no name on disk: it is unlinked at once; file.name is the descriptor."""
    prefix, suffix, dir = _sanitize_params(prefix, suffix, dir)
    fd, name = _mkstemp_inner(dir, prefix, suffix, _bin_openflags)
    try:
        _os.unlink(name)
        return open(fd, mode, buffering, encoding=encoding, errors=errors, newline=newline)
    except BaseException:
        _os.close(fd)
        raise


class TemporaryDirectory:
    """mkdtemp() as a context manager: the with block gets the path, and the
    directory with everything in it is removed at its end (or by cleanup())."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors

    def __repr__(self):
        return "<{} {!r}>".format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        if _os.path.lexists(self.name):
            _shutil.rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)
