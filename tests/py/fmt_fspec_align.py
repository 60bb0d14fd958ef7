# Format spec fill and alignment: < > ^ = with various fills.
vals = ["x", "abc", "", "中文", 42, -42, 3.5, -0.25, True, None]
for v in vals:
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        print(f"[{v:<8}] [{v:>8}] [{v:^8}] [{v:=8}] [{v:*<8}] [{v:#>8}] [{v:.^9}] [{v:0=8}] [{v:_=+8}]")
    else:
        print(f"[{v!s:<8}] [{v!s:>8}] [{v!s:^8}] [{v!s:*<8}] [{v!s:#>8}] [{v!s:.^9}] [{v!s:^1}]")
print(format("ab", "^5"), "|", format("ab", "^6"), "|", format("abc", "^6"), "|", format("a", "-^4"))
print(format(7, "x^7"), format(-7, "x=7"), format(7, "<<5"), format(7, ">>5"), format(7, "^^5"), format(7, "==5"))
print(format("s", "😀^5"), format(1, "中>4"), format("é", "é<3"))
print("[{:>3}]".format("toolong"), "[{:<0}]".format("x"), "[{:10}]".format("left"), "[{:10}]".format(12))
for width in range(1, 8):
    print(f"|{'mid':^{width}}|{12:^{width}}|{-1.5:^{width}}|")
try:
    print(format("abc", "=5"))
except ValueError as e:
    print(type(e).__name__, e)
