# Context managers written as classes: __enter__ return values, __exit__
# arguments, suppression, exceptions raised inside __exit__, nesting and
# several managers in one with statement.


class Trace:
    log = []

    def __init__(self, name, suppress=False, fail_in_exit=False):
        self.name = name
        self.suppress = suppress
        self.fail_in_exit = fail_in_exit

    def __enter__(self):
        Trace.log.append(f"enter {self.name}")
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        desc = "ok" if exc_type is None else f"{exc_type.__name__}({exc})"
        Trace.log.append(f"exit {self.name}: {desc} tb={tb is not None}")
        if self.fail_in_exit:
            raise RuntimeError(f"{self.name} failed while exiting")
        return self.suppress


def show(label):
    print(label, Trace.log)
    Trace.log.clear()


with Trace("a") as value:
    Trace.log.append(f"body sees {value}")
show("plain:")

with Trace("outer"), Trace("inner") as v:
    Trace.log.append(v)
show("two managers:")

try:
    with Trace("x"), Trace("y"):
        raise KeyError("k")
except KeyError as e:
    Trace.log.append(f"caught {e!r}")
show("exception passes through both:")

with Trace("sup", suppress=True):
    raise ValueError("swallowed")
show("suppressed:")

with Trace("outer"), Trace("inner", suppress=True):
    1 / 0
show("inner suppresses, outer sees nothing:")

try:
    with Trace("bad", fail_in_exit=True):
        raise ValueError("original")
except RuntimeError as e:
    Trace.log.append(f"caught {e} context={e.__context__!r}")
show("exit raises:")

try:
    with Trace("bad2", fail_in_exit=True):
        pass
except RuntimeError as e:
    Trace.log.append(f"caught {e} context={e.__context__!r}")
show("exit raises on success:")


def early_return():
    with Trace("ret"):
        return "returned"
    return "not reached"


print(early_return())
show("return inside with:")

for i in range(3):
    with Trace(f"loop{i}"):
        if i == 0:
            continue
        if i == 1:
            break
show("continue/break:")


# truthiness of __exit__'s result decides suppression
class Returns:
    def __init__(self, value):
        self.value = value

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return self.value


for value in (0, 1, "", "yes", None, [], [0]):
    try:
        with Returns(value):
            raise LookupError
        print(repr(value), "suppressed")
    except LookupError:
        print(repr(value), "propagated")


# resource managers: a transaction that rolls back on error
class Transaction:
    def __init__(self, store):
        self.store = store

    def __enter__(self):
        self.snapshot = dict(self.store)
        return self.store

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None:
            self.store.clear()
            self.store.update(self.snapshot)
            print(f"rolled back after {exc_type.__name__}: {exc}")
        return False


db = {"alice": 100, "bob": 50}


def transfer(src, dst, amount):
    with Transaction(db) as s:
        s[src] -= amount
        if s[src] < 0:
            raise ValueError(f"{src} would be overdrawn")
        s[dst] += amount


transfer("alice", "bob", 30)
print(db)
try:
    transfer("bob", "alice", 500)
except ValueError as e:
    print("ValueError:", e)
print(db)

# objects without the protocol
class NoExit:
    def __enter__(self):
        return self


for obj in (NoExit(), 42):
    try:
        with obj:
            pass
    except (AttributeError, TypeError) as e:
        print(type(e).__name__ + ":", e)


# __enter__ raising: __exit__ is not called
class BadEnter:
    def __enter__(self):
        raise OSError("cannot open")

    def __exit__(self, *a):
        print("exit called?!")


try:
    with Trace("first"), BadEnter():
        print("body")
except OSError as e:
    Trace.log.append(f"OSError {e}")
show("enter fails:")
