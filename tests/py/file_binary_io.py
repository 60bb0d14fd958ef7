# Binary files: a tiny record format written with bytes arithmetic and
# int.to_bytes, read back with read(n), seek/tell (absolute, relative,
# from the end), partial reads at EOF, readinto-free chunking, bytes
# iteration, and in-place patching with r+b.
import os
import tempfile

MAGIC = b"TREC"


def pack_record(rid, name, score):
    data = name.encode("utf-8")
    return rid.to_bytes(4, "little") + len(data).to_bytes(1, "big") + data + score.to_bytes(2, "big", signed=True)


def read_records(f):
    header = f.read(4)
    if header != MAGIC:
        raise ValueError(f"bad magic {header!r}")
    count = int.from_bytes(f.read(2), "big")
    for _ in range(count):
        rid = int.from_bytes(f.read(4), "little")
        n = f.read(1)[0]
        name = f.read(n).decode("utf-8")
        score = int.from_bytes(f.read(2), "big", signed=True)
        yield rid, name, score


records = [(1, "ada", 97), (2, "bjørn", -5), (300, "zoë", 1200), (70000, "", 0)]
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "scores.bin")
    with open(path, "wb") as f:
        print(type(f).__name__, f.mode, f.write(MAGIC), f.write(len(records).to_bytes(2, "big")))
        for r in records:
            f.write(pack_record(*r))
        print("tell:", f.tell())
    print("size:", os.path.getsize(path))
    with open(path, "rb") as f:
        print(type(f).__name__, list(read_records(f)))
        print("at EOF:", f.tell(), f.read(), f.read(10))

    with open(path, "rb") as f:
        print("first 6:", f.read(6), "| seek(10):", f.seek(10), f.read(3))
        print("relative:", f.seek(-3, 1), f.read(1), "| from end:", f.seek(-2, 2), f.read())
        print("past the end:", f.seek(1000), repr(f.read(5)), f.tell())
        f.seek(0)
        data = f.read()
    print("bytes ops:", data[:4], data[4:6].hex(), data.count(b"\x00"), data.find(b"zo"), data[-2:] == b"\x00\x00")
    print("iterating bytes gives ints:", list(data[:4]), [hex(b) for b in data[6:10]])

    with open(path, "r+b") as f:
        f.seek(4)
        f.write((99).to_bytes(2, "big"))
        f.seek(0)
        print("patched count:", f.read(6))
        f.seek(0, 2)
        f.write(b"TRAILER")
    with open(path, "rb") as f:
        f.seek(-7, 2)
        print("appended trailer:", f.read(), os.path.getsize(path))

    chunks = []
    with open(path, "rb") as f:
        while chunk := f.read(16):
            chunks.append(len(chunk))
    print("16-byte chunks:", chunks)
    with open(path, "ab") as f:
        print("ab tell:", f.tell(), f.write(bytes(range(250, 256))))
    with open(path, "rb") as f:
        print("lines in binary split on \\n only:", len(f.readlines()), f.seek(0) == 0, f.readline()[:4])
    for bad in [lambda: open(path, "rb").read().decode("ascii"), lambda: open(path, "wb").write("text"),
                lambda: open(path, "rb").seek(-1)]:
        try:
            bad()
        except (UnicodeDecodeError, TypeError, ValueError, OSError) as e:
            print(type(e).__name__ + ":", str(e)[:60])
