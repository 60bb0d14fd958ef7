/* mandelbrot.py in C: the same grid, iteration bound and escape test. */
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv) {
    long n = argc > 1 ? atol(argv[1]) : 400, inside = 0, iterations = 0;
    for (long y = 0; y < n; y++) {
        double ci = 2.0 * y / n - 1.0;
        for (long x = 0; x < n; x++) {
            double cr = 2.0 * x / n - 1.5, zr = 0.0, zi = 0.0;
            long i = 0;
            while (i < 100) {
                double zr2 = zr * zr, zi2 = zi * zi;
                if (zr2 + zi2 > 4.0) break;
                zi = 2.0 * zr * zi + ci;
                zr = zr2 - zi2 + cr;
                i++;
            }
            iterations += i;
            if (i == 100) inside++;
        }
    }
    printf("mandelbrot(%ld): %ld inside, %ld iterations\n", n, inside, iterations);
    return 0;
}
