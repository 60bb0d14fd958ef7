# File modes: x (exclusive), w+ read-back, r+ overwrite, binary seek/tell, iteration with enumerate, writelines.
import os
d = "/tmp/tauraro_modes_%d" % os.getpid()
os.mkdir(d)
p = os.path.join(d, "data.txt")
with open(p, "x") as f: f.write("one\ntwo\n")
try:
    open(p, "x")
except FileExistsError as e:
    print("FileExistsError", e.errno)
with open(p, "w+") as f:
    f.writelines(["alpha\n", "beta\n", "gamma\n"]); f.seek(0)
    for i, line in enumerate(f, 1): print(i, line.rstrip())
    print(f.tell())
with open(p, "r+") as f:
    f.seek(0); f.write("ALPHA"); f.seek(0); print(f.read().split())
with open(p, "rb") as f:
    f.seek(6); print(f.read(4), f.tell()); f.seek(-6, 2); print(f.read())
with open(p, "ab") as f: print(f.write(b"delta\n"), f.tell())
with open(p) as f: print(f.readline(), f.readline(3), repr(f.read()))
with open(p, "rb+") as f:
    f.truncate(5); print(f.read())
print(sorted(os.listdir(d)), os.path.getsize(p))
os.remove(p); os.rmdir(d); print(os.path.exists(d))
