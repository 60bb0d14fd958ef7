# The built-in exception hierarchy as CPython 3.11 defines it.
names = ["BaseException", "Exception", "ArithmeticError", "ZeroDivisionError", "OverflowError", "FloatingPointError",
         "LookupError", "IndexError", "KeyError", "ValueError", "UnicodeError", "UnicodeDecodeError", "UnicodeEncodeError",
         "UnicodeTranslateError", "TypeError", "NameError", "UnboundLocalError", "AttributeError", "RuntimeError",
         "RecursionError", "NotImplementedError", "StopIteration", "StopAsyncIteration", "GeneratorExit", "AssertionError",
         "ImportError", "ModuleNotFoundError", "OSError", "FileNotFoundError", "FileExistsError", "PermissionError",
         "IsADirectoryError", "NotADirectoryError", "TimeoutError", "InterruptedError", "BlockingIOError",
         "ChildProcessError", "ProcessLookupError", "ConnectionError", "BrokenPipeError", "ConnectionAbortedError",
         "ConnectionRefusedError", "ConnectionResetError", "EOFError", "MemoryError", "BufferError", "SyntaxError",
         "IndentationError", "TabError", "SystemError", "KeyboardInterrupt", "SystemExit", "Warning", "UserWarning",
         "DeprecationWarning", "PendingDeprecationWarning", "SyntaxWarning", "RuntimeWarning", "FutureWarning",
         "ImportWarning", "UnicodeWarning", "BytesWarning", "ResourceWarning", "EncodingWarning", "ReferenceError"]
import builtins
for n in names:
    t = getattr(builtins, n)
    print(n, t.__base__.__name__, t.__module__)
print(IOError is OSError, EnvironmentError is OSError)
for code in (2, 13, 17, 20, 21, 32, 111):
    print(code, type(OSError(code, "msg")).__name__)
