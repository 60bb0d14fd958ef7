# Error messages for common list misuse.
lst = [1, 2, 3]
tests = [
    lambda: lst[3],
    lambda: lst[-4],
    lambda: lst.pop(10),
    lambda: lst.index(42),
    lambda: lst.remove(42),
    lambda: lst + 1,
    lambda: lst * "a",
    lambda: lst["0"],
    lambda: lst[1.5],
    lambda: [].pop(),
    lambda: lst < 5,
    lambda: max([]),
    lambda: min([]),
]
for t in tests:
    try:
        print(t())
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    lst[5] = 0
except IndexError as e:
    print(type(e).__name__, e)
try:
    hash(lst)
except TypeError as e:
    print(type(e).__name__, e)
try:
    {lst: 1}
except TypeError as e:
    print(type(e).__name__, e)
print(lst)
