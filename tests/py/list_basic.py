# List creation, indexing, len, membership, iteration.
empty = []
print(empty, len(empty), bool(empty), list(), list(()), list("abc"), list(range(3)))
lst = [3, "two", 1.0, None, [5, 6], (7,)]
print(lst, len(lst), lst[0], lst[-1], lst[4][1], lst[-2][-1])
lst[1] = 2
lst[-1] = "last"
print(lst)
print(lst.index(None), "last" in lst, 99 not in lst)
for i, item in enumerate(lst):
    print(i, repr(item))
nums = [5, 3, 8, 1, 9, 2]
print(min(nums), max(nums), sum(nums), sorted(nums), nums)
print(nums + [0], nums * 2, [nums] * 2)
print(nums[1:4], nums[::-1], nums[-2:], nums[:-2], nums[::2])
a = [1, 2, 3]
b = a
b.append(4)
print(a, a is b, a == [1, 2, 3, 4])
c = list(a)
c.append(5)
print(a, c)
for bad in [6, -7, 100]:
    try:
        print(nums[bad])
    except IndexError as e:
        print(type(e).__name__, e)
try:
    nums[10] = 1
except IndexError as e:
    print(type(e).__name__, e)
try:
    nums["a"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    [].pop()
except IndexError as e:
    print(type(e).__name__, e)
print([[]] == [[]], [] == [], [1, 2] != [2, 1], [0] * 0 == [])
