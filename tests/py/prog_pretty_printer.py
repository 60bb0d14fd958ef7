# A recursive pretty printer for nested data (JSON-like output).
def dump(obj, indent=0, step=2):
    pad = " " * indent
    inner = " " * (indent + step)
    if isinstance(obj, dict):
        if not obj:
            return "{}"
        parts = []
        for k, v in obj.items():
            parts.append(inner + dump_scalar(str(k)) + ": " + dump(v, indent + step, step))
        return "{\n" + ",\n".join(parts) + "\n" + pad + "}"
    if isinstance(obj, (list, tuple)):
        if not obj:
            return "[]"
        if all(not isinstance(x, (dict, list, tuple)) for x in obj) and len(obj) <= 5:
            return "[" + ", ".join(dump_scalar(x) for x in obj) + "]"
        return "[\n" + ",\n".join(inner + dump(x, indent + step, step) for x in obj) + "\n" + pad + "]"
    return dump_scalar(obj)
def dump_scalar(v):
    if v is None:
        return "null"
    if v is True:
        return "true"
    if v is False:
        return "false"
    if isinstance(v, (int, float)):
        return repr(v)
    s = str(v)
    out = ['"']
    for ch in s:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 32:
            out.append("\\u%04x" % ord(ch))
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)
doc = {
    "name": "Tauraro",
    "version": (0, 1, 2),
    "stable": False,
    "maintainers": [{"name": "Ada", "email": None}, {"name": "Grace \"Amazing\"", "roles": ["lead", "reviewer"]}],
    "stats": {"stars": 1234, "ratio": 0.75, "big": 2 ** 70, "nested": {"deep": {"deeper": []}}},
    "notes": "line1\nline2\ttabbed\x01",
    "unicode": "café 中文 😀",
    "empty": {},
    "matrix": [[1, 2], [3, 4]],
}
print(dump(doc))
print(dump([]), dump({}), dump([1, "a", None, True, 2.5]), dump("plain"), dump(-0.0))
print(dump(list(range(7))))
def count_nodes(obj):
    if isinstance(obj, dict):
        return 1 + sum(count_nodes(v) for v in obj.values())
    if isinstance(obj, (list, tuple)):
        return 1 + sum(count_nodes(v) for v in obj)
    return 1
print(count_nodes(doc), len(dump(doc)), dump(doc).count("\n"))
