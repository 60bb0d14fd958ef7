# random seeded from str and bytes (version 2: the bytes followed by their
# SHA-512 digest, as one big int), from ints of every size and from floats;
# version=1 string seeding; independent Random instances; reproducibility
# by re-seeding and by getstate/setstate; and hashlib's SHA-2 digests.
import hashlib
import random

for seed in ["", "hello", "The quick brown fox", "naïve café ☃", b"", b"bytes seed", b"\x00\xff" * 40]:
    random.seed(seed)
    values = [random.random(), random.randint(1, 10 ** 6), random.choice("abcdefghij"),
              random.randrange(0, 100, 3), round(random.uniform(-1, 1), 12)]
    print(repr(seed)[:28].ljust(28), values)

random.seed("repeatable")
first = [random.random() for _ in range(3)]
random.seed("repeatable")
print("re-seeding repeats:", first == [random.random() for _ in range(3)])
random.seed("repeatable")
s1 = random.random()
random.seed(b"repeatable")
print("str and its utf-8 bytes seed alike:", s1 == random.random())

random.seed("state")
random.gauss(0, 1)
saved = random.getstate()
run1 = [random.random(), random.gauss(0, 1), random.choice("xyz")]
random.setstate(saved)
run2 = [random.random(), random.gauss(0, 1), random.choice("xyz")]
print("setstate replays:", run1 == run2, "| version", saved[0], "words", len(saved[1]), "gauss_next kept:", saved[2] is not None)
other = random.Random()
other.setstate(saved)
print("state moves between instances:", other.random() == run1[0])
try:
    random.setstate((2, (0,) * 3, None))
except ValueError as e:
    print("ValueError:", e)

for seed in ["abc", b"abc", "", "seed with spaces"]:
    random.seed(seed, version=1)
    print("version 1", repr(seed).ljust(20), random.random(), random.randint(0, 99))

r1 = random.Random("alpha")
r2 = random.Random("beta")
r3 = random.Random("alpha")
a = [r1.random() for _ in range(2)]
b = [r2.random() for _ in range(2)]
c = [r3.random() for _ in range(2)]
print("instances:", a == c, a != b, a)
print("module state untouched by instances:", random.Random(7).random() == random.Random(7).random())

deck = [f"{rank}{suit}" for suit in "SHDC" for rank in "A23456789TJQK"]
rng = random.Random("poker night")
rng.shuffle(deck)
print("hand:", deck[:5], "| sample:", rng.sample(deck, 3))
print("choices:", rng.choices(["red", "green", "blue"], weights=[1, 2, 7], k=8))
print("gauss:", round(rng.gauss(100, 15), 10), "| getrandbits(70):", rng.getrandbits(70))

for seed in [0, 1, -1, 2 ** 32, 2 ** 64 + 5, 10 ** 30, 3.75, -0.5]:
    random.seed(seed)
    print("seed", str(seed).ljust(32), random.random())

try:
    random.seed([1, 2])
except TypeError as e:
    print("TypeError:", e)

for name in ["sha256", "sha384", "sha512"]:
    h = hashlib.new(name, b"abc")
    print(name, h.digest_size, h.block_size, h.hexdigest()[:32])
h = hashlib.sha256()
for chunk in [b"split ", b"into ", b"chunks"]:
    h.update(chunk)
print("incremental equals one-shot:", h.hexdigest() == hashlib.sha256(b"split into chunks").hexdigest())
snapshot = h.copy()
h.update(b"!")
print("copy is independent:", snapshot.hexdigest() != h.hexdigest(), snapshot.hexdigest()[:16])
print("long input:", hashlib.sha512(b"x" * 100000).hexdigest()[:40])
try:
    hashlib.sha256("text")
except TypeError as e:
    print("TypeError:", e)
