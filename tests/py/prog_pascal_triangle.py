# Pascal's triangle: rows, centered printing, properties.
def pascal(n):
    rows = [[1]]
    for _ in range(n - 1):
        prev = rows[-1]
        rows.append([1] + [prev[i] + prev[i + 1] for i in range(len(prev) - 1)] + [1])
    return rows
rows = pascal(12)
width = len(" ".join(map(str, rows[-1])))
for r in rows:
    print(" ".join(map(str, r)).center(width).rstrip())
print([sum(r) for r in rows])
print(all(sum(r) == 2 ** i for i, r in enumerate(rows)))
big = pascal(101)[-1]
print(len(big), big[50], max(big) == big[50], big[1], big[2])
for r in pascal(16):
    print("".join("#" if v % 2 else " " for v in r).center(16 * 2).rstrip())
def alt_sum(r):
    return sum(v if i % 2 == 0 else -v for i, v in enumerate(r))
print([alt_sum(r) for r in rows])
hockey = sum(rows[i][2] for i in range(2, 10))
print(hockey, rows[10][3])
