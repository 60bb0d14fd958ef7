# Dict and string processing: generate text from syllables with a linear
# congruential generator, then split it into words and lines, count words
# with a dict, build bigrams, and do some str method work (case, strip,
# replace, join, formatting).
import sys

SYLLABLES = ["ka", "to", "ri", "ne", "mo", "sa", "lu", "vi", "de", "po",
             "ra", "in", "qu", "el", "zo", "th"]


def generate(n_words, seed):
    state = seed
    words = []
    for i in range(n_words):
        state = (state * 1103515245 + 12345) % 2147483648
        length = 1 + (state >> 16) % 3
        w = ""
        s = state >> 10
        for _ in range(length):
            w += SYLLABLES[s % 16]
            s //= 16
        if state % 11 == 0:
            w = w.capitalize()
        words.append(w)
        if i % 12 == 11:
            words.append(".\n")
    return " ".join(words)


def count_words(text):
    counts = {}
    for line in text.split("\n"):
        line = line.strip().rstrip(".").lower()
        for w in line.split():
            counts[w] = counts.get(w, 0) + 1
    return counts


def bigrams(text):
    pairs = {}
    words = text.replace(".\n", " ").lower().split()
    for i in range(len(words) - 1):
        key = words[i] + "_" + words[i + 1]
        if key in pairs:
            pairs[key] += 1
        else:
            pairs[key] = 1
    return pairs


def main(n):
    text = generate(n, 42)
    counts = count_words(text)
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    print("words %d, distinct %d" % (sum(counts.values()), len(counts)))
    for w, c in top:
        print("  %-8s %d" % (w, c))
    pairs = bigrams(text)
    best = max(pairs.items(), key=lambda kv: (kv[1], kv[0]))
    print("bigrams %d, most common %s x%d" % (len(pairs), best[0], best[1]))
    longest = sorted(counts, key=lambda w: (-len(w), w))[:3]
    print("longest:", ", ".join(longest))
    caps = sum(1 for w in text.split() if w[0].isupper())
    vowels = sum(text.count(v) for v in "aeiou")
    print("capitalized %d, vowels %d, th-words %d" % (caps, vowels, text.count(" th")))
    summary = "|".join("%s=%d" % (w.upper(), c) for w, c in top)
    print(summary.replace("|", " / "))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 300000)
