# What a newcomer tries first: fizzbuzz, word counts, recursion, big factorials, formatting, error messages.
for i in range(1, 16):
    print("FizzBuzz" if i % 15 == 0 else "Fizz" if i % 3 == 0 else "Buzz" if i % 5 == 0 else i, end=" ")
print()
text = """It was the best of times, it was the worst of times, it was the age of wisdom"""
counts = {}
for w in text.lower().replace(",", "").split():
    counts[w] = counts.get(w, 0) + 1
for w, c in sorted(counts.items(), key=lambda x: (-x[1], x[0]))[:5]:
    print(f"{w:>8}: {c:3d} {'*' * c}")
def fact(n): return 1 if n <= 1 else n * fact(n - 1)
print(fact(100))
print(len(str(fact(500))), fact(30) // fact(28), fact(25) % 1000007, -fact(20) // 7, -fact(22) % 13)
def hanoi(n, a, b, c, moves):
    if n: hanoi(n-1, a, c, b, moves); moves.append((a, c)); hanoi(n-1, b, a, c, moves)
    return moves
print(len(hanoi(10, "A", "B", "C", [])), hanoi(2, 1, 2, 3, []))
def perms(s): return [s] if len(s) <= 1 else [c + p for i, c in enumerate(s) for p in perms(s[:i] + s[i+1:])]
print(perms("abc"), len(perms("abcde")))
print("%5.2f|%-6s|%06d|%x|%o|%e|%g|%r" % (3.14159, "ab", 42, 255, 8, 12345.678, 0.00001234, "q"))
print("{:,} {:_b} {:+.3e} {:^10} {:*<8} {!r}".format(1234567, 10, 1234.5, "mid", "L", "x"))
print(f"{2**64:,} {1/3:.10f} {1e300*1e10} {-0.0} {float('nan')} {round(2.675, 2)} {round(0.5)} {round(1.5)} {round(-2.5)}")
print(0.1 + 0.2, 1e16, 1e-7, 1/3, 2/3, 100.0, 1e22, 123456789012345678.0, 3.0 * 1.1)
print(7 // -2, -7 // 2, 7 % -2, -7 % 2, divmod(-17, 5), 2 ** -2, (-8) ** (1/3) if False else 0, 10 ** 20 // 3)
print(int("  42 "), int("-0x1f", 16), int("0b101", 0), float("1e-3"), float(" inf "), str(10**30))
s = "Ünïcödé ßtring €"
print(len(s), s.upper(), s[::-1], s[2:5], ord("€"), chr(8364), s.encode("utf-8")[:6], s.casefold())
print(sorted(["b", "A", "c", "B"], key=str.lower), sorted([3, 1, 2], reverse=True), max("abc", key=ord), min([], default=None))
try:
    print(undefined_name)
except NameError as e: print(e)
try:
    "a" + 1
except TypeError as e: print(e)
try:
    [1, 2][5]
except IndexError as e: print(e)
try:
    {"a": 1}["b"]
except KeyError as e: print(repr(e), e)
try:
    int("xyz")
except ValueError as e: print(e)
try:
    1 % 0
except ZeroDivisionError as e: print(e)
try:
    2.0 ** 10000
except OverflowError as e: print(e)
def f(a, b=2, *, c): return a + b + c
try: f(1)
except TypeError as e: print(e)
try: f(1, 2, 3)
except TypeError as e: print(e)
def g():
    x += 1
try: g()
except UnboundLocalError as e: print(e)
try: None.foo
except AttributeError as e: print(e)
print(sum(x * x for x in range(10)), list(map(str, range(3))), list(zip("ab", [1, 2, 3])), dict(zip("ab", range(2))))
