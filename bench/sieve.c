/* sieve.py in C: the same sieve over the same limits, flags as bytes. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *sieve(long limit) {
    char *flags = malloc(limit);
    memset(flags, 1, limit);
    flags[0] = flags[1] = 0;
    for (long i = 2; i * i < limit; i++)
        if (flags[i])
            for (long j = i * i; j < limit; j += i) flags[j] = 0;
    return flags;
}

int main(int argc, char **argv) {
    long n = argc > 1 ? atol(argv[1]) : 3000000, checks = 0, count = 0, total = 0, largest = 0, last = 0;
    for (long limit = n / 4; limit <= n; limit += n / 4) {
        char *flags = sieve(limit);
        count = total = largest = 0;
        for (long k = 0; k < limit; k++)
            if (flags[k]) {
                count++;
                total += k;
                largest = k;
            }
        checks = (checks * 7 + count) % 1000000007;
        free(flags);
        last = limit;
    }
    printf("primes below %ld: %ld, sum %ld, largest %ld\n", last, count, total, largest);
    printf("check %ld\n", checks);
    return 0;
}
