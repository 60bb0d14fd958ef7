# Strings and dicts: split, count with a dict, sort by count.
def run():
    words = ("the quick brown fox jumps over the lazy dog and the cat " * 20000).split()
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return top[:3], len(words)


print(run())
