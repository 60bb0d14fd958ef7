# A tokenizer and recursive-descent parser for arithmetic that reports
# errors with positions through a custom exception hierarchy; the
# evaluator turns runtime problems into EvalError chained to the cause.


class CalcError(Exception):
    def __init__(self, message, pos=None):
        super().__init__(message)
        self.pos = pos

    def __str__(self):
        base = super().__str__()
        return f"{base} at column {self.pos}" if self.pos is not None else base


class LexError(CalcError):
    pass


class ParseError(CalcError):
    pass


class EvalError(CalcError):
    pass


def tokenize(text):
    tokens, i = [], 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            start = i
            while i < len(text) and (text[i].isdigit() or text[i] == "."):
                i += 1
            literal = text[start:i]
            try:
                value = float(literal) if "." in literal else int(literal)
            except ValueError:
                raise LexError(f"bad number {literal!r}", start) from None
            tokens.append(("num", value, start))
        elif ch.isalpha():
            start = i
            while i < len(text) and text[i].isalnum():
                i += 1
            tokens.append(("name", text[start:i], start))
        elif ch in "+-*/%^()":
            tokens.append(("op", ch, i))
            i += 1
        else:
            raise LexError(f"unexpected character {ch!r}", i)
    tokens.append(("end", None, len(text)))
    return tokens


class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.i = 0

    def peek(self):
        return self.tokens[self.i]

    def take(self, kind=None, value=None):
        tok = self.tokens[self.i]
        if (kind and tok[0] != kind) or (value and tok[1] != value):
            want = value or kind
            got = "end of input" if tok[0] == "end" else repr(tok[1])
            raise ParseError(f"expected {want}, got {got}", tok[2])
        self.i += 1
        return tok

    def expr(self):
        node = self.term()
        while self.peek()[1] in ("+", "-"):
            op = self.take()[1]
            node = (op, node, self.term())
        return node

    def term(self):
        node = self.power()
        while self.peek()[1] in ("*", "/", "%"):
            op = self.take()[1]
            node = (op, node, self.power())
        return node

    def power(self):
        base = self.unary()
        if self.peek()[1] == "^":
            self.take()
            return ("^", base, self.power())
        return base

    def unary(self):
        if self.peek()[1] == "-":
            self.take()
            return ("neg", self.unary())
        return self.atom()

    def atom(self):
        kind, value, pos = self.peek()
        if kind == "num":
            self.take()
            return ("num", value)
        if kind == "name":
            self.take()
            return ("var", value, pos)
        if value == "(":
            self.take()
            node = self.expr()
            self.take("op", ")")
            return node
        raise ParseError("expected a value", pos)

    def parse(self):
        node = self.expr()
        self.take("end")
        return node


OPS = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
       "/": lambda a, b: a / b, "%": lambda a, b: a % b, "^": lambda a, b: a ** b}


def evaluate(node, env):
    kind = node[0]
    if kind == "num":
        return node[1]
    if kind == "var":
        try:
            return env[node[1]]
        except KeyError:
            raise EvalError(f"unknown variable {node[1]!r}", node[2])
    if kind == "neg":
        return -evaluate(node[1], env)
    a, b = evaluate(node[1], env), evaluate(node[2], env)
    try:
        return OPS[kind](a, b)
    except (ZeroDivisionError, OverflowError) as e:
        raise EvalError(f"{kind} failed: {e}") from e


env = {"x": 3, "y": 4, "big": 10.0}
for src in ["1 + 2 * 3", "(1 + 2) * 3", "-x ^ 2 + y", "2 ^ 3 ^ 2", "x * (y - 1) % 5", "7 / 2",
            "1 / (x - 3)", "big ^ 400", "z + 1", "3 $ 4", "1.2.3 + 1", "(1 + 2", "1 + * 2", "", "4 5"]:
    try:
        tree = Parser(tokenize(src)).parse()
        print(f"{src!r:22} = {evaluate(tree, env)!r}")
    except CalcError as e:
        cause = f" (cause: {type(e.__cause__).__name__})" if e.__cause__ else ""
        print(f"{src!r:22} {type(e).__name__}: {e}{cause}")
