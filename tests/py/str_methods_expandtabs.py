# expandtabs with various tab sizes.
tests = ["a\tb\tc", "\tx", "ab\tcd\tef", "abcdefgh\tx", "no tabs", "", "a\nb\tc", "12345\t6\r7\t8", "\t\t"]
for t in tests:
    print(repr(t), repr(t.expandtabs()), repr(t.expandtabs(4)), repr(t.expandtabs(1)), repr(t.expandtabs(0)), repr(t.expandtabs(3)))
print("name\tage\tcity".expandtabs(10) + "|")
print("bob\t25\tparis".expandtabs(10) + "|")
print("中\tx".expandtabs(4), len("中\tx".expandtabs(4)), "a\tb".expandtabs(-1))
rows = [("id", "name", "score"), ("1", "alice", "93.5"), ("22", "bob", "7"), ("333", "christopher", "100")]
for r in rows:
    print("\t".join(r).expandtabs(8) + "|")
for r in rows:
    print("\t".join(r).expandtabs(12) + "|")
for size in range(1, 9):
    print(size, repr("a\tbb\tccc\t|".expandtabs(size)))
print(repr("\t".expandtabs(8)), len("\t\t\t".expandtabs(4)), repr("x\ty\n\tz".expandtabs(2)))
print("中文\t|".expandtabs(4), "😀\t|".expandtabs(4), "é\t|".expandtabs(4))
