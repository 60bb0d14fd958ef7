# startswith/endswith with tuples and start/end.
s = "filename.tar.gz"
print(s.startswith("file"), s.startswith("name"), s.startswith("name", 4), s.startswith(""), s.startswith(s + "x"))
print(s.endswith(".gz"), s.endswith(".tar"), s.endswith(".tar", 0, 12), s.endswith(""), s.endswith("gz", -2))
print(s.startswith(("a", "f")), s.startswith(("x", "y")), s.endswith((".zip", ".gz")), s.endswith(()))
print(s.startswith("e", -1), s.startswith("f", -100), s.startswith("n", 4, 5), s.startswith("na", 4, 5))
print(s.endswith("e", 0, 8), s.endswith("name", 0, 8), s.endswith("z", 100), s.startswith("", 100))
print("中文".startswith("中"), "😀x".endswith("x"), "😀x".startswith("😀"), "é".startswith("e"))
files = ["a.py", "b.txt", "c.PY", "d.pyc", "README", "e.md"]
print([f for f in files if f.endswith((".py", ".md"))], [f for f in files if f.lower().endswith(".py")])
try:
    s.startswith(["file"])
except TypeError as e:
    print(type(e).__name__)
