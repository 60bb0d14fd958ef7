/* loops.py in C: the same Collatz chains and multiply-add hash. */
#include <stdio.h>
#include <stdlib.h>

static void collatz(long limit, long *total, long *best, long *best_start) {
    *total = *best = *best_start = 0;
    for (long start = 1; start < limit; start++) {
        long x = start, steps = 0;
        while (x != 1) {
            if (x & 1)
                x = 3 * x + 1;
            else
                x >>= 1;
            steps++;
        }
        *total += steps;
        if (steps > *best) {
            *best = steps;
            *best_start = start;
        }
    }
}

static long mix(long count) {
    long h = 0;
    for (long i = 0; i < count; i++) {
        h = (h * 31 + i) % 1000003;
        if (h % 3 == 0) h += i / 7;
    }
    return h;
}

int main(int argc, char **argv) {
    long n = argc > 1 ? atol(argv[1]) : 120000, total, best, best_start;
    collatz(n, &total, &best, &best_start);
    printf("collatz(%ld): total %ld, longest %ld from %ld\n", n, total, best, best_start);
    printf("mix(%ld) = %ld\n", 4 * n, mix(4 * n));
    return 0;
}
