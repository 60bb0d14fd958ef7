# Module caching in sys.modules: a second import is the same object and
# does not re-run the body; deleting the entry forces a fresh module;
# objects planted in sys.modules are what `import` returns; None blocks an
# import; `import a.b` binds a, `import a.b as c` binds the submodule.
import sys

import _mod_counter
import _mod_counter as again
from _mod_counter import value
print("same object:", _mod_counter is again, "| body runs:", sys.modules["_mod_counter_state"])
_mod_counter.value.append("shared")
print("from-import shares the list:", value, value is _mod_counter.value)

old = sys.modules.pop("_mod_counter")
import _mod_counter
print("after deleting the cache entry:", _mod_counter is old, sys.modules["_mod_counter_state"])
print("old module still usable:", old.value, "| new one is fresh:", _mod_counter.value)


class FakeModule:
    __name__ = "virtual_config"
    debug = True
    level = 3

    def __repr__(self):
        return "<FakeModule virtual_config>"


sys.modules["virtual_config"] = FakeModule()
import virtual_config
from virtual_config import level
print("planted object:", virtual_config, virtual_config.debug, level)

sys.modules["blocked_module"] = None
for attempt in range(2):
    try:
        import blocked_module
    except ImportError as e:
        print(type(e).__name__, e, "| name:", e.name)
try:
    from blocked_module import anything
except ImportError as e:
    print("from-import also blocked:", type(e).__name__)

import _imp_pkg.util
print("import a.b binds a:", "_imp_pkg" in dir(), "util" in dir())
import _imp_pkg.util as u
print("as-binding is the submodule:", u is _imp_pkg.util, u.__name__)
del _imp_pkg
import _imp_pkg.sub.deep
print("re-import of a cached package is cheap and rebinds:", _imp_pkg.sub.deep.__name__)

import math
m1 = sys.modules["math"]
import math as m2
print("built-in modules are cached too:", m1 is m2 is math)

before = set(sys.modules)
import _imp_shapes
print("newly cached:", sorted(set(sys.modules) - before))

mods = [k for k in sys.modules if k.startswith("_imp_pkg")]
print("package entries:", sorted(mods))
print("modules are hashable and compare by identity:", len({math, m1, m2}), math == m2)
print("type:", type(math).__name__, type(_mod_counter).__name__)
