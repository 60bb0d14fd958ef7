# partition/rpartition.
for s in ["key=value", "key=value=more", "novalue", "=start", "end=", "", "a==b"]:
    print(repr(s), s.partition("="), s.rpartition("="))
print("a::b::c".partition("::"), "a::b::c".rpartition("::"), "abc".partition("abc"), "abc".rpartition("c"))
print("中=文".partition("="), "x😀y😀z".rpartition("😀"))
url = "https://example.com/path/to/page?x=1"
scheme, _, rest = url.partition("://")
host, _, path = rest.partition("/")
path, _, query = path.partition("?")
print(scheme, host, path, query)
base, dot, ext = "archive.tar.gz".rpartition(".")
print(base, dot, ext)
try:
    "abc".partition("")
except ValueError as e:
    print(type(e).__name__, e)
