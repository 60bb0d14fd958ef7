# `from m import *` with and without __all__: which names arrive, that
# __all__ may name underscore names, that plain star-import skips them but
# brings imported modules along, errors for bad __all__ entries, that the
# names are bindings (rebinding in the module is not seen), and that a
# package's __all__ (and __import__'s fromlist) imports submodules.
before = set(dir())

from _mod_star_all import *
got_all = sorted(set(dir()) - before - {"before"})
print("with __all__:", got_all)
print(area(1) > 3.14, _scale(21), Circle(2).r)
try:
    perimeter(1)
except NameError as e:
    print("NameError:", e)

before = set(dir())
from _mod_star_plain import *
got_plain = sorted(set(dir()) - before - {"before", "got_all"})
print("without __all__:", got_plain)
print(shout(GREETING), sqrt(16), text_constants.digits)
for name in ["_hidden", "_whisper", "__dunder"]:
    print(name, "imported:", name in dir())

import _mod_star_plain
_mod_star_plain.GREETING = "changed"
print("our binding unchanged:", GREETING, "| module's:", _mod_star_plain.GREETING)
from _mod_star_plain import *
print("after a second star-import:", GREETING)

from _mod_star_tuple import *
print("tuple __all__:", ALPHA, beta, "gamma" in dir())

try:
    from _mod_star_bad import *
except AttributeError as e:
    print("AttributeError:", e)
print("names bound before the failure:", "exists" in dir())


def star_in_function_is_a_syntax_error():
    src = "def f():\n    from math import *\n"
    try:
        compile(src, "<test>", "exec")
    except SyntaxError as e:
        return f"SyntaxError: {e.msg}"


print(star_in_function_is_a_syntax_error())

from _mod_plugins import *
import _mod_plugins
print("star-import of a package loads the submodules in __all__:", alpha.NAME, beta.NAME, _mod_plugins.REGISTRY)
print("gamma not in __all__, not loaded:", hasattr(_mod_plugins, "gamma"))
pk = __import__("_mod_plugins", fromlist=["gamma", "no_such_plugin"])
print("__import__ fromlist loads submodules:", pk.gamma.NAME, _mod_plugins.REGISTRY, hasattr(pk, "no_such_plugin"))

import _mod_star_all as m
print("module keeps everything:", sorted(k for k in vars(m) if not k.startswith("__")))
print("__all__ is a list:", m.__all__, type(m.__all__).__name__)
