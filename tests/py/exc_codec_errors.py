# Unicode and input errors: UnicodeDecodeError/UnicodeEncodeError with
# their encoding/object/start/end/reason attributes, error handlers as the
# recovery path, and EOFError from input() when stdin is exhausted.

samples = [b"plain ascii", b"caf\xc3\xa9", b"bad \xff byte", b"cut \xe2\x82", b"\x80\x81 start"]


def decode_report(data, encoding="utf-8"):
    try:
        return "ok: " + data.decode(encoding)
    except UnicodeDecodeError as e:
        bad = e.object[e.start:e.end]
        return f"{type(e).__name__}: {e} [bad={bad!r} reason={e.reason!r} codec={e.encoding}]"


for data in samples:
    print(decode_report(data))
print(decode_report(b"caf\xc3\xa9", "ascii"))
print(decode_report(b"caf\xe9", "latin-1"))

# recovery with error handlers once strict decoding fails
for data in samples[2:]:
    try:
        text = data.decode()
    except UnicodeDecodeError:
        text = data.decode(errors="replace")
    print(repr(text), repr(data.decode("utf-8", "ignore")), repr(data.decode("utf-8", "backslashreplace")))

words = ["naïve", "plain", "€uro", "emoji 😀", "ascii only"]
for w in words:
    try:
        print(w.encode("ascii"))
    except UnicodeEncodeError as e:
        print(f"{e} | object={e.object!r} span={e.start}-{e.end} -> {w.encode('ascii', 'replace')!r} "
              f"{w.encode('ascii', 'xmlcharrefreplace')!r}")

# the hierarchy: both are ValueErrors
try:
    "ß".encode("ascii")
except ValueError as e:
    print(isinstance(e, UnicodeError), isinstance(e, UnicodeEncodeError), type(e).__mro__[1:3])

# constructing them by hand gives the same messages
print(UnicodeDecodeError("utf-8", b"\xffabc", 0, 1, "invalid start byte"))
print(UnicodeDecodeError("utf-8", b"ab\xff\xfe", 2, 4, "custom reason"))
print(UnicodeEncodeError("latin-1", "a\u20acb", 1, 2, "ordinal not in range(256)"))
print(UnicodeEncodeError("ascii", "xyz", 0, 3, "all bad"), UnicodeError("plain message"))
e = UnicodeDecodeError("utf-8", b"\xc0", 0, 1, "invalid start byte")
print(e.args, e.start, e.end, repr(e.reason))

# unknown codecs and error handlers
for action in (lambda: b"x".decode("no-such-codec"), lambda: "x".encode("klingon"),
               lambda: b"\xff".decode("utf-8", "no-such-handler")):
    try:
        action()
    except LookupError as err:
        print(type(err).__name__ + ":", err)

# input() at end of input raises EOFError
lines = []
while True:
    try:
        lines.append(input())
    except EOFError as err:
        print("EOFError after", len(lines), "lines:", repr(err), err.args)
        break
