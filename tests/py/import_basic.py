# import, import as, from-import, star import, module caching, __name__.
import _imp_shapes
import _imp_shapes as shapes2
from _imp_shapes import area, Square as Sq
import sys

print(_imp_shapes is shapes2, _imp_shapes.__name__, __name__)
print(round(area(2), 3), Sq(3), Sq(3).area())
print(sorted(k for k in vars(_imp_shapes) if not k.startswith("__")))
print("_imp_shapes" in sys.modules, sys.modules["_imp_shapes"] is _imp_shapes)
ns = {}
exec_names = dir()
from _imp_shapes import *
print("PI" in dir(), "_private" in dir())
print(type(_imp_shapes).__name__, repr(_imp_shapes).startswith("<module '_imp_shapes' from "))
_imp_shapes.PI = 3
print(area(1), _imp_shapes.area(1))
import _imp_shapes
print(_imp_shapes.PI)
if __name__ == "__main__":
    print("main guard ran")
