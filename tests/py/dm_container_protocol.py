# A sequence and a mapping type built from the container dunders:
# __len__ __getitem__ __setitem__ __delitem__ __contains__ __iter__
# __reversed__, with slices, negative indices and the errors CPython gives.


class Ring:
    """A fixed-capacity ring buffer that behaves like a sequence."""

    def __init__(self, capacity):
        self.capacity = capacity
        self.data = []

    def push(self, x):
        self.data.append(x)
        if len(self.data) > self.capacity:
            del self.data[0]

    def __len__(self):
        return len(self.data)

    def _index(self, i):
        if not isinstance(i, int):
            raise TypeError(f"Ring indices must be integers, not {type(i).__name__}")
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError("Ring index out of range")
        return i

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self.data[j] for j in range(*i.indices(len(self)))]
        return self.data[self._index(i)]

    def __setitem__(self, i, v):
        self.data[self._index(i)] = v

    def __delitem__(self, i):
        del self.data[self._index(i)]

    def __contains__(self, x):
        return x in self.data

    def __reversed__(self):
        return iter(self.data[::-1])

    def __repr__(self):
        return f"Ring({self.data}, cap={self.capacity})"


r = Ring(4)
for i in range(6):
    r.push(i * 10)
print(r, len(r), r[0], r[-1], r[1:3], r[::-1], r[::2], r[-2:], r[10:])
r[1] = 99
del r[0]
print(r, 99 in r, 20 in r, list(r), list(reversed(r)), sorted(r), sum(r), bool(r), bool(Ring(1)))
for bad in (lambda: r[10], lambda: r["a"], lambda: r.__setitem__(-9, 0), lambda: r[1.5]):
    try:
        bad()
    except (IndexError, TypeError) as e:
        print(type(e).__name__ + ":", e)
it = iter(r)             # iteration through __getitem__ until IndexError
print(next(it), next(it), list(it), [x for x in r if x > 40], max(r), r.__len__())
a, b, c = r
print(a, b, c, *r)


class Matrix:
    """A mapping keyed by (row, col) tuples, with tuple subscripts."""

    def __init__(self, rows, cols, fill=0):
        self.rows, self.cols = rows, cols
        self.cells = {}
        self.fill = fill

    def _check(self, key):
        r, c = key
        if not (0 <= r < self.rows and 0 <= c < self.cols):
            raise KeyError(key)
        return key

    def __getitem__(self, key):
        if isinstance(key, int):
            return [self[key, c] for c in range(self.cols)]
        return self.cells.get(self._check(key), self.fill)

    def __setitem__(self, key, value):
        self.cells[self._check(key)] = value

    def __delitem__(self, key):
        self.cells.pop(self._check(key), None)

    def __contains__(self, key):
        return key in self.cells

    def __iter__(self):
        for r in range(self.rows):
            yield self[r]

    def __len__(self):
        return self.rows


m = Matrix(3, 3)
m[0, 0] = 1
m[1, 1] = 5
m[2, 0] = 7
m[1, 1] += 1
del m[2, 0]
print(list(m), m[1], m[1, 1], (1, 1) in m, (2, 0) in m, len(m))
try:
    m[3, 3] = 1
except KeyError as e:
    print("KeyError:", e)
try:
    m[0, 9]
except KeyError as e:
    print("KeyError:", e, repr(e), e.args)


# the protocols on an object missing them give CPython's messages
class Empty:
    pass


e = Empty()
for expr in ["len(e)", "e[0]", "e[0] = 1", "del e[0]", "1 in e", "iter(e)", "list(e)", "reversed(e)"]:
    try:
        exec(expr)
    except TypeError as err:
        print(expr, "-> TypeError:", err)


class BadLen:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


for n in (-1, "3", 2.0, 2 ** 70):
    try:
        print(len(BadLen(n)))
    except (TypeError, ValueError, OverflowError) as err:
        print(type(err).__name__ + ":", err)
print(len(BadLen(True)), bool(BadLen(0)), bool(BadLen(3)))
