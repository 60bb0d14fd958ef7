# slice objects and their use in subscripts.
s = slice(1, 5, 2)
print(s, s.start, s.stop, s.step, repr(slice(3)), slice(None, None, -1))
data = list(range(10))
print(data[s], data[slice(3)], data[slice(None, None, -1)], data[slice(-3, None)])
print("abcdefgh"[slice(2, 6)], tuple("abcdef")[slice(None, None, 2)])
print(s.indices(10), slice(None, None, -1).indices(5), slice(-100, 100).indices(7), slice(2, -2, 3).indices(10))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
sl = slice(None, None, None)
print(sl.start is None, data[sl] == data, data[sl] is data)
data[slice(0, 3)] = ["a", "b"]
print(data)
del data[slice(None, None, 3)]
print(data)
r = range(20)
print(r[slice(2, 10, 3)], list(r[slice(2, 10, 3)]))
try:
    print(data[slice(None, None, 0)])
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(data["x":])
except TypeError as e:
    print(type(e).__name__)
print(data[1.0 > 0:])
