# and/or return one of their operands; short-circuit evaluation.
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, 0 or 0.0, "" or [] or {} or "last")
print("a" and "b" and "c", "a" and "" and "c", None or False, False or None)
print([] and 1, [0] and 1, () or (1,), 0.0 or -0.0, -0.0 or 0)
calls = []
def t(name, val):
    calls.append(name)
    return val
r = t("a", 0) and t("b", 1)
print(r, calls)
calls.clear()
r = t("a", 1) and t("b", 0) and t("c", 1)
print(r, calls)
calls.clear()
r = t("a", 0) or t("b", "") or t("c", "yes") or t("d", 1)
print(r, calls)
calls.clear()
r = t("a", 1) or t("b", 1)
print(r, calls)
calls.clear()
r = (t("a", 0) or t("b", 2)) and t("c", 3)
print(r, calls)
calls.clear()
r = t("a", 0) and t("b", 1) or t("c", 5)
print(r, calls)
calls.clear()
r = not t("a", 0) and t("b", "x")
print(r, calls)
# default idiom
def greet(name=None):
    name = name or "world"
    return "hello " + name
print(greet(), greet(""), greet("bob"))
x = 5
print(x > 3 and "big" or "small", x > 10 and "big" or "small")
print(type(1 and 2.5).__name__, type(0 or "s").__name__)
vals = [0, 1, "", "s", None, [], [1]]
for a in vals:
    print(repr(a), [repr(a and b) for b in vals[:4]], [repr(a or b) for b in vals[:4]])
