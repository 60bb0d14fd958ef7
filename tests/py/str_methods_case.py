# upper/lower/title/capitalize/swapcase/casefold.
tests = ["hello world", "HELLO WORLD", "hElLo WoRlD", "", "123 abc", "they're bill's friends",
         "o'neil mc-donald", "a1b2c3", "ÉCOLE élève", "straße", "  spaces  here ", "x", "ABC def GHI",
         "hello\tworld\nnew", "__init__", "2nd place"]
for t in tests:
    print(repr(t))
    print("  ", repr(t.upper()), repr(t.lower()), repr(t.title()))
    print("  ", repr(t.capitalize()), repr(t.swapcase()), repr(t.casefold()))
print("ABC".lower().upper(), "mIxEd".swapcase().swapcase(), "hello".capitalize().capitalize())
print("ß".casefold(), "ß".lower(), "ΑΒΓ".lower(), "αβγ".upper(), "Привет".swapcase())
print([w.capitalize() for w in "the quick brown fox".split()])
print(" ".join(w[0].upper() + w[1:] for w in "make title case".split()))
