# assert statements and AssertionError handling.
def check_positive(n):
    assert n > 0, "expected positive, got %r" % (n,)
    return n
for v in [5, 0, -2, 1.5]:
    try:
        print("ok", check_positive(v))
    except AssertionError as e:
        print("AssertionError:", e)
try:
    assert 1 == 2
except AssertionError as e:
    print(type(e).__name__, repr(str(e)))
try:
    assert "", "empty string is falsy"
except AssertionError as e:
    print(e)
try:
    assert None, None
except AssertionError as e:
    print(repr(str(e)))
try:
    assert 0, 42
except AssertionError as e:
    print(str(e) + "!")
def validate(data):
    assert isinstance(data, list), "data must be a list"
    assert len(data) > 0, "data must be non-empty"
    assert all(isinstance(x, int) for x in data), "all items must be ints"
    return sum(data)
for d in [[1, 2], "abc", [], [1, "x"]]:
    try:
        print(validate(d))
    except AssertionError as e:
        print("invalid:", e)
print(isinstance(AssertionError("m"), Exception))
