# center/ljust/rjust/zfill.
for s in ["", "a", "ab", "abc", "hello", "中文", "toolongtext"]:
    print("[" + s.center(7) + "]", "[" + s.center(8, "*") + "]", "[" + s.ljust(6, ".") + "]", "[" + s.rjust(6, "-") + "]")
print("x".center(4), "|", "x".center(5), "|", "xx".center(5), "|", "xx".center(4, "="), "|", "abc".center(6, "_"))
print("abc".center(2), "abc".ljust(-1), "abc".rjust(0), "abc".center(3))
for v in ["42", "-42", "+42", "", "abc", "-", "3.14", "-0.5", "0", "+", "1234567"]:
    print(repr(v), v.zfill(5), v.zfill(1), v.zfill(8))
print(str(7).zfill(3), str(-7).zfill(3), "%03d" % 7, f"{-7:03d}")
rows = [("apple", 3, 1.5), ("banana", 12, 0.25), ("kiwi", 100, 10.0)]
for name, qty, price in rows:
    print(name.ljust(10) + str(qty).rjust(5) + str(price).rjust(8))
try:
    "x".center(5, "ab")
except TypeError as e:
    print(type(e).__name__, e)
try:
    "x".ljust(5, "")
except TypeError as e:
    print(type(e).__name__, e)
