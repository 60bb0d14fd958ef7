# list methods: append extend insert pop remove index count sort reverse copy clear.
lst = []
lst.append(1)
lst.append([2])
lst.extend([3, 4])
lst.extend("ab")
lst.extend(range(2))
lst.extend((9,))
print(lst)
lst.insert(0, "first")
lst.insert(100, "end")
lst.insert(-1, "before-end")
lst.insert(-100, "very-first")
print(lst)
print(lst.pop(), lst.pop(0), lst.pop(-2), lst.pop(2))
print(lst)
lst.remove("a")
print(lst)
try:
    lst.remove("zzz")
except ValueError as e:
    print(type(e).__name__, e)
nums = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
print(nums.count(5), nums.count(1), nums.count(7), nums.index(5), nums.index(5, 5), nums.index(5, 9, 11))
try:
    nums.index(7)
except ValueError as e:
    print(type(e).__name__, e)
try:
    nums.index(9, 0, 5)
except ValueError as e:
    print(type(e).__name__, e)
n2 = nums.copy()
n2.sort()
print(nums, n2)
n2.sort(reverse=True)
print(n2)
n2.reverse()
print(n2)
words = ["banana", "Apple", "cherry", "date", "Elder"]
words.sort()
print(words)
words.sort(key=str.lower)
print(words)
words.sort(key=len, reverse=True)
print(words)
c = words.copy()
c.clear()
print(c, words)
print([].copy(), [1].pop(), [1, 2].index(2))
x = [1, 2, 3]
print(x.append(4), x.extend([]), x.insert(0, 0), x.sort(), x.reverse(), x.clear(), x)
try:
    [].pop(0)
except IndexError as e:
    print(type(e).__name__, e)
try:
    [1, 2].pop(5)
except IndexError as e:
    print(type(e).__name__, e)
try:
    [1, "a"].sort()
except TypeError as e:
    print(type(e).__name__)
lst = [1, 2, 3]
lst.extend(lst)
print(lst)
