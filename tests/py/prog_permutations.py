# Permutations and combinations by recursion.
def permutations(items):
    if len(items) <= 1:
        return [items[:]]
    result = []
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            result.append([items[i]] + p)
    return result
perms = permutations([1, 2, 3])
print(len(perms), perms)
p4 = permutations(list("abcd"))
print(len(p4), ["".join(p) for p in p4[:8]], "".join(p4[-1]))
def combinations(items, k):
    if k == 0:
        return [[]]
    if len(items) < k:
        return []
    first, rest = items[0], items[1:]
    return [[first] + c for c in combinations(rest, k - 1)] + combinations(rest, k)
print(combinations([1, 2, 3, 4], 2))
print([len(combinations(list(range(6)), k)) for k in range(7)])
def unique_perms(s):
    if len(s) <= 1:
        return {s}
    out = set()
    for i, ch in enumerate(s):
        for p in unique_perms(s[:i] + s[i + 1:]):
            out.add(ch + p)
    return out
print(sorted(unique_perms("aab")), len(unique_perms("aabb")), len(unique_perms("abcde")))
def next_perm(seq):
    a = list(seq)
    i = len(a) - 2
    while i >= 0 and a[i] >= a[i + 1]:
        i -= 1
    if i < 0:
        return None
    j = len(a) - 1
    while a[j] <= a[i]:
        j -= 1
    a[i], a[j] = a[j], a[i]
    a[i + 1:] = reversed(a[i + 1:])
    return a
cur = [1, 2, 3]
order = []
while cur:
    order.append("".join(map(str, cur)))
    cur = next_perm(cur)
print(order)
