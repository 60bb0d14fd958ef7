# pass statements and assert with/without messages.
def empty():
    pass
print(empty())
for i in range(3):
    pass
if True:
    pass
else:
    pass
assert True
assert 1 == 1, "never shown"
assert [1], "non-empty list is truthy"
try:
    assert False
except AssertionError as e:
    print(type(e).__name__, repr(str(e)))
try:
    assert 1 > 2, "one is not greater than two"
except AssertionError as e:
    print(type(e).__name__, e)
try:
    x = 5
    assert x < 0, f"x must be negative, got {x}"
except AssertionError as e:
    print(e)
try:
    assert [], ["list", "message"]
except AssertionError as e:
    print(e)
def checked_sqrt(n):
    assert n >= 0, "negative input: %d" % n
    return n ** 0.5
print(checked_sqrt(16), checked_sqrt(2))
try:
    checked_sqrt(-4)
except AssertionError as e:
    print("caught:", e)
count = 0
for v in [3, 0, 5]:
    try:
        assert v, v
        count += 1
    except AssertionError as e:
        print("falsy", e)
print(count)
