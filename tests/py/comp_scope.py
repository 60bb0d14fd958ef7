# Comprehension variables do not leak; outer names are visible.
x = "outer x"
lst = [x for x in range(3)]
print(lst, x)
y = 100
print([y + i for i in range(3)], y)
i = "kept"
squares = {i: i * i for i in range(3)}
print(squares, i)
s = {i for i in "abc"}
print(sorted(s), i)
g = sum(i for i in range(10))
print(g, i)
def f():
    n = 5
    return [n * k for k in range(3)]
print(f())
def g2():
    items = [lambda: k for k in range(3)]
    return [fn() for fn in items]
print(g2())
data = [[1, 2], [3, 4]]
print([[row[j] for row in data] for j in range(2)])
try:
    print(k)
except NameError as e:
    print(type(e).__name__, e)
total = 0
result = [total + v for v in range(4)]
print(result, total)
first = [v for v in range(5)]
second = [v * 2 for v in first]
print(second)
