# bytes literals, indexing, slicing, len, iteration, comparison.
b = b"Hello, World"
print(b, len(b), b[0], b[-1], b[7:], b[::-1], b[::2], b[100:], b[-3:-1])
print(type(b[0]).__name__, type(b[0:1]).__name__, b[0:1])
print(list(b"abc"), [x for x in b"\x00\x7f\x80\xff"], sum(b"\x01\x02\x03"))
print(b"" == b"", len(b""), b"a" < b"b", b"abc" + b"def", b"ab" * 3)
print(b"\x41\x42\x43", b"\t\n\r", b"'", b'"', b"\\", b"\xe9", rb"\n", len(rb"\n"))
print(b"x" in b"xyz", 120 in b"xyz", b"xz" in b"xyz", b"" in b"abc")
print(b"abc" != b"abd", b"abc" <= b"abc", b"b" > b"abc", max(b"zebra"), min(b"zebra"))
for i, byte in enumerate(b"hi!"):
    print(i, byte, chr(byte))
try:
    b[100]
except IndexError as e:
    print(type(e).__name__, e)
try:
    b[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    b"a" + "b"
except TypeError as e:
    print(type(e).__name__)
print(b"abc" == "abc", b"abc"[1:2] == b"b", b"abc"[5:] == b"")
