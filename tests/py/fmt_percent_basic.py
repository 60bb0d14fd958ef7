# printf-style % formatting: conversions.
print("%s %s %s" % ("a", 1, [1, 2]))
print("%r %r %r" % ("a", 1, "it's"))
print("%d %i %d %d" % (42, -7, 3.99, True))
print("%x %X %o %x" % (255, 255, 8, -255))
print("%e %E" % (12345.678, 0.000123))
print("%f %F %f" % (3.14159, 2.5, -0.0))
print("%g %g %g %g %g %G" % (100000, 1000000, 0.0001, 0.00001, 123.456, 1e-10))
print("%c%c%c" % (72, "i", 0x4e2d))
print("100%% sure, %d%%" % 50)
print("%s" % "single", "%s" % (("tuple",),), "%s" % [1, 2])
print("%s and %s" % ("x", None), "%r" % (None,), "%s" % 1.5, "%s" % 1e16)
print("%d items" % 10 ** 20, "%x" % 2 ** 64, "%o" % -(2 ** 40))
print("%a" % "é", "%s" % "é", "%r" % "é")
print("no args" % (), "%s%s" % ("", ""))
for bad in [("%d", "x"), ("%s %s", ("a",)), ("%s", ("a", "b"))]:
    try:
        print(bad[0] % bad[1])
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for bad in [("%z", 1), ("%c", 1.5), ("%c", "ab"), ("%(a)s", 5)]:
    try:
        print(bad[0] % bad[1])
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
