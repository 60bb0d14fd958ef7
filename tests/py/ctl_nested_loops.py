# Nested loops: tables, pairs, triangular iteration.
for i in range(1, 6):
    print(" ".join("%3d" % (i * j) for j in range(1, 6)))
pairs = []
for i in range(4):
    for j in range(i + 1, 4):
        pairs.append((i, j))
print(pairs, len(pairs))
triples = [(a, b, c) for c in range(1, 30) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(triples)
count = 0
for a in range(10):
    for b in range(10):
        for c in range(10):
            if a + b + c == 10:
                count += 1
print(count)
for i in range(5):
    print("*" * (i + 1) + " " * (4 - i) + "|")
m = [[(i * 3 + j) for j in range(3)] for i in range(3)]
for row in m:
    for v in row:
        print(v, end=",")
    print()
total = 0
for row in m:
    for v in row:
        if v % 2:
            total += v
print(total)
