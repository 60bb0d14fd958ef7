# Lambdas: expressions, defaults, closures, immediate invocation.
sq = lambda x: x * x
add = lambda a, b=10: a + b
print(sq(7), add(1), add(1, 2), (lambda: "no args")(), (lambda *a, **k: (a, k))(1, x=2))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "/": lambda a, b: a / b}
for op in "+-*/":
    print(op, ops[op](12, 4))
print(sorted([(1, "b"), (2, "a"), (0, "c")], key=lambda p: p[1]))
print(list(map(lambda x: x + 1, [1, 2, 3])), list(filter(lambda x: x % 2, range(8))))
make_adder = lambda n: lambda x: x + n
add5 = make_adder(5)
print(add5(10), make_adder(-1)(1))
fns = [lambda x, i=i: x * i for i in range(4)]
print([f(10) for f in fns])
late = [lambda x: x * i for i in range(4)]
print([f(10) for f in late])
compose = lambda f, g: lambda x: f(g(x))
inc_then_sq = compose(sq, lambda x: x + 1)
print(inc_then_sq(3), compose(str, abs)(-9))
print((lambda x: "pos" if x > 0 else "nonpos")(0), (lambda: (yield_ := 3) + 1)())
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10), fact(25))
print(callable(sq), type(sq).__name__, callable(sq(2)))
