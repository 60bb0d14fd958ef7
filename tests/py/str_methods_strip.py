# strip/lstrip/rstrip with and without chars.
tests = ["  hi  ", "\t\n hi \r\n", "hi", "", "   ", "xxhixx", "\x0b\x0chi\x1c\x1d", "\u3000全角\u3000", "\xa0nbsp\xa0"]
for t in tests:
    print(repr(t), repr(t.strip()), repr(t.lstrip()), repr(t.rstrip()))
print("xxhixx".strip("x"), "xyhiyx".strip("xy"), "abcHIcba".strip("abc"), "hi".strip(""), "aaa".strip("a"))
print("www.example.com".strip("cmowz."), "www.example.com".lstrip("w."), "www.example.com".rstrip(".moc"))
print("100.000".rstrip("0"), "100.000".rstrip("0").rstrip("."), "0042".lstrip("0"), "0000".lstrip("0"))
print("  x  ".strip(" x"), "  x  ".strip(None), "éaé".strip("é"), "中中文中".strip("中"))
print("#!# title #!#".strip("#! "), "--==--".rstrip("-="), "--==x".lstrip("="))
lines = ["  first  \n", "second\n", "\n", "  third"]
print([ln.strip() for ln in lines], [ln for ln in lines if ln.strip()])
try:
    "x".strip(5)
except TypeError as e:
    print(type(e).__name__)
