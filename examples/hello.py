# A first Tauraro program: functions, closures, big ints, comprehensions.
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def counter():
    count = 0

    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc


words = "the quick brown fox jumps over the lazy dog the end".split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1

print("Hello from Tauraro!")
print("fib(90) =", fib(90))
print("2**100 =", 2 ** 100)
print("squares:", [i * i for i in range(10) if i % 2 == 0])
print("most common:", sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
inc = counter()
inc(); inc(5)
print(f"counter={inc():>4} pi~{355 / 113:.6f}")
