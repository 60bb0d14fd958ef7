# Circular imports behave as in CPython: a module is in sys.modules while
# its body runs, so a partner that imports it sees it partially
# initialised.  from-imports of names not yet defined fail with the
# "partially initialized module" message; plain module imports work when
# the attributes are used later; defining names before the cycle works.
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))


def show(e):
    return str(e).replace(here + os.sep, "<dir>/")


try:
    import _mod_circ_x
except ImportError as e:
    print(type(e).__name__ + ":", show(e))
    print("name:", e.name, "| path:", os.path.basename(e.path))
print("left in sys.modules:", "_mod_circ_x" in sys.modules, "_mod_circ_y" in sys.modules)

try:
    import _mod_circ_y
except ImportError as e:
    print("starting from y instead:", show(e))

import _mod_cyc_p
print(_mod_cyc_p.greet(), "|", _mod_cyc_p._mod_cyc_q.greet())
print("each refers to the other:", _mod_cyc_p._mod_cyc_q._mod_cyc_p is _mod_cyc_p)

import _mod_cyc_late
print("late import works:", _mod_cyc_late.partner_value, _mod_cyc_late.LATE)


class Registry:
    """A plugin registry where plugins import the registry that imports them."""

    def __init__(self):
        self.plugins = {}

    def register(self, name):
        def deco(fn):
            self.plugins[name] = fn
            return fn
        return deco


registry = Registry()


@registry.register("double")
def double(x):
    return 2 * x


@registry.register("neg")
def neg(x):
    return -x


print(sorted(registry.plugins), [registry.plugins[k](7) for k in sorted(registry.plugins)])
