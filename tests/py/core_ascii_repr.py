# repr(), ascii() and str() of strings: quoting and escaping.
vals = ["", "abc", "it's", 'say "hi"', "both ' and \"", "tab\there", "nl\n", "cr\r", "\x00\x07\x1b",
        "\\", "é", "中文", "😀", "\u200b", "\x7f", "\x80", "\xa0", "\u2028", "ÿ", "Ā"]
for v in vals:
    print(repr(v), ascii(v), len(repr(v)))
print(ascii([1, "é", ("中",)]), ascii(5), ascii(None), ascii(b"\xff"))
print(repr(["a", 'b"', "c'"]), str(["é"]), str(("x",)))
print(repr("a\\nb"), repr(r"a\nb"), "a\\nb" == r"a\nb")
print(str("plain"), repr(repr("x")), ascii(ascii("é")))
for v in ["plain ascii", "mixé", "new\nline é", "\ttab 中", "quote ' é", 'dq " 😀']:
    r = repr(v)
    a = ascii(v)
    print(r, a, r == a, len(r), len(a))
print(ascii(1.5), ascii(True), ascii({"é": "ü"}), ascii(("😀", b"\x80")))
print(repr(""), repr("'"), repr('"'), repr("'\""), repr("\\'"))
s = "x\x01\x1fy\x7f\x9f\xa1é"
print(repr(s), ascii(s), len(s))
print([repr(chr(c)) for c in (0, 9, 10, 13, 27, 32, 92, 127)])
