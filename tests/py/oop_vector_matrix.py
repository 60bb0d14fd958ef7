# Vector and Matrix classes: arithmetic with scalars and each other,
# reflected operators, @ for matrix products, equality, indexing with
# tuples, iteration, immutability of vectors, and Gaussian elimination.


class Vector:
    __slots__ = ("_c",)

    def __init__(self, *components):
        object.__setattr__(self, "_c", tuple(components))

    def __setattr__(self, name, value):
        raise AttributeError("Vector is immutable")

    def __len__(self): return len(self._c)
    def __iter__(self): return iter(self._c)
    def __getitem__(self, i): return self._c[i]
    def __repr__(self): return f"Vector{self._c}"
    def __eq__(self, other): return isinstance(other, Vector) and self._c == other._c
    def __hash__(self): return hash(self._c)
    def __bool__(self): return any(self._c)

    def _check(self, other):
        if not isinstance(other, Vector):
            return False
        if len(other) != len(self):
            raise ValueError(f"dimension mismatch: {len(self)} vs {len(other)}")
        return True

    def __add__(self, other):
        if not self._check(other):
            return NotImplemented
        return Vector(*(a + b for a, b in zip(self, other)))

    def __sub__(self, other):
        if not self._check(other):
            return NotImplemented
        return Vector(*(a - b for a, b in zip(self, other)))

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vector(*(a * k for a in self))
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, k):
        return Vector(*(a / k for a in self))

    def __neg__(self): return self * -1

    def __matmul__(self, other):          # dot product
        if not self._check(other):
            return NotImplemented
        return sum(a * b for a, b in zip(self, other))

    def __abs__(self): return (self @ self) ** 0.5


class Matrix:
    def __init__(self, rows):
        rows = [list(r) for r in rows]
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("rows must be non-empty and of equal length")
        self.rows = rows

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    @property
    def shape(self): return len(self.rows), len(self.rows[0])

    def __getitem__(self, ij):
        if isinstance(ij, tuple):
            i, j = ij
            return self.rows[i][j]
        return Vector(*self.rows[ij])

    def __setitem__(self, ij, value):
        i, j = ij
        self.rows[i][j] = value

    def __iter__(self):
        return (Vector(*r) for r in self.rows)

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    __hash__ = None

    def __repr__(self):
        width = max(len(str(v)) for r in self.rows for v in r)
        return "\n".join("[" + " ".join(f"{v:>{width}}" for v in r) + "]" for r in self.rows)

    def transpose(self):
        return Matrix(zip(*self.rows))

    def __add__(self, other):
        if self.shape != other.shape:
            raise ValueError(f"shape mismatch {self.shape} vs {other.shape}")
        return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, other.rows)])

    def __mul__(self, k):
        return Matrix([[v * k for v in r] for r in self.rows])

    __rmul__ = __mul__

    def __matmul__(self, other):
        if isinstance(other, Vector):
            return Vector(*(Vector(*r) @ other for r in self.rows))
        if self.shape[1] != other.shape[0]:
            raise ValueError(f"cannot multiply {self.shape} by {other.shape}")
        cols = list(other.transpose())
        return Matrix([[Vector(*r) @ c for c in cols] for r in self.rows])

    def __pow__(self, n):
        result = Matrix.identity(self.shape[0])
        base = self
        while n:
            if n & 1:
                result = result @ base
            base = base @ base
            n >>= 1
        return result

    def solve(self, b):
        """Gaussian elimination with partial pivoting (floats)."""
        n = self.shape[0]
        a = [list(map(float, r)) + [float(v)] for r, v in zip(self.rows, b)]
        for col in range(n):
            pivot = max(range(col, n), key=lambda r: abs(a[r][col]))
            if abs(a[pivot][col]) < 1e-12:
                raise ZeroDivisionError("matrix is singular")
            a[col], a[pivot] = a[pivot], a[col]
            for r in range(n):
                if r != col:
                    f = a[r][col] / a[col][col]
                    a[r] = [x - f * y for x, y in zip(a[r], a[col])]
        return Vector(*(round(a[i][n] / a[i][i], 10) for i in range(n)))


u, v = Vector(1, 2, 3), Vector(4, 5, 6)
print(u + v, u - v, 2 * u, u * 2, -u, u / 2, u @ v, abs(Vector(3, 4)), bool(Vector(0, 0)), len(u))
print(u == Vector(1, 2, 3), u != v, {u: "u"}[Vector(1, 2, 3)], list(u), u[1], u[-1], sum(v))
for bad in ("u + Vector(1, 2)", "u + 1", "u * u", "'s' * u", "setattr(u, 'x', 1)"):
    try:
        eval(bad)
    except (TypeError, ValueError, AttributeError) as e:
        print(f"{bad:20} -> {type(e).__name__}: {e}")

m = Matrix([[1, 2], [3, 4]])
i2 = Matrix.identity(2)
print(m, m.shape, m[0, 1], m[1], list(m), sep="\n")
print(m @ i2 == m, m + m == 2 * m, (m @ Vector(1, 1)), m.transpose() @ m)
fib = Matrix([[1, 1], [1, 0]])
print((fib ** 10)[0, 1], (fib ** 50)[0, 1], m ** 0 == i2)
m[0, 0] = 10
print(m, Matrix([[1, 2, 3]]) @ Matrix([[1], [2], [3]]), sep="\n")
print(Matrix([[2, 1, -1], [-3, -1, 2], [-2, 1, 2]]).solve([8, -11, -3]))
for bad in (lambda: Matrix([[1, 2], [3]]), lambda: m @ Matrix([[1, 2, 3]]), lambda: Matrix([[1, 2], [2, 4]]).solve([1, 2]),
            lambda: hash(m), lambda: m + Matrix.identity(3)):
    try:
        bad()
    except (ValueError, ZeroDivisionError, TypeError) as e:
        print(f"{type(e).__name__}: {e}")
