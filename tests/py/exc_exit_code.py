# sys.exit with an integer: SystemExit can be caught and inspected, finally
# blocks and __exit__ run on the way out, and the last one ends the process
# with status 3.
import sys


def shutdown(code):
    print(f"shutting down with {code!r}")
    sys.exit(code)


for code in (0, 2, None, "message", (1, 2)):
    try:
        shutdown(code)
    except SystemExit as e:
        print("caught SystemExit:", repr(e), "code =", repr(e.code), "args =", e.args)

try:
    raise SystemExit
except SystemExit as e:
    print("bare SystemExit code:", e.code)

# SystemExit is not an Exception: generic handlers let it through
def careless():
    try:
        sys.exit(4)
    except Exception:
        print("never printed")


try:
    careless()
except BaseException as e:
    print("BaseException got", type(e).__name__, e.code)


class Resource:
    def __enter__(self):
        print("acquire")
        return self

    def __exit__(self, exc_type, exc, tb):
        print("release during", exc_type.__name__ if exc_type else None)
        return False


def main():
    with Resource():
        try:
            print("working")
            sys.exit(3)
        finally:
            print("finally before exit")
    print("not reached")


main()
print("not reached either")
