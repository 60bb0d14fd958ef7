# Assignment expressions (:=).
data = [3, 8, 1, 9, 4, 12, 7]
if (n := len(data)) > 5:
    print("long list", n)
print([y for x in data if (y := x * 2) > 10])
print(y)
values = [1, 5, 2, 8, 3]
total = 0
sums = [total := total + v for v in values]
print(sums, total)
i = 0
while (i := i + 1) < 5:
    print("i", i, end="; ")
print()
chunks = "aaa bbb ccc ddd"
pos = 0
words = []
while (nxt := chunks.find(" ", pos)) != -1:
    words.append(chunks[pos:nxt])
    pos = nxt + 1
words.append(chunks[pos:])
print(words)
def f(v):
    return v * v
results = [(v, r) for v in range(6) if (r := f(v)) % 2 == 0]
print(results, r)
print((a := 3) + (b := 4), a, b)
print(any((hit := v) > 8 for v in data), hit)
if (m := max(data)) and m > 10:
    print("max", m)
