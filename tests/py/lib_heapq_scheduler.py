# heapq as a priority queue: a task scheduler with (priority, counter,
# task) entries, lazy deletion, k-way merge of sorted logs, nlargest and
# nsmallest with keys, heapreplace/heappushpop, and a running median.
import heapq
from itertools import count


class Scheduler:
    REMOVED = "<removed>"

    def __init__(self):
        self.heap = []
        self.entries = {}
        self.counter = count()

    def add(self, task, priority=0):
        if task in self.entries:
            self.remove(task)
        entry = [priority, next(self.counter), task]
        self.entries[task] = entry
        heapq.heappush(self.heap, entry)

    def remove(self, task):
        entry = self.entries.pop(task)
        entry[-1] = self.REMOVED

    def pop(self):
        while self.heap:
            priority, _, task = heapq.heappop(self.heap)
            if task is not self.REMOVED:
                del self.entries[task]
                return task, priority
        raise KeyError("pop from an empty scheduler")


s = Scheduler()
for task, prio in [("write report", 3), ("fix bug", 1), ("lunch", 2), ("email", 3), ("deploy", 1)]:
    s.add(task, prio)
s.add("email", 0)
s.remove("lunch")
done = []
while True:
    try:
        done.append(s.pop())
    except KeyError as e:
        print("stop:", e)
        break
print("order:", done)

logs = [[(1, "a:boot"), (5, "a:work"), (9, "a:done")], [(2, "b:boot"), (3, "b:work")], [(4, "c:boot"), (10, "c:done")]]
print("merged:", [m for _, m in heapq.merge(*logs)])
print("merge with key, reverse:", list(heapq.merge([9, 5, 1], [8, 2], reverse=True)),
      list(heapq.merge(["bb", "ccc"], ["a", "dddd"], key=len)))

cities = {"Lagos": 15.4, "Cairo": 21.3, "Kinshasa": 17.0, "Luanda": 9.0, "Nairobi": 5.1, "Abidjan": 6.3}
print("largest:", heapq.nlargest(3, cities, key=cities.get))
print("smallest:", heapq.nsmallest(2, cities.items(), key=lambda kv: kv[1]))
print("nlargest ties stable:", heapq.nlargest(3, [("a", 2), ("b", 3), ("c", 2), ("d", 3)], key=lambda t: t[1]))
print("n bigger than data:", heapq.nsmallest(10, [3, 1, 2]), heapq.nlargest(0, [1, 2]), heapq.nlargest(1, []))

h = [5, 7, 9, 1, 3]
heapq.heapify(h)
print("heapified:", h, "| smallest:", h[0])
print("heapreplace returns old min:", heapq.heapreplace(h, 6), h)
print("heappushpop small item returns it:", heapq.heappushpop(h, 0), h)
print("heappushpop big item:", heapq.heappushpop(h, 100), h)
print("sorted by popping:", [heapq.heappop(h) for _ in range(len(h))])
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError:", e)


def running_median(stream):
    low, high = [], []
    for x in stream:
        heapq.heappush(low, -heapq.heappushpop(high, x))
        if len(low) > len(high):
            heapq.heappush(high, -heapq.heappop(low))
        yield high[0] if len(high) > len(low) else (high[0] - low[0]) / 2


print("running median:", list(running_median([5, 15, 1, 3, 8, 7, 9, 10])))


def k_closest(points, k):
    return heapq.nsmallest(k, points, key=lambda p: p[0] ** 2 + p[1] ** 2)


print("closest:", k_closest([(3, 3), (5, -1), (-2, 4), (1, 1), (0, -2)], 3))
maxheap = []
for v in [4, 1, 7, 3]:
    heapq.heappush(maxheap, -v)
print("max-heap via negation:", [-heapq.heappop(maxheap) for _ in range(4)])
