# Ints that outgrow 64 bits in compiled code: the partition numbers p(n)
# by Euler's pentagonal recurrence pass 2**63 at n = 400-odd, so the
# additions overflow and the call results turn into big ints while the
# loop runs compiled.  Once a big int is seen every int site of the
# program expects big ints too (and sites that saw big ints expect small
# ones), so the loop is recompiled a few times, not once per site.
# jit-args: --jit-threshold 20
# expect-jit: loops compiled >= 1
# expect-jit: exit int overflow >= 1
# expect-jit: versions invalidated <= 3

memo = {0: 1}


def partitions(n):
    if n < 0:
        return 0
    if n in memo:
        return memo[n]
    total = 0
    k = 1
    while True:
        g1 = k * (3 * k - 1) // 2
        if g1 > n:
            break
        sign = 1 if k % 2 == 1 else -1
        total += sign * partitions(n - g1)
        g2 = k * (3 * k + 1) // 2
        if g2 <= n:
            total += sign * partitions(n - g2)
        k += 1
    memo[n] = total
    return total


for n in range(0, 1201, 3):
    partitions(n)
print(partitions(100), partitions(500) % 10**9, len(str(partitions(1200))))
checksum = 0
for n in range(1201):
    checksum = (checksum * 31 + partitions(n)) % (2**61 - 1)
print(checksum)
