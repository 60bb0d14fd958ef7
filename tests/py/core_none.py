# None: identity, truthiness, returns, repr.
x = None
print(x, repr(x), str(x), type(x), type(x).__name__)
print(x is None, x is not None, x == None, x != None, not x, bool(x))
def f():
    pass
def g():
    return
def h(a):
    if a:
        return a
print(f(), g(), h(0), h(5))
print(f() is None, [None, None], (None,), {None: None})
print([x for x in [1, None, 2, None] if x is not None])
print(None or "default", None and "never", 0 or None, "" or None or 0)
d = {"a": 1}
print(d.get("b"), d.get("b") is None, d.get("a"))
print(print("side") is None)
lst = [3, 1, 2]
print(lst.sort(), lst, lst.append(4), lst)
try:
    None + 1
except TypeError as e:
    print(type(e).__name__, e)
n = None
try:
    n()
except TypeError as e:
    print(type(e).__name__, e)
try:
    n[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    for i in None:
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    None.foo
except AttributeError as e:
    print(type(e).__name__, e)
a = b = None
print(a is b, id(a) == id(None))
print(str(None) + "!", "%s" % None, f"{None!r}", "{}".format(None))
