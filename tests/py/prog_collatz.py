# Collatz sequences: lengths, peaks, memoized longest chain.
def collatz(n):
    seq = [n]
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        seq.append(n)
    return seq
print(collatz(6), collatz(1), collatz(7))
print(len(collatz(27)), max(collatz(27)))
lengths = {1: 1}
def chain_len(n):
    path = []
    while n not in lengths:
        path.append(n)
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    base = lengths[n]
    for i, v in enumerate(reversed(path), 1):
        lengths[v] = base + i
    return lengths[path[0]] if path else base
best = max(range(1, 30000), key=chain_len)
print("longest under 30000:", best, chain_len(best))
print([chain_len(i) for i in range(1, 21)])
big = 2 ** 100 + 1
seq = collatz(big)
print(len(seq), max(seq) == max(seq[:50]), seq[-5:])
records = []
peak = 0
for n in range(1, 2000):
    m = max(collatz(n))
    if m > peak:
        peak = m
        records.append((n, m))
print(records)
