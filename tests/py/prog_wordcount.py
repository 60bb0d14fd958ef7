# Word frequency count on an embedded text.
text = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair, we had everything
before us, we had nothing before us, we were all going direct to Heaven, we
were all going direct the other way."""
words = []
for raw in text.split():
    w = raw.strip(".,;:!?\"'").lower()
    if w:
        words.append(w)
print("total words:", len(words))
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print("distinct words:", len(freq))
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
for word, n in top[:12]:
    print(f"{word:<12}{n:>4} {'#' * n}")
by_len = {}
for w in freq:
    by_len.setdefault(len(w), []).append(w)
for length in sorted(by_len):
    print(length, sorted(by_len[length]))
print("longest:", max(freq, key=lambda w: (len(w), w)))
letters = {}
for ch in text.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
print("".join(sorted(letters, key=lambda c: (-letters[c], c)))[:10])
lines = text.splitlines()
for i, line in enumerate(lines, 1):
    print(i, len(line), len(line.split()), line.count(","))
once = sorted(w for w, n in freq.items() if n == 1)
print(len(once), once[:8])
