# sys: argv, path, modules, maxsize, version_info, recursion limit, stdout/stderr objects, exit codes.
import sys
print(sys.argv[0].endswith("mod_sys.py"), len(sys.argv), type(sys.path).__name__, sys.path[0] != "", "sys" in sys.modules)
print(sys.maxsize == 2**63 - 1, sys.version_info[:2], sys.version_info[0] == 3, sys.byteorder, sys.platform)
old = sys.getrecursionlimit(); sys.setrecursionlimit(2000); print(old, sys.getrecursionlimit()); sys.setrecursionlimit(old)
sys.stdout.write("written directly\n"); print(sys.stdout.write("abc"), file=sys.stdout)
print("to stderr", file=sys.stderr)
sys.stdout.flush()
try:
    sys.setrecursionlimit(-5)
except ValueError as e:
    print(e)
try:
    raise SystemExit("message")
except SystemExit as e:
    print(repr(e.code))
print(sys.exc_info() == (None, None, None))
try:
    1 / 0
except ZeroDivisionError:
    t, v, tb = sys.exc_info(); print(t.__name__, v)
