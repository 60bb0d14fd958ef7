# f"{expr=}" self-documenting expressions.
x = 10
y = 2.5
name = "Bob"
items = [1, 2]
print(f"{x=}")
print(f"{y=}")
print(f"{name=}")
print(f"{items=}")
print(f"{x + 1=}")
print(f"{x * y = }")
print(f"{name=!s}")
print(f"{name = }")
print(f"{y=:.3f}")
print(f"{x=:>6}")
print(f"{len(items)=} {items[0]=}")
print(f"{x=}, {y=}, {name=!r}")
print(f"{None=} {True=} {'lit'=}")
