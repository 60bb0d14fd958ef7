# Roman numeral conversion both ways with validation.
VALUES = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
SYMBOLS = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
def to_roman(n):
    if not 0 < n < 4000:
        raise ValueError("out of range: %d" % n)
    out = []
    for value, sym in VALUES:
        count, n = divmod(n, value)
        out.append(sym * count)
    return "".join(out)
def from_roman(s):
    total = 0
    for i, ch in enumerate(s):
        v = SYMBOLS[ch]
        if i + 1 < len(s) and SYMBOLS[s[i + 1]] > v:
            total -= v
        else:
            total += v
    if to_roman(total) != s:
        raise ValueError("non-canonical numeral: " + s)
    return total
for n in [1, 2, 3, 4, 5, 9, 14, 40, 44, 90, 99, 400, 444, 1994, 2024, 3999]:
    r = to_roman(n)
    print(n, r, from_roman(r))
print(all(from_roman(to_roman(n)) == n for n in range(1, 4000)))
longest = max(range(1, 4000), key=lambda n: (len(to_roman(n)), n))
print(longest, to_roman(longest), len(to_roman(longest)))
for bad in ["IIII", "VV", "IC", "ABC", "MMMM"]:
    try:
        print(bad, from_roman(bad))
    except ValueError as e:
        print(bad, "ValueError:", e)
    except KeyError as e:
        print(bad, "KeyError:", e)
for bad in [0, 4000, -5]:
    try:
        to_roman(bad)
    except ValueError as e:
        print(e)
