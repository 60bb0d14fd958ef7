# Matrix operations with nested lists: multiply, transpose, power, determinant.
def mat_mul(a, b):
    n, m, p = len(a), len(b), len(b[0])
    assert len(a[0]) == m
    return [[sum(a[i][k] * b[k][j] for k in range(m)) for j in range(p)] for i in range(n)]
def transpose(a):
    return [list(row) for row in zip(*a)]
def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]
def mat_pow(a, e):
    result = identity(len(a))
    while e:
        if e & 1:
            result = mat_mul(result, a)
        a = mat_mul(a, a)
        e >>= 1
    return result
def det(m):
    if len(m) == 1:
        return m[0][0]
    total = 0
    for j in range(len(m)):
        minor = [row[:j] + row[j + 1:] for row in m[1:]]
        total += (-1) ** j * m[0][j] * det(minor)
    return total
def show(m):
    w = max(len(str(v)) for row in m for v in row)
    for row in m:
        print(" ".join(str(v).rjust(w) for v in row))
A = [[1, 2, 3], [4, 5, 6]]
B = [[7, 8], [9, 10], [11, 12]]
show(mat_mul(A, B))
show(mat_mul(B, A))
show(transpose(A))
fibm = mat_pow([[1, 1], [1, 0]], 100)
print(fibm[0][1])
show(mat_pow([[2, 0], [0, 3]], 10))
M = [[2, -3, 1], [2, 0, -1], [1, 4, 5]]
print(det(M), det(identity(4)), det([[1, 2], [2, 4]]), det(mat_mul(M, M)) == det(M) ** 2)
F = [[0.5, 1.5], [2.0, -1.0]]
print(mat_mul(F, F), mat_mul(F, identity(2)) == F)
H = [[1 if (i * j) % 3 == 0 else -1 for j in range(5)] for i in range(5)]
show(H)
print(mat_mul(H, transpose(H))[0], sum(map(sum, H)))
