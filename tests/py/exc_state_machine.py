# An order-processing state machine driven by exceptions: illegal
# transitions raise, handlers decide whether to retry, compensate or give
# up, and a summary is printed at the end.


class OrderError(Exception):
    """Base for everything the order workflow can raise."""


class IllegalTransition(OrderError):
    def __init__(self, order, target):
        super().__init__(f"order {order.id}: cannot go from {order.state} to {target}")
        self.order = order
        self.target = target


class PaymentDeclined(OrderError):
    def __init__(self, order, reason, retryable):
        super().__init__(f"payment for order {order.id} declined: {reason}")
        self.retryable = retryable


class OutOfStock(OrderError):
    pass


TRANSITIONS = {
    "new": {"paid", "cancelled"},
    "paid": {"packed", "refunded"},
    "packed": {"shipped"},
    "shipped": {"delivered"},
    "delivered": set(),
    "cancelled": set(),
    "refunded": set(),
}


class Order:
    def __init__(self, id, items, card):
        self.id = id
        self.items = items
        self.card = card
        self.state = "new"
        self.history = ["new"]
        self.attempts = 0

    def move(self, target):
        if target not in TRANSITIONS[self.state]:
            raise IllegalTransition(self, target)
        self.state = target
        self.history.append(target)


stock = {"book": 2, "pen": 10, "lamp": 0}


def charge(order):
    order.attempts += 1
    if order.card == "expired":
        raise PaymentDeclined(order, "card expired", retryable=False)
    if order.card == "flaky" and order.attempts < 3:
        raise PaymentDeclined(order, f"network error (attempt {order.attempts})", retryable=True)
    order.move("paid")


def pack(order):
    for item in order.items:
        if stock.get(item, 0) <= 0:
            raise OutOfStock(f"{item} is out of stock")
    for item in order.items:
        stock[item] -= 1
    order.move("packed")


def process(order):
    while True:
        try:
            charge(order)
            break
        except PaymentDeclined as e:
            print("  ", e)
            if not e.retryable:
                order.move("cancelled")
                return
    try:
        pack(order)
    except OutOfStock as e:
        print("   out of stock:", e, "-> refunding")
        order.move("refunded")
        return
    order.move("shipped")
    order.move("delivered")


orders = [
    Order(1, ["book"], "ok"),
    Order(2, ["pen", "book"], "flaky"),
    Order(3, ["lamp"], "ok"),
    Order(4, ["book"], "expired"),
    Order(5, ["book"], "ok"),
]
for order in orders:
    print(f"order {order.id}:")
    try:
        process(order)
    except OrderError as e:
        print("   unexpected:", e)
    print("   history:", " -> ".join(order.history), f"(payment attempts: {order.attempts})")

# illegal transitions are reported, not silently accepted
for order, target in [(orders[0], "paid"), (orders[3], "shipped"), (orders[2], "refunded")]:
    try:
        order.move(target)
    except IllegalTransition as e:
        print("illegal:", e, "| target:", e.target, "| isinstance OrderError:", isinstance(e, OrderError))

final = {}
for o in orders:
    final.setdefault(o.state, []).append(o.id)
print(final, stock)
