# __context__, __cause__, __suppress_context__, raise from None, exception args and attributes.
def chain():
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("while handling") from e
try:
    chain()
except ValueError as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
try:
    try:
        int("x")
    except ValueError:
        raise TypeError("implicit")
except TypeError as e:
    print(repr(e), type(e.__context__).__name__, e.__cause__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("hidden") from None
except RuntimeError as e:
    print(e.__suppress_context__, e.__cause__, type(e.__context__).__name__)
class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(f"[{code}] {msg}")
        self.code = code
class NotFound(AppError): pass
try:
    raise NotFound(404, "missing")
except AppError as e:
    print(type(e).__name__, e.code, str(e), e.args, isinstance(e, Exception))
e = Exception("a", 1)
print(e.args, str(e), repr(e), str(Exception()), repr(Exception()))
print(repr(KeyError("k")), str(KeyError("k")), str(KeyError()), str(IndexError("i")))
try:
    raise StopIteration(5)
except StopIteration as s:
    print(s.value, s.args)
print(isinstance(KeyboardInterrupt(), Exception), issubclass(KeyboardInterrupt, BaseException), issubclass(UnicodeDecodeError, ValueError))
try:
    raise TypeError
except TypeError as e:
    print(repr(e), e.args)
def bare():
    try:
        raise OSError(2, "No such file or directory", "f.txt")
    except OSError as err:
        return err
err = bare(); print(err.errno, err.strerror, err.filename, str(err), type(err).__name__)
