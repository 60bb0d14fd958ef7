# A binary search tree mapping: __setitem__/__getitem__/__delitem__,
# in-order iteration with a recursive generator, __reversed__ with an
# explicit stack, __contains__, __len__, items() and a repr.


class BST:
    class _Node:
        __slots__ = ("key", "value", "left", "right")

        def __init__(self, key, value):
            self.key, self.value = key, value
            self.left = self.right = None

    def __init__(self, items=()):
        self.root = None
        self.size = 0
        for k, v in items:
            self[k] = v

    def __setitem__(self, key, value):
        if self.root is None:
            self.root = self._Node(key, value)
            self.size = 1
            return
        node = self.root
        while True:
            if key == node.key:
                node.value = value
                return
            side = "left" if key < node.key else "right"
            nxt = getattr(node, side)
            if nxt is None:
                setattr(node, side, self._Node(key, value))
                self.size += 1
                return
            node = nxt

    def _find(self, key):
        node = self.root
        while node is not None and node.key != key:
            node = node.left if key < node.key else node.right
        return node

    def __getitem__(self, key):
        node = self._find(key)
        if node is None:
            raise KeyError(key)
        return node.value

    def __contains__(self, key):
        return self._find(key) is not None

    def __len__(self):
        return self.size

    def __iter__(self):
        def walk(node):
            if node is not None:
                yield from walk(node.left)
                yield node.key
                yield from walk(node.right)
        return walk(self.root)

    def __reversed__(self):
        stack, node = [], self.root
        while stack or node is not None:
            while node is not None:
                stack.append(node)
                node = node.right
            node = stack.pop()
            yield node.key
            node = node.left

    def items(self):
        return ((k, self[k]) for k in self)

    def __delitem__(self, key):
        def remove(node, key):
            if node is None:
                raise KeyError(key)
            if key < node.key:
                node.left = remove(node.left, key)
            elif key > node.key:
                node.right = remove(node.right, key)
            else:
                if node.left is None:
                    return node.right
                if node.right is None:
                    return node.left
                succ = node.right
                while succ.left is not None:
                    succ = succ.left
                node.key, node.value = succ.key, succ.value
                node.right = remove(node.right, succ.key)
            return node
        self.root = remove(self.root, key)
        self.size -= 1

    def height(self):
        def h(n):
            return 0 if n is None else 1 + max(h(n.left), h(n.right))
        return h(self.root)

    def __repr__(self):
        return "BST({" + ", ".join(f"{k!r}: {v!r}" for k, v in self.items()) + "})"


words = "the quick brown fox jumps over the lazy dog".split()
tree = BST((w, len(w)) for w in words)
print(len(tree), list(tree), list(reversed(tree)), tree.height())
print(tree["fox"], "dog" in tree, "cat" in tree, max(tree), min(tree), sorted(tree, key=len)[:3])
del tree["the"]
del tree["brown"]
print(tree, len(tree))
try:
    del tree["missing"]
except KeyError as e:
    print("KeyError:", e)
try:
    tree["nope"]
except KeyError as e:
    print("KeyError:", e)
nums = BST((n, n * n) for n in [50, 30, 70, 20, 40, 60, 80, 35])
print(list(nums), [k for k in nums if k % 20 == 0], sum(v for _, v in nums.items()), dict(nums.items())[35])
