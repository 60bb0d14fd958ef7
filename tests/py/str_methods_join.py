# str.join with various iterables.
print(",".join(["a", "b", "c"]), "".join(["x", "y"]), "-".join("abc"), " ".join([]))
print(", ".join(("one",)), "|".join(str(i) for i in range(5)), "\n".join(["l1", "l2"]))
print("中".join(["a", "b"]), "😀".join("xyz"), "ab".join(["1", "2", "3"]))
print("+".join(sorted({"b", "a", "c"})), "/".join(map(str, [1, 2, 3])), "".join(reversed("stressed")))
d = {"k1": 1, "k2": 2}
print(",".join(d), ";".join(f"{k}={v}" for k, v in d.items()))
print("".join([c.upper() if i % 2 else c for i, c in enumerate("alternate")]))
words = ["apple", "banana", "cherry"]
print(" and ".join(words), len("".join(words)), ", ".join(w[0] for w in words))
for bad in [[1, 2], ["a", None], ["a", b"b"]]:
    try:
        print(",".join(bad))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    ",".join(5)
except TypeError as e:
    print(type(e).__name__, e)
