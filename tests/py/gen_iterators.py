# User iterators, iter(callable, sentinel), iterator exhaustion, for-else, zip/enumerate of iterators.
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0: raise StopIteration
        self.n -= 1
        return self.n + 1
c = Countdown(3); print(list(c), list(c))
class Range2:
    def __init__(self, n): self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 2
r = Range2(7); print(list(r), list(r), 4 in r, sum(r))
data = iter([3, 1, 4, 1, 5, 9, 2, 6])
print(list(iter(lambda: next(data), 5)), list(data))
lines = ["a", "b", "", "c"]; it = iter(lines)
print(list(iter(it.__next__, "")))
for x in Countdown(3):
    if x == 5: break
else:
    print("for-else: no break")
it2 = iter([1, 2, 3]); print(list(zip(it2, it2)), list(enumerate(Countdown(2), start=1)))
print(next(iter([]), "empty"), list(map(lambda a, b: a + b, Countdown(3), [10, 20, 30])))
class BadIter:
    def __iter__(self): return 5
try: iter(BadIter())
except TypeError as e: print(e)
try: next([1])
except TypeError as e: print(e)
print(list(reversed(range(3))), list(reversed([1, 2])), list(reversed("ab")), list(reversed((1, 2))))
