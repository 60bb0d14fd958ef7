# functools.total_ordering, sorting user objects (key functions, stability,
# reverse), min/max/sorted/bisect/heapq on them, and objects as dict keys.
import bisect
import functools
import heapq


@functools.total_ordering
class Card:
    RANKS = "23456789TJQKA"
    SUITS = "cdhs"

    def __init__(self, text):
        self.rank, self.suit = text[0], text[1]

    @property
    def key(self):
        return (self.RANKS.index(self.rank), self.SUITS.index(self.suit))

    def __eq__(self, other):
        if not isinstance(other, Card):
            return NotImplemented
        return self.key == other.key

    def __lt__(self, other):
        if not isinstance(other, Card):
            return NotImplemented
        return self.key < other.key

    def __hash__(self):
        return hash(self.key)

    def __repr__(self):
        return self.rank + self.suit


hand = [Card(t) for t in "Kh 2c As Td 2s 9h Ac".split()]
print(sorted(hand), sorted(hand, reverse=True), min(hand), max(hand))
print(Card("Kh") > Card("Qs"), Card("2c") >= Card("2c"), Card("2c") <= Card("2d"), Card("Ah") != Card("Ah"))
print(sorted(hand, key=lambda c: c.suit), sorted(hand, key=lambda c: (c.suit, c.rank)))
print({c: i for i, c in enumerate(hand)}[Card("As")], len(set(hand + [Card("Kh")])))
try:
    Card("2c") < 5
except TypeError as e:
    print("TypeError:", e)
print(sorted(n for n in ("__lt__", "__le__", "__gt__", "__ge__") if n in vars(Card)))


@functools.total_ordering
class Task:
    def __init__(self, priority, name):
        self.priority, self.name = priority, name

    def __eq__(self, other):
        return self.priority == other.priority

    def __gt__(self, other):
        return self.priority > other.priority

    def __repr__(self):
        return f"{self.name}({self.priority})"


tasks = [Task(3, "write"), Task(1, "plan"), Task(2, "code"), Task(1, "coffee"), Task(3, "test")]
print(sorted(tasks))                    # stable: equal priorities keep their order
print(sorted(tasks, reverse=True))      # reverse keeps stability too
print(Task(1, "a") < Task(2, "b"), Task(2, "a") <= Task(2, "b"), Task(3, "a") >= Task(4, "b"))

heap = []
for t in tasks:
    heapq.heappush(heap, (t.priority, t.name, t))
print([heapq.heappop(heap)[2] for _ in range(len(tasks))])
print(heapq.nsmallest(2, tasks), heapq.nlargest(2, tasks))

ranked = sorted(hand)
bisect.insort(ranked, Card("Jc"))
print(ranked, bisect.bisect_left(ranked, Card("Ts")), bisect.bisect_right(ranked, Card("2s")))


# sorting by several keys with attrgetter / itemgetter and cmp_to_key
import operator


class Employee:
    def __init__(self, name, dept, salary):
        self.name, self.dept, self.salary = name, dept, salary

    def __repr__(self):
        return self.name


staff = [Employee("ann", "ops", 50), Employee("bob", "dev", 70), Employee("cy", "dev", 50),
         Employee("di", "ops", 70), Employee("ed", "dev", 60)]
print(sorted(staff, key=operator.attrgetter("dept", "salary")))
print(sorted(staff, key=lambda e: (-e.salary, e.name)))


def compare(a, b):
    if a.dept != b.dept:
        return -1 if a.dept > b.dept else 1
    return a.salary - b.salary


print(sorted(staff, key=functools.cmp_to_key(compare)))
by_dept = {}
for e in sorted(staff, key=operator.attrgetter("dept")):
    by_dept.setdefault(e.dept, []).append(e)
print(by_dept, max(staff, key=operator.attrgetter("salary")), min(staff, key=lambda e: e.salary))

# sorting objects without an order fails with the CPython message
class NoOrder:
    pass


try:
    sorted([NoOrder(), NoOrder()])
except TypeError as e:
    print("TypeError:", e)
try:
    max([Task(1, "x"), 3])
except (TypeError, AttributeError) as e:
    print(type(e).__name__ + ":", e)
