# Nested loops: with a threshold of 5 the inner loop becomes hot and is
# compiled before the outer one, whose compiled code then contains it.
# jit-args: --jit-threshold 5
# expect-jit: loops compiled >= 2


def grid(n):
    total = 0
    for i in range(n):
        for j in range(i):
            total += i * j
    return total


print(grid(30))


def matrix(n):
    m = [[(i * n + j) % 7 for j in range(n)] for i in range(n)]
    out = [[0] * n for _ in range(n)]
    for i in range(n):
        for j in range(n):
            s = 0
            for k in range(n):
                s += m[i][k] * m[k][j]
            out[i][j] = s
    return out


for row in matrix(6):
    print(row)


def triangle(n):
    rows = []
    i = 0
    while i < n:
        row = []
        j = 0
        while j <= i:
            row.append(j * i)
            j += 1
        rows.append(sum(row))
        i += 1
    return rows


print(triangle(12))
