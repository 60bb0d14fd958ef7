# String presentation type s and precision truncation.
for s in ["", "a", "hello", "héllo", "中文字符串", "😀😀😀"]:
    print(f"[{s:s}] [{s:.3}] [{s:.3s}] [{s:>7.2}] [{s:<7.4}] [{s:^7.1}] [{s:*^8.5}] [{s:.0}]")
print("{:.3}".format("abcdef"), "{0:.{1}}".format("abcdef", 2), "%.3s" % "abcdef", "%-6.2s|" % "abc")
print(f"{'x' * 20:.5}", len(f"{'abc':100}"), f"{'abc':1}")
try:
    print(f"{'abc':+}")
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(f"{'abc':d}")
except ValueError as e:
    print(type(e).__name__, e)
