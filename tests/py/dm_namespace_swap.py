# Instance namespaces as objects: replacing __dict__ (shared-state
# "Borg" objects, snapshots and rollback), __class__ reassignment between
# compatible classes, and the TypeErrors for invalid namespace operations.


class Borg:
    _shared = {}

    def __init__(self, name):
        self.__dict__ = Borg._shared       # every instance shares one namespace
        self.last = name


a, b = Borg("first"), Borg("second")
a.counter = 1
b.counter += 1
print(a.last, b.last, a.counter, a.__dict__ is b.__dict__, vars(a) is Borg._shared, sorted(Borg._shared))


class Document:
    def __init__(self, **fields):
        self.__dict__.update(fields)
        self._history = []

    def snapshot(self):
        self._history.append(dict(self.__dict__))

    def rollback(self):
        state = self._history.pop()
        history = self._history
        self.__dict__ = state
        self._history = history

    def __repr__(self):
        shown = {k: v for k, v in vars(self).items() if not k.startswith("_")}
        return f"Document({shown})"


doc = Document(title="draft", words=100)
doc.snapshot()
doc.title = "final"
doc.words = 250
doc.author = "ann"
print(doc)
doc.rollback()
print(doc, hasattr(doc, "author"), len(doc._history))

for bad in (5, [("a", 1)], None):
    try:
        doc.__dict__ = bad
    except TypeError as e:
        print("TypeError:", e)
del doc.__dict__                  # allowed: the namespace starts over empty
print(vars(doc), hasattr(doc, "title"))


class MappingWithDefault(dict):
    def __missing__(self, key):
        return f"<no {key}>"


doc.__dict__ = MappingWithDefault(title="custom")
print(doc.title, type(vars(doc)).__name__, doc.__dict__["nothing"])


# __class__ assignment: an object changes behaviour but keeps its state
class Idle:
    def handle(self, event):
        if event == "start":
            self.__class__ = Running
            return "starting"
        return "ignored"


class Running:
    def handle(self, event):
        self.ticks = getattr(self, "ticks", 0) + 1
        if event == "stop":
            self.__class__ = Idle
            return f"stopped after {self.ticks} events"
        return f"running ({event})"


machine = Idle()
for event in ["tick", "start", "tick", "tick", "stop", "tick"]:
    print(f"{type(machine).__name__:8} {event:6} -> {machine.handle(event)}")

for target in (int, "Idle", object):
    try:
        machine.__class__ = target
    except TypeError as e:
        print("TypeError:", e)
try:
    del machine.__class__
except TypeError as e:
    print("TypeError:", e)


class Slotted:
    __slots__ = ("a",)


try:
    Slotted().__dict__ = {}
except AttributeError as e:
    print("AttributeError:", e)
try:
    Idle.__bases__ = ()
except TypeError as e:
    print("TypeError:", e)
