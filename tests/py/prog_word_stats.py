# Word statistics with Counter, defaultdict and sorting, as a user writes them.
from collections import Counter, defaultdict
TEXT = """The quick brown fox jumps over the lazy dog. The dog barks; the fox runs!
A quick brown dog? No -- a quick red fox. Foxes and dogs, dogs and foxes."""
words = [w.strip(".,;!?-").lower() for w in TEXT.split()]
words = [w for w in words if w]
c = Counter(words)
print(c.most_common(5), len(c), c["fox"], c["cat"])
by_len = defaultdict(list)
for w in sorted(set(words)): by_len[len(w)].append(w)
print(dict(sorted(by_len.items())))
first = defaultdict(int)
for w in words: first[w[0]] += 1
print(sorted(first.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
lines = TEXT.splitlines()
print([len(l.split()) for l in lines], max(words, key=len), sum(map(len, words)) / len(words))
print(f"{'word':<8}|{'n':>3}")
for w, n in c.most_common(3): print(f"{w:<8}|{n:>3}")
