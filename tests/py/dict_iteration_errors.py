# Mutation during iteration and other container errors with CPython's messages.
d = {1: "a", 2: "b"}
try:
    for k in d:
        d[k + 10] = "x"
except RuntimeError as e:
    print("RuntimeError:", e)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x * 10)
except RuntimeError as e:
    print("RuntimeError:", e)
l = [1, 2, 3]
for x in l:
    if x == 2: l.remove(x)
print(l)
try: [].pop()
except IndexError as e: print(e)
try: {}.popitem()
except KeyError as e: print(repr(e))
try: set().pop()
except KeyError as e: print(repr(e))
try: [1, 2].index(5)
except ValueError as e: print(e)
try: (1, 2).index(5)
except ValueError as e: print(e)
try: "abc".index("z")
except ValueError as e: print(e)
try: [1].remove(2)
except ValueError as e: print(e)
try: dict([(1, 2, 3)])
except ValueError as e: print(e)
try: {[1]: 2}
except TypeError as e: print(e)
try: a, b = [1, 2, 3]
except ValueError as e: print(e)
try: a, b, c = [1, 2]
except ValueError as e: print(e)
