# tuple.index and tuple.count.
t = (1, 2, 3, 2, 1, 2, "a", 2.0, True)
print(t.count(2), t.count(1), t.count("a"), t.count(99), t.count(True), t.count(2.0))
print(t.index(2), t.index(2, 2), t.index(2, 4), t.index("a"), t.index(1.0), t.index(True))
print(t.index(2, -4), t.index(1, 1, 5))
for args in [(99,), (3, 4), (1, 1, 4)]:
    try:
        print(t.index(*args))
    except ValueError as e:
        print(type(e).__name__, e)
print(().count(1), (None,).count(None), ((1, 2), (1, 2)).count((1, 2)))
words = tuple("the cat and the hat and the bat".split())
print(words, len(words))
for w in sorted(set(words)):
    print(w, words.count(w), words.index(w))
print(words.index("the", 1), words.index("the", 4), words.index("and", 3, 6))
nums = tuple(range(10)) * 2
print(nums.count(3), nums.index(3), nums.index(3, 4), nums.index(9, -1))
mixed = (1, 1.0, True, "1", (1,), [1])
print(mixed.count(1), mixed.count("1"), mixed.count((1,)), mixed.count([1]), mixed.index([1]), mixed.index(True))
