# Big factorials and related digit statistics.
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
f100 = fact(100)
print("100! =", f100)
print("digits:", len(str(f100)))
print("digit sum:", sum(int(d) for d in str(f100)))
z = 0
t = f100
while t % 10 == 0:
    t //= 10
    z += 1
print("trailing zeros:", z)
print("last nonzero digit:", t % 10)
for n in [0, 1, 5, 10, 20, 21, 25, 50]:
    print(n, fact(n))
f200 = fact(200)
print(len(str(f200)), str(f200)[:30], f200 // fact(198) == 200 * 199)
print(fact(30) // fact(28), fact(52) // (fact(5) * fact(47)))
def binom(n, k):
    return fact(n) // (fact(k) * fact(n - k))
print([binom(10, k) for k in range(11)])
print(binom(100, 50))
print(fact(25) % (10 ** 9 + 7), pow(fact(20), 3, 10 ** 9 + 7))
dbl = 1
for i in range(99, 0, -2):
    dbl *= i
print("99!! =", dbl)
