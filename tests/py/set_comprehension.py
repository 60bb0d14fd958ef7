# Set comprehensions.
print(sorted({x % 7 for x in range(50)}))
print(sorted({c.lower() for c in "Hello World" if c.isalpha()}))
print(sorted({(x, y) for x in range(3) for y in range(3) if x != y}))
print(sorted({len(w) for w in "a bb ccc dd e".split()}))
print({x for x in []}, len({x for x in "aaaa"}))
squares = {n * n for n in range(-5, 6)}
print(sorted(squares), len(squares))
x = 42
s = {x for x in range(3)}
print(sorted(s), x)
print(sorted({frozenset({i, i + 1}) for i in range(3)}, key=sorted))
text = "the quick brown fox jumps over the lazy dog"
letters = {c for c in text if c != " "}
print(len(letters), sorted(letters) == sorted("abcdefghijklmnopqrstuvwxyz"))
vowels = {c for c in text if c in "aeiou"}
print(sorted(vowels), sorted(letters - vowels)[:5])
pairs = {(a, b) for a in range(4) for b in range(4) if a < b and (a + b) % 2}
print(sorted(pairs))
mods = [{n % m for n in range(20)} for m in range(1, 6)]
print([sorted(s) for s in mods])
print(sorted({w[0] for w in text.split()}), len({len(w) for w in text.split()}))
print(sorted({-x for x in range(5)} | {x * x for x in range(-2, 3)}))
