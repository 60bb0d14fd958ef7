# heapq, bisect, string, copy.
import heapq, bisect, string, copy
h = []
for v in [5, 1, 8, 3, 2, 9]: heapq.heappush(h, v)
print(h, [heapq.heappop(h) for _ in range(3)], h)
l = [9, 4, 7, 1, 0, 3]; heapq.heapify(l); print(l, heapq.heapreplace(l, 5), heapq.heappushpop(l, -1), l)
print(heapq.nlargest(3, [1, 8, 2, 9, 4]), heapq.nsmallest(2, ["bb", "a", "ccc"], key=len), list(heapq.merge([1, 4, 7], [2, 5], [3, 6, 9])))
a = [1, 2, 4, 4, 7]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 0), bisect.bisect_left(a, 5, key=None))
bisect.insort(a, 5); bisect.insort_left(a, 4); print(a, bisect.bisect_left([("a", 1), ("b", 3)], 2, key=lambda t: t[1]))
print(string.ascii_letters, string.digits, string.punctuation, string.capwords("hello big   world"), repr(string.whitespace))
class Pt:
    def __init__(self, xs): self.xs = xs
p = Pt([1, [2, 3]]); s = copy.copy(p); dpc = copy.deepcopy(p)
p.xs[1].append(4); print(s.xs, dpc.xs, s is p, s.xs is p.xs)
nested = {"a": [1, {"b": (2, [3])}]}; dc = copy.deepcopy(nested); nested["a"][1]["b"][1].append(9); print(nested, dc)
lst = [1]; lst.append(lst); c = copy.deepcopy(lst); print(c[1] is c, c is not lst)
print(copy.copy([1, 2]), copy.copy({"k": 1}), copy.copy((1, 2)), copy.deepcopy(3.5))
