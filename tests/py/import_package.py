# Packages: __init__.py, submodules, relative imports, attribute binding.
import _imp_pkg.sub.deep
import _imp_pkg.sub.deep as deep
from _imp_pkg import util, double
from _imp_pkg.sub import sibling

print(_imp_pkg.VERSION, double(4), util.describe())
print(deep.run(), _imp_pkg.sub.deep is deep)
print(sibling.NAME, _imp_pkg.sub.sibling is sibling)
print(_imp_pkg.__name__, _imp_pkg.sub.__name__, deep.__name__)
print(_imp_pkg.__package__, deep.__package__)
print(hasattr(_imp_pkg, "__path__"), hasattr(util, "__path__"))
try:
    import _imp_pkg.nothing
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    import _imp_pkg.util.more
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
