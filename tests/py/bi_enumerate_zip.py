# enumerate() and zip() behaviors.
print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate("ab", -5)), list(enumerate([])))
print(list(enumerate(range(3), start=100)), list(enumerate("x", 10 ** 20)))
for i, (a, b) in enumerate(zip("xyz", [1, 2, 3])):
    print(i, a, b)
print(list(zip()), list(zip([1])), list(zip([1, 2], "abc", (True, False, None))))
print(list(zip(range(5), range(3))), list(zip("ab", [])), dict(zip("abc", range(3))))
names = ["ann", "bob", "cy"]
ages = [30, 25, 41]
for n, a in zip(names, ages):
    print(f"{n:>4}: {a}")
pairs = list(zip(names, ages))
unzipped = list(zip(*pairs))
print(pairs, unzipped)
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)), [list(r) for r in zip(*matrix)])
e = enumerate("hi")
print(next(e), next(e), next(e, "end"))
z = zip([1, 2], [3, 4])
print(next(z), list(z), list(z))
print([i * v for i, v in enumerate([10, 20, 30])], sum(i for i, _ in enumerate("abcd")))
