# Layered configuration with collections.ChainMap (defaults < file <
# command line), scopes with new_child/parents, the write-to-first-map
# rule and its errors; and functools.cached_property computing a value
# once per instance.
from collections import ChainMap
from functools import cached_property

defaults = {"host": "localhost", "port": 8080, "debug": False, "workers": 2}
from_file = {"port": 9000, "workers": 4}
from_cli = {"debug": True}
config = ChainMap(from_cli, from_file, defaults)
print(config)
print("lookups:", config["host"], config["port"], config["debug"], config.get("missing", "-"))
print("keys in dict order of the chain:", list(config), len(config))
print("items:", sorted(config.items()), "| values contain 4:", 4 in config.values())
print("views:", config.keys(), "host" in config.keys(), ("port", 9000) in config.items())
config["port"] = 7000
print("writes go to the first map:", from_cli, "| port now", config["port"])
del config["port"]
print("deleting from the first map uncovers the next:", config["port"])
try:
    del config["host"]
except KeyError as e:
    print("KeyError:", e)
print("pop with default:", config.pop("nothing", "dflt"), "| setdefault:", config.setdefault("timeout", 30), from_cli)
config.update(color="blue")
print("update:", from_cli)


def resolve(name, scope):
    return scope[name] if name in scope else f"<undefined {name}>"


globals_scope = ChainMap({"x": 1, "y": 2})
function_scope = globals_scope.new_child({"x": 10})
block_scope = function_scope.new_child(z=100)
print("scopes:", [resolve(n, block_scope) for n in "xyzw"])
print("parents:", block_scope.parents, block_scope.parents.parents == globals_scope)
block_scope["y"] = "shadowed"
print("shadow only in the innermost:", block_scope["y"], function_scope["y"], globals_scope["y"])
print("maps:", len(block_scope.maps), block_scope.maps[0])
merged = config | {"extra": 1}
print("| makes a new chain:", type(merged).__name__, merged["extra"], "extra" in config)
print("copy shares the later maps:", config.copy().maps[1] is from_file, ChainMap() == {}, bool(ChainMap({})))
print("fromkeys:", ChainMap.fromkeys("ab", 0))
for op in [lambda: ChainMap({}).popitem(), lambda: ChainMap({})["k"]]:
    try:
        op()
    except KeyError as e:
        print("KeyError:", e)


class Dataset:
    def __init__(self, values):
        self.values = values
        self.computations = 0

    @cached_property
    def stats(self):
        """Mean and spread, computed once."""
        self.computations += 1
        mean = sum(self.values) / len(self.values)
        var = sum((v - mean) ** 2 for v in self.values) / len(self.values)
        return round(mean, 3), round(var ** 0.5, 3)


d = Dataset([2, 4, 4, 4, 5, 5, 7, 9])
print(d.stats, d.stats, "computed", d.computations, "time(s)")
print("stored in the instance dict:", "stats" in vars(d), Dataset.stats.__doc__, Dataset.stats.attrname)
d.values.append(100)
print("stale until deleted:", d.stats)
del d.stats
print("recomputed:", d.stats, d.computations)
d.stats = "overridden"
print("assignable:", d.stats)
