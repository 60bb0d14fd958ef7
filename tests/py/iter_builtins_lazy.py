# The lazy iterator built-ins: map, filter, zip (with strict=True),
# enumerate, reversed; their single-use nature, laziness observed through
# side effects, next() with defaults, and iterating dict views.

calls = []


def noisy(x):
    calls.append(x)
    return x * 2


m = map(noisy, [1, 2, 3, 4])
print(type(m).__name__, calls)
print(next(m), calls)
print(list(m), calls)
print(list(m), "(exhausted)")

f = filter(lambda s: s.startswith("a"), ["apple", "banana", "avocado", "cherry"])
print(type(f).__name__, next(f), list(f))
print(list(filter(None, [0, 1, "", "x", [], [0], None, 0.0, 2.5])))

z = zip("abc", range(10), [True, False, None])
print(type(z).__name__, list(z))
print(list(zip()), list(zip("ab")), list(zip(*[(1, "a"), (2, "b"), (3, "c")])))
try:
    list(zip("abc", [1, 2], strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip([1, 2], "abc", strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(zip("ab", "cd", strict=True)))

e = enumerate("xyz", start=10)
print(type(e).__name__, next(e), list(e))
print(list(enumerate([])), dict(enumerate("ab")))

r = reversed([1, 2, 3])
print(type(r).__name__, next(r), list(r))
print(list(reversed(range(0, 10, 3))), list(reversed("abc")), list(reversed((1, 2))))


class Deck:
    def __init__(self, cards):
        self.cards = cards

    def __len__(self):
        return len(self.cards)

    def __getitem__(self, i):
        return self.cards[i]


print(list(reversed(Deck(["A", "K", "Q"]))))


class Backwards:
    def __reversed__(self):
        return iter("reversed!")


print("".join(reversed(Backwards())))

it = iter([1, 2])
print(next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration:
    print("StopIteration without default")

d = {"one": 1, "two": 2, "three": 3}
keys = iter(d)
print(next(keys), list(keys))
print(list(d.values()), list(d.items())[1], list(reversed(d)), list(reversed(d.items())))
vit = iter(d.values())
d_copy = dict(d)
print(next(vit), sum(vit))
try:
    for k in d:
        d["four"] = 4
except RuntimeError as e:
    print("RuntimeError:", e)

# chaining lazy iterators builds a pipeline that runs only when consumed
calls.clear()
pipeline = zip(map(noisy, range(5)), filter(lambda v: v % 2, range(100)))
print("nothing run yet:", calls)
print(list(pipeline), calls)

nums = iter(range(10))
pairs = list(zip(nums, nums))
print("same iterator twice:", pairs)

words = ["ab", "cde", "f"]
lengths = map(len, words)
print(max(lengths), list(lengths), sum(map(len, words)))
print(list(map(pow, [2, 3, 4], [5, 2])), list(map(lambda *a: sum(a), [1, 2], [10, 20], [100, 200])))
