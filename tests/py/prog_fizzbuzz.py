# FizzBuzz in several styles.
def fizzbuzz(n):
    if n % 15 == 0:
        return "FizzBuzz"
    if n % 3 == 0:
        return "Fizz"
    if n % 5 == 0:
        return "Buzz"
    return str(n)
for i in range(1, 31):
    print(fizzbuzz(i))
print(" ".join("Fizz" * (i % 3 == 0) + "Buzz" * (i % 5 == 0) or str(i) for i in range(1, 21)))
rules = [(3, "Fizz"), (5, "Buzz"), (7, "Bazz")]
def general(n):
    out = "".join(word for d, word in rules if n % d == 0)
    return out or str(n)
print([general(i) for i in range(100, 110)], general(105))
counts = {}
for i in range(1, 101):
    key = fizzbuzz(i)
    if not key.isdigit():
        counts[key] = counts.get(key, 0) + 1
print(counts)
