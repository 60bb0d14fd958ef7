/* fib.py in C: the same recursion, the gcc -O2 reference. */
#include <stdio.h>
#include <stdlib.h>

static long fib(long n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

int main(int argc, char **argv) {
    long n = argc > 1 ? atol(argv[1]) : 33;
    printf("fib(%ld) = %ld\n", n, fib(n));
    return 0;
}
