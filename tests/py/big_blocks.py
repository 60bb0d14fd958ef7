# Big lists, tuples, strings and bytes (a megabyte and more) come and go
# while others stay alive: the survivors keep their contents, the objects
# they hold stay intact, and blocks that die are not reused while in use.
# Generations grow, as in a sieve run for growing limits, so the collector
# runs between them.


class Node:
    def __init__(self, k):
        self.k = k
        self.name = "n%d" % k


def checksum(xs):
    total = 0
    for i in range(0, len(xs), 997):
        x = xs[i]
        total += x.k if isinstance(x, Node) else x
    return total


kept = []
picked = []
for gen in range(1, 13):
    size = 70000 * gen
    flags = [gen] * size
    nodes = [Node(i) for i in range(0, size, 4)]
    picked.append(nodes[gen * 11])  # outlives its list
    if gen % 3 == 0:
        kept.append((gen, flags, nodes))
    print(gen, len(flags), sum(flags[::1000]), checksum(nodes))

for gen, flags, nodes in kept:
    assert all(f == gen for f in flags[::101]), gen
    print("kept", gen, len(flags), checksum(flags), checksum(nodes), nodes[-1].name)
print("picked", [p.name for p in picked])

# a big list that holds itself, dropped many times over
for r in range(6):
    loop = [None] * (100000 + r)
    loop[0] = loop
    loop[-1] = r
    assert loop[0] is loop
    print("loop", r, len(loop), loop[-1])
    del loop

# growth by append, in-place repeat, comprehension and sort past a megabyte
grown = []
for i in range(150000):
    grown.append(i * 3)
rep = [1, 2, 3]
rep *= 40000
keys = sorted(range(90000), key=lambda v: -v)
squares = [v * v for v in range(120000)]
print("grown", len(grown), grown[-1], checksum(grown))
print("rep", len(rep), sum(rep[::7]))
print("keys", keys[:3], keys[-3:], len(keys))
print("squares", squares[-1], checksum(squares))

# tuples, strings and bytes of the same sizes
tuples = [tuple(range(k, k + 70000)) for k in range(5)]
texts = ["%d-" % k * 400000 for k in range(5)]
blobs = [bytes([k]) * 1500000 for k in range(5)]
for k in range(5):
    print("t", k, tuples[k][0], tuples[k][-1], len(texts[k]), texts[k][-6:], blobs[k][-1], len(blobs[k]))
joined = "".join(texts)
print("joined", len(joined), joined.count("3-"))

# the survivors, once more, after all of that
print("again", [checksum(f) for _, f, _ in kept], [n[-1].k for _, _, n in kept])
print("picked", sum(p.k for p in picked), picked[-1].name)
