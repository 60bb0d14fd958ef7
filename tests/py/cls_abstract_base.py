# Abstract base classes with abc: abstractmethod (plain, property,
# classmethod, staticmethod), the TypeError for instantiating a class with
# abstract methods left, partial implementations, register() for virtual
# subclasses, and __subclasshook__ for structural checks.
from abc import ABC, ABCMeta, abstractmethod


class Storage(ABC):
    @abstractmethod
    def read(self, key):
        """Return the value stored under key."""

    @abstractmethod
    def write(self, key, value):
        ...

    @property
    @abstractmethod
    def name(self):
        ...

    def copy(self, src, dst):
        self.write(dst, self.read(src))     # concrete method built on abstract ones
        return self


class Partial(Storage):
    def read(self, key):
        return None


class Memory(Partial):
    def __init__(self):
        self.data = {}

    def read(self, key):
        return self.data.get(key)

    def write(self, key, value):
        self.data[key] = value

    @property
    def name(self):
        return "memory"


print(sorted(Storage.__abstractmethods__), sorted(Partial.__abstractmethods__), Memory.__abstractmethods__)
for cls in (Storage, Partial):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)
m = Memory()
m.write("a", 1)
print(m.copy("a", "b").data, m.name, isinstance(m, Storage), issubclass(Memory, Partial), type(Storage).__name__)


class Codec(metaclass=ABCMeta):
    @classmethod
    @abstractmethod
    def create(cls):
        ...

    @staticmethod
    @abstractmethod
    def version():
        ...


class Json(Codec):
    @classmethod
    def create(cls):
        return cls()

    @staticmethod
    def version():
        return 2


print(sorted(Codec.__abstractmethods__), type(Json.create()).__name__, Json.version())
try:
    Codec()
except TypeError as e:
    print("TypeError:", e)


# virtual subclasses
class Sequenceish(ABC):
    pass


Sequenceish.register(list)
Sequenceish.register(tuple)


@Sequenceish.register
class Deck:
    pass


print(isinstance([], Sequenceish), isinstance((), Sequenceish), isinstance("", Sequenceish), issubclass(Deck, Sequenceish))
print(isinstance(Deck(), Sequenceish), Sequenceish.__mro__ == (Sequenceish, ABC, object), list.__mro__[-1] is object)


class SubSeq(Sequenceish):
    pass


SubSeq.register(range)
print(isinstance(range(3), Sequenceish), isinstance(range(3), SubSeq), isinstance([], SubSeq))


# structural checks through __subclasshook__
class Closable(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Closable:
            return any("close" in vars(B) for B in C.__mro__)
        return NotImplemented


class File:
    def close(self):
        pass


class Socket(File):
    pass


class Rock:
    pass


print(issubclass(File, Closable), issubclass(Socket, Closable), issubclass(Rock, Closable), isinstance(Socket(), Closable))
try:
    Closable.register(5)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(3, Closable)
except TypeError as e:
    print("TypeError:", e)


# a plugin family where each subclass must fill the hooks
class Exporter(ABC):
    registry = {}

    def __init_subclass__(cls, fmt=None, **kw):
        super().__init_subclass__(**kw)
        if fmt:
            Exporter.registry[fmt] = cls

    @abstractmethod
    def export(self, rows):
        ...

    def run(self, rows):
        return f"[{type(self).__name__}] " + self.export(rows)


class CSV(Exporter, fmt="csv"):
    def export(self, rows):
        return ";".join(",".join(map(str, r)) for r in rows)


class Broken(Exporter, fmt="broken"):
    pass


rows = [(1, "a"), (2, "b")]
for fmt in sorted(Exporter.registry):
    try:
        print(fmt, Exporter.registry[fmt]().run(rows))
    except TypeError as e:
        print(fmt, "TypeError:", e)
