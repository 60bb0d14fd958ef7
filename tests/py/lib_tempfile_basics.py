# tempfile: gettempdir, mkdtemp and mkstemp (names, permissions, the
# returned descriptor), TemporaryDirectory as a context manager and with
# cleanup(), NamedTemporaryFile with delete=True/False, TemporaryFile,
# and prefixes/suffixes.  Only deterministic facts are printed.
import os
import stat
import tempfile

tmp = tempfile.gettempdir()
print("gettempdir is an existing absolute directory:", os.path.isabs(tmp), os.path.isdir(tmp))
print("cached:", tempfile.gettempdir() == tmp, "| prefix:", tempfile.gettempprefix(), tempfile.template)

d = tempfile.mkdtemp(prefix="job_", suffix=".d")
name = os.path.basename(d)
print("mkdtemp:", os.path.dirname(d) == tmp, name.startswith("job_"), name.endswith(".d"), len(name) == len("job_") + 8 + 2)
print("mode 0o700:", oct(os.stat(d).st_mode & 0o777), "| empty:", os.listdir(d))

fd, path = tempfile.mkstemp(suffix=".txt", prefix="data_", dir=d)
print("mkstemp:", type(fd).__name__, os.path.dirname(path) == d, os.path.basename(path).startswith("data_"), path.endswith(".txt"))
print("file mode 0o600:", oct(os.stat(path).st_mode & 0o777))
os.write(fd, b"written through the descriptor\n")
os.close(fd)
with open(path) as f:
    print("read back:", f.read().strip())
names = {os.path.basename(tempfile.mkstemp(dir=d)[1]) for _ in range(5)}
print("five more unique names:", len(names), all(n.startswith("tmp") for n in names))

with tempfile.TemporaryDirectory(prefix="ctx_") as work:
    print("inside with: is dir", os.path.isdir(work), os.path.basename(work).startswith("ctx_"))
    os.makedirs(os.path.join(work, "a", "b"))
    with open(os.path.join(work, "a", "b", "deep.txt"), "w") as f:
        f.write("x")
    print("tree:", sorted(os.listdir(work)), sorted(os.listdir(os.path.join(work, "a"))))
print("removed after with:", os.path.exists(work))

td = tempfile.TemporaryDirectory(dir=d)
print("repr names the class:", repr(td).startswith("<TemporaryDirectory '"), os.path.dirname(td.name) == d)
td.cleanup()
td.cleanup()
print("explicit cleanup twice:", os.path.exists(td.name))

with tempfile.NamedTemporaryFile("w+", suffix=".csv", dir=d) as ntf:
    ntf.write("a,b\n1,2\n")
    ntf.flush()
    ntf.seek(0)
    print("named file:", ntf.name.endswith(".csv"), os.path.exists(ntf.name), ntf.read().splitlines())
    kept_name = ntf.name
print("deleted on close:", os.path.exists(kept_name))

ntf = tempfile.NamedTemporaryFile(mode="wb", delete=False, dir=d)
ntf.write(b"\x00\x01keep")
ntf.close()
print("delete=False survives:", os.path.exists(ntf.name), os.path.getsize(ntf.name), ntf.closed)
os.remove(ntf.name)

with tempfile.TemporaryFile("w+") as tf:
    tf.write("anonymous\n")
    tf.seek(0)
    print("TemporaryFile:", tf.read().strip(), type(tf.name).__name__, len(os.listdir(d)))

for entry in sorted(os.listdir(d)):
    os.remove(os.path.join(d, entry))
os.rmdir(d)
print("all cleaned:", os.path.exists(d))
