# while loops with else clauses, break and continue.
i = 0
while i < 5:
    i += 1
else:
    print("completed, i =", i)
i = 0
while i < 10:
    if i == 3:
        print("breaking at", i)
        break
    i += 1
else:
    print("never printed")
i = 0
while i < 0:
    print("never")
else:
    print("else runs when condition is initially false")
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps", steps)
i = 0
out = []
while i < 10:
    i += 1
    if i % 3 == 0:
        continue
    out.append(i)
else:
    out.append("done")
print(out)
def find(lst, target):
    i = 0
    while i < len(lst):
        if lst[i] == target:
            break
        i += 1
    else:
        return -1
    return i
print(find([5, 6, 7], 7), find([5, 6, 7], 8), find([], 1))
x = 100
while x:
    x //= 3
    print(x, end=" ")
print()
stack = [1, [2, [3, [4]]]]
depth = 0
while stack:
    depth += 1
    stack = stack[1] if len(stack) > 1 else []
print("depth", depth)
count = 0
while True:
    count += 1
    if count >= 7:
        break
print("count", count)
