# Named set methods accepting arbitrary iterables.
a = {1, 2, 3, 4}
print(sorted(a.union([5], (6,), range(7, 9))), sorted(a.intersection([2, 3, 9], {3, 2})))
print(sorted(a.difference([1], "x")), sorted(a.symmetric_difference([4, 5])))
print(a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint("abc"), a.issubset([1, 2]))
b = a.copy()
b.add(10)
print(sorted(a), sorted(b), b is a)
b.intersection_update([1, 2, 10, 11])
print(sorted(b))
b.difference_update({1})
print(sorted(b))
b.symmetric_difference_update([2, 3])
print(sorted(b))
b.update("xy", [7])
print(sorted(b, key=str))
print(sorted(a.union()), sorted(a.intersection()), sorted(set().union([1], [2])))
f = frozenset("abc")
print(sorted(f.union("cd")), sorted(f.intersection("bcx")), f.issubset("abcd"), sorted(f.copy()))
try:
    f.add("d")
except AttributeError as e:
    print(type(e).__name__, e)
