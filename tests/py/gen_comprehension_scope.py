# Comprehensions have their own scope; their variables do not leak; nested and conditional forms.
x = "outer"
squares = [x * x for x in range(5)]
print(x, squares)
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(matrix, [v for row in matrix for v in row if v % 2], [[row[i] for row in matrix] for i in range(3)])
print({k: v for k, v in zip("abc", range(3)) if v}, {c for c in "mississippi"} == set("misp"), sorted({len(w) for w in "a bb ccc dd".split()}))
gen = (n for n in range(10) if n % 3 == 0); print(list(gen), list(gen))
print([(i, j) for i in range(3) for j in range(i)], [y for y in [1, 2, 3] if (z := y * 2) > 2], z)
def f():
    items = [1, 2, 3]
    return [i + len(items) for i in items]
print(f(), [[] for _ in range(2)], [lambda: k for k in range(2)][0](), sum(i for i in range(10) if i % 2 == 0))
