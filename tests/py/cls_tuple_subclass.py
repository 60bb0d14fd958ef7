# Subclassing tuple: a __dict__ after the inline items.
class P(tuple):
    def __new__(cls, x, y): return tuple.__new__(cls, (x, y))
    @property
    def x(self): return self[0]
    def __repr__(self): return f"P(x={self[0]}, y={self[1]})"
p = P(1, 2); p.extra = 5
print(p, p.x, len(p), p + (3,), p == (1, 2), hash(p) == hash((1, 2)), p.extra, isinstance(p, tuple), list(p), p[::-1], vars(p))
class Q(P): pass
q = Q(3, 4); q.z = 1; print(q, q.z, type(q).__name__, sorted([P(2, 1), P(1, 2)]))
