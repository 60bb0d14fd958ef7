# sys.exit with an integer status.
import sys
print("before exit")
def finish(code):
    try:
        print("exiting with", code)
        sys.exit(code)
    finally:
        print("finally runs during exit")
finish(3)
print("unreachable")
