# *args collection and argument unpacking.
def total(*nums):
    return sum(nums), len(nums), type(nums).__name__
print(total(), total(1), total(1, 2, 3), total(*range(10)), total(*[1, 2], 3, *(4, 5)))
def head_tail(first, *rest):
    return first, rest
print(head_tail(1), head_tail(1, 2, 3), head_tail(*"abc"))
def fmt(template, *args):
    return template % args
print(fmt("%s-%s", "a", "b"), fmt("none"), fmt("%d%%", 50))
def apply(fn, *args, **kwargs):
    return fn(*args, **kwargs)
print(apply(max, 3, 9, 2), apply(sorted, [3, 1, 2], reverse=True), apply(pow, 2, 10))
def outer(*args, **kwargs):
    return inner(*args, **kwargs)
def inner(a, b=0, *more, c=-1, **rest):
    return a, b, more, c, rest
print(outer(1), outer(1, 2, 3, c=4, d=5), outer(*[9, 8, 7, 6]))
args = (1, 2)
print(max(*args), min(*args, 0), "{} {}".format(*args))
print(*[], "after empty", *())
def count_args(*a, **k):
    return len(a), len(k)
print(count_args(*"hello", **dict.fromkeys("ab", 0)))
try:
    head_tail()
except TypeError as e:
    print(type(e).__name__, e)
try:
    total(*5)
except TypeError as e:
    print(type(e).__name__)
