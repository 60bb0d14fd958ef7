# Exception chaining: explicit (raise X from Y), suppressed (from None),
# implicit (__context__), and walking a chain the way the traceback printer
# does; __suppress_context__ values printed throughout.


def describe(e):
    parts = []
    while e is not None:
        parts.append(f"{type(e).__name__}({e})")
        if e.__cause__ is not None:
            parts.append("  caused by")
            e = e.__cause__
        elif e.__context__ is not None and not e.__suppress_context__:
            parts.append("  during handling of")
            e = e.__context__
        else:
            e = None
    return " ".join(parts)


class ConfigError(Exception):
    pass


def parse_port(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError(f"bad port {text!r}") from e


def load(settings):
    try:
        return parse_port(settings["port"])
    except KeyError:
        raise ConfigError("port missing")           # implicit chaining only
    except ConfigError as e:
        raise ConfigError("cannot load settings") from e


for settings in ({"port": "80"}, {"port": "eighty"}, {}):
    try:
        print("loaded", load(settings))
    except ConfigError as e:
        print(describe(e))
        print("   cause:", repr(e.__cause__), "context:", repr(e.__context__), "suppress:", e.__suppress_context__)

# from None hides the context but keeps it in __context__
try:
    try:
        {}["k"]
    except KeyError:
        raise ValueError("clean error") from None
except ValueError as e:
    print(describe(e), "|", e.__cause__, repr(e.__context__), e.__suppress_context__)

# from an exception class instantiates it
try:
    raise RuntimeError("outer") from KeyError
except RuntimeError as e:
    print(repr(e.__cause__), type(e.__cause__).__name__, e.__suppress_context__)

# from a non-exception
try:
    try:
        raise RuntimeError("x") from 42
    except TypeError as e:
        print("TypeError:", e)
except RuntimeError:
    print("not reached")

# setting __cause__ by hand sets __suppress_context__
e = ValueError("manual")
print(e.__cause__, e.__context__, e.__suppress_context__)
e.__cause__ = KeyError("k")
print(repr(e.__cause__), e.__suppress_context__)
e.__suppress_context__ = False
print(e.__suppress_context__)
e.__cause__ = None
print(e.__cause__, e.__suppress_context__)

# chains several levels deep, built while handling
def level(n):
    if n == 0:
        raise LookupError("bottom")
    try:
        level(n - 1)
    except Exception as exc:
        if n % 2:
            raise RuntimeError(f"level {n}") from exc
        raise TypeError(f"level {n}")


try:
    level(4)
except Exception as e:
    print(describe(e))
    depth = 0
    while e is not None:
        depth += 1
        e = e.__cause__ or e.__context__
    print("chain length", depth)

# an exception re-raised in its own handler does not chain to itself
try:
    try:
        raise ValueError("self")
    except ValueError as v:
        raise v
except ValueError as v:
    print(repr(v.__context__))

# context is set when raising inside finally and inside __exit__
class Closer:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        raise OSError("close failed")


try:
    with Closer():
        raise ValueError("work failed")
except OSError as e:
    print(describe(e))
try:
    try:
        raise KeyError("body")
    finally:
        raise IndexError("finally")
except IndexError as e:
    print(describe(e))
