# Float kernel: the Mandelbrot set on an n x n grid over [-1.5, 0.5] x
# [-1, 1], at most 100 iterations per point.  Prints how many points stay
# bounded and the total number of iterations.
import sys


def mandelbrot(n):
    inside = 0
    iterations = 0
    for y in range(n):
        ci = 2.0 * y / n - 1.0
        for x in range(n):
            cr = 2.0 * x / n - 1.5
            zr = 0.0
            zi = 0.0
            i = 0
            while i < 100:
                zr2 = zr * zr
                zi2 = zi * zi
                if zr2 + zi2 > 4.0:
                    break
                zi = 2.0 * zr * zi + ci
                zr = zr2 - zi2 + cr
                i += 1
            iterations += i
            if i == 100:
                inside += 1
    return inside, iterations


def main(n):
    inside, iterations = mandelbrot(n)
    print("mandelbrot(%d): %d inside, %d iterations" % (n, inside, iterations))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 400)
