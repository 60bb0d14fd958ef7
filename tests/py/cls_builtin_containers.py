# list and dict subclasses: overriding methods, calling the base through
# super(), __missing__, and what the base's own methods call.


class TypedList(list):
    def __init__(self, kind, items=()):
        super().__init__()
        self.kind = kind
        for x in items:
            self.append(x)

    def append(self, x):
        if not isinstance(x, self.kind):
            raise TypeError(f"expected {self.kind.__name__}, got {type(x).__name__}")
        super().append(x)

    def __repr__(self):
        return f"TypedList[{self.kind.__name__}]({list.__repr__(self)})"


nums = TypedList(int, [3, 1, 2])
nums.append(7)
print(nums, len(nums), sum(nums), sorted(nums), nums[1:3], type(nums[1:3]).__name__)
try:
    nums.append("x")
except TypeError as e:
    print("TypeError:", e)
nums.extend(["not checked"])   # extend does not go through append
print(nums[-1], isinstance(nums, list), nums == [3, 1, 2, 7, "not checked"])
nums.sort(key=str)
print(nums, nums.kind, vars(nums))


class Stack(list):
    def push(self, x):
        self.append(x)
        return self

    def peek(self):
        return self[-1] if self else None

    def __add__(self, other):
        return Stack(list.__add__(self, other))


s = Stack().push(1).push(2).push(3)
print(s, s.peek(), s.pop(), s, type(s + [9]).__name__, s + [9], bool(Stack()), Stack().peek())
s += [4, 5]
print(s, type(s).__name__, s * 2, type(s * 2).__name__, list(reversed(s)))


class DefaultCounter(dict):
    def __missing__(self, key):
        return 0

    def add(self, key, n=1):
        self[key] = self[key] + n


dc = DefaultCounter()
for w in "the cat and the hat and the bat".split():
    dc.add(w)
print(dc, dc["dog"], "dog" in dc, dc.get("dog"), len(dc), sorted(dc.items(), key=lambda kv: (-kv[1], kv[0])))


class LowerDict(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.lower())

    def __contains__(self, key):
        return super().__contains__(key.lower())


ld = LowerDict()
ld["Name"] = "ann"
ld["AGE"] = 3
print(ld, ld["NAME"], "age" in ld, "Age" in ld, list(ld.keys()), ld.get("Name"))
ld.update(Mixed=1)          # update bypasses __setitem__, as in CPython
print(sorted(ld), isinstance(ld, dict), dict(ld) == {"name": "ann", "age": 3, "Mixed": 1})


class AttrDict(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None

    def __setattr__(self, name, value):
        self[name] = value


cfg = AttrDict(host="localhost", port=80)
cfg.debug = True
print(cfg.host, cfg.port, cfg.debug, cfg, hasattr(cfg, "missing"), getattr(cfg, "x", "-"))
try:
    cfg.user
except AttributeError as e:
    print("AttributeError:", e)


class History(dict):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.log = []

    def __setitem__(self, k, v):
        self.log.append((k, v))
        super().__setitem__(k, v)

    def __delitem__(self, k):
        self.log.append(("del", k))
        super().__delitem__(k)


h = History(a=1)
h["b"] = 2
h["a"] = 3
del h["b"]
print(h, h.log, h.copy(), type(h.copy()).__name__, h == {"a": 3})
print(len(h), list(h.items()), {**h, "z": 0}, History.__mro__[1].__name__)
