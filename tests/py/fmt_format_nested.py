# Nested replacement fields in format specs.
for width in [4, 8, 12]:
    print("[{:{}}]".format("ab", width), "[{:>{w}}]".format("ab", w=width), "[{:^{w}.{p}f}]".format(3.14159, w=width, p=width // 4))
print("[{0:{fill}{align}{width}}]".format("mid", fill="*", align="^", width=11))
print("[{:{}{}{}}]".format(42, "0", ">", 6))
print("[{:{}.{}}]".format("truncate", 10, 3))
rows = [("alpha", 1.5), ("beta", 22.25), ("gamma", 333.125)]
w = max(len(n) for n, _ in rows)
for name, val in rows:
    print("{:<{w}} | {:>{v}.{p}f}".format(name, val, w=w, v=9, p=2))
for prec in range(5):
    print("{:.{}f}".format(2 / 3, prec), f"{2 / 3:.{prec}f}", f"{10 ** prec:{prec + 6},}")
width = 10
align = "^"
print(f"[{'hi':{align}{width}}]", f"[{3.5:+{width}.2f}]", f"[{255:#{width}x}]")
