# Float arithmetic on lists: a small n-body style kernel.
def simulate(steps):
    xs = [0.0, 1.0, 2.5, -1.0, 0.5]
    vs = [0.1, -0.2, 0.0, 0.3, -0.1]
    n = len(xs)
    for _ in range(steps):
        for i in range(n):
            f = 0.0
            for j in range(n):
                if i != j:
                    d = xs[j] - xs[i]
                    f += d / (d * d + 0.01)
            vs[i] += f * 0.001
        for i in range(n):
            xs[i] += vs[i] * 0.01
    return sum(xs)


print(f"{simulate(100_000):.6f}")
