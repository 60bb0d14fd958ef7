# ImportError and ModuleNotFoundError as programs see them: messages, the
# name and path attributes, the class hierarchy, errors raised by a
# module's own body (not cached, re-run on the next import), syntax errors
# in a module, and ImportError constructed by user code.
import os
import sys


def attempt(stmt):
    try:
        exec(stmt, {})
    except ImportError as e:
        path = os.path.basename(e.path) if e.path else e.path
        print(f"{stmt:40} -> {type(e).__name__}: {str(e).split(' (')[0]} | name={e.name!r} path={path!r}")


attempt("import no_such_module_xyz")
attempt("import no_such_pkg.sub")
attempt("import os.nope")
attempt("import _imp_pkg.nope")
attempt("import _imp_pkg.util.deeper")
attempt("from _imp_shapes import nothing")
attempt("from _imp_pkg import nope")
attempt("from os import no_such_function")
attempt("import math.sqrt")

print(issubclass(ModuleNotFoundError, ImportError), ModuleNotFoundError.__mro__[1].__name__)
try:
    import no_such_again
except Exception as e:
    print("caught as Exception:", type(e).__name__, e.args)

for i in range(2):
    try:
        import _mod_raises
    except ValueError as e:
        print(f"attempt {i}: ValueError {e} | cached: {'_mod_raises' in sys.modules}")

try:
    import _mod_bad_syntax
except SyntaxError as e:
    print("SyntaxError:", e.msg, "| line", e.lineno, "| file", os.path.basename(e.filename))
print("bad module cached:", "_mod_bad_syntax" in sys.modules)

e = ImportError("custom failure", name="plugin", path="/opt/plugin.py")
print(repr(e), e.msg, e.name, e.path, e.args)
e2 = ImportError()
print(repr(e2), e2.msg, e2.name, e2.path)
e3 = ModuleNotFoundError("No module named 'q'", name="q")
print(str(e3), e3.name, isinstance(e3, ImportError))
try:
    ImportError("x", colour="red")
except TypeError as t:
    print("TypeError:", t)


def optional_import(name, fallback=None):
    try:
        return __import__(name)
    except ImportError:
        return fallback


print(optional_import("math").sqrt(9), optional_import("not_installed_lib", "fallback used"))

try:
    from . import sibling
except ImportError as e:
    print(type(e).__name__, e)

try:
    __import__("")
except ValueError as e:
    print("ValueError:", e)
