"""os.path for Tauraro (POSIX): path arithmetic in Python, file tests on posix.stat."""
import posix

sep = "/"
curdir = "."
pardir = ".."
extsep = "."
pathsep = ":"


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


def exists(path):
    try:
        posix.stat(path)
    except OSError:
        return False
    return True


def isdir(path):
    try:
        return posix.stat(path)[0] & 0o170000 == 0o040000
    except OSError:
        return False


def isfile(path):
    try:
        return posix.stat(path)[0] & 0o170000 == 0o100000
    except OSError:
        return False


def getsize(path):
    return posix.stat(path)[1]


def getmtime(path):
    return posix.stat(path)[2]
