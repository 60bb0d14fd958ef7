# find/rfind/index/rindex with start and end.
s = "hello world, hello python"
print(s.find("hello"), s.find("hello", 1), s.find("hello", 1, 10), s.find("xyz"), s.find(""), s.find("", 5), s.find("", 100))
print(s.rfind("hello"), s.rfind("hello", 0, 15), s.rfind("o"), s.rfind("o", 0, 5), s.rfind(""), s.rfind("z"))
print(s.index("world"), s.rindex("l"), s.index("o", 5), s.rindex("o", 0, 20))
print(s.find("o", -5), s.find("o", -50), s.rfind("l", -10, -2), s.find("hello", -12))
print(s.find("h", 100), s.find("h", 5, 2), s.find("hello python"), s.find("python", 0, 24), s.find("python", 0, 25))
u = "añ中😀ñ中"
print(u.find("中"), u.rfind("中"), u.find("😀"), u.index("ñ", 2), u.rfind("ñ", 0, 3), u.find("中", 3))
print("".find(""), "".find("a"), "abc".find("abcd"), "aaa".find("aa"), "aaa".rfind("aa"))
for sub in ["zzz", "hello", "o"]:
    try:
        print(sub, s.index(sub, 20))
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        print(sub, s.rindex(sub, 0, 3))
    except ValueError as e:
        print(type(e).__name__, e)
def find_all(text, pat):
    out = []
    i = text.find(pat)
    while i != -1:
        out.append(i)
        i = text.find(pat, i + 1)
    return out
print(find_all("abracadabra", "a"), find_all("abracadabra", "abra"), find_all("aaaa", "aa"))
