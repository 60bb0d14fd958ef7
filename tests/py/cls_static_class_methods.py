# staticmethod, classmethod, alternative constructors, class-level registries.
class Date:
    def __init__(self, y, m, d): self.y, self.m, self.d = y, m, d
    @classmethod
    def from_string(cls, s):
        y, m, d = map(int, s.split("-"))
        return cls(y, m, d)
    @staticmethod
    def is_leap(y): return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    def __repr__(self): return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"
class MyDate(Date): pass
print(Date.from_string("2024-02-29"), MyDate.from_string("1999-12-31"), Date.is_leap(2000), Date.is_leap(1900))
d = Date(1, 2, 3); print(d.is_leap(2024), d.from_string("2020-1-1"))
class Registry:
    items = []
    @classmethod
    def register(cls, x):
        cls.items.append(x)
        return x
@Registry.register
def f(): return 1
print(Registry.items[0].__name__, Registry.register(5), Registry.items[-1])
sm = staticmethod(len); cm = classmethod(lambda cls: cls.__name__)
class K:
    size = sm
    name = cm
print(K.size("abc"), K.name(), K().name())
