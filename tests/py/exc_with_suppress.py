# with statements as exception tools: a suppress() manager, a manager that
# converts exceptions, one that records timing-free stats, nested managers
# entered in order and exited in reverse, and contextlib-free ExitStack.


class suppress:
    def __init__(self, *exceptions):
        self.exceptions = exceptions
        self.caught = []

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, self.exceptions):
            self.caught.append(repr(exc))
            return True
        return False


s = suppress(KeyError, IndexError)
for key in ["a", "zz", 0, 5]:
    with s:
        print("lookup", key, "->", {"a": 1}[key] if isinstance(key, str) else [10][key])
print(s.caught)
try:
    with suppress(KeyError):
        int("x")
except ValueError as e:
    print("not suppressed:", e)


class convert:
    """Re-raise any exception as another type, chained."""

    def __init__(self, target, message):
        self.target = target
        self.message = message

    def __enter__(self):
        return None

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None or issubclass(exc_type, self.target):
            return False
        raise self.target(f"{self.message}: {exc}") from exc


class StorageError(Exception):
    pass


def save(data):
    with convert(StorageError, "save failed"):
        if not data:
            raise ValueError("nothing to save")
        return len(data)


print(save("abc"))
try:
    save("")
except StorageError as e:
    print(type(e).__name__, e, "| cause:", repr(e.__cause__))


class Stage:
    order = []

    def __init__(self, name):
        self.name = name

    def __enter__(self):
        Stage.order.append(f"+{self.name}")
        return self

    def __exit__(self, *exc):
        Stage.order.append(f"-{self.name}")


with Stage("a"), Stage("b") as b, Stage("c"):
    Stage.order.append(f"body with {b.name}")
print(Stage.order)
Stage.order.clear()
try:
    with Stage("x"):
        with Stage("y"):
            raise RuntimeError("deep")
except RuntimeError:
    Stage.order.append("handled")
print(Stage.order)


class ExitStack:
    def __init__(self):
        self.callbacks = []

    def enter_context(self, cm):
        result = cm.__enter__()
        self.callbacks.append(cm.__exit__)
        return result

    def callback(self, fn, *args):
        self.callbacks.append(lambda *exc: fn(*args))

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        suppressed = False
        pending = exc_info
        while self.callbacks:
            cb = self.callbacks.pop()
            try:
                if cb(*pending):
                    suppressed = True
                    pending = (None, None, None)
            except Exception as new:
                pending = (type(new), new, new.__traceback__)
                suppressed = False
        if pending[1] is not None and pending[1] is not exc_info[1]:
            raise pending[1]
        return suppressed


log = []
with ExitStack() as stack:
    for name in ("db", "cache", "socket"):
        stack.enter_context(Stage(name))
    stack.callback(log.append, "callback ran")
print(Stage.order[-6:], log)

with ExitStack() as stack:
    sup = stack.enter_context(suppress(ZeroDivisionError))
    stack.callback(log.append, "second callback")
    1 / 0
print("after suppressed division", sup.caught, log)

try:
    with ExitStack() as stack:
        stack.callback(lambda: 1 / 0)
        stack.callback(log.append, "runs first")
except ZeroDivisionError as e:
    print("callback error surfaced:", e, log[-1])
