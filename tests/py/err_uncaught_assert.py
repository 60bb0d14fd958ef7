# A failing assert outside any handler.
values = [3, 2, 1, 0]
for v in values:
    print("checking", v)
    assert v > 0, "value must be positive"
print("unreachable")
