# Closures capturing loop variables, nonlocal counters, generators closing over state, class scopes.
fs = [lambda: i for i in range(3)]
gs = [lambda i=i: i for i in range(3)]
print([f() for f in fs], [g() for g in gs])
def counter(start=0):
    n = start
    def inc(step=1):
        nonlocal n
        n += step
        return n
    def get(): return n
    return inc, get
inc, get = counter(10); inc(); inc(5); print(get())
def make_gen(prefix):
    count = 0
    def gen(items):
        nonlocal count
        for it in items:
            count += 1
            yield f"{prefix}{count}:{it}"
    return gen
g = make_gen("#"); print(list(g("ab")), list(g("c")))
x = "global"
def outer():
    x = "enclosing"
    def inner():
        return x
    class C:
        x = "class"
        def m(self): return x
    return inner(), C().m(), C.x
print(outer())
def shadow():
    try:
        print(y)
    except NameError as e:
        print("NameError", e)
    y = 1
    return y
print(shadow())
def unbound():
    print(z)
    z = 1
z = 0
try:
    unbound()
except UnboundLocalError as e:
    print("UnboundLocalError", e)
def deep():
    a = 1
    def l1():
        b = 2
        def l2():
            def l3(): return a + b
            return l3()
        return l2()
    return l1()
print(deep(), (lambda: (lambda: x)())())
