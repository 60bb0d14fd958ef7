# dataclasses for a small shop: generated __init__/__repr__/__eq__, order
# and frozen classes, default_factory, field options, __post_init__ with
# InitVar, KW_ONLY, inheritance, asdict/astuple/replace, and the errors.
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass
from dataclasses import FrozenInstanceError, KW_ONLY, InitVar


@dataclass
class Product:
    sku: str
    name: str
    price: float
    tags: list = field(default_factory=list)
    stock: int = 0


@dataclass(frozen=True, order=True)
class Money:
    cents: int
    currency: str = "EUR"

    def __add__(self, other):
        if other.currency != self.currency:
            raise ValueError(f"currency mismatch: {self.currency} vs {other.currency}")
        return Money(self.cents + other.cents, self.currency)

    def __str__(self):
        return f"{self.cents / 100:.2f} {self.currency}"


@dataclass
class LineItem:
    product: Product
    qty: int = 1
    discount_percent: InitVar[int] = 0
    total: Money = field(init=False, repr=True, compare=False, default=None)

    def __post_init__(self, discount_percent):
        cents = round(self.product.price * 100 * self.qty * (100 - discount_percent) / 100)
        self.total = Money(cents)


@dataclass
class Order:
    number: int
    _: KW_ONLY
    customer: str = "guest"
    lines: list = field(default_factory=list)
    notes: str = field(default="", repr=False, compare=False)

    def add(self, product, qty=1, discount=0):
        self.lines.append(LineItem(product, qty, discount))
        return self

    @property
    def total(self):
        result = Money(0)
        for line in self.lines:
            result = result + line.total
        return result


pen = Product("P1", "pen", 1.25, ["office"])
ink = Product("P2", "ink", 4.5, stock=3)
print(pen, ink, pen == Product("P1", "pen", 1.25, ["office"]), pen != ink)
print([f.name for f in fields(Product)], is_dataclass(pen), is_dataclass(Product), is_dataclass("pen"))
print(Product("P3", "pad", 2.0).tags is not Product("P4", "pad", 2.0).tags)
order = Order(17, customer="ann").add(pen, 4).add(ink, 2, discount=10)
print(order)
print(order.total, order.lines[1].total, str(Money(1999)), Money(5) < Money(7), sorted([Money(300), Money(100, "USD"), Money(200)]))
print(asdict(ink), astuple(Money(250)), replace(pen, price=1.5, tags=[]), pen.price)
print(hash(Money(100)) == hash(Money(100)), len({Money(1), Money(1), Money(2)}), Order(1) == Order(1, notes="different"))
try:
    Money(1).cents = 5
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e, isinstance(e, AttributeError))
try:
    Money(1) + Money(1, "USD")
except ValueError as e:
    print("ValueError:", e)
for attempt in (lambda: hash(pen), lambda: Product("x"), lambda: Order(1, "bob"), lambda: Money(1) < 5,
                lambda: replace(order.lines[0], total=Money(0)), lambda: asdict(Money)):
    try:
        attempt()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)


@dataclass
class DigitalProduct(Product):
    url: str = ""
    size_mb: float = 0.0


ebook = DigitalProduct("E1", "ebook", 9.99, url="http://example.com/e1", size_mb=2.5)
print(ebook, [f.name for f in fields(ebook)], isinstance(ebook, Product), ebook == pen)

for make in ("mutable", "order", "no-annotation"):
    try:
        if make == "mutable":
            @dataclass
            class Bad:
                items: list = []
        elif make == "order":
            @dataclass
            class Bad:
                a: int = 1
                b: int
        else:
            @dataclass
            class Bad:
                a = field(default=1)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
