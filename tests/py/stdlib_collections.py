# collections and operator.
from collections import deque, defaultdict, Counter, OrderedDict, namedtuple
import operator
d = deque([1, 2, 3], maxlen=4); d.append(4); d.append(5); d.appendleft(0); print(d, d[0], d[-1], len(d), 3 in d)
d.rotate(1); print(d); d.rotate(-2); print(d, d.popleft(), d.pop(), d, deque(), deque("ab"))
dd = defaultdict(list); dd["a"].append(1); dd["b"]; print(dd, dd["a"], isinstance(dd, dict), defaultdict(int, {"x": 1}))
c = Counter("abracadabra"); print(c, c.most_common(2), c["z"], sorted(c.elements())[:4], c.total())
c2 = Counter(a=1, b=5); print(c + c2, c - c2, c & c2, c2 | Counter(b=2, q=1), Counter())
c.update("aaz"); c.subtract({"b": 2}); print(c)
o = OrderedDict([("a", 1), ("b", 2), ("c", 3)]); o.move_to_end("a"); print(o, o.popitem(), o.popitem(last=False), o)
P = namedtuple("Point", "x y")
p = P(1, y=2); print(p, p.x, p[1], p._asdict(), p._replace(x=9), P._make([5, 6]), P._fields, p == (1, 2), len(p))
x, y = p; print(x + y, isinstance(p, tuple), type(p).__name__, repr(P))
Q = namedtuple("Q", ["a", "b", "c"], defaults=[0, 1]); print(Q(5), Q(1, 2, 3), Q._field_defaults)
try: P(1)
except TypeError as e: print(e)
print(operator.add(1, 2), operator.itemgetter(1)([1, 2]), operator.itemgetter(0, 2)("abc"), operator.attrgetter("x")(p), operator.methodcaller("upper")("q"))
print(sorted([("b", 2), ("a", 3)], key=operator.itemgetter(1)), operator.neg(3), operator.abs(-2), operator.mul(3, 4), operator.truth([]))
print(repr(operator.itemgetter(1)), repr(operator.attrgetter("a.b")), repr(operator.methodcaller("f", 1, k=2)))
