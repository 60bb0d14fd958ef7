# Memoized recursion with dictionaries: fibonacci, grid paths, partitions.
memo = {}
calls = 0
def fib(n):
    global calls
    calls += 1
    if n in memo:
        return memo[n]
    r = n if n < 2 else fib(n - 1) + fib(n - 2)
    memo[n] = r
    return r
print(fib(30), calls)
print(fib(150), calls)
print(len(memo), memo[10], memo[100])
paths_memo = {}
def grid_paths(r, c):
    if r == 0 or c == 0:
        return 1
    key = (r, c)
    if key not in paths_memo:
        paths_memo[key] = grid_paths(r - 1, c) + grid_paths(r, c - 1)
    return paths_memo[key]
print([grid_paths(n, n) for n in range(10)], grid_paths(30, 30))
part_memo = {}
def partitions(n, max_part):
    if n == 0:
        return 1
    if n < 0 or max_part == 0:
        return 0
    key = (n, max_part)
    if key in part_memo:
        return part_memo[key]
    r = partitions(n - max_part, max_part) + partitions(n, max_part - 1)
    part_memo[key] = r
    return r
print([partitions(n, n) for n in range(1, 21)], partitions(100, 100))
def make_memo(fn):
    cache = {}
    def inner(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    return inner
@make_memo
def edit_distance(a, b):
    if not a:
        return len(b)
    if not b:
        return len(a)
    if a[0] == b[0]:
        return edit_distance(a[1:], b[1:])
    return 1 + min(edit_distance(a[1:], b), edit_distance(a, b[1:]), edit_distance(a[1:], b[1:]))
for a, b in [("kitten", "sitting"), ("flaw", "lawn"), ("", "abc"), ("intention", "execution"), ("same", "same")]:
    print(a, b, edit_distance(a, b))
@make_memo
def catalan(n):
    return 1 if n <= 1 else sum(catalan(i) * catalan(n - 1 - i) for i in range(n))
print([catalan(i) for i in range(15)], catalan(50))
