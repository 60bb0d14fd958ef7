# Spiral traversal and generation of matrices, rotation, and diagonals.
def spiral_order(m):
    out = []
    if not m:
        return out
    top, bottom, left, right = 0, len(m) - 1, 0, len(m[0]) - 1
    while top <= bottom and left <= right:
        for j in range(left, right + 1):
            out.append(m[top][j])
        top += 1
        for i in range(top, bottom + 1):
            out.append(m[i][right])
        right -= 1
        if top <= bottom:
            for j in range(right, left - 1, -1):
                out.append(m[bottom][j])
            bottom -= 1
        if left <= right:
            for i in range(bottom, top - 1, -1):
                out.append(m[i][left])
            left += 1
    return out
def spiral_matrix(n):
    m = [[0] * n for _ in range(n)]
    dirs = [(0, 1), (1, 0), (0, -1), (-1, 0)]
    r = c = d = 0
    for v in range(1, n * n + 1):
        m[r][c] = v
        nr, nc = r + dirs[d][0], c + dirs[d][1]
        if not (0 <= nr < n and 0 <= nc < n and m[nr][nc] == 0):
            d = (d + 1) % 4
            nr, nc = r + dirs[d][0], c + dirs[d][1]
        r, c = nr, nc
    return m
def rotate(m):
    return [list(row) for row in zip(*m[::-1])]
for n in range(1, 6):
    sm = spiral_matrix(n)
    for row in sm:
        print(" ".join("%2d" % v for v in row))
    print(spiral_order(sm) == list(range(1, n * n + 1)))
rect = [[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]]
print(spiral_order(rect), spiral_order([[1], [2], [3]]), spiral_order([]), spiral_order([[7]]))
r = rect
for _ in range(4):
    r = rotate(r)
    print(r)
m5 = spiral_matrix(5)
print(sum(m5[i][i] for i in range(5)), sum(m5[i][4 - i] for i in range(5)))
