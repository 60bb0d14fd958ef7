# A seeded simulation with random: dice statistics and a random walk, reproducible as CPython's.
import random
random.seed(2024)
rolls = [random.randint(1, 6) + random.randint(1, 6) for _ in range(10000)]
hist = {s: rolls.count(s) for s in range(2, 13)}
print(hist, max(hist, key=hist.get))
pos = 0; far = 0
for step in range(1000):
    pos += random.choice((-1, 1)); far = max(far, abs(pos))
print(pos, far)
deck = [r + s for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck); print(deck[:5], random.sample(deck, 3))
inside = sum(1 for _ in range(20000) if random.random() ** 2 + random.random() ** 2 <= 1)
print(4 * inside / 20000, round(random.uniform(1, 2), 6), random.choices("abc", weights=[1, 2, 7], k=6))
