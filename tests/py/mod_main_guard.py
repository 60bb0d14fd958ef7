# __name__ == "__main__" guards: an imported module sees its own name, the
# program sees "__main__"; running the module's source with __name__ set to
# "__main__" takes the other branch; module metadata attributes.
import os
import sys

import _mod_tool

print("program __name__:", __name__)
print("tool __name__:", _mod_tool.__name__, "| file:", os.path.basename(_mod_tool.__file__))
print("doc:", _mod_tool.__doc__)
print("word_count:", _mod_tool.word_count("the guard keeps main from running"))

main_mod = sys.modules["__main__"]
print("__main__ in sys.modules:", main_mod.__name__, "| our file:", os.path.basename(__file__))
print("globals are the module dict:", vars(main_mod) is globals())

path = _mod_tool.__file__
with open(path) as f:
    source = f.read()
ns = {"__name__": "__main__"}
try:
    exec(compile(source, path, "exec"), ns)
except SystemExit as e:
    print("the script branch exited with", e.code)
print("loads counted:", sys._mod_tool_loads)

ns2 = {"__name__": "not_main"}
exec(compile(source, path, "exec"), ns2)
print("word_count from exec'd namespace:", ns2["word_count"]("a b c"))


def describe(module):
    return {k: type(getattr(module, k)).__name__ for k in ("__name__", "__doc__", "__file__") if hasattr(module, k)}


print(describe(_mod_tool))
print("math has no __file__ here:", hasattr(__import__("math"), "__name__"))

if __name__ == "__main__":
    print("program main guard ran")
    status = _mod_tool.main(["--dry-run"])
    print("status", status)
