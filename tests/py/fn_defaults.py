# Default parameter values, evaluated once at definition time.
def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct
print(greet("Ann"), greet("Bob", "Hi"), greet("Cy", "Yo", "?"), greet("Di", punct="."))
counter = 10
def snapshot(v=counter):
    return v
counter = 20
print(snapshot(), snapshot(5))
def append_to(x, lst=[]):
    lst.append(x)
    return lst
print(append_to(1), append_to(2), append_to(3, []), append_to(4))
def safe_append(x, lst=None):
    if lst is None:
        lst = []
    lst.append(x)
    return lst
print(safe_append(1), safe_append(2))
def f(a, b=2, c=3):
    return (a, b, c)
print(f(1), f(1, 5), f(1, c=9), f(a=0), f(1, 2, 3), f(c=1, b=2, a=3))
def g(x=len("abc"), y=[i * 2 for i in range(3)], z=None or "z"):
    return x, y, z
print(g())
def h(n, memo={}):
    if n in memo:
        return memo[n]
    r = n if n < 2 else h(n - 1) + h(n - 2)
    memo[n] = r
    return r
print(h(50), h(90))
try:
    f()
except TypeError as e:
    print(type(e).__name__, e)
def defaults_expr(a, b=1 + 1, c=(1, 2), d={"k": 1}):
    return a + b, c, d["k"]
print(defaults_expr(1))
