"""os.path for Tauraro (POSIX): path arithmetic in Python, file tests on posix.stat."""
import posix

sep = "/"
curdir = "."
pardir = ".."
extsep = "."
pathsep = ":"
altsep = None
defpath = "/bin:/usr/bin"
devnull = "/dev/null"
supports_unicode_filenames = False


def join(a, *p):
    path = a
    for b in p:
        if b.startswith("/"):
            path = b
        elif not path or path.endswith("/"):
            path += b
        else:
            path += "/" + b
    return path


def split(p):
    i = p.rfind("/") + 1
    head, tail = p[:i], p[i:]
    if head and head != "/" * len(head):
        head = head.rstrip("/")
    return head, tail


def basename(p):
    return p[p.rfind("/") + 1:]


def dirname(p):
    return split(p)[0]


def splitext(p):
    sep_index = p.rfind("/")
    dot_index = p.rfind(".")
    if dot_index > sep_index:
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index] != ".":
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, ""


def isabs(s):
    return s.startswith("/")


def normpath(path):
    if path == "":
        return "."
    initial_slashes = 2 if path.startswith("//") and not path.startswith("///") else (1 if path.startswith("/") else 0)
    comps = path.split("/")
    new_comps = []
    for comp in comps:
        if comp in ("", "."):
            continue
        if comp != ".." or (not initial_slashes and not new_comps) or (new_comps and new_comps[-1] == ".."):
            new_comps.append(comp)
        elif new_comps:
            new_comps.pop()
    path = "/".join(new_comps)
    if initial_slashes:
        path = "/" * initial_slashes + path
    return path or "."


def abspath(path):
    if not isabs(path):
        path = join(posix.getcwd(), path)
    return normpath(path)


def _mode(path, stat=posix.stat):
    try:
        return stat(path)[0] & 0o170000
    except OSError:
        return None


def exists(path):
    return _mode(path) is not None


def lexists(path):
    return _mode(path, posix.lstat) is not None


def isdir(path):
    return _mode(path) == 0o040000


def isfile(path):
    return _mode(path) == 0o100000


def islink(path):
    return _mode(path, posix.lstat) == 0o120000


def getsize(path):
    return posix.stat(path)[6]


def getatime(path):
    return posix.stat(path)[10]


def getmtime(path):
    return posix.stat(path)[11]


def getctime(path):
    return posix.stat(path)[12]


def samestat(s1, s2):
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def samefile(f1, f2):
    s1, s2 = posix.stat(f1), posix.stat(f2)
    return s1[1] == s2[1] and s1[2] == s2[2]


def splitdrive(p):
    return p[:0], p


def normcase(s):
    return s


def ismount(path):
    try:
        s1 = posix.lstat(path)
    except OSError:
        return False
    if s1[0] & 0o170000 == 0o120000:
        return False
    try:
        s2 = posix.lstat(join(path, ".."))
    except OSError:
        return False
    return s1[2] != s2[2] or s1[1] == s2[1]


_WORD = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")


def expandvars(path):
    r"""$name and ${name} from the environment (CPython's pattern
    \$(\w+|\{[^}]*\}) with ASCII word characters); unknown names stay."""
    i = path.find("$")
    while i >= 0:
        j = i + 1
        while j < len(path) and path[j] in _WORD:
            j += 1
        if j > i + 1:
            name = path[i + 1:j]
        elif path.startswith("{", i + 1) and path.find("}", i + 2) >= 0:
            j = path.find("}", i + 2) + 1
            name = path[i + 2:j - 1]
        else:
            i = path.find("$", i + 1)
            continue
        value = posix.environ.get(name)
        if value is None:
            i = path.find("$", j)
        else:
            path = path[:i] + value + path[j:]
            i = path.find("$", i + len(value))
    return path


def expanduser(path):
    if not path.startswith("~"):
        return path
    i = path.find("/", 1)
    if i < 0:
        i = len(path)
    if i != 1:
        return path  # ~user needs the password database
    home = posix.environ.get("HOME")
    if home is None:
        return path
    home = home.rstrip("/")
    return (home + path[i:]) or "/"


def commonprefix(m):
    if not m:
        return ""
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def commonpath(paths):
    if not paths:
        raise ValueError("commonpath() arg is an empty sequence")
    split_paths = [p.split("/") for p in paths]
    try:
        isabs, = set(p[:1] == "/" for p in paths)
    except ValueError:
        raise ValueError("Can't mix absolute and relative paths") from None
    split_paths = [[c for c in s if c and c != "."] for s in split_paths]
    s1 = min(split_paths)
    s2 = max(split_paths)
    common = s1
    for i, c in enumerate(s1):
        if c != s2[i]:
            common = s1[:i]
            break
    prefix = "/" if isabs else ""
    return prefix + "/".join(common)


def relpath(path, start=None):
    if not path:
        raise ValueError("no path specified")
    if start is None:
        start = curdir
    start_list = [x for x in abspath(start).split("/") if x]
    path_list = [x for x in abspath(path).split("/") if x]
    i = len(commonprefix([start_list, path_list]))
    rel_list = [pardir] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return curdir
    return join(*rel_list)


def realpath(path):
    # no symbolic links are resolved: Tauraro's posix has no readlink yet
    return abspath(path)
