# Deeply nested data: repr, str, ==, <, in, hash, copy.deepcopy and format
# raise RecursionError (with CPython's messages) instead of overflowing the C
# stack; moderately deep and self-referential structures still work.
import copy


def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", type(r).__name__)
    except RecursionError as e:
        print(label, "-> RecursionError:", e)


deep_list = []
for _ in range(100000):
    deep_list = [deep_list]
other_list = []
for _ in range(100000):
    other_list = [other_list]
deep_dict = {}
for _ in range(100000):
    deep_dict = {"k": deep_dict}
deep_tuple = ()
for _ in range(100000):
    deep_tuple = (deep_tuple,)

attempt("repr(list)", lambda: repr(deep_list))
attempt("str(list)", lambda: str(deep_list))
attempt("repr(dict)", lambda: repr(deep_dict))
attempt("repr(tuple)", lambda: repr(deep_tuple))
attempt("list == list", lambda: deep_list == other_list)
attempt("list < list", lambda: deep_list < other_list)
attempt("list in [list]", lambda: deep_list in [other_list])
attempt("format", lambda: "{}".format(deep_list))
attempt("f-string", lambda: f"{deep_dict}")
attempt("print", lambda: print(deep_tuple))
attempt("same object ==", lambda: deep_list == deep_list)
attempt("len", lambda: len(deep_list))
try:
    copy.deepcopy(deep_list)
    print("deepcopy worked")
except RecursionError:
    print("deepcopy -> RecursionError")

# hash of nested tuples is not limited in CPython either: it just works
t = ()
for i in range(10000):
    t = (i, t)
print("hash of 10000-deep tuple is an int:", isinstance(hash(t), int))

# moderately deep: everything works
json_like = {"leaf": [1, 2.5, "x", None, True]}
for i in range(150):
    json_like = {"level": i, "child": json_like, "tags": ["a", "b"]}
text = repr(json_like)
print(len(text), text[:60])
clone = copy.deepcopy(json_like)
print("deepcopy equal:", clone == json_like, clone is not json_like)
print("nested tuple compare:", (1, (2, (3, (4,)))) < (1, (2, (3, (5,)))))

# self-referential structures use the ... marker
a = [1, 2]
a.append(a)
print(a)
d = {"name": "loop"}
d["me"] = d
print(d)
b = [a, a]
print(b)
print(a == a, a in [a])

# the error does not poison later work
for _ in range(3):
    try:
        repr(deep_list)
    except RecursionError:
        pass
print(repr([[[[]]]]), [[1], [2]] == [[1], [2]])
