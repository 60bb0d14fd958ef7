# del on list elements and slices of all shapes.
for sl in [(None, None, None), (2, 5, None), (-3, None, None), (None, None, 2), (1, None, 3),
           (None, None, -1), (None, None, -2), (8, 2, -2), (5, 2, None), (0, 100, None), (-100, 3, None)]:
    lst = list(range(10))
    del lst[slice(*sl)]
    print(sl, lst)
lst = list("abcdefgh")
while lst:
    del lst[len(lst) // 2]
    print("".join(lst))
lst = [1, 2, 3]
del lst[-1]
del lst[0]
print(lst)
try:
    del lst[5]
except IndexError as e:
    print(type(e).__name__, e)
nested = [[1, 2, 3], [4, 5, 6]]
del nested[0][::2]
del nested[1][1:]
print(nested)
