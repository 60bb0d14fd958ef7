from . import errors


class Item:
    def __init__(self, name, price, qty=0):
        if price < 0:
            raise errors.InvalidItem(f"negative price for {name}")
        self.name, self.price, self.qty = name, price, qty

    @property
    def value(self):
        return self.price * self.qty

    def __repr__(self):
        return f"Item({self.name!r}, {self.price}, {self.qty})"


class Inventory:
    def __init__(self):
        self.items = {}

    def add(self, item):
        if item.name in self.items:
            self.items[item.name].qty += item.qty
        else:
            self.items[item.name] = item
        return self

    def remove(self, name, qty):
        item = self.items.get(name)
        if item is None:
            raise errors.UnknownItem(name)
        if qty > item.qty:
            raise errors.OutOfStock(name, qty, item.qty)
        item.qty -= qty

    def __iter__(self):
        return iter(sorted(self.items.values(), key=lambda i: i.name))

    def total(self):
        return sum(i.value for i in self.items.values())
