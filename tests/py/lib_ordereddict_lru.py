# collections.OrderedDict as an LRU cache and an ordered configuration:
# move_to_end, popitem(last=...), order-sensitive equality, reversal, and
# the differences from plain dicts.
from collections import OrderedDict


class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()
        self.hits = self.misses = 0

    def get(self, key):
        if key not in self.data:
            self.misses += 1
            return None
        self.hits += 1
        self.data.move_to_end(key)
        return self.data[key]

    def put(self, key, value):
        if key in self.data:
            self.data.move_to_end(key)
        self.data[key] = value
        if len(self.data) > self.capacity:
            evicted = self.data.popitem(last=False)
            print("  evict", evicted)


cache = LRUCache(3)
for op in ["put a 1", "put b 2", "put c 3", "get a", "put d 4", "get b", "get c", "put e 5", "get a", "get d"]:
    parts = op.split()
    if parts[0] == "put":
        cache.put(parts[1], int(parts[2]))
    else:
        print(f"  get {parts[1]} -> {cache.get(parts[1])}")
print("order:", list(cache.data), "hits", cache.hits, "misses", cache.misses)

od = OrderedDict.fromkeys("abcde", 0)
od.move_to_end("b")
od.move_to_end("d", last=False)
print(od)
print(od.popitem(), od.popitem(last=False), list(od.keys()))
print("reversed:", list(reversed(od)), list(reversed(od.items())))

x = OrderedDict([("one", 1), ("two", 2)])
y = OrderedDict([("two", 2), ("one", 1)])
print("ordered equality:", x == y, "| against dict:", x == dict(y), dict(x) == dict(y))
print("isinstance dict:", isinstance(x, dict), type(x.copy()).__name__, x.copy() == x)
x["three"] = 3
x["one"] = 100
print("reassigning keeps position:", list(x.items()))
del x["two"]
x["two"] = 22
print("re-inserting goes last:", list(x))
print(repr(OrderedDict()), OrderedDict(a=1) | {"b": 2} if hasattr(OrderedDict, "__or__") else "no |")
for bad in [lambda: OrderedDict().popitem(), lambda: OrderedDict(a=1).move_to_end("z")]:
    try:
        bad()
    except KeyError as e:
        print("KeyError:", e)

config = OrderedDict()
for line in ["host=localhost", "port=8080", "debug=true", "port=9090"]:
    k, v = line.split("=")
    config[k] = v
print("config:", ", ".join(f"{k}={v}" for k, v in config.items()))
config.setdefault("timeout", "30")
print("setdefault appends:", list(config), config.pop("debug"), list(config))
