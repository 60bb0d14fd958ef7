# isidentifier for valid and invalid names.
tests = ["x", "_", "__init__", "var1", "1var", "my-var", "my var", "", "éclair", "中文", "a😀",
         "None", "class", "True", "_1", "x\ty", "Ünïcode", "$x", "x$", "αβγ", "A" * 50]
for t in tests:
    print(repr(t), t.isidentifier())
print([w for w in "for in if x1 2x _a a-b".split() if w.isidentifier()])
def to_identifier(s):
    out = []
    for i, ch in enumerate(s):
        if ch.isalnum() or ch == "_":
            out.append(ch)
        else:
            out.append("_")
    r = "".join(out)
    if not r or r[0].isdigit():
        r = "_" + r
    return r
for raw in ["my-var", "2fast", "hello world", "", "ok_name", "a.b.c", "über cool", "x+y=z"]:
    ident = to_identifier(raw)
    print(repr(raw), "->", repr(ident), ident.isidentifier())
keywords = "False None True and as assert break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield".split()
print(len(keywords), all(k.isidentifier() for k in keywords))
print(sorted(k for k in keywords if k[0].isupper()))
print([w + "_" for w in keywords if len(w) <= 2])
