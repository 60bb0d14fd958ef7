# TypeError messages from operators and builtins.
five = 5
tests = [
    lambda: 1 + "a",
    lambda: "a" + 1,
    lambda: [1] + "a",
    lambda: 1 - "a",
    lambda: "a" * 1.5,
    lambda: None + None,
    lambda: 1 < "a",
    lambda: [] > 1,
    lambda: five[0],
    lambda: len(5),
    lambda: iter(5),
    lambda: five(),
    lambda: {}[[]],
    lambda: "%d" % "s",
    lambda: -"x",
    lambda: sum("ab"),
    lambda: 2 ** "x",
    lambda: 1 & 1.5,
    lambda: "x" - "y",
    lambda: {1} + {2},
    lambda: (1, 2) + [3],
]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print(type(e).__name__, e)
for v in [1, None, 2.5, True]:
    try:
        for x in v:
            pass
    except TypeError as e:
        print(e)
    try:
        v[0]
    except TypeError as e:
        print(e)
