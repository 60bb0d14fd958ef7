# Evaluation order of operands, arguments, displays and assignments.
log = []
def t(name, val=None):
    log.append(name)
    return name if val is None else val
def show(label):
    print(label, log)
    log.clear()
r = t("a", 1) + t("b", 2) * t("c", 3)
show("binop %d" % r)
r = t("f", lambda *a, **k: (a, k))(t("x"), t("y"), k=t("z"))
show("call")
r = [t("l1"), t("l2"), t("l3")]
show("list")
r = {t("k1"): t("v1"), t("k2"): t("v2")}
show("dict")
r = (t("p"), t("q"))
show("tuple")
d = {}
d[t("key")] = t("value")
show("subscript store")
lst = [0, 0]
lst[t("idx", 0)] = t("rhs", 5)
show("list store")
a = {"k": [1, 2]}
t("obj", a)[t("k1", "k")][t("i", 0)] = t("val", 9)
show("nested store")
x, y = t("first", 1), t("second", 2)
show("tuple assign")
r = t("cond", True) and t("rhs1") or t("rhs2")
show("and/or")
r = t("test", 0) if t("pred", False) else t("other", 1)
show("ternary")
r = t("s1", "a") < t("s2", "b") < t("s3", "c")
show("chain")
r = [t("c%d" % i) for i in range(3) if t("f%d" % i, i % 2 == 0)]
show("comprehension")
def f(a=t("default-eval")):
    return a
show("def")
r = t("base", 2) ** t("exp", 3)
show("power %d" % r)
r = -t("neg", 5)
show("unary")
counter = {"n": 0}
def nxt():
    counter["n"] += 1
    return counter["n"]
print([nxt(), nxt(), nxt()], nxt() - nxt(), nxt() * 10 + nxt())
