# __getitem__/__setitem__/__delitem__/__len__/__contains__/__iter__/__reversed__ and slicing.
class Grid:
    def __init__(self, w, h): self.w, self.h, self.cells = w, h, {}
    def __getitem__(self, key):
        if isinstance(key, slice): return [self[i, 0] for i in range(*key.indices(self.w))]
        x, y = key
        if not (0 <= x < self.w and 0 <= y < self.h): raise IndexError(f"cell {key} out of range")
        return self.cells.get(key, ".")
    def __setitem__(self, key, v): self.cells[key] = v
    def __delitem__(self, key): del self.cells[key]
    def __len__(self): return len(self.cells)
    def __contains__(self, v): return v in self.cells.values()
    def __iter__(self):
        for y in range(self.h):
            yield "".join(self[x, y] for x in range(self.w))
g = Grid(4, 2); g[1, 0] = "#"; g[3, 1] = "@"
print(list(g), len(g), "#" in g, "?" in g, g[0:4], g[::2])
del g[1, 0]; print(list(g), len(g))
try: g[9, 9]
except IndexError as e: print("IndexError", e)
try: del g[0, 0]
except KeyError as e: print("KeyError", e)
class Rev:
    def __init__(self, d): self.d = d
    def __len__(self): return len(self.d)
    def __getitem__(self, i): return self.d[i]
    def __reversed__(self): return iter(self.d[::-1] + ["!"])
print(list(reversed(Rev([1, 2, 3]))), list(Rev("ab")), "b" in Rev("ab"), sorted(Rev([3, 1, 2])))
class S:
    def __getitem__(self, k): return k
s = S(); print(s[1], s[1:2], s[::3], s[1, 2:3], s[...])
