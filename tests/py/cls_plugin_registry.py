# A plugin registry: __init_subclass__ with keyword arguments, class
# decorators, abstract-style hooks and lookup by name.


class Plugin:
    registry = {}
    order = []

    def __init_subclass__(cls, /, name=None, priority=0, abstract=False, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        cls.priority = priority
        if not abstract:
            if cls.plugin_name in Plugin.registry:
                raise ValueError(f"duplicate plugin {cls.plugin_name!r}")
            Plugin.registry[cls.plugin_name] = cls
            Plugin.order.append(cls.plugin_name)

    def run(self, text):
        raise NotImplementedError(f"{type(self).__name__}.run")

    @classmethod
    def create(cls, name):
        try:
            return cls.registry[name]()
        except KeyError:
            raise LookupError(f"no plugin named {name!r}") from None


class TextPlugin(Plugin, abstract=True):
    def run(self, text):
        return self.transform(text)


class Upper(TextPlugin, priority=5):
    def transform(self, text):
        return text.upper()


class Reverse(TextPlugin, name="rev", priority=1):
    def transform(self, text):
        return text[::-1]


class Words(Plugin, name="words", priority=3):
    def run(self, text):
        return len(text.split())


class Broken(Plugin):
    pass


print(sorted(Plugin.registry), Plugin.order)
print(Upper.plugin_name, Reverse.plugin_name, TextPlugin.plugin_name, "textplugin" in Plugin.registry)
by_priority = sorted(Plugin.registry.values(), key=lambda c: -c.priority)
print([c.__name__ for c in by_priority])
for name in ["upper", "rev", "words", "broken", "missing"]:
    try:
        print(name, "->", Plugin.create(name).run("hello plugin world"))
    except NotImplementedError as e:
        print(name, "NotImplementedError:", e)
    except LookupError as e:
        print(name, "LookupError:", e)

try:
    class Again(Plugin, name="upper"):
        pass
except ValueError as e:
    print("ValueError:", e)
try:
    class Wrong(Plugin, colour="red"):
        pass
except TypeError as e:
    print("TypeError:", type(e).__name__)


# a decorator-based registry with per-category tables
HANDLERS = {}


def handles(*kinds):
    def deco(cls):
        for kind in kinds:
            HANDLERS.setdefault(kind, []).append(cls)
        cls.kinds = kinds
        return cls
    return deco


@handles("json", "yaml")
class StructuredHandler:
    def handle(self, data):
        return f"parsed {len(data)} bytes"


@handles("csv")
@handles("tsv")
class TableHandler:
    def handle(self, data):
        return f"{data.count(chr(10)) + 1} rows"


@handles("json")
class JsonValidator:
    def handle(self, data):
        return "valid" if data.startswith("{") else "invalid"


for kind in sorted(HANDLERS):
    print(kind, [h.__name__ for h in HANDLERS[kind]], [h().handle("{a}\nb") for h in HANDLERS[kind]])
print(TableHandler.kinds, StructuredHandler.kinds)


# __init_subclass__ that validates subclasses
class Shape:
    required = ("area", "perimeter")

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        missing = [m for m in cls.required if not callable(getattr(cls, m, None))]
        if missing:
            raise TypeError(f"{cls.__name__} must define {', '.join(missing)}")


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s ** 2

    def perimeter(self):
        return 4 * self.s


print(Square(3).area(), Square(3).perimeter())
try:
    class Blob(Shape):
        def area(self):
            return 0
except TypeError as e:
    print("TypeError:", e)
