# sum() with start, any(), all() with short-circuit.
print(sum([]), sum([1, 2, 3]), sum([1, 2, 3], 10), sum(range(101)), sum([0.1] * 10), sum([1, 2.5]))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum([True, True, False]), sum([10 ** 20, 10 ** 20]))
print(sum([1.5, 2.5], start=1), sum(x / 2 for x in range(5)), sum([-1, -2], -3))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum([1, "a"])
except TypeError as e:
    print(type(e).__name__, e)
print(any([]), all([]), any([0, 0.0, "", None]), all([1, "a", [0]]), any([0, 1]), all([1, 0]))
print(any("abc"), all(""), any(x > 3 for x in [1, 5]), all(x < 3 for x in [1, 5]))
seen = []
def check(v):
    seen.append(v)
    return v
print(any(check(v) for v in [0, 0, 1, 0, 1]), seen)
seen.clear()
print(all(check(v) for v in [1, 1, 0, 1]), seen)
print(any([[]]), all([[]]), any({0: 1}), all({0: 1}))
