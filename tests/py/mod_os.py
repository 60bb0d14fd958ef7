# os and os.path (lib/os.py, lib/posixpath.py over the posix module).
import os, os.path
from os import path as p2
base = "/tmp/tauraro_os_test_%d" % os.getpid()
os.makedirs(base + "/a/b", exist_ok=True)
os.makedirs(base + "/a/b", exist_ok=True)
with open(os.path.join(base, "a", "f.txt"), "w") as f:
    f.write("12345")
print(sorted(os.listdir(base + "/a")), os.path.exists(base), os.path.isdir(base + "/a"), os.path.isfile(base + "/a/f.txt"), os.path.getsize(base + "/a/f.txt"))
os.rename(base + "/a/f.txt", base + "/a/g.txt"); print(sorted(os.listdir(base + "/a")))
print(os.path.join("a", "b", "/c", "d"), os.path.split("/x/y/z.py"), os.path.splitext("a/b.tar.gz"), os.path.basename("/q/w.e"), os.path.dirname("/q/w.e"))
print(os.path.normpath("/a/./b/../c//d"), os.path.isabs("/x"), os.path.abspath("/x/../y"), p2 is os.path, os.sep, os.name, repr(os.linesep))
try:
    os.mkdir(base)
except FileExistsError as e:
    print(type(e).__name__, e.errno)
try:
    os.remove(base + "/nope")
except FileNotFoundError as e:
    print(type(e).__name__, e.strerror)
os.remove(base + "/a/g.txt"); os.rmdir(base + "/a/b"); os.rmdir(base + "/a"); os.rmdir(base)
print(os.path.exists(base), "PATH" in os.environ, os.getenv("TAURARO_SURELY_UNSET", "dflt"), type(os.getcwd()).__name__, len(os.urandom(4)))
