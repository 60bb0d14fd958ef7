# property getter/setter/deleter, read-only properties, class attributes vs instance attributes.
class Temp:
    unit = "C"
    def __init__(self, c): self._c = c
    @property
    def celsius(self): return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15: raise ValueError("below absolute zero")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting"); del self._c
    @property
    def fahrenheit(self): return self._c * 9 / 5 + 32
t = Temp(20); print(t.celsius, t.fahrenheit, t.unit, Temp.unit)
t.celsius = 100; print(t.fahrenheit)
try: t.celsius = -300
except ValueError as e: print("ValueError", e)
try: t.fahrenheit = 5
except AttributeError as e: print("AttributeError", e)
del t.celsius; print(hasattr(t, "_c"))
t.unit = "K"; print(t.unit, Temp.unit, "unit" in vars(t))
Temp.unit = "F"; print(Temp("x").unit)
print(type(Temp.celsius).__name__, Temp.celsius.fget.__name__)
class Counter:
    instances = 0
    def __init__(self): Counter.instances += 1
for _ in range(3): Counter()
print(Counter.instances)
