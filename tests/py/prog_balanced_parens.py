# Bracket matching with a stack, plus generation of all balanced strings.
PAIRS = {")": "(", "]": "[", "}": "{"}
def check(s):
    stack = []
    for i, ch in enumerate(s):
        if ch in "([{":
            stack.append((ch, i))
        elif ch in PAIRS:
            if not stack:
                return "unexpected %s at %d" % (ch, i)
            top, pos = stack.pop()
            if top != PAIRS[ch]:
                return "mismatch %s at %d vs %s at %d" % (top, pos, ch, i)
    if stack:
        return "unclosed %s at %d" % stack[-1]
    return "ok"
tests = ["", "()", "([]{})", "(]", "((())", "())", "{[()()]}", "a(b[c]d)e", "]", "([)]", "{{{{}}}}", "(((", "print(x[0], {'k': (1, 2)})"]
for t in tests:
    print(repr(t), check(t))
def generate(n):
    out = []
    def go(s, opened, closed):
        if len(s) == 2 * n:
            out.append(s)
            return
        if opened < n:
            go(s + "(", opened + 1, closed)
        if closed < opened:
            go(s + ")", opened, closed + 1)
    go("", 0, 0)
    return out
print(generate(3))
print([len(generate(n)) for n in range(1, 9)])
print(all(check(s) == "ok" for s in generate(6)))
def max_depth(s):
    d = best = 0
    for ch in s:
        if ch == "(":
            d += 1
            best = max(best, d)
        elif ch == ")":
            d -= 1
    return best
print([max_depth(s) for s in generate(4)])
