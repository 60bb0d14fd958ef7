# str/repr of nested containers.
data = [1, "two", 3.0, [4, [5, ("six", None)]], {"seven": 7, 8: [True, False]}, (), (9,), {}, set(), frozenset()]
print(data)
print(repr(data) == str(data), len(str(data)))
print(str(data[3]), repr(data[4]))
print({"a": {"b": {"c": [1, 2, {"d": ()}]}}})
print(((1, 2), [3, (4,)], {"k": (5, 6)}))
print([[], [[]], [[], []]], ((),), ((), ()))
print({1: "a", "1": 1, 1.5: None, None: 0, (1, 2): [3]})
print([0.1, 1e16, -0.0, float("inf"), float("nan"), 10 ** 20])
print(["it's", 'q"', "\n", "é"], ("\t",))
print([b"x", range(3), slice(1, 2)])
print({"set": {5}, "fs": frozenset({6}), "empty": [set(), frozenset(), {}]})
lst = [1, 2]
lst.append(lst)
print(lst)
d = {"self": None}
d["self"] = d
print(d)
print(str([1, [2, [3, [4, [5]]]]]))
print(f"{data[3]!r} {data[4]}")
print("%s | %r" % ([1, "a"], ("b",)))
print(str({}), str([]), str(()), repr(set()), str(frozenset()), repr({1}), str(frozenset({2})))
