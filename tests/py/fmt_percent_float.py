# % formatting of floats: rounding, exponents, special values.
vals = [0.5, 1.5, 2.5, 0.125, 0.375, 1.005, 2.675, 1e16, 1e-5, 123456789.0, 0.1, 1 / 3, -1e-10, 9.9999, 99.995]
for v in vals:
    print(repr(v), "%.0f|%.1f|%.2f|%.3f|%e|%.2e|%g|%.3g|%.12g|%s" % (v, v, v, v, v, v, v, v, v, v))
for v in [float("inf"), float("-inf"), float("nan")]:
    print("%f|%e|%g|%5.1f|%-6f|%+f" % (v, v, v, v, v, v))
print("%.20f" % 0.1)
print("%.15e" % (2 / 3))
print("%.30g" % 0.1)
print("%.0e %.0e %.1e" % (5.5, 15000, 9.96))
print("%g %g %g %g %g" % (1e15, 1e16, 123456, 1234567, 0.0001234))
print("%#g %#.3g %#.0e %#.0f" % (1.0, 2.0, 3.0, 4.0))
print("%f" % 10 ** 20, "%.2f" % 2 ** 70, "%d" % 1e20, "%d" % -2.9)
