/* matmul.py in C: the same matrices, loop order and sums, on flat arrays. */
#include <stdio.h>
#include <stdlib.h>

static double *make_matrix(long n, long seed) {
    double *m = malloc(n * n * sizeof *m);
    for (long i = 0; i < n; i++)
        for (long j = 0; j < n; j++) m[i * n + j] = ((i * 31 + j * 17 + seed) % 101 - 50) / 25.0;
    return m;
}

static double *matmul(long n, const double *a, const double *b) {
    double *c = calloc(n * n, sizeof *c);
    for (long i = 0; i < n; i++)
        for (long k = 0; k < n; k++) {
            double aik = a[i * n + k];
            for (long j = 0; j < n; j++) c[i * n + j] += aik * b[k * n + j];
        }
    return c;
}

int main(int argc, char **argv) {
    long n = argc > 1 ? atol(argv[1]) : 180;
    double *a = make_matrix(n, 3), *b = make_matrix(n, 11), *ab = matmul(n, a, b);
    double *c = matmul(n, ab, a), trace = 0.0, check = 0.0;
    for (long i = 0; i < n; i++) {
        trace += c[i * n + i];
        for (long j = 0; j < n; j++) check += c[i * n + j] * ((i + 2 * j) % 7);
    }
    printf("matmul(%ld): trace %.6f, check %.6f\n", n, trace, check);
    free(a), free(b), free(ab), free(c);
    return 0;
}
