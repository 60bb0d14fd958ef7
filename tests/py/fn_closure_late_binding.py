# Late binding of closure variables in loops and comprehensions.
fns = []
for i in range(3):
    fns.append(lambda: i)
print([f() for f in fns])
i = 10
print([f() for f in fns])
fns2 = []
for i in range(3):
    fns2.append(lambda i=i: i)
print([f() for f in fns2])
def make():
    out = []
    for j in range(3):
        def show():
            return j
        out.append(show)
    j = 99
    return out
print([f() for f in make()])
comp = [lambda: k for k in range(3)]
print([f() for f in comp])
def factory(n):
    return lambda: n
fixed = [factory(k) for k in range(3)]
print([f() for f in fixed])
def counter_list():
    cells = []
    for idx in range(3):
        def make_cell(v):
            def get():
                return v
            return get
        cells.append(make_cell(idx * 10))
    return cells
print([c() for c in counter_list()])
x = "global"
def reads_global():
    return x
x = "rebound"
print(reads_global())
