# Group words into anagram classes and find palindromes.
words = """listen silent enlist inlets google banana tinsel stone tones notes onset
seton elbow below state taste evil vile live veil level racecar rotor kayak
apple papel angel glean angle night thing""".split()
groups = {}
for w in words:
    key = "".join(sorted(w))
    groups.setdefault(key, []).append(w)
multi = {k: v for k, v in groups.items() if len(v) > 1}
for key in sorted(multi, key=lambda k: (-len(multi[k]), k)):
    print(key, sorted(multi[key]))
print("singletons:", sorted(v[0] for v in groups.values() if len(v) == 1))
print("palindromes:", [w for w in words if w == w[::-1]])
def letter_counts(w):
    c = {}
    for ch in w:
        c[ch] = c.get(ch, 0) + 1
    return c
print(letter_counts("banana") == letter_counts("nabana"), letter_counts("level"))
def is_anagram(a, b):
    a = a.replace(" ", "").lower()
    b = b.replace(" ", "").lower()
    return sorted(a) == sorted(b)
print(is_anagram("Dormitory", "Dirty room"), is_anagram("The eyes", "They see"), is_anagram("abc", "abd"))
sig_sizes = sorted(len(v) for v in groups.values())
print(sig_sizes, len(groups), len(words))
