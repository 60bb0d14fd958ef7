# str.encode and round trips with decode.
for s in ["", "ascii", "Ünïcödé", "日本語", "🙂🙃", "mixed é 中 😀", "\x00\x7f", "\u0080\u07ff\u0800\uffff\U00010000"]:
    b = s.encode()
    print(repr(s), b, len(s), len(b), b.decode() == s, s.encode("utf-8") == b)
print([len(chr(c).encode()) for c in [0x41, 0x7F, 0x80, 0x7FF, 0x800, 0xFFFF, 0x10000, 0x10FFFF]])
print("abc".encode("ascii"), "abc".encode(encoding="utf-8"))
data = "héllo wörld".encode()
print(data[:3], data[1], data[1:3].decode(), len(data))
total = 0
for byte in "€".encode():
    total = total * 256 + byte
print(total, hex(total))
