# Matrix code with nested lists: multiplication, transpose, determinant (Fractions-free), identity checks.
def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]
def transpose(m): return [list(r) for r in zip(*m)]
def det(m):
    if len(m) == 1: return m[0][0]
    return sum((-1) ** j * m[0][j] * det([row[:j] + row[j + 1:] for row in m[1:]]) for j in range(len(m)))
def identity(n): return [[int(i == j) for j in range(n)] for i in range(n)]
A = [[2, 0, 1], [1, 3, 2], [1, 1, 1]]
B = [[1, 2], [0, 1], [4, 0]]
print(matmul(A, B), transpose(B), det(A), det(identity(4)), matmul(A, identity(3)) == A)
def mat_pow(m, k):
    r = identity(len(m))
    while k:
        if k & 1: r = matmul(r, m)
        m = matmul(m, m); k >>= 1
    return r
print(mat_pow([[1, 1], [1, 0]], 90)[0][1])
print("\n".join(" ".join(f"{v:4d}" for v in row) for row in matmul(A, A)))
