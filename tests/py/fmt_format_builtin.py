# format() builtin on many value types.
print(format(123), format(1.5), format("s"), format(None), format([1, 2]), format(True), format((1,)))
print(format(123, ""), format(1.25, ""), format("txt", ""), format(-0.0, ""))
print(format(255, "x"), format(255, "#o"), format(3.14159, ".3f"), format(0.75, ".0%"), format(1e6, ".2e"))
print(format("text", ">8"), format("text", "<8") + "|", format("text", "^8"), format("text", ".2"))
print(format(True, ""), format(True, "d"), format(False, "5"), format(True, ">5"), format(str(True), "^7"))
print(format(12, "5d"), format(-12, "<5"), format(12, "^5"), format(12.0, "5"), format(12.5, "^9.3f"))
print(format(10 ** 25, ","), format(-(10 ** 25), "e"), format(2 ** 100, "x"))
print(format(0.1 + 0.2, ".17g"), format(0.1 + 0.2, ".16g"), format(0.1 + 0.2, ".15f"))
try:
    format([1], "5")
except TypeError as e:
    print(type(e).__name__, e)
try:
    format(None, "d")
except TypeError as e:
    print(type(e).__name__, e)
try:
    format("x", "d")
except ValueError as e:
    print(type(e).__name__, e)
