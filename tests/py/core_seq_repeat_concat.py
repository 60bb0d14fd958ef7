# Sequence repetition (*) and concatenation (+).
print([1, 2] * 3, [1] * 0, [1] * -2, 3 * [0], [] * 100)
print((1,) * 4, () * 5, (1, 2) * 1, 2 * ("a",))
print("ab" * 3, "x" * 0, "x" * -1, 3 * "é", "中" * 2, "" * 10)
print(b"ab" * 3, 2 * b"\x00", b"" * 4)
print([1] + [2, 3], [] + [], (1,) + (2,), "a" + "b" + "c", b"x" + b"y")
print([[0]] * 3, [[1, 2]] + [[3]])
lst = [0] * 5
lst[2] = 9
print(lst)
grid = [[0] * 3] * 2
grid[0][1] = 7
print(grid)
print(True * [1, 2], [1, 2] * False, "ab" * True)
n = 4
print("-" * n + ">" + "=" * (n * 2))
print(len("abc" * 1000), len([None] * 10000), sum([1, 2] * 50))
for bad in [lambda: [1] + (2,), lambda: "a" + 1, lambda: [1] * 1.5, lambda: "a" * "b", lambda: (1,) + [2], lambda: 1 + "a"]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
