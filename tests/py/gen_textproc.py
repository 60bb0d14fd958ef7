# Generator-based text processing: reading lines lazily, tokenizing, grouping, windowing.
TEXT = """alpha beta
gamma  delta epsilon

zeta eta theta
iota"""
def lines(text):
    for i, line in enumerate(text.splitlines(), 1):
        yield i, line
def nonblank(it):
    for i, line in it:
        if line.strip(): yield i, line
def words(it):
    for i, line in it:
        for w in line.split(): yield i, w
def window(it, n):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == n:
            yield tuple(buf); buf.pop(0)
ws = list(words(nonblank(lines(TEXT))))
print(ws[:4], len(ws))
print([w for _, w in ws if len(w) > 4], {i: [w for j, w in ws if j == i] for i in {i for i, _ in ws}})
print(list(window((w for _, w in ws), 3))[:3])
def chunks(seq, size):
    for i in range(0, len(seq), size): yield seq[i:i + size]
print(list(chunks("abcdefgh", 3)), [sum(c) for c in chunks(list(range(10)), 4)])
def running_avg():
    total = count = 0; avg = None
    while True:
        x = yield avg
        total += x; count += 1; avg = total / count
ra = running_avg(); next(ra); print([ra.send(x) for x in [10, 20, 30, 40]])
def flatten(x):
    for item in x:
        if isinstance(item, (list, tuple)): yield from flatten(item)
        else: yield item
print(list(flatten([1, [2, [3, (4, 5)], 6], [[[]]], 7])))
