# Dict comprehensions with conditions and nesting.
print({x: x ** 2 for x in range(6)})
print({x: x ** 2 for x in range(10) if x % 3 == 0})
words = ["apple", "banana", "cherry", "avocado", "blueberry"]
print({w: len(w) for w in words})
print({w[0]: w for w in words})
print({k: v for k, v in zip("abc", [1, 2, 3])})
orig = {"a": 1, "b": 2, "c": 3}
print({v: k for k, v in orig.items()})
print({k: v * 10 for k, v in orig.items() if v != 2})
print({(i, j): i * j for i in range(3) for j in range(3) if i <= j})
print({i: {j: i + j for j in range(2)} for i in range(3)})
print({c: "".join(sorted(w for w in words if w[0] == c)) for c in "ab"})
print({n: ("even" if n % 2 == 0 else "odd") for n in range(5)})
print({}, {k: 1 for k in []}, {x: x for x in "aaa"})
x = "outer"
d = {x: x for x in range(2)}
print(d, x)
print(dict((k, len(k)) for k in ["ab", "cde"]))
