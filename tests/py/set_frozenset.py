# frozenset: hashable, usable as dict key and set member.
f1 = frozenset([1, 2, 3])
f2 = frozenset((3, 2, 1))
print(f1 == f2, hash(f1) == hash(f2), len(f1), 2 in f1, frozenset() == frozenset([]))
print(frozenset(), frozenset([7]), frozenset("aa"), type(f1).__name__)
d = {f1: "set123", frozenset(): "empty"}
print(d[f2], d[frozenset()])
s = {f1, f2, frozenset([1])}
print(len(s))
print(f1 == {1, 2, 3}, {1, 2, 3} == f1, sorted(f1 | {4}), sorted(f1 - {1}))
nested = frozenset([frozenset([1, 2]), frozenset([3])])
print(len(nested), frozenset([1, 2]) in nested, sorted(sorted(x) for x in nested))
print(sorted(frozenset(range(5)) ^ frozenset(range(3, 8))))
groups = {}
for word in ["listen", "silent", "enlist", "google", "gogole", "cat", "act"]:
    key = frozenset(word)
    groups.setdefault(key, []).append(word)
print(sorted(sorted(g) for g in groups.values()))
try:
    f1.remove(1)
except AttributeError as e:
    print(type(e).__name__, e)
