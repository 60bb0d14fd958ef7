# os and os.path on a scratch tree under a temporary directory: creating,
# listing (sorted), testing, renaming and removing files and directories,
# stat results, walking the tree, path arithmetic, and the OSError
# subclasses with their errno/strerror/filename.
import os
import tempfile

base = tempfile.mkdtemp(prefix="ospath_")
rel = lambda p: os.path.relpath(p, base)

os.makedirs(os.path.join(base, "src", "pkg"))
os.mkdir(os.path.join(base, "docs"))
files = {"src/main.py": "print('hi')\n", "src/pkg/__init__.py": "", "src/pkg/util.py": "X = 1\n" * 10,
         "docs/readme.txt": "read me\n", "notes.md": "# notes\n"}
for name, text in files.items():
    with open(os.path.join(base, *name.split("/")), "w") as f:
        f.write(text)

print("top:", sorted(os.listdir(base)))
print("src:", sorted(os.listdir(os.path.join(base, "src"))))
for name in ["src", "src/main.py", "nope", "docs/readme.txt"]:
    p = os.path.join(base, name)
    print(f"{name:16} exists={os.path.exists(p)!s:5} isfile={os.path.isfile(p)!s:5} isdir={os.path.isdir(p)!s:5} islink={os.path.islink(p)}")

st = os.stat(os.path.join(base, "src/pkg/util.py"))
print("size:", st.st_size, os.path.getsize(os.path.join(base, "src/pkg/util.py")), "| is regular:", st.st_mode & 0o170000 == 0o100000)
print("mtime is recent:", abs(st.st_mtime - os.path.getmtime(os.path.join(base, "src/pkg/util.py"))) < 1)

for root, dirs, names in os.walk(base):
    dirs.sort()
    print("walk:", rel(root), dirs, sorted(names))
total = sum(os.path.getsize(os.path.join(r, n)) for r, _, ns in os.walk(base) for n in ns)
print("total bytes:", total)
py_files = sorted(rel(os.path.join(r, n)) for r, _, ns in os.walk(base) for n in ns if os.path.splitext(n)[1] == ".py")
print("python files:", py_files)

os.rename(os.path.join(base, "notes.md"), os.path.join(base, "docs", "notes.md"))
print("after rename:", sorted(os.listdir(base)), sorted(os.listdir(os.path.join(base, "docs"))))

cwd = os.getcwd()
os.chdir(os.path.join(base, "src"))
print("relative open after chdir:", open("main.py").read().strip(), "| cwd:", rel(os.getcwd()))
os.chdir(cwd)

print("join:", os.path.join("a", "b", "c.txt"), os.path.join("/root", "x"), os.path.join("a/", "b"), os.path.join("a", ""))
print("split:", os.path.split("/usr/local/lib"), os.path.split("file"), os.path.split("/"))
print("splitext:", os.path.splitext("archive.tar.gz"), os.path.splitext(".bashrc"), os.path.splitext("a.b/c"))
print("basename/dirname:", os.path.basename("/x/y/z.py"), os.path.dirname("/x/y/z.py"), os.path.basename("/x/y/"))
print("normpath:", os.path.normpath("a//b/./c/../d"), os.path.normpath("/../x"), os.path.normpath(""))
print("isabs:", os.path.isabs("/a"), os.path.isabs("a/b"), "| relpath:", os.path.relpath("/a/b/c", "/a/x"))
print("commonpath:", os.path.commonpath(["/usr/lib", "/usr/local/lib"]), os.path.commonprefix(["interview", "internet"]))
print("expanduser keeps plain paths:", os.path.expanduser("data/x"), "| sep:", os.sep, os.pathsep, os.curdir, os.pardir)
print("environ:", os.environ.get("TAURARO_NOT_SET_ANYWHERE", "<unset>"), os.getenv("TAURARO_NOT_SET_ANYWHERE") is None,
      isinstance(os.environ.get("PATH", ""), str))

for action in [lambda: os.mkdir(os.path.join(base, "src")),
               lambda: os.remove(os.path.join(base, "missing.txt")),
               lambda: os.rmdir(os.path.join(base, "src")),
               lambda: os.listdir(os.path.join(base, "notes.md")),
               lambda: os.listdir(os.path.join(base, "docs", "notes.md")),
               lambda: open(os.path.join(base, "docs"))]:
    try:
        action()
    except OSError as e:
        print(f"{type(e).__name__}: errno={e.errno} strerror={e.strerror!r} filename={rel(e.filename)}")

for root, dirs, names in os.walk(base, topdown=False):
    for n in names:
        os.remove(os.path.join(root, n))
    os.rmdir(root)
print("removed:", os.path.exists(base))
