# Text files are UTF-8 with universal newlines; binary sees the raw bytes.
import os
p = "/tmp/tauraro_unicode_%d.txt" % os.getpid()
with open(p, "wb") as f:
    f.write("naïve café\r\nsecond line\rthird ☃\n".encode("utf-8"))
with open(p, encoding="utf-8") as f:
    text = f.read()
print(repr(text), len(text))
with open(p) as f:
    print([l for l in f])
with open(p, "rb") as f:
    raw = f.read()
print(raw[:12], len(raw), raw.count(b"\r"), raw.decode("utf-8").splitlines())
with open(p, "w", encoding="utf-8") as f:
    print(f.write("日本語\n"), f.encoding)
with open(p, "rb") as f: print(f.read())
with open(p) as f: print(f.read(2), f.read(1), repr(f.read()))
os.remove(p)
