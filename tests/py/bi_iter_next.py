# iter() and next() with defaults and exhaustion.
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "default"), next(it, None))
print(next(it, 0), next(iter([]), "empty"))
s = iter("ab")
print(next(s), list(s), next(s, "done"))
d = iter({"x": 1, "y": 2})
print(next(d), next(d))
r = iter(range(3))
print(list(r), list(r))
t = iter((9,))
print(next(t), next(t, -1))
lst = [1, 2, 3, 4, 5, 6]
it = iter(lst)
pairs = list(zip(it, it))
print(pairs)
it2 = iter(lst)
for x in it2:
    if x == 2:
        break
print(list(it2))
it3 = iter(lst)
print(it3 is iter(it3))
def take(n, iterable):
    it = iter(iterable)
    out = []
    for _ in range(n):
        v = next(it, None)
        if v is None:
            break
        out.append(v)
    return out
print(take(3, "abcdef"), take(10, [1, 2]), take(0, [1]))
try:
    iter(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    next([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
