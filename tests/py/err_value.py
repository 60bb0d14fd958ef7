# ValueError from conversions and methods.
tests = [
    lambda: int("abc"),
    lambda: int("12.5"),
    lambda: int(""),
    lambda: int("ff", 10),
    lambda: float("x1"),
    lambda: [1, 2].index(3),
    lambda: "abc".index("z"),
    lambda: [].remove(0),
    lambda: "a,b".split(""),
    lambda: chr(-1),
    lambda: range(0, 10, 0),
]
for t in tests:
    try:
        print(t())
    except ValueError as e:
        print(type(e).__name__, e)
def parse_age(s):
    n = int(s)
    if n < 0:
        raise ValueError("age cannot be negative: %d" % n)
    return n
for s in ["42", "-3", "x", " 7 "]:
    try:
        print("age", parse_age(s))
    except ValueError as e:
        print("bad age:", e)
try:
    raise ValueError
except ValueError as e:
    print(type(e).__name__, repr(str(e)))
try:
    raise ValueError("message with 'quotes'")
except ValueError as e:
    print(e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
