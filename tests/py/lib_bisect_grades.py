# bisect for lookups in sorted data: grade boundaries, insertion keeping a
# list sorted, counting values in ranges, key= (3.10+) on records, lo/hi
# bounds, and a sorted-collection class.
import bisect
from bisect import bisect_left, bisect_right, insort, insort_left


def grade(score, breakpoints=(60, 70, 80, 90), grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]


print([grade(s) for s in [33, 59, 60, 69, 70, 85, 90, 100]])

scores = []
for s in [72, 45, 88, 91, 60, 72, 99, 13]:
    insort(scores, s)
print("kept sorted:", scores)
print("left/right of 72:", bisect_left(scores, 72), bisect_right(scores, 72))


def count_between(sorted_list, lo, hi):
    return bisect_right(sorted_list, hi) - bisect_left(sorted_list, lo)


print("scores in [60, 90]:", count_between(scores, 60, 90), "| in [100, 200]:", count_between(scores, 100, 200))
print("index or -1:", [(lambda i: i if i < len(scores) and scores[i] == v else -1)(bisect_left(scores, v)) for v in [13, 50, 99]])

people = sorted([("ann", 31), ("bob", 25), ("cy", 40), ("dee", 25)], key=lambda p: p[1])
ages = [p[1] for p in people]
print("people by age:", people)
print("first aged >= 30:", people[bisect_left(people, 30, key=lambda p: p[1])])
insort(people, ("eve", 33), key=lambda p: p[1])
insort_left(people, ("fay", 25), key=lambda p: p[1])
print("after insort with key:", people)
print("bounded search:", bisect_left([1, 2, 3, 4, 5, 6], 4, 0, 2), bisect_right([1, 2, 3, 4, 5, 6], 4, lo=4))
try:
    bisect_left([1, 2], 1, lo=-1)
except ValueError as e:
    print("ValueError:", e)


class SortedList:
    def __init__(self, items=()):
        self._items = sorted(items)

    def add(self, x):
        insort(self._items, x)

    def __contains__(self, x):
        i = bisect_left(self._items, x)
        return i < len(self._items) and self._items[i] == x

    def range(self, lo, hi):
        return self._items[bisect_left(self._items, lo):bisect_right(self._items, hi)]

    def rank(self, x):
        return bisect_left(self._items, x)

    def __repr__(self):
        return f"SortedList({self._items})"


sl = SortedList([50, 10, 40])
for v in [30, 20, 60, 30]:
    sl.add(v)
print(sl, 30 in sl, 35 in sl, sl.range(15, 45), sl.rank(45))
timeline = [(1.0, "start"), (2.5, "load"), (4.0, "run"), (7.5, "stop")]
times = [t for t, _ in timeline]
for t in [0.5, 2.5, 5.0, 9.0]:
    i = bisect_right(times, t) - 1
    print(f"at {t}: {timeline[i][1] if i >= 0 else 'not started'}")
print("strings:", bisect_left(["apple", "banana", "cherry"], "blueberry"), bisect_right("aabbcc", "b"))
