# Binary search variants: exact match, lower/upper bound, on answer space.
def binary_search(arr, target):
    lo, hi = 0, len(arr) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if arr[mid] == target:
            return mid, steps
        if arr[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1, steps
def lower_bound(arr, x):
    lo, hi = 0, len(arr)
    while lo < hi:
        mid = (lo + hi) // 2
        if arr[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo
def upper_bound(arr, x):
    lo, hi = 0, len(arr)
    while lo < hi:
        mid = (lo + hi) // 2
        if arr[mid] <= x:
            lo = mid + 1
        else:
            hi = mid
    return lo
data = list(range(0, 200, 3))
for t in [0, 3, 99, 198, 197, -1, 200, 150]:
    print(t, binary_search(data, t))
dups = [1, 2, 2, 2, 3, 5, 5, 8]
for x in [0, 1, 2, 4, 5, 8, 9]:
    lb, ub = lower_bound(dups, x), upper_bound(dups, x)
    print(x, lb, ub, ub - lb)
def isqrt(n):
    lo, hi = 0, n
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if mid * mid <= n:
            lo = mid
        else:
            hi = mid - 1
    return lo
for n in [0, 1, 15, 16, 17, 10 ** 12, 10 ** 40 + 12345, 2 ** 127]:
    r = isqrt(n)
    print(n, r, r * r <= n < (r + 1) * (r + 1))
words = sorted("delta alpha echo charlie bravo foxtrot golf hotel".split())
print(words, [binary_search(words, w)[0] for w in ["alpha", "golf", "zulu", "charlie"]])
print(binary_search([], 5), lower_bound([], 5))
