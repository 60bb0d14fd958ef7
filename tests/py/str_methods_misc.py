# removeprefix/removesuffix, maketrans/translate, format_map, misc methods.
for s in ["prefix_body_suffix", "body", "", "prefix_", "_suffix", "prefixprefix_x"]:
    print(repr(s), repr(s.removeprefix("prefix_")), repr(s.removesuffix("_suffix")), repr(s.removeprefix("")))
print("test_file.py".removesuffix(".py").removeprefix("test_"), "中文字".removeprefix("中"))
table = str.maketrans("abc", "xyz")
print("aabbcc-abc".translate(table))
table2 = str.maketrans({"a": "A", "b": None, "c": "CC"})
print("abcabc".translate(table2))
table3 = str.maketrans("", "", "aeiou")
print("education is important".translate(table3))
table4 = str.maketrans("ab", "cd", "z")
print("abzzba".translate(table4), "é中".translate(str.maketrans("é", "e")))
rot13 = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
                      "NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm")
print("Hello, World!".translate(rot13), "Hello, World!".translate(rot13).translate(rot13))
print("{name} has {n} items".format_map({"name": "cart", "n": 3}))
print("{0}-{x}".format("pos", x="kw"), "{}{}".format("a", "b"))
print("a-b_c d".replace("-", " ").replace("_", " ").split())
print("Hello".ljust(8, "*") + "|", "Hello".rjust(8, "*") + "|", "x".zfill(3))
print("abc".isascii(), "é".isascii(), "".isascii())
print(str.upper("abc"), str.join(",", ["a", "b"]), str.split("a b"))
words = ["alpha", "beta", "gamma"]
print(list(map(str.capitalize, words)), sorted(words, key=len, reverse=True))
