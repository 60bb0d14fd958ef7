# File errors as CPython reports them: FileNotFoundError, IsADirectoryError,
# NotADirectoryError, FileExistsError, PermissionError-free cases, bad
# modes and arguments, wrong data types, operations on closed files, and
# the OSError attributes (errno, strerror, filename) and subclass tests.
import errno
import os
import tempfile

tmp = tempfile.mkdtemp()
here = lambda s: str(s).replace(tmp, "<tmp>")
existing = os.path.join(tmp, "exists.txt")
with open(existing, "w") as f:
    f.write("data\n")

cases = [
    ("missing file", lambda: open(os.path.join(tmp, "nope.txt"))),
    ("missing dir", lambda: open(os.path.join(tmp, "no", "such", "file.txt"), "w")),
    ("directory", lambda: open(tmp)),
    ("directory for writing", lambda: open(tmp, "w")),
    ("file as a directory", lambda: open(os.path.join(existing, "child.txt"))),
    ("exclusive on existing", lambda: open(existing, "x")),
    ("remove missing", lambda: os.remove(os.path.join(tmp, "ghost"))),
    ("rmdir non-empty", lambda: os.rmdir(os.path.dirname(existing))),
    ("listdir of a file", lambda: os.listdir(existing)),
]
for label, action in cases:
    try:
        action()
    except OSError as e:
        print(f"{label:22} {type(e).__name__:18} errno={errno.errorcode[e.errno]:9} {here(e)}")
        print(f"{'':22} strerror={e.strerror!r} filename={here(e.filename)!r}")

for mode in ["rw", "rr", "z", "bt", "r++", "U", ""]:
    try:
        open(existing, mode)
    except ValueError as e:
        print(f"mode {mode!r}: ValueError: {e}")
for kwargs in [{"encoding": "utf-8", "mode": "rb"}, {"encoding": "no-such-codec"}, {"encoding": 5},
               {"mode": 3}, {"newline": "x"}]:
    try:
        open(existing, **kwargs)
    except (ValueError, TypeError, LookupError) as e:
        print(f"{kwargs}: {type(e).__name__}: {e}")
for bad_file in [None, 3.5, ["list"]]:
    try:
        open(bad_file)
    except TypeError as e:
        print("TypeError:", e)

with open(existing, "w") as f:
    for data in [b"bytes", 42, None]:
        try:
            f.write(data)
        except TypeError as e:
            print("text write:", e)
    try:
        f.writelines(["ok\n", 7])
    except TypeError as e:
        print("writelines:", e)
with open(existing, "wb") as f:
    for data in ["text", 3]:
        try:
            f.write(data)
        except TypeError as e:
            print("binary write:", e)

f = open(existing)
f.close()
for name in ["read", "readline", "readlines", "tell", "fileno", "readable"]:
    try:
        getattr(f, name)()
    except ValueError as e:
        print(f"closed {name}: {e}")
try:
    with f:
        pass
except ValueError as e:
    print("with on a closed file:", e)

e = FileNotFoundError(errno.ENOENT, "No such file or directory", "x.txt")
print(repr(e), str(e), e.errno == errno.ENOENT, isinstance(e, OSError), isinstance(e, IOError))
print(OSError(errno.EEXIST, "exists").__class__.__name__, OSError("plain").errno, str(OSError(1, "two", "three", None, "four")))
print([issubclass(c, OSError) for c in (FileNotFoundError, IsADirectoryError, NotADirectoryError, PermissionError, FileExistsError)])
os.remove(existing)
os.rmdir(tmp)
print("cleaned:", os.path.exists(tmp))
