# Sieve of Eratosthenes and prime utilities.
def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = is_prime[1] = False
    i = 2
    while i * i <= limit:
        if is_prime[i]:
            is_prime[i * i::i] = [False] * len(range(i * i, limit + 1, i))
        i += 1
    return [n for n, p in enumerate(is_prime) if p]
primes = sieve(100)
print(primes, len(primes))
big = sieve(20000)
print(len(big), big[-5:], sum(big))
print([p for p in big if p > 19900])
twins = [(p, p + 2) for p, q in zip(big, big[1:]) if q == p + 2]
print(len(twins), twins[:6], twins[-2:])
gaps = {}
for a, b in zip(big, big[1:]):
    gaps[b - a] = gaps.get(b - a, 0) + 1
print(sorted(gaps.items()))
def factorize(n):
    out = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            out.append(d)
            n //= d
        d += 1
    if n > 1:
        out.append(n)
    return out
for n in [1, 2, 12, 97, 360, 1001, 65536, 999999, 600851475143, 2 ** 31 - 1, 2 ** 32 + 1]:
    print(n, factorize(n))
pset = set(big)
print([n for n in range(4, 60, 2) if not any((n - p) in pset for p in big if p < n)])
