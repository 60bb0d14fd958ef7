# A multi-module program: a package with submodules, relative imports, shared exception module.
import _app
from _app import Inventory, Item, render
from _app.errors import InventoryError, OutOfStock
import _app.errors as errs

inv = Inventory()
inv.add(Item("bolt", 0.25, 100)).add(Item("nut", 0.1, 250)).add(Item("gear", 12.5, 4)).add(Item("bolt", 0.25, 20))
print(render(inv))
for name, qty in [("gear", 2), ("gear", 5), ("spring", 1)]:
    try:
        inv.remove(name, qty)
        print("removed", qty, name)
    except OutOfStock as e:
        print("out of stock:", e, e.name)
    except InventoryError as e:
        print(type(e).__name__, repr(e), isinstance(e, KeyError))
try:
    Item("bad", -1)
except errs.InvalidItem as e:
    print("invalid:", e)
print(_app.VERSION, _app.__all__, sorted(k for k in vars(_app) if not k.startswith("__")))
print(_app.models.Item is Item, _app.report.render is render, type(_app.models).__name__)
