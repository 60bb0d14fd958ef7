# abs() on ints, floats, bools, big ints.
for v in [0, 5, -5, -0.0, 0.0, -2.5, 2.5, True, False, -(2 ** 63), 2 ** 63, -(10 ** 30),
          float("-inf"), -1e-300, -9223372036854775807]:
    print(repr(v), abs(v), type(abs(v)).__name__)
print(abs(float("nan")), abs(-3) == 3, abs(-3.0) == 3)
print(sorted([-5, 3, -1, 4, -2], key=abs), max([-10, 5, 7], key=abs))
print(sum(abs(x) for x in range(-5, 6)))
try:
    abs("x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    abs(None)
except TypeError as e:
    print(type(e).__name__, e)
