# repr of bytes: quote choice and escapes.
vals = [b"", b"abc", b"'", b'"', b"'\"", b"\x00\x01\x1f", b"\x7f\x80\xff", b"\t\n\r",
        b"\\", b"a b", bytes(range(0, 256, 17)), b"it's", b'say "hi"']
for v in vals:
    print(repr(v), len(v), str(v) == repr(v))
print([b"x", b"y"], (b"z",), {b"k": b"v"})
print(repr(bytes([7, 8, 11, 12, 127])))
for i in range(0, 256, 15):
    b = bytes([i])
    print(i, repr(b), len(repr(b)))
data = b"line1\nline2\r\n\ttabbed\x00end"
print(data, len(data), data[5], data[5:7], data[-3:])
parts = [b"a", b"", b"\xff" * 3, b"'\"'"]
for p in parts:
    print(repr(p), p == p[:], p + p)
print(repr(b"\x00" * 4), b"ab"[0], b"ab"[1:], b"ab"[::-1])
print(b"\r\n" == b"\x0d\x0a", b"\t" == b"\x09", b"A" == b"\x41", b"\\x41", len(b"\\x41"))
