# `with open(...)` as a resource guard: files close on normal exit, on
# exceptions, on return and break; several files in one with; a custom
# context manager wrapping a file for atomic replace; and files used as
# iterators inside generators that close when exhausted.
import os
import tempfile

tmp = tempfile.mkdtemp()
p = lambda name: os.path.join(tmp, name)

with open(p("a.txt"), "w") as fa, open(p("b.txt"), "w") as fb:
    fa.write("alpha\n")
    fb.write("beta\n")
    print("inside: both open", not fa.closed and not fb.closed)
print("after: both closed", fa.closed, fb.closed)

try:
    with open(p("a.txt")) as f:
        first = f.readline()
        raise RuntimeError("failure while reading")
except RuntimeError as e:
    print("exception propagated:", e, "| file closed:", f.closed, "| read:", first.strip())


def first_line(path):
    with open(path) as f:
        for line in f:
            return line.strip(), f


line, handle = first_line(p("b.txt"))
print("returned from inside with:", line, "| closed:", handle.closed)

with open(p("nums.txt"), "w") as f:
    f.write("\n".join(str(i) for i in range(10)))
with open(p("nums.txt")) as f:
    for line in f:
        if int(line) == 3:
            break
    print("break leaves it open until the block ends:", f.closed, "| next line:", f.readline().strip())
print("then closed:", f.closed)


class AtomicWrite:
    """Write to a temporary name; rename over the target only on success."""

    def __init__(self, path):
        self.path = path
        self.tmp = path + ".part"

    def __enter__(self):
        self.file = open(self.tmp, "w")
        return self.file

    def __exit__(self, exc_type, exc, tb):
        self.file.close()
        if exc_type is None:
            os.replace(self.tmp, self.path) if hasattr(os, "replace") else os.rename(self.tmp, self.path)
            print("  committed", os.path.basename(self.path))
        else:
            os.remove(self.tmp)
            print("  rolled back:", exc_type.__name__)
        return False


with AtomicWrite(p("config.ini")) as f:
    f.write("[main]\nmode=fast\n")
try:
    with AtomicWrite(p("config.ini")) as f:
        f.write("[broken")
        raise ValueError("validation failed")
except ValueError:
    pass
print("config kept:", open(p("config.ini")).read().split(), "| leftovers:", sorted(os.listdir(tmp)))


def read_numbers(path):
    with open(path) as f:
        for line in f:
            yield int(line)


gen = read_numbers(p("nums.txt"))
print("generator sum:", sum(gen))
gen = read_numbers(p("nums.txt"))
print("partial:", next(gen), next(gen))
gen.close()
print("close() ran the with's exit")

with open(p("log.txt"), "w") as log:
    for step in ["load", "parse", "save"]:
        print(f"step {step}", file=log)
with open(p("log.txt")) as log:
    print("print(file=...) wrote:", log.read().splitlines())

with open(p("a.txt")) as f1:
    with open(p("a.txt")) as f2:
        print("two handles, independent positions:", f1.read(2), f2.read(4), f1.read(2))
result = None
with open(p("b.txt")) as f:
    result = f.read()
print("value outlives the block:", result.strip(), f.closed)
for name in sorted(os.listdir(tmp)):
    os.remove(os.path.join(tmp, name))
os.rmdir(tmp)
print("removed:", not os.path.exists(tmp))
