# sys.stdout / sys.stderr / sys.stdin as objects: write() return values,
# flush, writelines, the binary .buffer, redirection to a file and to a
# user object with a write method, reading an empty stdin, sys.argv and
# sys.path use.
import os
import sys
import tempfile

n = sys.stdout.write("direct write\n")
print("write returned", n)
print("unicode:", sys.stdout.write("naïve ☃\n"))
sys.stdout.writelines(["line one\n", "line two\n"])
sys.stdout.flush()
print("buffer.write returns bytes:", sys.stdout.buffer.write("bytes through .buffer ✓\n".encode()), flush=True)
sys.stdout.buffer.flush()
print("buffer modes:", sys.stdout.buffer.mode, sys.stdin.buffer.mode, sys.stdout.buffer is sys.stdout.buffer)
print("flush returns", sys.stdout.flush())
print("stream names:", sys.stdout.name, sys.stderr.name, sys.stdin.name)
print("modes:", sys.stdout.mode, sys.stdin.mode, "| fileno:", sys.stdout.fileno(), sys.stderr.fileno(), sys.stdin.fileno())
print("encoding:", sys.stdout.encoding.lower().replace("-", ""), "| writable:", sys.stdout.writable(), "| readable:", sys.stdin.readable())
print("stderr write returns", sys.stderr.write("this goes to stderr\n"))
print("print to stderr", file=sys.stderr)
print("originals kept:", sys.__stdout__ is sys.stdout, sys.__stderr__ is sys.stderr)

print("stdin at EOF:", repr(sys.stdin.readline()), repr(sys.stdin.read()), list(sys.stdin))
try:
    answer = input("prompt> ")
except EOFError as e:
    print("\ninput() at EOF raises EOFError", repr(str(e)))


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        pass


cap = Capture()
saved = sys.stdout
sys.stdout = cap
print("captured", 1, 2, sep="-")
print("second", end="!")
sys.stdout.write(" raw")
sys.stdout = saved
print("capture got:", cap.parts)

with tempfile.TemporaryDirectory() as tmp:
    log_path = os.path.join(tmp, "out.log")
    with open(log_path, "w") as log:
        sys.stdout = log
        print("into the file")
        print("number", 42)
        sys.stdout = sys.__stdout__
    with open(log_path) as log:
        print("file got:", log.read().splitlines())

    mod_path = os.path.join(tmp, "runtime_made.py")
    with open(mod_path, "w") as f:
        f.write("ANSWER = 6 * 7\ndef hello(who):\n    return 'hello ' + who\n")
    sys.path.insert(0, tmp)
    import runtime_made
    print("imported from a sys.path entry added at run time:", runtime_made.ANSWER, runtime_made.hello("path"))
    sys.path.remove(tmp)
    del sys.modules["runtime_made"]

print("argv:", [os.path.basename(a) for a in sys.argv], type(sys.argv).__name__)
print("path[0] is the script's directory:", os.path.abspath(sys.path[0]) == os.path.dirname(os.path.abspath(__file__)))
print("print(file=None) uses stdout:", end=" ")
print("yes", file=None)
print("flush=True accepted", flush=True)
try:
    print("x", file=42)
except AttributeError as e:
    print("AttributeError:", e)
try:
    sys.stdout.write(42)
except TypeError as e:
    print("TypeError:", e)
