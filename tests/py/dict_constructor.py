# dict() from kwargs, pairs, mappings, zip; and equality.
print(dict(a=1, b=2))
print(dict([("x", 1), ("y", 2)]), dict((("k", "v"),)), dict([["l", "m"]]), dict(["ab", "cd"]))
print(dict({"a": 1}, b=2), dict({"a": 1}, a=5), dict([("a", 1)], a=2))
print(dict(zip(["one", "two"], [1, 2])), dict(zip("abc", range(3))))
print(dict(), dict([]), dict({}), dict(enumerate("xy")))
src = {"p": [1]}
cp = dict(src)
cp["p"].append(2)
cp["q"] = 0
print(src, cp)
print(dict(a=1) == {"a": 1}, dict(a=1) != {"a": 1.0}, {"a": 1} == {"a": True})
for bad in [[1, 2], [("a",)], [("a", 1, 2)], 5]:
    try:
        print(dict(bad))
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
