# f-strings with expressions.
name = "World"
n = 42
xs = [1, 2, 3]
d = {"key": "val", "n": 5}
print(f"Hello, {name}!")
print(f"{n} {n + 1} {n * 2} {n // 5} {n % 5} {n ** 2} {-n}")
print(f"{xs} {xs[0]} {xs[-1]} {len(xs)} {sum(xs)} {xs[::-1]}")
print(f"{d['key']} {d['n'] * 10} {d}")
print(f"{name.upper()} {name.lower()!r} {name[::-1]}")
print(f"{'yes' if n > 40 else 'no'} {n > 40 and 'big'}")
print(f"{[x * x for x in xs]} {sum(x for x in xs)} {(lambda v: v + 1)(n)}")
print(f"{{}} {{{n}}} {'{'}")
print(f"{n:5}|{n:<5}|{n:^5}|{n:05}|{n:x}|{n:b}")
print(f"{3.14159:.2f} {1e6:,.0f} {0.5:%} {1/3:.3}")
print(f"{name}" f"{n}" "plain" f"{xs[1]}")
print(f"""multi
line {n}""")
print(f"{'é' * 3} {'中文'!r} {'😀':>3}")
x = 10
print(f"{x if x else 0} {x:{'>'}{6}}")
print(f"{(x := 3) + 1} {x}")
nested = {"a": [1, {"b": 2}]}
print(f"{nested['a'][1]['b']} {nested['a'][0]:03d}")
print(f"{True} {None} {1.0} {-0.0} {10 ** 20} {2.5e-10}")
print(f"{'a' 'b'}", f"{'x' + 'y'}", f"{'%d' % 5}", f"{'{}'.format(6)}")
