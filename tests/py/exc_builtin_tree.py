# The built-in exception hierarchy: each class's MRO, what an except clause
# for a base catches, and real operations that raise each exception.

classes = [BaseException, Exception, ArithmeticError, ZeroDivisionError, OverflowError,
           FloatingPointError, LookupError, IndexError, KeyError, ValueError, UnicodeError,
           UnicodeDecodeError, UnicodeEncodeError, TypeError, NameError, UnboundLocalError,
           AttributeError, RuntimeError, RecursionError, NotImplementedError, StopIteration,
           StopAsyncIteration, GeneratorExit, AssertionError, ImportError, ModuleNotFoundError,
           OSError, FileNotFoundError, FileExistsError, PermissionError, IsADirectoryError,
           NotADirectoryError, TimeoutError, EOFError, KeyboardInterrupt, SystemExit,
           MemoryError, BufferError, SyntaxError, IndentationError, TabError]
for cls in classes:
    print(f"{cls.__name__:22} {' > '.join(c.__name__ for c in cls.__mro__[1:])}")

print(issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, Exception), issubclass(GeneratorExit, Exception))
print(IOError is OSError, EnvironmentError is OSError, issubclass(ModuleNotFoundError, ImportError))
print(isinstance(ZeroDivisionError(), ArithmeticError), isinstance(KeyError(), LookupError))


def undefined_local():
    print(later)
    later = 1


triggers = {
    "ZeroDivisionError": lambda: 1 // 0,
    "float division": lambda: 1.0 / 0,
    "OverflowError": lambda: 2.0 ** 10000,
    "IndexError": lambda: [][0],
    "KeyError": lambda: {}["missing"],
    "ValueError": lambda: int("twelve"),
    "UnicodeDecodeError": lambda: b"\xff".decode("utf-8"),
    "UnicodeEncodeError": lambda: "é".encode("ascii"),
    "TypeError": lambda: "a" + 1,
    "NameError": lambda: undefined_name,
    "UnboundLocalError": undefined_local,
    "AttributeError": lambda: None.attr,
    "RecursionError": None,
    "StopIteration": lambda: next(iter([])),
    "AssertionError": None,
    "ModuleNotFoundError": lambda: __import__("no_such_module_xyz"),
    "ImportError": None,
    "FileNotFoundError": lambda: open("/no/such/file.txt"),
    "IsADirectoryError": lambda: open("/"),
    "NotImplementedError": None,
}


def recurse(n):
    return recurse(n + 1)


def check(flag):
    assert flag, "flag must be set"


def abstract():
    raise NotImplementedError("subclass must implement")


def bad_import():
    from sys import no_such_name


triggers["RecursionError"] = lambda: recurse(0)
triggers["AssertionError"] = lambda: check(False)
triggers["NotImplementedError"] = abstract
triggers["ImportError"] = bad_import

for label, fn in triggers.items():
    try:
        fn()
        print(label, "did not raise")
    except ArithmeticError as e:
        print(f"{label:20} ArithmeticError branch: {type(e).__name__}: {e}")
    except LookupError as e:
        print(f"{label:20} LookupError branch: {type(e).__name__}: {e}")
    except UnicodeError as e:
        print(f"{label:20} UnicodeError branch: {type(e).__name__}")
    except ValueError as e:
        print(f"{label:20} ValueError branch: {type(e).__name__}: {e}")
    except (NameError, AttributeError) as e:
        print(f"{label:20} name/attr branch: {type(e).__name__}: {e}")
    except RuntimeError as e:
        print(f"{label:20} RuntimeError branch: {type(e).__name__}: {e}")
    except ImportError as e:
        print(f"{label:20} ImportError branch: {type(e).__name__}: {e}")
    except OSError as e:
        print(f"{label:20} OSError branch: {type(e).__name__}: errno={e.errno} {e.strerror}")
    except Exception as e:
        print(f"{label:20} Exception branch: {type(e).__name__}: {e}")

# BaseException subclasses outside Exception are not caught by `except Exception`
for exc in (KeyboardInterrupt, SystemExit, GeneratorExit):
    try:
        try:
            raise exc()
        except Exception:
            print("wrongly caught", exc.__name__)
    except BaseException as e:
        print("BaseException caught", type(e).__name__, isinstance(e, Exception))
