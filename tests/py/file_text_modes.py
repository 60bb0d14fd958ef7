# Text-mode files through every mode: w truncates, a appends, x refuses an
# existing file, r+ overwrites in place, w+ and a+ read back after seek;
# tell/seek positions, the file attributes, and what each mode permits.
import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "journal.txt")

    with open(path, "w") as f:
        print("w:", f.mode, f.readable(), f.writable(), f.seekable(), f.closed, f.name == path)
        print("write returns chars:", f.write("day 1: start\n"), f.write("day 2: progress\n"))
        print("tell after writes:", f.tell())
    with open(path, "a") as f:
        print("a: tell starts at end:", f.tell())
        f.write("day 3: appended\n")
    with open(path) as f:
        print("r:", f.mode, f.read().splitlines())

    with open(path, "w") as f:
        f.write("fresh\n")
    print("w truncated:", open(path).read().splitlines())

    try:
        open(path, "x")
    except FileExistsError as e:
        print("x on existing:", type(e).__name__, e.errno)
    with open(os.path.join(tmp, "new.txt"), "x") as f:
        print("x creates:", f.mode, f.write("created exclusively\n"))

    with open(path, "w") as f:
        f.write("0123456789\nabcdefghij\n")
    with open(path, "r+") as f:
        print("r+ reads:", repr(f.readline()))
        f.seek(0)
        f.write("XY")
        f.seek(0, 2)
        f.write("tail\n")
        f.seek(0)
        print("r+ result:", f.read().splitlines())

    with open(path, "w+") as f:
        f.write("one\ntwo\nthree\n")
        print("w+ tell:", f.tell(), "| read at end:", repr(f.read()))
        f.seek(0)
        print("w+ after seek:", f.readlines())
        f.seek(4)
        print("seek(4) then readline:", repr(f.readline()), f.tell())

    with open(path, "a+") as f:
        f.write("four\n")
        print("a+ read at end:", repr(f.read()))
        f.seek(0)
        print("a+ whole file:", f.read().split())
        f.seek(0)
        f.write("five\n")
        f.seek(0)
        print("a+ writes always append:", f.read().split())

    with open(path, "rt") as f:
        print("rt is text:", type(f).__name__, f.read(3), f.tell())
    for mode, op in [("r", lambda f: f.write("x")), ("w", lambda f: f.read()), ("a", lambda f: f.readline())]:
        with open(path, mode if mode != "w" else "a") as f:
            try:
                op(f)
            except OSError as e:
                print(f"mode {mode!r}:", type(e).__name__, e)
    f = open(path)
    f.close()
    print("closed:", f.closed, "| close twice ok:", f.close())
    for op in [f.read, f.readline, lambda: f.seek(0), lambda: f.write("x"), f.tell, lambda: next(f)]:
        try:
            op()
        except ValueError as e:
            print("ValueError:", e)
    print("directory listing:", sorted(os.listdir(tmp)))
