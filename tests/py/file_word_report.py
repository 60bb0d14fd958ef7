# A small text-processing job: write a corpus of documents to a
# temporary directory, scan them for word statistics, write a report
# file with aligned columns, and read the report back; everything is
# cleaned up at the end.
import os
import string
import tempfile
from collections import Counter

DOCS = {
    "alpha.txt": "The quick brown fox jumps over the lazy dog.\nThe dog sleeps; the fox runs!\n",
    "beta.txt": "A fox, a dog, and a cat walk into a bar.\nThe bartender says: what is this, a joke?\n",
    "gamma.txt": "Lazy afternoons are for dogs and cats.\n\nFoxes prefer the night.\n",
    "notes.md": "# not a text document\n",
}

strip = str.maketrans("", "", string.punctuation)


def words_of(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            for w in line.translate(strip).lower().split():
                yield w


with tempfile.TemporaryDirectory(prefix="corpus_") as root:
    for name, text in DOCS.items():
        with open(os.path.join(root, name), "w", encoding="utf-8") as f:
            f.write(text)
    docs = sorted(n for n in os.listdir(root) if n.endswith(".txt"))
    print("documents:", docs)

    per_doc = {}
    total = Counter()
    for name in docs:
        counts = Counter(words_of(os.path.join(root, name)))
        per_doc[name] = counts
        total.update(counts)
    print("vocabulary size:", len(total), "| total words:", total.total())
    print("top words:", total.most_common(5))
    in_all = sorted(set.intersection(*(set(c) for c in per_doc.values())))
    print("in every document:", in_all)
    unique = {name: sorted(w for w in c if all(w not in per_doc[o] for o in docs if o != name)) for name, c in per_doc.items()}
    for name in docs:
        print(f"  only in {name}: {unique[name][:6]}")

    report = os.path.join(root, "report.txt")
    with open(report, "w") as out:
        out.write(f"{'word':<12}{'total':>6}" + "".join(f"{d[:5]:>7}" for d in docs) + "\n")
        out.write("-" * (18 + 7 * len(docs)) + "\n")
        for word, n in sorted(total.items(), key=lambda kv: (-kv[1], kv[0]))[:8]:
            out.write(f"{word:<12}{n:>6}" + "".join(f"{per_doc[d][word]:>7}" for d in docs) + "\n")
    with open(report) as f:
        lines = f.read().splitlines()
    print(f"report has {len(lines)} lines, {os.path.getsize(report)} bytes:")
    for line in lines:
        print("  |" + line)

    longest = max(total, key=lambda w: (len(w), w))
    line_counts = {}
    for name in docs:
        with open(os.path.join(root, name)) as f:
            line_counts[name] = sum(1 for line in f if line.strip())
    print("longest word:", longest, "| non-blank lines:", line_counts)
print("corpus removed:", not os.path.exists(root))
