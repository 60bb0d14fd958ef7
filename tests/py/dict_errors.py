# KeyError and TypeError involving dicts.
d = {"a": 1, 2: "b", (3, 4): "c"}
for key in ["zz", 5, (1, 2), None, 2.5, "", "it's"]:
    try:
        print(d[key])
    except KeyError as e:
        print(type(e).__name__, e)
for key in [[1], {1: 2}, {3}]:
    try:
        print(d[key])
    except TypeError as e:
        print(type(e).__name__, e)
try:
    d.pop("nope")
except KeyError as e:
    print("pop", type(e).__name__, e)
try:
    del d["gone"]
except KeyError as e:
    print("del", type(e).__name__, e)
try:
    {} + {}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {"a": 1} < {"b": 2}
except TypeError as e:
    print(type(e).__name__, e)
print(d.get("missing", "fallback"), d.get((3, 4)), d.get(2.0))
