# callable() on builtins, functions, lambdas, non-callables.
def f():
    return 1
vals = [f, lambda: 0, len, print, int, str, list, dict, 0, "f", [f], None, f(), ValueError, abs]
for i, v in enumerate(vals):
    print(i, callable(v))
dispatch = {"double": lambda x: x * 2, "neg": lambda x: -x, "const": 7}
for name, target in dispatch.items():
    print(name, target(5) if callable(target) else target)
def apply_all(items, arg):
    out = []
    for item in items:
        if callable(item):
            out.append(item(arg))
        else:
            out.append(item)
    return out
print(apply_all([len, str.upper, "const", str.title, 42, lambda s: s[::-1], sorted], "hello"))
def make():
    return lambda: "inner"
f2 = make()
print(callable(make), callable(f2), callable(f2()), f2())
builtins = [len, abs, min, max, sum, sorted, reversed, enumerate, zip, map, filter, iter, next, repr, ascii, ord, chr]
print(all(callable(b) for b in builtins), len(builtins))
print(callable([].append), callable("x".upper), callable({}.get), callable(range(3)))
