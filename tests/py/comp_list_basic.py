# List comprehensions: mapping, filtering, nested data, and laziness of generator expressions.
nums = list(range(-5, 6))
print([n * 2 for n in nums])
print([n for n in nums if n % 2 == 0])
print([abs(n) for n in nums if n < 0])
print([str(n) for n in nums][:3], [n ** 2 for n in nums if n > 0])
print([c.upper() for c in "hello" if c != "l"], [ord(c) - 96 for c in "abc"])
print([(i, c) for i, c in enumerate("xyz")], [k + "=" + str(v) for k, v in {"a": 1, "b": 2}.items()])
print([x for x in []], [[]for _ in range(2)], [None] + [x for x in (1, 2)])
print([w for w in "one two three four five".split() if len(w) > 3])
print([n if n > 0 else -n * 10 for n in nums])
print(sum([x for x in range(101)]), len([1 for _ in "abcdef"]))
matrix = [[i * 4 + j for j in range(4)] for i in range(3)]
print(matrix, [row[::-1] for row in matrix], [sum(r) for r in matrix])
print([[matrix[r][c] for r in range(3)] for c in range(4)])
log = []
def src(n):
    log.append("src")
    return range(n)
gen = (x * x for x in src(3))
print(log)
log.append("before-consume")
print(list(gen), log)
def noisy(v):
    log.append(v)
    return v
log.clear()
print(any(noisy(v) > 2 for v in [1, 2, 3, 4, 5]), log)
log.clear()
print([noisy(v) for v in [1, 2, 3]][-1], log)
squares = [x * x for x in range(10)]
evens = [s for s in squares if s % 2 == 0]
print(squares, evens, len(squares) - len(evens))
print([a + b for a, b in zip([1, 2, 3], [10, 20, 30])], [x for pair in [(1, 2), (3, 4)] for x in pair])
