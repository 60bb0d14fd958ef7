# Reading text line by line: iteration, readline with and without a size,
# readlines with a hint, read(n) in characters, files without a final
# newline, blank lines, enumerate/zip over files, and next() on a file.
import os
import tempfile

POEM = "The sea is calm tonight.\nThe tide is full, the moon lies fair\n\nUpon the straits;\n  on the French coast the light\nGleams and is gone"

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "poem.txt")
    with open(path, "w") as f:
        f.write(POEM)

    with open(path) as f:
        for n, line in enumerate(f, 1):
            print(f"{n}: {line.rstrip()!r} ends-with-newline={line.endswith(chr(10))}")

    with open(path) as f:
        print("readline:", repr(f.readline()))
        print("readline(8):", repr(f.readline(8)), "| rest of line:", repr(f.readline()))
        print("blank line:", repr(f.readline()))
        print("readline(0):", repr(f.readline(0)))
        print("remaining lines:", f.readlines())
        print("at EOF:", repr(f.readline()), f.readlines(), repr(f.read()))

    with open(path) as f:
        print("readlines(30) stops after the line passing 30 chars:", f.readlines(30))
        print("next():", repr(next(f)))
        print("mix iteration then read:", repr(f.read(12)))

    with open(path) as f:
        words = [w for line in f for w in line.split()]
    print("word count:", len(words), "| longest:", max(words, key=len))

    with open(path) as f:
        lengths = [len(line) for line in f if line.strip()]
    print("non-blank line lengths:", lengths)

    other = os.path.join(tmp, "numbers.txt")
    with open(other, "w") as f:
        f.writelines(f"{i * i}\n" for i in range(1, 8))
    with open(path) as a, open(other) as b:
        for left, right in zip(a, b):
            print(f"  {left.strip()[:12]:12} | {right.strip()}")

    with open(other) as f:
        total = sum(int(line) for line in f)
    print("sum of squares from file:", total)

    crlf = os.path.join(tmp, "crlf.txt")
    with open(crlf, "wb") as f:
        f.write(b"dos line\r\nmac line\runix line\nlast")
    with open(crlf) as f:
        print("universal newlines:", f.readlines())
    with open(crlf, newline="") as f:
        print("newline='' keeps endings:", f.readlines())
    with open(crlf, "rb") as f:
        print("binary lines:", f.readlines())

    with open(path) as f:
        it = iter(f)
        print("iter(f) is f:", it is f, "| first:", next(it).strip())
        f.seek(0)
        print("after seek(0) iteration restarts:", next(f).strip())
    empty = os.path.join(tmp, "empty.txt")
    open(empty, "w").close()
    with open(empty) as f:
        print("empty file:", repr(f.read()), f.readlines(), list(f), next(f, "no lines"))
