# Matrix multiply on lists of lists of floats (i-k-j loop order, rows taken
# out of the lists once).  Prints the trace and a weighted checksum.
import sys


def make_matrix(n, seed):
    m = []
    for i in range(n):
        row = []
        for j in range(n):
            row.append(((i * 31 + j * 17 + seed) % 101 - 50) / 25.0)
        m.append(row)
    return m


def matmul(a, b):
    n = len(a)
    p = len(b[0])
    c = []
    for i in range(n):
        ai = a[i]
        ci = [0.0] * p
        for k in range(len(b)):
            aik = ai[k]
            bk = b[k]
            for j in range(p):
                ci[j] += aik * bk[j]
        c.append(ci)
    return c


def main(n):
    a = make_matrix(n, 3)
    b = make_matrix(n, 11)
    c = matmul(matmul(a, b), a)
    trace = 0.0
    check = 0.0
    for i in range(n):
        trace += c[i][i]
        row = c[i]
        for j in range(n):
            check += row[j] * ((i + 2 * j) % 7)
    print("matmul(%d): trace %.6f, check %.6f" % (n, trace, check))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 180)
