# min() and max() with iterables, multiple args, key and default.
print(min(3, 1, 2), max(3, 1, 2), min([5]), max("hello"), min("hello"), max(1, 2.5), min(-0.0, 0.0), max(0, False))
print(min([4, 2, 8], key=lambda v: -v), max(["aa", "b", "ccc"], key=len), min(["aa", "b", "cc"], key=len))
print(max([], default=None), min((), default="empty"), max([1, 2], default=99), min([3], key=abs, default=0))
print(max("apple", "banana", "cherry"), min("apple", "Banana", key=str.lower), max((1, "b"), (1, "a")))
print(max([1, 3, 3, 2], key=lambda v: v // 2), min([3, 1, 1.0, True], key=lambda v: v))
print(max(range(10), key=lambda v: (v % 4, -v)), min(range(10), key=lambda v: abs(v - 4.6)))
d = {"a": 3, "b": 7, "c": 5}
print(max(d), max(d, key=d.get), min(d.values()), max(d.items(), key=lambda kv: kv[1]))
print(max(10 ** 20, 10 ** 20 + 1, -(10 ** 30)), min(float("inf"), 1e308), max(-float("inf"), -(10 ** 400)))
for bad in [lambda: max([]), lambda: min([]), lambda: max(1)]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for bad in [lambda: min(), lambda: max(1, "a")]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
