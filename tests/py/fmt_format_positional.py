# str.format with positional, numbered and named fields.
print("{} {} {}".format(1, "two", 3.0))
print("{0} {1} {0} {2}".format("a", "b", "c"))
print("{2}{1}{0}".format("x", "y", "z"))
print("{name} is {age}".format(name="Bob", age=7))
print("{0} {name} {1}".format(1, 2, name="n"))
print("{} {}".format([1, 2], (3,)), "{}".format({"k": "v"}), "{}".format(None))
print("{{literal}} {} {{}}".format("x"), "{{{}}}".format(5))
print("{!r} {!s} {!a}".format("é", "é", "é"))
print("{0!r:>10} {1!s:<5}|".format("ab", 12))
print("{:d} {:x} {:o} {:b} {:e} {:f} {:g} {:%}".format(255, 255, 255, 5, 1234.5, 1.5, 0.00001, 0.25))
d = {"a": 1}
print("{} {}".format(*[1, 2]), "{a}".format(**d), "{x}-{y}".format(**{"x": 3, "y": 4}))
print("".format(), "no fields".format(1, 2), "{}".format(""))
for bad in ["{} {}", "{0} {}", "{x}", "{", "}", "{0:d}", "{:s}"]:
    try:
        if bad == "{0:d}":
            print(bad.format("s"))
        else:
            print(bad.format(1))
    except (IndexError, KeyError, ValueError) as e:
        print(type(e).__name__)
try:
    "{:d}".format("s")
except ValueError as e:
    print(e)
try:
    "{x}".format(y=1)
except KeyError as e:
    print(type(e).__name__, e)
