# break/continue in nested loops and with try/finally.
result = []
for i in range(5):
    if i == 1:
        continue
    for j in range(5):
        if j > i:
            break
        if (i + j) % 2:
            continue
        result.append((i, j))
print(result)
total = 0
for n in range(100):
    if n % 2 == 0:
        continue
    if n > 20:
        break
    total += n
print(total)
log = []
for i in range(4):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        log.append("body%d" % i)
    finally:
        log.append("finally%d" % i)
print(log)
words = ["alpha", "", "beta", "stop", "gamma"]
kept = []
for w in words:
    if not w:
        continue
    if w == "stop":
        break
    kept.append(w.upper())
print(kept)
found = None
for row in [[1, 2], [3, 4], [5, 6]]:
    for v in row:
        if v * v > 10:
            found = v
            break
    if found is not None:
        break
print(found)
i = 0
while True:
    i += 1
    if i < 5:
        continue
    break
print(i)
