# range objects: iteration, len, indexing, slicing, repr.
print(list(range(5)), list(range(2, 8)), list(range(0, 20, 5)), list(range(10, 0, -3)))
print(list(range(0)), list(range(5, 5)), list(range(5, 0)), list(range(0, 5, -1)))
print(range(5), range(1, 10, 2), repr(range(0, -5, -1)), str(range(3)))
r = range(3, 30, 4)
print(len(r), r[0], r[-1], r[2], r.index(11), r.count(11), r.count(12), r.start, r.stop, r.step)
print(r[1:4], r[::-1], list(r[::-1]), r[::2], list(r[10:]), len(r[10:]))
print(range(10 ** 20)[-1], range(10 ** 20)[10 ** 19], 10 ** 19 in range(10 ** 20), range(10 ** 20)[::10 ** 19])
print(len(range(0, 10, 3)), len(range(0, -10, -3)), len(range(-5, 5)), len(range(5, -5)))
print(range(0, 10, 2) == range(0, 9, 2), range(0) == range(5, 5), range(1) == range(1, 2))
print(sum(range(101)), sum(range(1, 1000, 2)), max(range(7)), min(range(3, 9)))
print(list(reversed(range(1, 6))), sorted(range(5), reverse=True))
print([i * i for i in range(-3, 4)])
for i in range(3, -3, -2):
    print(i, end=" ")
print()
for bad in [lambda: range(10)[10], lambda: range(0)[0], lambda: range(1, 2, 0), lambda: range(1.5), lambda: range(5).index(7)]:
    try:
        print(bad())
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(tuple(range(-2, 3)), set(range(3)) == {0, 1, 2}, list(range(True, 3)))
