"""A module that is also a script: the guard decides what runs."""
import sys

LOADS = getattr(sys, "_mod_tool_loads", 0) + 1
sys._mod_tool_loads = LOADS


def word_count(text):
    return len(text.split())


def main(argv):
    print("main() called with", argv)
    return 0


if __name__ == "__main__":
    print("running as a script")
    sys.exit(main(sys.argv[1:]))
else:
    print("imported as", __name__, "load", LOADS)
