# if/elif/else chains, nested conditions, truthiness in conditions.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"
for n in [-5, 0, 3, 10, 99, 100, 10 ** 20, -0.0, 9.99]:
    print(n, classify(n))
def grade(score):
    if score >= 90:
        g = "A"
    elif score >= 80:
        g = "B"
    elif score >= 70:
        g = "C"
    else:
        g = "F"
    if g != "F":
        if score % 10 >= 7:
            g += "+"
        elif score % 10 < 3:
            g += "-"
    return g
print([grade(s) for s in [100, 97, 92, 88, 81, 75, 70, 69, 0]])
for v in [0, 1, "", "a", [], [0], None, 0.0]:
    if v:
        print(repr(v), "true branch")
    else:
        print(repr(v), "false branch")
x = 5
if x > 3: print("one-liner if")
if x > 10: print("not printed")
else: print("one-liner else")
if x:
    pass
print("after pass")
if not x == 5:
    print("no")
elif x == 5 and x > 4 or x < 0:
    print("compound condition")
a, b = 3, 7
if a < b:
    if b - a > 3:
        print("far apart")
    else:
        print("close")
if (n := len("hello")) > 3:
    print("len", n)
