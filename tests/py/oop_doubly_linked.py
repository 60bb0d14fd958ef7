# A doubly linked list: append/appendleft, __getitem__ and __delitem__ by
# position (negative indices too), forward and reversed iteration through
# generators, equality, and the sequence builtins working on it.


class LinkedList:
    class _Link:
        def __init__(self, value, prev=None, next=None):
            self.value, self.prev, self.next = value, prev, next

    def __init__(self, iterable=()):
        self.head = self.tail = None
        self.n = 0
        for x in iterable:
            self.append(x)

    def append(self, x):
        link = self._Link(x, prev=self.tail)
        if self.tail:
            self.tail.next = link
        else:
            self.head = link
        self.tail = link
        self.n += 1

    def appendleft(self, x):
        link = self._Link(x, next=self.head)
        if self.head:
            self.head.prev = link
        else:
            self.tail = link
        self.head = link
        self.n += 1

    def _link_at(self, i):
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError("LinkedList index out of range")
        link = self.head
        for _ in range(i):
            link = link.next
        return link

    def __getitem__(self, i):
        return self._link_at(i).value

    def __delitem__(self, i):
        link = self._link_at(i)
        if link.prev: link.prev.next = link.next
        else: self.head = link.next
        if link.next: link.next.prev = link.prev
        else: self.tail = link.prev
        self.n -= 1

    def __len__(self): return self.n

    def __iter__(self):
        link = self.head
        while link:
            yield link.value
            link = link.next

    def __reversed__(self):
        link = self.tail
        while link:
            yield link.value
            link = link.prev

    def __eq__(self, other):
        return isinstance(other, LinkedList) and list(self) == list(other)

    def __repr__(self):
        return "LinkedList([" + " <-> ".join(map(repr, self)) + "])"


ll = LinkedList("abc")
ll.appendleft("z")
ll.append("d")
print(ll, len(ll), ll[0], ll[-1], ll[2], list(reversed(ll)), "c" in ll, "q" in ll)
del ll[0]
del ll[-1]
del ll[1]
print(ll, ll == LinkedList(["a", "c"]), ll == ["a", "c"], [x.upper() for x in ll], "".join(ll))
try:
    ll[5]
except IndexError as e:
    print("IndexError:", e)
it = iter(ll)
print(next(it), next(it), next(it, "end"), list(enumerate(LinkedList(range(3)))))
print(sum(LinkedList([1, 2, 3])), sorted(LinkedList("cab")), max(LinkedList([4, 9, 2])), list(zip(LinkedList("xy"), reversed(LinkedList("xy")))))
