# Non-ASCII text in files: UTF-8 encoding on disk versus characters in
# Python, read(n) counting characters, tell() as a byte position, seeking
# back to a saved tell(), writing emoji and combining characters, and
# decoding errors for invalid bytes.
import os
import tempfile

SAMPLES = ["héllo wörld", "日本語のテキスト", "emoji 🎉🐍", "e\u0301 combining", "Ελληνικά", "plain ascii"]

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "unicode.txt")
    with open(path, "w", encoding="utf-8") as f:
        for s in SAMPLES:
            n = f.write(s + "\n")
            print(f"{s!r:24} chars={len(s):2} written={n:2} utf8-bytes={len(s.encode('utf-8'))}")
    print("file size in bytes:", os.path.getsize(path))

    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    print("round trip equal:", lines == SAMPLES)

    with open(path, encoding="utf-8") as f:
        print("read(3):", repr(f.read(3)), "| tell:", f.tell())
        print("rest of line:", repr(f.readline()))
        mark = f.tell()
        second = f.readline()
        print("second line:", repr(second), "| tell before it:", mark)
        f.seek(mark)
        print("seek back to the mark:", f.readline() == second)
        print("read(4) of emoji line part:", repr(f.readline()[:4]), repr(f.read(8)))

    with open(path, "rb") as f:
        raw = f.read()
    print("raw bytes of first line:", raw[:raw.index(b"\n")])
    print("decode:", raw.decode("utf-8").count("\n"), "lines;", len(raw.decode("utf-8")), "characters")
    words = raw.decode("utf-8").split()
    print("longest word in characters:", max(words, key=len), "| widest in bytes:", max(words, key=lambda w: len(w.encode())))

    bad = os.path.join(tmp, "bad.txt")
    with open(bad, "wb") as f:
        f.write(b"good start \xff\xfe broken")
    try:
        with open(bad, encoding="utf-8") as f:
            f.read()
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError:", e.reason, e.start, e.encoding)
    print("bytes decode with replace:", b"ok \xff end".decode("utf-8", "replace"), "| ignore:", b"ok \xff end".decode("utf-8", "ignore"))

    table = os.path.join(tmp, "table.txt")
    rows = [("café", 3.5), ("naïve", 12.25), ("日本", 7.0)]
    with open(table, "w") as f:
        for name, price in rows:
            f.write(f"{name:<8}|{price:>8.2f}\n")
    with open(table) as f:
        for line in f:
            print("  " + line.rstrip(), "| width", len(line.rstrip()))
    with open(table, encoding="UTF8") as f:
        print("encoding names are flexible:", f.encoding, len(f.readlines()))
    print("upper/lower/casefold:", "straße".upper(), "ÀÉÎ".lower(), "Straße".casefold())
