# Conditional (ternary) expressions.
for n in range(-2, 3):
    print(n, "pos" if n > 0 else "zero" if n == 0 else "neg")
x = 5
print("big" if x > 3 else "small", ("a" if x else "b") * 2, 1 if [] else 2)
print([("even" if i % 2 == 0 else "odd") for i in range(4)])
f = (lambda v: v * 2) if x > 0 else (lambda v: -v)
print(f(10))
calls = []
def side(v):
    calls.append(v)
    return v
r = side(1) if side(True) else side(2)
print(r, calls)
calls.clear()
r = side(1) if side(0) else side(2)
print(r, calls)
print(abs(x) if x < 0 else x, max(1, 2) if x else min(1, 2))
val = None
print(val if val is not None else "default", (val or "alt"))
print(sum(i if i % 2 else -i for i in range(10)))
y = 10 if x > 3 else 20 + 100
print(y)
z = (10 if x < 3 else 20) + 100
print(z)
