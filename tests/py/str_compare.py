# String comparisons, sorting, equality with non-strings.
pairs = [("a", "b"), ("a", "a"), ("a", "A"), ("abc", "ab"), ("", ""), (" ", ""), ("Z", "a"),
         ("é", "e"), ("中", "a"), ("😀", "中"), ("a\x00", "a"), ("10", "2"), ("abc", "abd")]
for a, b in pairs:
    print(repr(a), repr(b), a == b, a != b, a < b, a <= b, a > b, a >= b)
print("abc" == "abc", len("abc") == 3, "a" * 3 == "aaa", "ab" + "c" == "abc")
print("1" == 1, "1" != 1, "" == [], "a" in ["a"], "True" == str(True))
words = ["pear", "Apple", "apple", "banana", "Banana", "cherry", "éclair", "zebra", "中文", ""]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w)))
print(min(words), max(words), min(words, key=len), max(words, key=len))
try:
    print("a" < 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("a" >= None)
except TypeError as e:
    print(type(e).__name__, e)
