# is* predicate methods.
tests = ["", "abc", "ABC", "Abc", "abc123", "123", "12.5", " ", "\t\n", "a b", "Hello World",
         "Hello world", "HELLO WORLD 2", "hello_world", "²", "½", "٣", "é", "中文", "ÉTÉ", "x\x00", "ab\n", "10E5", "-5"]
names = ["isalpha", "isdigit", "isdecimal", "isnumeric", "isalnum", "isspace", "isupper", "islower", "istitle", "isprintable", "isascii"]
print(" " * 16 + " ".join(n[2:6] for n in names))
for t in tests:
    row = [t.isalpha(), t.isdigit(), t.isdecimal(), t.isnumeric(), t.isalnum(), t.isspace(),
           t.isupper(), t.islower(), t.istitle(), t.isprintable(), t.isascii()]
    print(repr(t).ljust(16), " ".join(("T" if r else ".").center(4) for r in row))
print("They're Bill's".istitle(), "Hello 2World".istitle(), "123A".isupper(), "123a".islower(), "123".isupper())
print(all(c.isdigit() for c in "2024"), "".join(c for c in "a1b2c3" if c.isdigit()), sum(c.isupper() for c in "HeLLo"))
