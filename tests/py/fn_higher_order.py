# Functions as values: passing, returning, storing in containers.
def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x
print(apply_n(lambda v: v * 2, 10, 1), apply_n(str.upper, 1, "abc"), apply_n(len, 0, "unchanged"))
def compose(*fns):
    def run(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return run
pipeline = compose(str, lambda v: v + 1, abs)
print(repr(pipeline(-41)))
def my_map(f, xs):
    return [f(x) for x in xs]
def my_filter(p, xs):
    return [x for x in xs if p(x)]
def my_reduce(f, xs, init):
    acc = init
    for x in xs:
        acc = f(acc, x)
    return acc
nums = list(range(1, 11))
print(my_map(lambda x: x * x, nums), my_filter(lambda x: x % 3 == 0, nums), my_reduce(lambda a, b: a * b, nums, 1))
table = [("len", len), ("sum", sum), ("max", max), ("sorted", sorted)]
for name, fn in table:
    print(name, fn([3, 1, 2]))
print(list(map(str, [1, 2.5, None])), list(map(pow, [2, 3], [5, 2])), list(map(lambda a, b: a + b, "ab", "xyz")))
def curry(f):
    return lambda a: lambda b: f(a, b)
print(curry(max)(3)(7), curry(lambda a, b: a - b)(10)(4))
print(sorted(["bb", "a", "ccc"], key=len), max(["bb", "a", "ccc"], key=lambda s: s[-1]))
print(callable(len), callable(lambda: 0), callable(3), callable("str"), callable(str))
