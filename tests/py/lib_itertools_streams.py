# itertools for data streams: count and cycle for labelling, repeat,
# chain and chain.from_iterable, islice windows, accumulate with func and
# initial, groupby runs, zip_longest, starmap, takewhile/dropwhile, tee,
# pairwise, compress and filterfalse, all lazily consumed.
import operator
from itertools import (accumulate, chain, compress, count, cycle, dropwhile, filterfalse, groupby,
                       islice, pairwise, repeat, starmap, takewhile, tee, zip_longest)

orders = [("mon", 120), ("mon", 80), ("tue", 200), ("wed", 50), ("wed", 75), ("wed", 25), ("fri", 300)]
for day, group in groupby(orders, key=operator.itemgetter(0)):
    amounts = [a for _, a in group]
    print(f"{day}: n={len(amounts)} total={sum(amounts)}")
print("run-length:", [(k, len(list(g))) for k, g in groupby("aaabccddddde")])
print("sorted then grouped:", {k: list(g) for k, g in groupby(sorted("mississippi"))})

amounts = [a for _, a in orders]
print("running total:", list(accumulate(amounts)))
print("running max:", list(accumulate(amounts, max)))
print("with initial:", list(accumulate(amounts, operator.add, initial=1000)))
print("products:", list(accumulate(range(1, 7), operator.mul)), list(accumulate([], initial=5)))

labels = zip(count(1), cycle(["red", "green", "blue"]), "abcdefg")
print("labelled:", list(labels))
print("count with float step:", list(islice(count(0.5, 0.25), 5)), repr(count(10, 2)))
print("repeat:", list(repeat("x", 3)), list(map(pow, range(5), repeat(2))), repr(repeat(7, 2)))

chunks = [[1, 2], [], [3], [4, 5, 6]]
print("chain:", list(chain(*chunks)), list(chain.from_iterable(chunks)), list(chain("ab", range(2))))
data = list(range(20))
print("islice:", list(islice(data, 5)), list(islice(data, 5, 10)), list(islice(data, 0, None, 6)), list(islice(data, 18, 100)))


def batches(iterable, n):
    it = iter(iterable)
    while batch := list(islice(it, n)):
        yield batch


print("batches:", list(batches(range(10), 4)))
print("zip_longest:", list(zip_longest("abc", [1, 2], [True], fillvalue="-")))
print("starmap:", list(starmap(operator.sub, [(10, 1), (5, 7)])), list(starmap("{}-{}".format, zip("ab", "xy"))))
temps = [12, 14, 17, 21, 19, 23, 15, 11]
print("takewhile rising:", list(takewhile(lambda t: t < 20, temps)), "| dropwhile:", list(dropwhile(lambda t: t < 20, temps)))
print("pairwise diffs:", [b - a for a, b in pairwise(temps)], list(pairwise("a")))
print("compress:", list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(compress(range(10), cycle([0, 1]))))
print("filterfalse:", list(filterfalse(lambda x: x % 3, range(15))), list(filterfalse(None, [0, 1, "", "a"])))

a, b = tee(iter([1, 2, 3, 4]))
print("tee:", next(a), next(a), list(b), list(a))
x, y, z = tee("xyz", 3)
print("tee 3:", list(x), list(zip(y, z)))
evens, odds = tee(range(10))
print("split:", list(filter(lambda n: n % 2 == 0, evens)), list(filter(lambda n: n % 2, odds)))

moving = [sum(w) / 3 for w in zip(temps, temps[1:], temps[2:])]
print("moving average:", [round(m, 2) for m in moving])
for name, obj in [("count", count()), ("cycle", cycle("a")), ("islice", islice([], 1)), ("chain", chain()),
                  ("groupby", groupby("")), ("accumulate", accumulate([])), ("pairwise", pairwise([]))]:
    print(name, type(obj).__name__, iter(obj) is obj)
for bad in [lambda: islice("abc", -1), lambda: islice("abc", 1, 2, 0), lambda: cycle(5), lambda: count("a")]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
