# itertools combinatorics on small puzzles: product with repeat for
# truth tables and PINs, permutations for a cryptarithm, combinations for
# subset sums and handshakes, combinations_with_replacement for coin
# change, and the edge cases (r = 0, r > n, empty pools, bad r).
from itertools import product, permutations, combinations, combinations_with_replacement
from math import comb, perm, factorial

print("truth table of (a and b) or not c:")
for a, b, c in product([False, True], repeat=3):
    print(f"  {a:d} {b:d} {c:d} -> {(a and b) or not c:d}")
pins = ["".join(p) for p in product("0123", repeat=3) if len(set(p)) == 3 and p[0] != "0"]
print("3-digit pins with distinct digits from 0-3, no leading 0:", len(pins), pins[:6])
grid = list(product(range(2), "xy", [None]))
print("mixed product:", grid)
print("product of nothing:", list(product()), "| with an empty pool:", list(product("ab", [])))

# SEND + MORE = MONEY style, smaller: TO + GO = OUT
letters = "TOGU"
for digits in permutations(range(10), len(letters)):
    t, o, g, u = digits
    if t == 0 or g == 0 or o == 0:
        continue
    if (10 * t + o) + (10 * g + o) == 100 * o + 10 * u + t:
        print("TO + GO = OUT:", dict(zip(letters, digits)))
print("permutations counts:", [len(list(permutations(range(5), r))) for r in range(7)], [perm(5, r) for r in range(7)])
print("ordered pairs:", ["".join(p) for p in permutations("abc", 2)])
print("all of 'abc':", [''.join(p) for p in permutations("abc")])
print("repeated elements are positional:", list(permutations("aab", 2)))

coins = [1, 5, 10, 25, 50]
target = 40
ways = [c for r in range(1, len(coins) + 1) for c in combinations(coins, r) if sum(c) == target]
print("distinct coins summing to 40:", ways)
print("handshakes among 6 people:", len(list(combinations(range(6), 2))), comb(6, 2))
print("poker hands from 8 cards choose 5:", sum(1 for _ in combinations(range(8), 5)), comb(8, 5))
print("lexicographic order:", list(combinations("wxyz", 3)))

change = [c for c in combinations_with_replacement([25, 10, 5], 4) if sum(c) == 55]
print("4 coins making 55 cents:", change)
print("multisets of size 2 from 'ab':", list(combinations_with_replacement("ab", 2)))
print("cwr count:", sum(1 for _ in combinations_with_replacement(range(5), 3)), comb(5 + 3 - 1, 3))

print("edge r=0:", list(combinations("abc", 0)), list(permutations("abc", 0)), list(combinations_with_replacement("ab", 0)))
print("edge r>n:", list(combinations("ab", 3)), list(permutations("ab", 3)), list(combinations_with_replacement("", 2)))
for bad in [lambda: combinations("abc", -1), lambda: permutations("abc", -2), lambda: product("ab", repeat=-1),
            lambda: combinations("abc"), lambda: combinations("abc", 1.5), lambda: combinations(5, 2)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)

it = permutations([3, 1, 2])
print(type(it).__name__, next(it), next(it), "| rest:", list(it))
seating = min(permutations(["ann", "bob", "cy", "dee"]), key=lambda s: sum(abs(len(a) - len(b)) for a, b in zip(s, s[1:])))
print("smoothest seating:", seating)
print("derangements of 4:", sum(1 for p in permutations(range(4)) if all(p[i] != i for i in range(4))), "of", factorial(4))
