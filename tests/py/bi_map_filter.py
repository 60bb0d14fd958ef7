# map() and filter() with one or more iterables.
print(list(map(str, range(4))), list(map(int, ["1", "-2", " 3 "])), list(map(len, ["", "a", "abc"])))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6])), list(map(pow, [2, 3, 4], [1, 2])))
print(list(map(str.upper, "abc")), list(map(abs, [-1, 2, -3])), list(map(float, "123")))
print(list(filter(None, [0, 1, "", "a", None, [], [0], False, True])))
print(list(filter(lambda x: x % 3 == 0, range(20))), list(filter(str.isdigit, "a1b22c333")))
print(list(filter(lambda s: len(s) > 2, ["a", "abc", "de", "fghi"])), list(filter(None, [])))
m = map(lambda x: x * 10, [1, 2, 3])
print(next(m), list(m), list(m))
f = filter(lambda c: c in "aeiou", "education")
print("".join(f))
print(sum(map(int, "12345")), max(map(len, ["aa", "b", "cccc"])), sorted(map(lambda s: s[::-1], ["ab", "cd"])))
words = ["Apple", "banana", "Cherry", "date"]
print(list(map(lambda w: (w.lower(), len(w)), filter(lambda w: w[0].isupper(), words))))
try:
    list(map(int, ["1", "x"]))
except ValueError as e:
    print(type(e).__name__, e)
