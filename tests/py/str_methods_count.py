# str.count with overlapping patterns and start/end.
s = "banana bandana"
print(s.count("a"), s.count("an"), s.count("ana"), s.count("z"), s.count(""), s.count("a", 5), s.count("a", 2, 8))
print("aaaa".count("aa"), "aaaa".count("a"), "".count(""), "".count("a"), "abc".count("", 1), "abc".count("", 5))
print("中文中文中".count("中"), "😀😀😀".count("😀😀"), "aéaéa".count("é"))
print(s.count("a", -4), s.count("a", -100, 100), s.count("ban", 0, 3), s.count("ban", 0, 2))
text = "the quick brown fox jumps over the lazy dog the end"
print({w: text.count(w) for w in ["the", "o", " ", "fox", "e"]})
print(sum(text.count(v) for v in "aeiou"))
dna = "AGCTTAGCTAGGCTAGCTTAGCAAGCT"
for base in "ACGT":
    print(base, dna.count(base), dna.count(base, 5, 15), dna.count(base * 2))
print(dna.count("AGCT"), dna.count("GCT", 10), dna.count("AG", -10, -2))
poem = "no no no, not now, not ever, no"
for w in ["no", "not", "no,", "now", " ", ",", "never"]:
    print(repr(w), poem.count(w), poem.split().count(w))
print(("a" * 1000).count("a"), ("ab" * 500).count("ba"), ("ab" * 500).count("aba"))
