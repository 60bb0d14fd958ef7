# Set algebra with operators and comparisons.
a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
c = {1, 2}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(sorted(a | b | c), sorted(a & b & c), sorted((a - c) & b))
print(c <= a, c < a, a <= a, a < a, a >= c, a > c, b >= c, a == a | c)
print(set() <= a, set() < set(), a.isdisjoint(b), c.isdisjoint(b), set().isdisjoint(set()))
print(sorted(a | set()), sorted(a & set()), sorted(set() - a), sorted(a ^ a))
fa = frozenset(a)
print(sorted(fa | b), type(fa | b).__name__, type(b | fa).__name__, type(fa & c).__name__)
print(fa == a, fa <= a, c < fa)
x = {1, 2, 3}
x |= {4}
x &= {2, 3, 4, 5}
x -= {3}
x ^= {2, 9}
print(sorted(x))
words1 = set("the quick brown fox".split())
words2 = set("the lazy brown dog".split())
print(sorted(words1 & words2), sorted(words1 - words2), sorted(words1 ^ words2))
try:
    print(a | [1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(a + b)
except TypeError as e:
    print(type(e).__name__, e)
print({1, 2} < {1, 2, 3} < {1, 2, 3, 4}, {1, 2} < {3, 4}, {1, 2} > {3}, not ({1} < {1}))
