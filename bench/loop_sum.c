/* loop_sum.py in C. */
#include <stdio.h>
int main(void) {
    long total = 0;
    for (volatile long i = 0; i < 10000000; i++) total += i * i % 7;
    printf("%ld\n", total);
    return 0;
}
