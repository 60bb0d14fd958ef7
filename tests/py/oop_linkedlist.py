# A linked list with iteration, len, indexing, reversed, equality, and a stack/queue built on it.
class Node:
    __slots__ = ("value", "next")
    def __init__(self, value, next=None): self.value, self.next = value, next
class LinkedList:
    def __init__(self, items=()):
        self.head = None; self._len = 0
        for x in reversed(list(items)): self.push(x)
    def push(self, v): self.head = Node(v, self.head); self._len += 1
    def pop(self):
        if not self.head: raise IndexError("pop from empty list")
        v = self.head.value; self.head = self.head.next; self._len -= 1; return v
    def __iter__(self):
        n = self.head
        while n: yield n.value; n = n.next
    def __len__(self): return self._len
    def __getitem__(self, i):
        if i < 0: i += len(self)
        for j, v in enumerate(self):
            if j == i: return v
        raise IndexError("index out of range")
    def __eq__(self, o): return isinstance(o, LinkedList) and list(self) == list(o)
    def __repr__(self): return "LinkedList([" + ", ".join(map(repr, self)) + "])"
    def reverse(self):
        prev, n = None, self.head
        while n: n.next, prev, n = prev, n, n.next
        self.head = prev
l = LinkedList([1, 2, 3]); l.push(0)
print(l, len(l), l[0], l[-1], 2 in l, list(l), sum(l), l == LinkedList([0, 1, 2, 3]))
l.reverse(); print(l, l.pop(), l)
try: l[10]
except IndexError as e: print(e)
e = LinkedList()
try: e.pop()
except IndexError as err: print(err)
print(bool(e), bool(l), sorted(LinkedList("dcba")), [x * 2 for x in l])
