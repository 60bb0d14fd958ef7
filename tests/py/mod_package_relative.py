# A package with a subpackage: absolute and relative imports, `import a.b
# as c`, `from pkg import name as alias`, what each module's __name__ and
# __package__ are, binding of submodules as package attributes, and a
# relative import that goes beyond the top-level package.
import os
import sys

import _mod_geo.io.fmt as fmt
from _mod_geo import Circle, Rect as R, total_area
from _mod_geo.units import to_cm, FACTORS as F
import _mod_geo

print("--- imported")
print(fmt.__name__, fmt.__package__, _mod_geo.io.__package__)
print("submodules bound:", _mod_geo.io.fmt is fmt, _mod_geo.shapes.Circle is Circle, R is _mod_geo.Rect)
print("package attributes:", sorted(k for k in vars(_mod_geo) if not k.startswith("__")))
print("__all__:", _mod_geo.__all__)
print("files:", os.path.basename(_mod_geo.__file__), os.path.basename(fmt.__file__),
      os.path.basename(_mod_geo.io.__path__[0]))
print("in sys.modules:", sorted(k for k in sys.modules if k.startswith("_mod_geo")))

shapes = [fmt.parse(line) for line in ["circle 1", "rect 2 3", "rect 10 20 mm", "circle 1 in"]]
for s in shapes:
    print(" ", fmt.describe(s))
print(f"total area {total_area(shapes):.3f}")
print(to_cm(3, "m"), sorted(F), R(1, 1, "m").area())

for bad in ["hexagon 3", "circle 2 furlong"]:
    try:
        fmt.parse(bad)
    except ValueError as e:
        print("ValueError:", e)

try:
    import _mod_geo.io.broken
except ImportError as e:
    print(type(e).__name__, e)
print("broken not cached:", "_mod_geo.io.broken" in sys.modules)

try:
    from _mod_geo import nothing_here
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0], "| name:", e.name)

try:
    import _mod_geo.missing_sub
except ModuleNotFoundError as e:
    print(type(e).__name__, e, "| name:", e.name)

import _mod_geo.units as again
print("second import is cached:", again is _mod_geo.units)
