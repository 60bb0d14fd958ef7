# sys.stdout.write / sys.stderr.write interleaved with print.
import sys
sys.stdout.write("written directly\n")
n = sys.stdout.write("abc\n")
print(n)
print("after write", end="")
sys.stdout.write(" | same line\n")
count = sys.stdout.write("é中😀\n")
print(count)
sys.stderr.write("stderr text is not compared\n")
for i in range(3):
    sys.stdout.write(str(i))
    sys.stdout.write(",")
sys.stdout.write("\n")
print(sys.stdout.write(""), file=sys.stdout)
parts = ["alpha", "beta", "gamma"]
total = 0
for p in parts:
    total += sys.stdout.write(p.upper() + " ")
print()
print(total)
print("x", file=sys.stderr)
print("done", flush=True)
