# Fibonacci numbers with big ints: iterative, fast doubling, properties.
def fib_iter(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
def fib_fast(n):
    def go(k):
        if k == 0:
            return (0, 1)
        a, b = go(k // 2)
        c = a * (2 * b - a)
        d = a * a + b * b
        if k % 2 == 0:
            return (c, d)
        return (d, c + d)
    return go(n)[0]
print([fib_iter(i) for i in range(20)])
for n in [50, 90, 91, 92, 93, 94, 100, 200, 300]:
    f = fib_iter(n)
    print(n, f, f == fib_fast(n), len(str(f)))
f1000 = fib_fast(1000)
print(len(str(f1000)), str(f1000)[:20], str(f1000)[-20:])
print(fib_iter(500) == fib_fast(500))
n = 1
while len(str(fib_iter(n))) < 100:
    n += 1
print("first with 100 digits:", n)
print(fib_fast(60) ** 2 - fib_fast(59) * fib_fast(61))
print(all(fib_iter(k) % fib_iter(d) == 0 for k in range(1, 60) for d in range(1, k + 1) if k % d == 0))
print(sum(fib_iter(i) for i in range(100)) == fib_iter(101) - 1)
