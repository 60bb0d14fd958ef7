# Set creation, membership, add/remove/discard, len; repr only for safe cases.
s = set()
print(s, len(s), bool(s), set() == set(), type(s).__name__)
s.add(3)
s.add(1)
s.add(3)
print(sorted(s), len(s), 3 in s, 2 in s)
s.update([5, 6], (7,), "")
print(sorted(s))
s.discard(100)
s.discard(5)
print(sorted(s))
s.remove(6)
print(sorted(s))
try:
    s.remove(42)
except KeyError as e:
    print(type(e).__name__, e)
print({1}, {"only"}, {(1, 2)}, set("aaa"), {None})
letters = set("mississippi")
print(sorted(letters), len(letters))
nums = {n % 5 for n in range(100)}
print(sorted(nums), sum(nums), min(nums), max(nums))
p = s.pop()
print(p in s, len(s))
s.clear()
print(s, len(s))
try:
    set().pop()
except KeyError as e:
    print(type(e).__name__, e)
try:
    {[1]}
except TypeError as e:
    print(type(e).__name__, e)
try:
    set([1, [2]])
except TypeError as e:
    print(type(e).__name__, e)
dedup = []
seen = set()
for x in [3, 1, 3, 2, 1, 5, 2]:
    if x not in seen:
        seen.add(x)
        dedup.append(x)
print(dedup, sorted(seen))
print(len({1, 2, 3, 2, 1}), {1, 2} == {2, 1}, {1} != {1.0}, set([1, 2]) == frozenset([2, 1]))
print(sorted({"b", "c", "a"}), sorted({"é", "e", "z"}), sorted(set("hello world")))
