# Lexicographic comparison of lists, tuples, strings, bytes.
pairs = [([1, 2, 3], [1, 2, 4]), ([1, 2], [1, 2, 0]), ([], [0]), ([2], [1, 9, 9]),
         ([1, [2, 3]], [1, [2, 4]]), ([1.5], [1]), ([0], [False]), ([], [])]
for a, b in pairs:
    print(a, b, a < b, a <= b, a == b, a != b, a > b, a >= b)
tp = [((1, 2), (1, 3)), ((), ()), ((1,), ()), (("a", 1), ("a", 0)), ((1, 2, 3), (1, 2))]
for a, b in tp:
    print(a, b, a < b, a == b, a > b)
sp = [("abc", "abd"), ("ab", "abc"), ("", "a"), ("B", "a"), ("Z", "a"), ("10", "9"),
      ("é", "z"), ("apple", "Apple"), ("中", "文"), ("aa", "a"), ("😀", "a")]
for a, b in sp:
    print(repr(a), repr(b), a < b, a == b, a > b, max(a, b), min(a, b))
print(b"abc" < b"abd", b"" < b"\x00", b"\xff" > b"\x7f", b"ab" == b"ab")
print(sorted(["banana", "Apple", "cherry", "apple", "Banana", "10", "9", ""]))
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")]))
print(sorted([[3], [1, 2], [1], [], [1, 1, 1]]))
print([1, 2] == (1, 2), [1, 2] != (1, 2), "1" == 1, b"a" == "a")
print(max([(1, "x"), (1, "y"), (0, "z")]), min("hello"), max("hello"))
for a, b in [([1], (1,)), ([1], "a"), ((1,), 1), ([1, "a"], [1, 2])]:
    try:
        print(a < b)
    except TypeError as e:
        print(type(e).__name__, e)
nan = float("nan")
print([nan] == [nan], [1, nan] < [2, nan], (nan, 1) < (nan, 2))
