# Nested lists: matrices, deep copies by hand, traversal.
m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(m, len(m), len(m[0]))
print([row[1] for row in m], [m[i][i] for i in range(3)], [m[i][2 - i] for i in range(3)])
t = [[m[j][i] for j in range(3)] for i in range(3)]
print(t)
print([list(r) for r in zip(*m)])
flat = [x for row in m for x in row]
print(flat, sum(flat))
deep = [[row[:] for row in m]]
deep[0][0][0] = 100
print(m[0][0], deep[0][0][0])
shallow = m[:]
shallow[0][0] = -1
print(m[0][0])
def depth(x):
    if isinstance(x, list):
        return 1 + max([depth(e) for e in x], default=0)
    return 0
def flatten(x):
    out = []
    for e in x:
        if isinstance(e, list):
            out.extend(flatten(e))
        else:
            out.append(e)
    return out
tree = [1, [2, [3, [4, []]], 5], [[6]], []]
print(depth(tree), flatten(tree), depth([]), depth(5))
grid = [["."] * 5 for _ in range(3)]
grid[1][2] = "#"
grid[0][4] = "@"
for row in grid:
    print("".join(row))
print(sum(map(sum, m)), max(map(max, m)), [sum(col) for col in zip(*m)])
