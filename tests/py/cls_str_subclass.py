# str subclasses: extra methods, operations returning plain str, use as
# dict keys, __new__ normalisation, and str-like formatting.


class Tag(str):
    def __new__(cls, value):
        return super().__new__(cls, value.strip().lower())

    def html(self):
        return f"<{self}>"

    def __repr__(self):
        return f"Tag({str(self)!r})"


t = Tag("  DIV ")
print(t, repr(t), t.html(), len(t), t.upper(), type(t.upper()).__name__)
print(t == "div", "div" == t, t + "x", type(t + "x").__name__, t * 2, t[0], type(t[1:]).__name__)
print(isinstance(t, str), issubclass(Tag, str), Tag.__mro__)
tags = {Tag("P"): 1, "span": 2}
print(tags["p"], tags[Tag(" SPAN")], sorted(tags), "p" in tags)
print(sorted([Tag("b"), "a", Tag("C")]), "-".join([Tag("X"), Tag("y")]), f"{t:>6}|", "%s!" % t)
print(t.startswith("d"), t.replace("d", "D"), t.split("i"), list(t), str(t) is not t, type(str(t)).__name__)


class Path(str):
    sep = "/"

    def __truediv__(self, other):
        return Path(self.rstrip(self.sep) + self.sep + str(other).lstrip(self.sep))

    @property
    def parts(self):
        return [p for p in self.split(self.sep) if p]

    @property
    def name(self):
        return self.parts[-1] if self.parts else ""

    @property
    def parent(self):
        return Path(self.sep + self.sep.join(self.parts[:-1]))


p = Path("/usr") / "local" / "bin/"
print(p, type(p).__name__, p.parts, p.name, p.parent, p.parent.parent)
print(p.endswith("bin/"), p.count("/"), (p / "python3").name, len(p))


class Color(str):
    registry = {}

    def __new__(cls, name, hexcode):
        obj = super().__new__(cls, name)
        obj.hex = hexcode
        cls.registry[name] = obj
        return obj

    def rgb(self):
        h = self.hex.lstrip("#")
        return tuple(int(h[i:i + 2], 16) for i in (0, 2, 4))


red = Color("red", "#ff0000")
teal = Color("teal", "#008080")
print(red, red.hex, red.rgb(), teal.rgb(), vars(red), sorted(Color.registry))
print(red.capitalize(), red == "red", {red: 1}["red"], red.hex.upper())


class CaseInsensitive(str):
    def __eq__(self, other):
        return self.lower() == str(other).lower()

    def __hash__(self):
        return hash(self.lower())

    def __lt__(self, other):
        return self.lower() < str(other).lower()


words = [CaseInsensitive(w) for w in ["beta", "Alpha", "gamma", "ALPHA", "Beta"]]
print(sorted(set(words)), len(set(words)), CaseInsensitive("Hello") == "hello", "hello" == CaseInsensitive("HELLO"))
print(sorted(words), words.count("alpha"), words.index("GAMMA"))
print(str.__str__(t), str(Tag("Q")), repr(str(Tag("Q"))), format(Tag("z"), "^5") + "|")
