# Import errors and module attributes: ModuleNotFoundError, ImportError from names, __name__/__file__.
try:
    import definitely_not_a_module
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name if hasattr(e, "name") else "-")
try:
    from math import does_not_exist
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
try:
    import math.nothing
except ModuleNotFoundError as e:
    print(e)
import math, sys
print(math.__name__, "math" in sys.modules, sys.modules["math"] is math, type(math).__name__)
import collections as c1, collections as c2
print(c1 is c2, c1.__name__)
from collections import *
print(deque([1]), "namedtuple" in dir())
print(__name__)
