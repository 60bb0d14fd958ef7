# Keyword arguments and **kwargs.
def describe(name, age, city="unknown"):
    return "%s (%d) from %s" % (name, age, city)
print(describe("Ann", 30), describe(age=25, name="Bob"), describe("Cy", city="Rome", age=40))
def collect(**kwargs):
    return kwargs
print(collect(), collect(a=1), collect(b=2, a=1, c=3))
def mixed(a, b=0, *args, **kwargs):
    return a, b, args, kwargs
print(mixed(1), mixed(1, 2, 3, 4, x=5), mixed(a=1, b=2, z=3), mixed(1, z=0))
opts = {"sep": "-", "end": "!\n"}
print("a", "b", "c", **opts)
def config(**settings):
    for key in sorted(settings):
        print(" ", key, "=", settings[key])
config(debug=True, level=3, name="x")
params = {"name": "Dee", "age": 50}
print(describe(**params), describe(**params, city="Oslo"))
def kw_type(**kw):
    return type(kw).__name__, list(kw)
print(kw_type(z=1, y=2, x=3))
def f(a, b):
    return a - b
print(f(b=1, a=10), f(10, b=1))
for call in [lambda: f(1, a=2), lambda: f(1, 2, b=3), lambda: f(1, c=3), lambda: describe("x")]:
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)
try:
    f(**{"a": 1, "b": 2, "c": 3})
except TypeError as e:
    print(type(e).__name__, e)
