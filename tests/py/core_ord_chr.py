# ord() and chr() across ASCII and non-ASCII code points.
for ch in ["a", "A", "0", " ", "\n", "\t", "~", "\x00", "é", "ß", "中", "文", "😀", "€", "\u2603", "\U0001F600"]:
    print(repr(ch), ord(ch), hex(ord(ch)), chr(ord(ch)) == ch)
print([chr(c) for c in range(65, 91)])
print("".join(chr(c) for c in range(ord("a"), ord("z") + 1)))
print(chr(233), chr(20013), chr(128512), chr(0x10FFFF) == "\U0010ffff", len(chr(128512)))
print(ord("Z") - ord("A"), chr(ord("a") + 25), chr(48 + 7))
print(sum(ord(c) for c in "hello"), [ord(c) for c in "héllo"])
for bad in [-1, 0x110000]:
    try:
        chr(bad)
    except ValueError as e:
        print(type(e).__name__, e)
for bad in ["", "ab"]:
    try:
        ord(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    chr("a")
except TypeError as e:
    print(type(e).__name__)
