# Iterating over strings, enumerate, zip, reversed, sorted, set.
s = "héllo 中😀"
for ch in s:
    print(repr(ch), end=" ")
print()
for i, ch in enumerate(s, 1):
    print(i, ch, end="; ")
print()
print(list(s), tuple("ab"), list(reversed(s)), sorted("banana"), sorted(set("banana")))
print([a + b for a, b in zip("abc", "xyz")], list(zip("ab", "123")))
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
vowels = sum(1 for c in "education is important" if c in "aeiou")
print(vowels)
it = iter("xyz")
print(next(it), next(it), next(it), next(it, "done"))
print("".join(c for c in "Hello World" if c.isupper()), [c * 2 for c in "ab"])
print(any(c.isdigit() for c in "abc1"), all(c.isalpha() for c in "abc1"))
print(dict(enumerate("abc")), {c: ord(c) for c in "AZ"})
