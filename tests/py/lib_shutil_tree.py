# shutil over a temporary tree: copyfile/copy/copy2 with their return
# values and errors, copyfileobj in chunks, copytree (with ignore and
# dirs_exist_ok), move for files and directories, and rmtree including
# its onerror/ignore_errors handling.
import os
import shutil
import tempfile

root = tempfile.mkdtemp()
rel = lambda p: os.path.relpath(p, root)


def tree(top):
    out = []
    for r, dirs, files in os.walk(top):
        dirs.sort()
        for name in sorted(files):
            p = os.path.join(r, name)
            out.append(f"{os.path.relpath(p, top)}:{os.path.getsize(p)}")
    return out


src = os.path.join(root, "src")
os.makedirs(os.path.join(src, "lib", "cache"))
for name, data in {"README": "hello\n", "lib/core.py": "x = 1\n" * 50, "lib/cache/tmp.bin": "zz",
                   "lib/util.py": "def f():\n    pass\n"}.items():
    with open(os.path.join(src, name), "w") as f:
        f.write(data)
print("source tree:", tree(src))

dst = shutil.copyfile(os.path.join(src, "README"), os.path.join(root, "README.copy"))
print("copyfile returns:", rel(dst), open(dst).read().strip())
os.chmod(os.path.join(src, "lib", "util.py"), 0o640)
dst = shutil.copy(os.path.join(src, "lib", "util.py"), root)
print("copy into a directory:", rel(dst), oct(os.stat(dst).st_mode & 0o777))
print("copy2:", rel(shutil.copy2(os.path.join(src, "README"), os.path.join(root, "R2"))))

with open(os.path.join(src, "lib", "core.py"), "rb") as fsrc, open(os.path.join(root, "core.bak"), "wb") as fdst:
    shutil.copyfileobj(fsrc, fdst, 64)
print("copyfileobj in 64-byte chunks:", os.path.getsize(os.path.join(root, "core.bak")))

for bad in [lambda: shutil.copyfile(os.path.join(root, "missing"), os.path.join(root, "x")),
            lambda: shutil.copyfile(dst, dst),
            lambda: shutil.copyfile(dst, os.path.join(root, "no_dir", "x"))]:
    try:
        bad()
    except shutil.SameFileError as e:
        print("SameFileError:", str(e).replace(root, "<root>"))
    except OSError as e:
        print(type(e).__name__ + ":", str(e).replace(root, "<root>"))

backup = shutil.copytree(src, os.path.join(root, "backup"), ignore=lambda d, names: [n for n in names if n == "cache"])
print("copytree returns:", rel(backup), tree(backup))
try:
    shutil.copytree(src, backup)
except FileExistsError as e:
    print("FileExistsError:", str(e).replace(root, "<root>"))
shutil.copytree(src, backup, dirs_exist_ok=True)
print("dirs_exist_ok merges:", tree(backup))

moved = shutil.move(os.path.join(root, "R2"), os.path.join(root, "backup"))
print("move file into dir:", rel(moved))
moved = shutil.move(os.path.join(root, "backup"), os.path.join(root, "archive"))
print("move dir:", rel(moved), os.path.exists(os.path.join(root, "backup")), sorted(os.listdir(moved)))

errors = []
shutil.rmtree(os.path.join(root, "not-there"), onerror=lambda fn, p, ei: errors.append((fn.__name__, rel(p), ei[0].__name__)))
print("onerror calls:", errors)
shutil.rmtree(os.path.join(root, "not-there"), ignore_errors=True)
try:
    shutil.rmtree(os.path.join(root, "not-there"))
except FileNotFoundError as e:
    print("FileNotFoundError:", str(e).replace(root, "<root>"))
shutil.rmtree(os.path.join(root, "archive"))
print("after rmtree:", sorted(os.listdir(root)))
shutil.rmtree(root)
print("root removed:", os.path.exists(root))
