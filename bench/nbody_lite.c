/* nbody_lite.py in C. */
#include <math.h>
#include <stdio.h>
int main(void) {
    double xs[5] = {0.0, 1.0, 2.5, -1.0, 0.5}, vs[5] = {0.1, -0.2, 0.0, 0.3, -0.1};
    for (int s = 0; s < 100000; s++) {
        for (int i = 0; i < 5; i++) {
            double f = 0.0;
            for (int j = 0; j < 5; j++)
                if (i != j) {
                    double d = xs[j] - xs[i];
                    f += d / (d * d + 0.01);
                }
            vs[i] += f * 0.001;
        }
        for (int i = 0; i < 5; i++) xs[i] += vs[i] * 0.01;
    }
    double t = 0;
    for (int i = 0; i < 5; i++) t += xs[i];
    printf("%.6f\n", t);
    return 0;
}
