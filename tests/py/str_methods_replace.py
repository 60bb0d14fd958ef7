# str.replace with count, empty patterns, overlaps.
s = "the cat sat on the mat with the hat"
print(s.replace("the", "a"), s.replace("the", "a", 1), s.replace("the", "a", 2), s.replace("the", "a", 0))
print(s.replace("the", "a", -1), s.replace("xyz", "q"), s.replace(" ", ""), s.replace("at", "ATE"))
print("aaaa".replace("aa", "b"), "aaa".replace("aa", "b"), "abab".replace("ab", "ba"))
print("abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"), "".replace("a", "b"))
print("hello".replace("l", ""), "hello".replace("hello", ""), "hello".replace("h", "H").replace("o", "0"))
print("中文中文".replace("中", "zh"), "😀x😀".replace("😀", ":)"), "café".replace("é", "e"))
print("a.b.c".replace(".", "\\."), "tab\there".replace("\t", "    "), "x\ny".replace("\n", "\\n"))
text = "one two three two one"
for n in range(-1, 4):
    print(n, text.replace("one", "1", n), text.replace("two", "2", n))
print("Mississippi".replace("ss", "SS"), "Mississippi".replace("i", "!", 3))
