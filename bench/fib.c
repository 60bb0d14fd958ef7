/* fib.py in C: the gcc -O2 reference. */
#include <stdio.h>
static long fib(long n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
int main(void) {
    printf("%ld\n", fib(30));
    return 0;
}
