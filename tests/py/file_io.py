# open(): text and binary modes, universal newlines, seek/tell, errors (vm/tr_file.c).
import os
base = "/tmp/tauraro_file_test_%d" % os.getpid() if hasattr(os, "getpid") else "/tmp/tauraro_file_test"
path = base + ".txt"
with open(path, "w") as f:
    print(type(f).__name__, f.name == path, f.mode, f.closed, f.writable(), f.readable())
    print(f.write("héllo\nworld\r\nthird\rfourth"), f.write("\n"))
    f.writelines(["a\n", "b\n"])
print(f.closed)
with open(path) as f:
    print(repr(f.read(3)), repr(f.readline()), repr(f.readline()), f.readlines())
with open(path, encoding="utf-8") as f:
    print([line.rstrip("\n") for line in f])
with open(path, "rb") as f:
    data = f.read(); print(type(f).__name__, data[:8], len(data), f.tell(), f.seek(0), f.read(2), f.seek(-2, 2), f.read())
with open(path, "a") as f:
    f.write("appended\n")
with open(path, "r+") as f:
    f.write("J"); f.seek(0); print(repr(f.readline()))
print(open(path).read().splitlines()[-1])
f = open(path, "w"); f.write("unflushed"); 
g = open(path + "2", "wb"); print(g.write(b"\x00\x01\xff"), g.tell()); g.close()
print(open(path + "2", "rb").read())
for bad in [lambda: open("/nonexistent/x.txt"), lambda: open(path, "rw"), lambda: open(path, "rb", encoding="utf-8"),
            lambda: open("/tmp"), lambda: open(path + "2", "r").write("x"), lambda: open(path, "wb").write("str"),
            lambda: open(path, "w").write(b"b"), lambda: open(path, "x")]:
    try:
        bad()
    except (OSError, ValueError, TypeError) as e:
        print(type(e).__name__, str(e).replace(base, "BASE"))
c = open(path + "2", "rb"); c.close()
try: c.read()
except ValueError as e: print(e)
try: open(42.5)
except TypeError as e: print(e)
e = FileNotFoundError(2, "No such file or directory", "zz")
print(e.errno, e.strerror, e.filename, e.args, str(e), repr(OSError(5, "x")))
