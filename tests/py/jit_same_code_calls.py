# A call whose callee the JIT does not know (read from a cell, a list or an
# argument) but which the interpreter saw calling functions of one code is
# compiled as a direct call of that code, each function with its own
# closure; any other callee takes the generic call.
# expect-jit: calls inlined >= 3
# expect-jit: functions compiled >= 2


def make_adder(k):
    def add(x):
        return x + k
    return add


def compose(f, g):
    return lambda x: f(g(x))


adders = [make_adder(k) for k in range(10)]
fns = [compose(adders[i], adders[(i * 3) % 10]) for i in range(10)]
total = 0
for i in range(3000):
    total += fns[i % 10](i)
print("composed:", total)


def apply_all(fs, x):
    out = []
    for f in fs:
        out.append(f(x))
    return out


for rnd in range(30):
    r = apply_all(adders, rnd)
print(r)

# the site sees other callees later: another code, a builtin, a class, a
# bound method, a function whose globals differ
other = [make_adder(1), lambda x: x * 100, abs, str, (5).__add__, make_adder(2)]
ns = {}
exec("def add(x):\n    return ('exec', x)\n", ns)
other.append(ns["add"])
for rnd in range(3):
    print(apply_all(other, -7))


def make_counter():
    count = 0

    def tick(step):
        nonlocal count
        count += step
        return count
    return tick


ticks = [make_counter() for _ in range(4)]
for i in range(2000):
    ticks[i % 4](i % 5)
print([t(0) for t in ticks])

# defaults differ between functions of one code: the call site passes
# fewer arguments than parameters, so it stays generic
key_fns = [lambda x, m=m: (x * m) % 97 for m in range(1, 8)]
print(max(range(500), key=lambda x: sum(f(x) for f in key_fns)))
acc = 0
for i in range(700):
    acc += key_fns[i % 7](i)
print(acc)


# a callee that raises, and one whose result type changes
def make_div(d):
    def div(x):
        return x // d
    return div


divs = [make_div(d) for d in (3, 2, 1, 0, 5)]
for i in range(400):
    try:
        acc += divs[i % 5](i)
    except ZeroDivisionError as e:
        acc -= 1
print(acc)


def make_grow(k):
    def grow(x):
        return x * k if x < 10 ** 18 else x * k * 10 ** 20
    return grow


grows = [make_grow(k) for k in (3, 7)]
v = 1
for i in range(60):
    v = grows[i % 2](v)
print(v)


# recursion through a cell
def make_rec():
    def rec(n):
        return 0 if n == 0 else 1 + inner(n - 1)
    inner = rec
    return rec


recs = [make_rec() for _ in range(3)]
print([recs[i % 3](50 + i) for i in range(9)])
