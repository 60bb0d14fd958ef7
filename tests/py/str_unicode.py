# Non-ASCII strings: length, methods, comparisons, iteration.
words = ["café", "naïve", "中文字符", "emoji 😀🎉", "Straße", "ΑΒΓ αβγ", "Привет", "Ελληνικά"]
for w in words:
    print(w, len(w), w.upper(), w.lower(), w[::-1], w.find("a"), w.isalpha(), w.encode()[:4])
print("é" == "\u00e9", "\u00e9" == "e\u0301", len("e\u0301"), "中" < "文")
print("café".title(), "ß".upper(), "ÀÉÎ".lower(), "éCOLE".capitalize(), "ß".upper(), len("ß".upper()))
print("Straße".casefold(), "STRASSE".casefold() == "Straße".casefold(), "Σ".lower())
print("😀".join(["a", "b"]), "a😀b😀c".split("😀"), "x中y".replace("中", "--"))
print("中文中文".count("中"), "中文中文".find("文", 2), "中文中文".rfind("中"), "中文".index("文"))
print(" 中 ".strip(), "中".center(5, "*"), "中".ljust(3, "文"), "😀".rjust(4, "."))
print([c for c in "ñ😀x"], list(reversed("ab中")), sorted("cäb"))
print("é".isalpha(), "中".isalpha(), "😀".isalpha(), "٣".isdigit(), "²".isdigit(), "²".isdecimal(), "½".isnumeric())
print("ÉCOLE".isupper(), "école".islower(), "Ω".isupper(), "中".isupper(), "中".islower())
s = "hé中😀"
print(s.encode(), len(s.encode()), s.encode().decode() == s)
for i, ch in enumerate(s):
    print(i, ch, ord(ch), ch.encode())
print(f"{s:>8}|{s:*^9}|{s:<6}|")
print("%5s|%-6s|" % ("中", "é"))
print(max("aé中"), min("aé中"), "abc" < "abé" < "ab中")
