# KeyError and IndexError, LookupError as common base.
d = {"a": 1}
l = [1, 2, 3]
t = (1,)
s = "ab"
tests = [lambda: d["b"], lambda: d[0], lambda: d[(1, "x")], lambda: l[3], lambda: l[-4], lambda: t[1],
         lambda: s[2], lambda: s[-3], lambda: [][0], lambda: ()[0], lambda: ""[0], lambda: range(2)[5],
         lambda: {}.popitem(), lambda: set().pop(), lambda: [].pop(), lambda: {1}.remove(2)]
for fn in tests:
    try:
        print(fn())
    except LookupError as e:
        print(type(e).__name__, repr(str(e)), isinstance(e, KeyError), isinstance(e, IndexError))
def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        return "<missing %r>" % (key,)
    except IndexError:
        return "<out of range %r>" % (key,)
    except TypeError as e:
        return "<type error: %s>" % e
print(lookup(d, "a"), lookup(d, "z"), lookup(l, 10), lookup(l, 1), lookup(l, "x"), lookup(d, []))
try:
    raise KeyError("custom key")
except KeyError as e:
    print(type(e).__name__, e)
try:
    raise IndexError("custom index message")
except IndexError as e:
    print(e)
try:
    raise KeyError
except KeyError as e:
    print(repr(str(e)))
