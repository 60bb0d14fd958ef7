# An expression tree built with operator overloading: Const/Var/BinOp/Neg
# nodes, evaluation with an environment, symbolic differentiation,
# simplification, structural equality and hashing, and pretty printing.


class Expr:
    precedence = 100

    def __add__(self, other): return Add(self, wrap(other))
    def __radd__(self, other): return Add(wrap(other), self)
    def __sub__(self, other): return Sub(self, wrap(other))
    def __rsub__(self, other): return Sub(wrap(other), self)
    def __mul__(self, other): return Mul(self, wrap(other))
    def __rmul__(self, other): return Mul(wrap(other), self)
    def __truediv__(self, other): return Div(self, wrap(other))
    def __rtruediv__(self, other): return Div(wrap(other), self)
    def __pow__(self, other): return Pow(self, wrap(other))
    def __neg__(self): return Neg(self)

    def __eq__(self, other):
        return type(self) is type(other) and self.key() == other.key()

    def __hash__(self):
        return hash((type(self).__name__, self.key()))

    def __repr__(self):
        return f"{type(self).__name__}({', '.join(map(repr, self.key()))})"


def wrap(x):
    return x if isinstance(x, Expr) else Const(x)


class Const(Expr):
    def __init__(self, value): self.value = value
    def key(self): return (self.value,)
    def eval(self, env): return self.value
    def diff(self, var): return Const(0)
    def simplify(self): return self
    def __str__(self): return str(self.value)


class Var(Expr):
    def __init__(self, name): self.name = name
    def key(self): return (self.name,)

    def eval(self, env):
        try:
            return env[self.name]
        except KeyError:
            raise NameError(f"variable {self.name!r} is unbound") from None

    def diff(self, var): return Const(1 if var == self.name else 0)
    def simplify(self): return self
    def __str__(self): return self.name


class Neg(Expr):
    precedence = 4
    def __init__(self, arg): self.arg = arg
    def key(self): return (self.arg,)
    def eval(self, env): return -self.arg.eval(env)
    def diff(self, var): return Neg(self.arg.diff(var))

    def simplify(self):
        a = self.arg.simplify()
        if isinstance(a, Const):
            return Const(-a.value)
        if isinstance(a, Neg):
            return a.arg
        return Neg(a)

    def __str__(self):
        inner = str(self.arg)
        return f"-{inner}" if self.arg.precedence >= self.precedence else f"-({inner})"


class BinOp(Expr):
    symbol = "?"
    right_assoc = False

    def __init__(self, left, right):
        self.left, self.right = left, right

    def key(self): return (self.left, self.right)

    def eval(self, env):
        return self.apply(self.left.eval(env), self.right.eval(env))

    def simplify(self):
        l, r = self.left.simplify(), self.right.simplify()
        if isinstance(l, Const) and isinstance(r, Const):
            return Const(self.apply(l.value, r.value))
        return self.rules(l, r)

    def rules(self, l, r):
        return type(self)(l, r)

    def __str__(self):
        def side(node, is_right):
            s = str(node)
            tighter = node.precedence > self.precedence
            same_ok = node.precedence == self.precedence and (is_right == self.right_assoc or isinstance(self, (Add, Mul)))
            return s if tighter or same_ok else f"({s})"
        return f"{side(self.left, False)} {self.symbol} {side(self.right, True)}"


class Add(BinOp):
    symbol, precedence = "+", 1
    def apply(self, a, b): return a + b
    def diff(self, v): return Add(self.left.diff(v), self.right.diff(v))

    def rules(self, l, r):
        if l == Const(0): return r
        if r == Const(0): return l
        if l == r: return Mul(Const(2), l).simplify()
        return Add(l, r)


class Sub(BinOp):
    symbol, precedence = "-", 1
    def apply(self, a, b): return a - b
    def diff(self, v): return Sub(self.left.diff(v), self.right.diff(v))

    def rules(self, l, r):
        if r == Const(0): return l
        if l == r: return Const(0)
        if l == Const(0): return Neg(r).simplify()
        return Sub(l, r)


class Mul(BinOp):
    symbol, precedence = "*", 2
    def apply(self, a, b): return a * b
    def diff(self, v): return Add(Mul(self.left.diff(v), self.right), Mul(self.left, self.right.diff(v)))

    def rules(self, l, r):
        if Const(0) in (l, r): return Const(0)
        if l == Const(1): return r
        if r == Const(1): return l
        if isinstance(r, Const) and not isinstance(l, Const): return Mul(r, l)
        return Mul(l, r)


class Div(BinOp):
    symbol, precedence = "/", 2
    def apply(self, a, b): return a / b
    def diff(self, v):
        return Div(Sub(Mul(self.left.diff(v), self.right), Mul(self.left, self.right.diff(v))), Pow(self.right, Const(2)))

    def rules(self, l, r):
        if r == Const(1): return l
        if l == Const(0): return Const(0)
        return Div(l, r)


class Pow(BinOp):
    symbol, precedence, right_assoc = "^", 3, True
    def apply(self, a, b): return a ** b
    def diff(self, v):   # only constant exponents
        return Mul(Mul(self.right, Pow(self.left, Sub(self.right, Const(1)))), self.left.diff(v))

    def rules(self, l, r):
        if r == Const(0): return Const(1)
        if r == Const(1): return l
        return Pow(l, r)


x, y = Var("x"), Var("y")
exprs = [3 * x ** 2 + 2 * x + 1, (x + y) * (x - y), x / (1 + x), -(x * y) + 4, x ** y ** 2,
         (x - (y - 1)) - x, 5 - -x, 0 * x + y * 1 + (x - x)]
env = {"x": 3, "y": 2}
for e in exprs:
    d = e.diff("x").simplify()
    print(f"{str(e):28} = {e.eval(env):<10} d/dx = {d}   at env: {d.eval(env)}")
print(repr(x + 1), (x + 1) == (x + 1), (x + 1) == (1 + x), len({x + 1, x + 1, x * 1}))
print(str((x * 2).simplify()), str((x + x).simplify()), str((x * 0 + 3).simplify()), str(Neg(Neg(y)).simplify()))
try:
    (x + Var("z")).eval(env)
except NameError as e:
    print("NameError:", e)
try:
    (x / (y - 2)).eval(env)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
memo = {x ** 2: "square", x * y: "product"}
print(memo[Var("x") ** 2], memo.get(y * x, "not commutative"), Mul.__mro__[1].__name__)
