# random: CPython's exact sequences after seed() (vm/tr_mod_random.c + lib/random.py).
import random
for s in [0, 1, 42, 2**40 + 3, -7, 123456789012345678901234567890]:
    random.seed(s)
    out = [random.random(), random.randint(1, 100), random.randrange(0, 1000, 7), random.randrange(50), random.choice("abcdefg")]
    lst = list(range(10)); random.shuffle(lst)
    out += [lst, random.uniform(2, 5), random.sample(range(100), 5), random.sample(range(10**6), 3), random.choices("xyz", k=4),
            random.choices([1, 2, 3], weights=[5, 1, 1], k=3), random.getrandbits(100), round(random.gauss(0, 1), 12),
            round(random.normalvariate(10, 2), 12), round(random.expovariate(1.5), 12), round(random.triangular(0, 10, 3), 12)]
    print(s, out)
r = random.Random(99); print(r.random(), r.randint(-5, 5), random.Random(99).random() == random.Random(99).random())
random.seed(3.5); print(random.random())
try: random.randrange(0)
except ValueError as e: print(e)
try: random.choice([])
except IndexError as e: print(e)
try: random.sample({1, 2}, 1)
except TypeError as e: print(e)
