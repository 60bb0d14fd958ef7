# for/else: else runs only when no break happened.
for n in range(2, 30):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, end=" ")
print()
for x in []:
    print("never")
else:
    print("empty loop else")
for x in [1, 2, 3]:
    if x == 2:
        continue
else:
    print("continue does not skip else")
def first_negative(nums):
    for i, n in enumerate(nums):
        if n < 0:
            result = (i, n)
            break
    else:
        result = None
    return result
print(first_negative([3, 1, -4, -1]), first_negative([1, 2]), first_negative([]))
for i in range(3):
    for j in range(3):
        if i == j == 1:
            break
    else:
        print("inner completed for i =", i)
        continue
    print("inner broke at i =", i, "j =", j)
for ch in "hello":
    pass
print("loop var after loop:", ch)
for i in range(5):
    pass
print(i)
for k in range(0):
    pass
else:
    print("range(0) else")
