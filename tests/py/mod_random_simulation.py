# Seeded simulations whose every number must match CPython's Mersenne
# Twister: dice statistics, a random walk, reservoir sampling, a Monte
# Carlo estimate, weighted choices, shuffling a queue, and distributions.
import random
from collections import Counter

random.seed(12345)
rolls = [random.randint(1, 6) + random.randint(1, 6) for _ in range(2000)]
counts = Counter(rolls)
print("two dice:", [counts[t] for t in range(2, 13)])
print("most common:", counts.most_common(3))

rng = random.Random(99)
pos, far = 0, 0
for step in range(1000):
    pos += rng.choice((-1, 1))
    far = max(far, abs(pos))
print("walk end", pos, "furthest", far)


def reservoir(stream, k, rng):
    sample = []
    for i, item in enumerate(stream):
        if i < k:
            sample.append(item)
        else:
            j = rng.randrange(i + 1)
            if j < k:
                sample[j] = item
    return sample


print("reservoir:", reservoir(range(10000), 5, random.Random(2024)))

rng = random.Random(7)
inside = sum(1 for _ in range(20000) if rng.random() ** 2 + rng.random() ** 2 <= 1)
print("pi estimate:", 4 * inside / 20000)

rng = random.Random("weights")
menu = ["soup", "salad", "steak", "fish"]
orders = rng.choices(menu, weights=[5, 3, 1, 1], k=30)
print("orders:", Counter(orders).most_common())
print("cumulative weights:", rng.choices(menu, cum_weights=[1, 2, 10, 11], k=6))

queue = list(range(1, 13))
random.seed(3)
random.shuffle(queue)
print("shuffled queue:", queue)
print("sample of a range:", random.sample(range(1000000), 4), random.sample("abcdefgh", k=3))
print("sample with counts:", random.sample(["x", "y"], counts=[3, 2], k=5))

random.seed(11)
print("uniform:", [round(random.uniform(10, 20), 10) for _ in range(3)])
print("triangular:", [round(random.triangular(0, 1, 0.9), 10) for _ in range(3)])
print("gauss:", [round(random.gauss(0, 1), 10) for _ in range(3)])
print("normalvariate:", [round(random.normalvariate(50, 5), 10) for _ in range(2)])
print("expovariate:", [round(random.expovariate(0.5), 10) for _ in range(2)])
print("betavariate:", round(random.betavariate(2, 5), 10), "gammavariate:", round(random.gammavariate(2.5, 1.5), 10))
print("lognormvariate:", round(random.lognormvariate(0, 0.5), 10), "vonmises:", round(random.vonmisesvariate(1, 2), 10))
print("paretovariate:", round(random.paretovariate(3), 10), "weibull:", round(random.weibullvariate(1, 1.5), 10))
print("randbytes:", random.randbytes(6), "getrandbits(0):", random.getrandbits(0))
print("big randrange:", random.randrange(10 ** 20, 10 ** 21), random.randrange(-50, 50, 7))

hist = [0] * 5
r = random.Random(5)
for _ in range(5000):
    hist[int(r.random() * 5)] += 1
print("uniform buckets:", hist)
