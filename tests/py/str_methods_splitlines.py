# splitlines with and without keepends.
tests = ["one\ntwo\nthree", "one\ntwo\n", "\n", "", "no newline", "a\r\nb\rc\nd", "x\n\ny",
         "a\x0bb\x0cc\x1cd\x1de\x1ef\x85g\u2028h\u2029i", "trailing\r\n", "\r\n\r\n"]
for t in tests:
    print(repr(t), t.splitlines(), t.splitlines(True), t.splitlines(keepends=False))
print("one\ntwo\n".split("\n"), "one\ntwo\n".splitlines())
text = """first line
  second line

fourth line"""
for i, line in enumerate(text.splitlines(), 1):
    print(i, repr(line), len(line))
print(len(text.splitlines()), max(text.splitlines(), key=len))
