# A small tokenizer and expression evaluator with dict-based operator dispatch.
OPS = {
    "+": (1, lambda a, b: a + b),
    "-": (1, lambda a, b: a - b),
    "*": (2, lambda a, b: a * b),
    "/": (2, lambda a, b: a / b),
    "//": (2, lambda a, b: a // b),
    "%": (2, lambda a, b: a % b),
    "^": (3, lambda a, b: a ** b),
}
def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            tokens.append(("num", float(text) if "." in text else int(text)))
            i = j
        elif src.startswith("//", i):
            tokens.append(("op", "//"))
            i += 2
        elif ch in "+-*/%^":
            tokens.append(("op", ch))
            i += 1
        elif ch in "()":
            tokens.append((ch, ch))
            i += 1
        else:
            raise ValueError("unexpected character %r at %d" % (ch, i))
    return tokens
def to_rpn(tokens):
    out, stack = [], []
    for kind, val in tokens:
        if kind == "num":
            out.append(val)
        elif kind == "op":
            prec = OPS[val][0]
            while stack and stack[-1] != "(" and (OPS[stack[-1]][0] > prec or (OPS[stack[-1]][0] == prec and val != "^")):
                out.append(stack.pop())
            stack.append(val)
        elif kind == "(":
            stack.append("(")
        else:
            while stack and stack[-1] != "(":
                out.append(stack.pop())
            if not stack:
                raise ValueError("unbalanced )")
            stack.pop()
    while stack:
        op = stack.pop()
        if op == "(":
            raise ValueError("unbalanced (")
        out.append(op)
    return out
def eval_rpn(rpn):
    st = []
    for item in rpn:
        if isinstance(item, str):
            b = st.pop()
            a = st.pop()
            st.append(OPS[item][1](a, b))
        else:
            st.append(item)
    if len(st) != 1:
        raise ValueError("malformed expression")
    return st[0]
def calc(src):
    return eval_rpn(to_rpn(tokenize(src)))
exprs = ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "(2 ^ 3) ^ 2", "10 / 4", "10 // 4", "7 % 3",
         "2 ^ 100", "1.5 * 4", "((((5))))", "100 - 99 - 1", "3 * (4 + 5) % 7", "0.1 + 0.2", "2 ^ 0.5"]
for e in exprs:
    print(e, "=", calc(e))
print(tokenize("12+3.5*(4//2)"))
print(to_rpn(tokenize("1 + 2 * 3 - 4")))
for bad in ["1 / 0", "2 +", "(1 + 2", "1 + 2)", "3 $ 4", "5 // 0"]:
    try:
        print(bad, "=", calc(bad))
    except (ValueError, ZeroDivisionError, IndexError) as e:
        print(bad, "->", type(e).__name__, e)
