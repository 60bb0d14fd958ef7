class InventoryError(Exception):
    pass


class InvalidItem(InventoryError):
    pass


class UnknownItem(InventoryError, KeyError):
    pass


class OutOfStock(InventoryError):
    def __init__(self, name, wanted, have):
        super().__init__(f"{name}: wanted {wanted}, have {have}")
        self.name = name
