# __getattr__, __getattribute__, __setattr__, __delattr__, getattr/setattr/hasattr/delattr, __dict__.
class Proxy:
    def __init__(self, target): object.__setattr__(self, "_target", target); object.__setattr__(self, "log", [])
    def __getattr__(self, name):
        self.log.append(name)
        return getattr(self._target, name)
    def __setattr__(self, name, v):
        self.log.append("set " + name)
        setattr(self._target, name, v)
class T: x = 1
t = T(); p = Proxy(t)
print(p.x, p.log); p.y = 5; print(t.y, p.log, hasattr(p, "zzz"), p.log[-1])
class Strict:
    __slots_like__ = ("a",)
    def __setattr__(self, n, v):
        if n not in self.__slots_like__: raise AttributeError(f"cannot set {n}")
        super().__setattr__(n, v)
    def __delattr__(self, n):
        print("del", n); super().__delattr__(n)
s = Strict(); s.a = 1
try: s.b = 2
except AttributeError as e: print(e)
del s.a; print(hasattr(s, "a"))
class Count:
    def __init__(self): self.hits = 0
    def __getattribute__(self, n):
        if n != "hits": object.__setattr__(self, "hits", object.__getattribute__(self, "hits") + 1)
        return object.__getattribute__(self, n)
    def m(self): return 1
c = Count(); c.m(); c.m(); print(c.hits)
o = T(); setattr(o, "dyn", 3); print(getattr(o, "dyn"), o.__dict__, vars(o)); delattr(o, "dyn"); print(o.__dict__)
try: getattr(o, "missing")
except AttributeError as e: print(e)
print(getattr(o, "missing", None), hasattr(T, "x"), T.__dict__["x"], "x" in dir(T))
