# A shop's weekly sales report built on the library modules written in Python
# (random, collections, functools, itertools, heapq, bisect, string, copy,
# operator, os.path, ctypes).  tools/test_install.sh also runs it from an
# installed prefix, so every one of these imports must be found there.
import bisect
import copy
import heapq
import itertools
import operator
import os.path
import random
import string
from collections import Counter, OrderedDict, defaultdict, deque, namedtuple
from ctypes import CDLL, c_char_p, c_size_t
from ctypes.util import find_library
from functools import lru_cache, reduce, total_ordering

Sale = namedtuple("Sale", "day item qty price")

ITEMS = {"apple": 0.5, "bread": 2.25, "cheese": 7.0, "dates": 4.5, "eggs": 3.1}
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

rng = random.Random(2024)
sales = []
for n in range(1500):  # hot enough for the JIT to compile the loop
    day = DAYS[n % 7]
    item = rng.choice(sorted(ITEMS))
    qty = rng.randint(1, 6)
    sales.append(Sale(day, item, qty, ITEMS[item]))
print("sales:", len(sales), "first:", sales[0])

per_item = Counter()
revenue = defaultdict(float)
for s in sales:
    per_item[s.item] += s.qty
    revenue[s.day] += s.qty * s.price
print("units:", sorted(per_item.items()))
print("best sellers:", per_item.most_common(2))
print("revenue by day:", [(d, round(revenue[d], 2)) for d in DAYS])

total = reduce(operator.add, (s.qty * s.price for s in sales), 0.0)
print("total revenue: %.2f" % total)
top3 = heapq.nlargest(3, DAYS, key=lambda d: revenue[d])
print("top days:", top3)

# price bands with bisect
bands = [1.0, 3.0, 5.0]
labels = ["cheap", "fair", "dear", "luxury"]
print("bands:", {i: labels[bisect.bisect(bands, p)] for i, p in sorted(ITEMS.items())})

# running totals and groups with itertools
weekly = list(itertools.accumulate(round(revenue[d], 2) for d in DAYS))
print("running:", [round(x, 2) for x in weekly])
by_first = {k: [i for i in g] for k, g in itertools.groupby(sorted(ITEMS), key=lambda s: s[0] < "c")}
print("groups:", by_first)


@total_ordering
class Shelf:
    def __init__(self, name, stock):
        self.name, self.stock = name, stock

    def __eq__(self, other):
        return self.stock == other.stock

    def __lt__(self, other):
        return self.stock < other.stock

    def __repr__(self):
        return f"Shelf({self.name!r}, {self.stock})"


shelves = [Shelf(i, 200 - per_item[i] // 10) for i in sorted(ITEMS)]
print("lowest shelf:", min(shelves), "highest:", max(shelves), shelves[0] <= shelves[1])
backup = copy.deepcopy(shelves)
backup[0].stock = 0
print("copy independent:", shelves[0].stock != backup[0].stock)


@lru_cache(maxsize=None)
def restock_cost(units):
    return 0 if units <= 0 else 2 + restock_cost(units - 10)


print("restock:", [restock_cost(u) for u in (5, 25, 95)], restock_cost.cache_info().hits > 0)

queue = deque(maxlen=3)
for d in DAYS:
    queue.append(d)
print("last three days:", list(queue))
order = OrderedDict((d, i) for i, d in enumerate(DAYS))
order.move_to_end("Mon")
print("week from Tuesday:", list(order))

code = "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(8))
print("voucher:", code, code.isalnum())
print("report file:", os.path.join("reports", "week.txt"), os.path.splitext("week.txt"))

libc = CDLL(find_library("c"))
libc.strlen.argtypes = [c_char_p]
libc.strlen.restype = c_size_t
print("strlen via libc:", libc.strlen(code.encode()))
