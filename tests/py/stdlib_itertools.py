# itertools (lib/itertools.py).
from itertools import *
import itertools
print(list(islice(count(5, 2), 4)), repr(count(3)), list(islice(cycle("ab"), 5)), list(repeat(1, 3)), repr(repeat("x", 2)))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], lambda a, b: a * b, initial=10)))
print(list(chain("ab", [1, 2])), list(chain.from_iterable(["xy", "z"])), list(compress("abcd", [1, 0, 1, 1])))
print(list(dropwhile(lambda x: x < 3, [1, 2, 3, 1])), list(takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(filterfalse(None, [0, 1, 2, 0])))
print([(k, list(g)) for k, g in groupby("aaabbcaa")], [(k, len(list(g))) for k, g in groupby([1, 1, 2, 3, 3], key=lambda x: x % 2)])
print(list(islice("abcdefg", 2)), list(islice("abcdefg", 2, 6, 2)), list(islice("abc", None)), list(pairwise([1, 2, 3, 4])))
print(list(product("ab", range(2))), len(list(product(range(3), repeat=3))), list(permutations("abc", 2)), list(combinations(range(4), 3)))
print(list(combinations_with_replacement("ab", 2)), list(starmap(pow, [(2, 3), (3, 2)])), [list(t) for t in tee([1, 2, 3])])
print(list(zip_longest("ab", [1, 2, 3], fillvalue="-")), list(permutations(range(3))))
g = groupby([1, 1, 2])
k1, g1 = next(g); k2, g2 = next(g); print(k1, list(g1), k2, list(g2))
