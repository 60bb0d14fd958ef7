# Circular imports see partially initialised modules; a failing module is
# not left in sys.modules.
import sys
import _imp_circ_a
print(_imp_circ_a.from_b(), _imp_circ_a.A_VALUE)
try:
    import _imp_circ_c
except ImportError as e:
    print(type(e).__name__, str(e).split(" (most")[0])
for attempt in range(2):
    try:
        import _imp_broken
    except ValueError as e:
        print("attempt", attempt, e, "_imp_broken" in sys.modules)
try:
    from . import something
except ImportError as e:
    print(type(e).__name__, e)
try:
    import no_such_module_anywhere
except ImportError as e:
    print(type(e).__name__, e.__class__.__mro__[1].__name__, e)
try:
    from _imp_shapes import nothing_here
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
