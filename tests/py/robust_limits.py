# Malformed and extreme inputs are exceptions, never crashes.
import sys

def try_compile(label, src):
    try:
        compile(src, "<fuzz>", "exec")
        print(label, "compiled")
    except (SyntaxError, RecursionError, ValueError) as e:
        print(label, type(e).__name__, getattr(e, "msg", str(e)))

try_compile("parens", "(" * 5000)
try_compile("sum", "x = " + "+".join(["1"] * 20000))
try_compile("indent", "if 1:\n" + "".join(" " * i + "if 1:\n" for i in range(1, 120)) + " " * 120 + "pass\n")
try_compile("lists", "x = " + "[" * 150 + "]" * 150)
try_compile("unclosed", "x = (1,\n2,\n")
try_compile("string", "s = 'abc")
try_compile("nul", "x = 1\x00")

def down(n):
    return down(n + 1)

try:
    down(0)
except RecursionError as e:
    print("recursion", e)

l = [1]
l.append(l)
d = {"k": 1}
d["self"] = d
print(l, d, repr((l,)))
sys.setrecursionlimit(50000)

def count(n):
    return n if n >= 40000 else count(n + 1)

print(count(0))
