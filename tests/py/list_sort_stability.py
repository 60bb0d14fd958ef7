# Sort stability: equal keys keep original order, also with reverse.
records = [("b", 2), ("a", 1), ("c", 2), ("d", 1), ("e", 3), ("f", 2), ("g", 1)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
by_letter = sorted(records, key=lambda r: r[0], reverse=True)
print(sorted(by_letter, key=lambda r: r[1]))
words = ["bb", "a", "ccc", "dd", "e", "fff", "gg", "h"]
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
data = list(range(20))
print(sorted(data, key=lambda v: v % 4))
print(sorted(data, key=lambda v: v % 4, reverse=True))
vals = [1, 1.0, True, 1, 0, False, 0.0]
print(sorted(vals), sorted(vals, reverse=True))
big = [(i * 7919) % 101 for i in range(200)]
s = sorted(big)
print(s[:20], s[-10:], s == sorted(s), len(s))
pairs = [(v % 10, i) for i, v in enumerate(big)]
ordered = sorted(pairs, key=lambda p: p[0])
print(all(ordered[i][1] < ordered[i + 1][1] for i in range(len(ordered) - 1) if ordered[i][0] == ordered[i + 1][0]))
lst = [("x", 2), ("y", 1), ("z", 2)]
lst.sort(key=lambda r: r[1])
print(lst)
lst.sort(key=lambda r: r[1], reverse=True)
print(lst)
