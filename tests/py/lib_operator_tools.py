# The operator module: itemgetter/attrgetter/methodcaller as sort keys
# and in map, dotted attribute paths, multiple items, the arithmetic,
# comparison and sequence functions, in-place variants, and dispatch
# tables built from them.
import operator
from operator import attrgetter, itemgetter, methodcaller
from functools import reduce


class Book:
    def __init__(self, title, author, year, pages):
        self.title, self.author, self.year, self.pages = title, author, year, pages
        self.meta = type("Meta", (), {"isbn": f"isbn-{year}"})()

    def __repr__(self):
        return self.title


books = [Book("Dune", "Herbert", 1965, 412), Book("Emma", "Austen", 1815, 474),
         Book("Ubik", "Dick", 1969, 202), Book("Persuasion", "Austen", 1817, 249)]
print(sorted(books, key=attrgetter("year")))
print(sorted(books, key=attrgetter("author", "year")))
print(list(map(attrgetter("meta.isbn"), books)))
print(attrgetter("title", "meta.isbn")(books[0]))

rows = [("apple", 3, 0.5), ("pear", 1, 0.75), ("fig", 3, 0.25), ("kiwi", 2, 0.5)]
print(sorted(rows, key=itemgetter(1, 2)))
print(list(map(itemgetter(0), rows)), itemgetter(slice(1, None))(rows[0]), itemgetter(-1)("xyz"))
print(itemgetter("b", "a")({"a": 1, "b": 2}), max(rows, key=itemgetter(2)))
print(list(map(methodcaller("upper"), ["a", "bc"])), methodcaller("split", ",", 1)("a,b,c"),
      methodcaller("replace", "l", "L", count=1)("hello") if False else methodcaller("center", 7, "*")("mid"))

print("arith:", operator.add(2, 3), operator.sub(2, 3), operator.mul("ab", 2), operator.truediv(7, 2),
      operator.floordiv(7, 2), operator.mod(-7, 3), operator.pow(2, 10), operator.neg(5), operator.pos(-5))
print("bits:", operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10), operator.invert(5),
      operator.lshift(1, 4), operator.rshift(256, 3))
print("compare:", operator.lt(1, 2), operator.le(2, 2), operator.eq("a", "a"), operator.ne(1, 1),
      operator.ge(1, 2), operator.gt(3, 2))
print("logic:", operator.not_(0), operator.truth([1]), operator.is_(None, None), operator.is_not(1, None))
print("sequences:", operator.concat([1], [2]), operator.contains("team", "ea"), operator.countOf([1, 2, 1], 1),
      operator.indexOf("abc", "c"), operator.getitem({"k": 9}, "k"), operator.length_hint([1, 2, 3]))
d = {"a": 1}
operator.setitem(d, "b", 2)
operator.delitem(d, "a")
print("set/del item:", d, operator.index(7))
lst = [1]
print("in-place:", operator.iadd(lst, [2]), lst, operator.iadd((1,), (2,)), operator.imul("ab", 2),
      operator.ior({1}, {2}), operator.isub(10, 3))

ops = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv, "^": operator.pow}


def rpn(expr):
    stack = []
    for tok in expr.split():
        if tok in ops:
            b, a = stack.pop(), stack.pop()
            stack.append(ops[tok](a, b))
        else:
            stack.append(float(tok))
    return stack.pop()


print("rpn:", rpn("3 4 + 2 *"), rpn("2 3 ^ 1 -"), rpn("10 4 /"))
print("reduce with operator:", reduce(operator.mul, range(1, 6)), reduce(operator.or_, [{1}, {2}, {3}]))
print("dot product:", sum(map(operator.mul, [1, 2, 3], [4, 5, 6])))
for bad in [lambda: itemgetter(5)([1]), lambda: attrgetter("missing")(books[0]), lambda: operator.index(2.5),
            lambda: methodcaller("nope")(1), lambda: attrgetter(1)]:
    try:
        bad()
    except (IndexError, AttributeError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(repr(itemgetter(1, "x")), repr(attrgetter("a", "b.c")), repr(methodcaller("m", 2, key="v")))
