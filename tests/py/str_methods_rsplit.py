# str.rsplit with maxsplit from the right.
tests = ["a b c d", "  a  b  c  ", "a,b,,c,", "", "x"]
for t in tests:
    print(repr(t), t.rsplit(), t.rsplit(None, 1), t.rsplit(","), t.rsplit(",", 1), t.rsplit(" ", 2))
print("path/to/file.txt".rsplit("/", 1), "path/to/file.txt".rsplit(".", 1), "noext".rsplit(".", 1))
print("a.b.c.d".rsplit(".", 0), "a.b.c.d".rsplit(".", 2), "a.b.c.d".rsplit(maxsplit=5))
print("1  2  3".rsplit(" "), "aaa".rsplit("a"), "aaa".rsplit("aa"), "aaa".split("aa"))
print("中 文 字".rsplit(None, 1), "x😀y😀z".rsplit("😀", 1))
try:
    "abc".rsplit("")
except ValueError as e:
    print(type(e).__name__, e)
