# !r !s !a conversions in f-strings and format.
vals = ["text", "it's", 'q"', "é中😀", "\n\t", 42, 1.5, None, [1, "a"], ("é",), {"k": "ü"}, b"by", True]
for v in vals:
    print(f"{v!s} | {v!r} | {v!a} | {v}")
s = "pad"
print(f"[{s!r:>10}] [{s!s:<6}] [{s!a:^9}]")
print("{!r:*^12}".format("x"), "{0!a}".format("ñ"))
print(f"{'x'!r}{'y'!s}")
print(repr(f"{1!r}"), repr(f"{'1'!r}"))
items = {"a": 1.5, "b": "two", "c": [3]}
for k, v in items.items():
    print(f"{k}={v!r:<8}| {k!r}: {v!s:>6}|")
nested = [["x", 'y"'], ("é",)]
print(f"{nested}", f"{nested!r}", f"{nested!a}")
print("{0!s} {0!r} {0!a}".format("ß"), "{!r:^10}|".format(None))
print(f"{chr(9)!r} {chr(10)!r} {chr(0)!a}")
num = 3.0
print(f"{num!r} {num!s} {num!a} {num:.2f} {num!r:>6}")
print(f"{b'bytes'!s} {b'b'!r}", f"{10 ** 20!r}", f"{-0.0!s}")
