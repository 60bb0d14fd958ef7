# exec, eval and compile with globals and locals.
x = 10
print(eval("x * 2"), eval("y + 1", {"y": 5}), eval(" 3 + 4"))
ns = {}
exec("a = 1\nb = a + x", {"x": 100}, ns)
print(ns)
g = {}
exec("def f(n): return n * 3\nz = f(4)", g)
print(g["z"], sorted(k for k in g if k != "__builtins__"))
c = compile("1 + 2", "<e>", "eval")
print(eval(c), type(c).__name__)
exec(compile("print('from code')", "<s>", "exec"))
try:
    eval("1 +")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno)
def h():
    exec("q = 5")
    return "ok"
print(h())
try:
    eval(42)
except TypeError as e:
    print(e)
try:
    compile("x", "f", "bogus")
except ValueError as e:
    print(e)
print(eval("[i * i for i in range(4)]"), eval("len(s)", {"s": "abc"}))
