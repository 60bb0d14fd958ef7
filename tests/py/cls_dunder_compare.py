# Rich comparisons, NotImplemented fallbacks, reflected comparisons, sorting user objects.
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        if not isinstance(o, V): return NotImplemented
        return self.v == o.v
    def __lt__(self, o):
        if not isinstance(o, V): return NotImplemented
        return self.v < o.v
    def __repr__(self): return f"V({self.v})"
print(V(1) == V(1), V(1) != V(2), V(1) < V(2), V(2) > V(1), V(1) == 1, 1 == V(1))
print(sorted([V(3), V(1), V(2)]), max([V(3), V(5)]), min(V(4), V(2)))
try: V(1) <= V(2)
except TypeError as e: print(e)
try: V(1) < 3
except TypeError as e: print(e)
class W:
    def __gt__(self, o): return "W.__gt__"
print(3 < W(), V(1) < W())
class H:
    def __init__(self, k): self.k = k
    def __eq__(self, o): return isinstance(o, H) and self.k == o.k
    def __hash__(self): return hash(self.k)
s = {H(1), H(1), H(2)}; print(len(s), H(1) in s, {H(3): "x"}[H(3)])
class NoHash:
    def __eq__(self, o): return True
print(NoHash.__hash__ is None)
try: {NoHash()}
except TypeError as e: print(e)
o1, o2 = object(), object()
print(o1 == o1, o1 == o2, o1 != o2, hash(o1) == hash(o1))
