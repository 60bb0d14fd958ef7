# An uncaught user exception ends the program with status 1 after finally
# blocks run; output printed before it stays on stdout.


class InventoryError(Exception):
    def __init__(self, item, wanted, available):
        super().__init__(f"cannot take {wanted} x {item}: only {available} left")
        self.item = item


class OutOfStock(InventoryError):
    pass


stock = {"apple": 3, "pear": 0}


def take(item, n):
    have = stock.get(item, 0)
    if have < n:
        raise OutOfStock(item, n, have)
    stock[item] = have - n
    return stock[item]


def run(orders):
    for item, n in orders:
        try:
            left = take(item, n)
            print(f"took {n} {item}, {left} left")
        finally:
            print(f"  (order for {item} processed)")


try:
    run([("apple", 2), ("pear", 1)])
except InventoryError as e:
    print("recovered:", e, "| item:", e.item)

print("second batch")
run([("apple", 1), ("apple", 1)])
print("not reached")
