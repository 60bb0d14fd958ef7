# str.split with and without separator, maxsplit.
tests = ["a b c", "  a  b   c  ", "", "   ", "a", "a\tb\nc\r\nd\x0be\x0cf", "one,two,,three,", ",", "a,b,c"]
for t in tests:
    print(repr(t), t.split(), t.split(","), t.split(" "))
print("a b c d e".split(None, 2), "a b c d e".split(" ", 0), "a b c d e".split(maxsplit=1))
print("  lead and trail  ".split(None, 1), "  lead and trail  ".split(" ", 2))
print("a--b--c".split("--"), "a--b--c".split("--", 1), "----".split("--"), "abc".split("abc"))
print("x".split("x"), "xx".split("x"), "axbxc".split("x", -1), "axbxc".split("x", 100))
print("1.2.3.4".split(".", 2), "key=value=more".split("=", 1))
print("中,文,字".split(","), "a😀b😀".split("😀"))
print("line1\nline2\n".split("\n"), "line1\nline2\n".split())
try:
    "abc".split("")
except ValueError as e:
    print(type(e).__name__, e)
csv = "name,age,city\nalice,30,paris\nbob,25,tokyo"
rows = [line.split(",") for line in csv.split("\n")]
print(rows)
header, *body = rows
for r in body:
    print(dict(zip(header, r)))
print(len("the quick brown fox jumps".split()), "  ".join("a b  c".split(" ")))
