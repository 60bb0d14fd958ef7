# Sign options + - space for ints and floats.
for v in [0, 5, -5, 0.0, -0.0, 2.5, -2.5, float("inf"), float("-inf"), float("nan"), 10 ** 20, -(10 ** 20)]:
    print(repr(v), f"[{v:+}] [{v:-}] [{v: }] [{v:+8}] [{v: 8}] [{v:<+8}] [{v:=+8}] [{v:^+9}]")
for v in [3, -3, 0]:
    print(f"[{v:+d}] [{v: d}] [{v:+x}] [{v: o}] [{v:+b}] [{v:+#x}] [{v: #b}] [{v:+e}] [{v: .2f}] [{v:+%}]")
print(format(-0.0, ".1f"), format(-0.001, ".1f"), format(-0.0001, ".2e"))
print(format(1.5, "+.0f"), format(-1.5, "+.0f"), format(0.5, " .0f"), format(-0.5, " .0f"))
print("%+d %+d % d % d %+.1f % .1f" % (3, -3, 3, -3, 2.25, -2.25))
for v in [1234.5678, -1234.5678, 0.0001, -0.0001]:
    print(f"{v:+,.2f}|{v: ,.1f}|{v:+.3e}|{v: g}|{v:+12.4f}|{v:=+12.1f}|{v:+%}")
for v in [255, -255]:
    print(f"{v:+#x}|{v: #o}|{v:+#b}|{v:+#012x}|{v: 08d}|{v:+,}")
print("{:+} {:+} {: } {: }".format(1, -1, 1, -1))
print("{:+d} {:-d} {: d}".format(0, 0, 0))
print("%+.2e % .3g %+g" % (12345.6789, -0.000123, 0.0))
print(format(float("nan"), "+"), format(float("nan"), " "), format(float("inf"), "-"), format(float("-inf"), " "))
for v in [0, -0.0, 0.0]:
    print(repr(v), format(v, "+"), format(v, " "), format(v, "+.2f"), format(v, " 6.1f"))
