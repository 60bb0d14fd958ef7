# str.encode / bytes.decode round trips with UTF-8 and ASCII.
words = ["hello", "café", "naïve", "中文", "😀", "", "a\u00e9b", "Ωmega"]
for w in words:
    e = w.encode()
    print(repr(w), len(w), e, len(e), e.decode() == w, e.decode("utf-8"))
print("abc".encode("ascii"), "abc".encode("utf-8"), "é".encode("utf-8"))
print(b"caf\xc3\xa9".decode(), b"\xe4\xb8\xad".decode("utf-8"), b"abc".decode("ascii"))
print(list("é".encode()), list("€".encode()), list("😀".encode()))
print("x".encode() + "é".encode(), ("é" * 3).encode().decode()[1:])
print(len(str(b"abc")), "héllo".encode()[1:3].decode(), "héllo".encode()[1], "中".encode()[0])
print(str(b"abc"), repr(b"a'b"), str(b"\n"))
