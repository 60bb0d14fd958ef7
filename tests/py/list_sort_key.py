# sorted()/list.sort with key functions and reverse.
people = [("alice", 30, 55.5), ("bob", 25, 70.0), ("carol", 35, 62.25), ("dave", 25, 80.0), ("eve", 30, 49.0)]
print(sorted(people))
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (p[1], -p[2])))
print(sorted(people, key=lambda p: p[2], reverse=True))
print(sorted(people, key=lambda p: p[0][-1]))
print([p[0] for p in sorted(people, key=lambda p: len(p[0]))])
words = "The quick brown Fox jumps over the lazy Dog".split()
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: (-len(w), w.lower())))
print(sorted(words, key=lambda w: w[::-1]))
nums = [-5, 3, -2, 8, 0, -9, 4]
print(sorted(nums, key=abs), sorted(nums, key=abs, reverse=True), sorted(nums, key=lambda n: n % 3))
print(sorted(nums, key=lambda n: (n < 0, abs(n))))
d = {"x": 3, "y": 1, "z": 2}
print(sorted(d), sorted(d, key=d.get), sorted(d.items(), key=lambda kv: kv[1], reverse=True))
print(sorted("hello"), sorted("hello", reverse=True), sorted((3, 1, 2)), sorted({5, 1, 3}))
print(sorted([]), sorted([1]), sorted([[2, 1], [1, 2], [1]]))
print(sorted([3.5, 1, True, -2.5, 0]), sorted(["10", "9", "100"], key=int))
lst = [5, 2, 9]
lst.sort(key=lambda v: -v)
print(lst)
try:
    sorted([1, "x", 2])
except TypeError as e:
    print(type(e).__name__)
try:
    print(sorted([1, 2], key=lambda v: [0, "a"] if v == 1 else [0, 0]))
except TypeError as e:
    print(type(e).__name__)
print(sorted([1, 2], key=lambda v: [v, "a"] if v == 1 else [v, 0]))
