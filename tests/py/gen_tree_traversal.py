# Recursive generators with yield from: binary-tree traversals, a
# file-system-like tree walk, permutations and subsets generated lazily,
# and a breadth-first generator with an explicit queue.
from collections import deque


class Node:
    def __init__(self, key, left=None, right=None):
        self.key = key
        self.left = left
        self.right = right


def insert(root, key):
    if root is None:
        return Node(key)
    if key < root.key:
        root.left = insert(root.left, key)
    else:
        root.right = insert(root.right, key)
    return root


def inorder(node):
    if node:
        yield from inorder(node.left)
        yield node.key
        yield from inorder(node.right)


def preorder(node):
    if node:
        yield node.key
        yield from preorder(node.left)
        yield from preorder(node.right)


def postorder(node):
    if node:
        yield from postorder(node.left)
        yield from postorder(node.right)
        yield node.key


def levels(node):
    queue = deque([(node, 0)])
    while queue:
        n, depth = queue.popleft()
        if n:
            yield depth, n.key
            queue.append((n.left, depth + 1))
            queue.append((n.right, depth + 1))


def height(node):
    return 0 if node is None else 1 + max(height(node.left), height(node.right))


root = None
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    root = insert(root, k)
print("inorder:  ", list(inorder(root)))
print("preorder: ", list(preorder(root)))
print("postorder:", list(postorder(root)))
by_level = {}
for depth, key in levels(root):
    by_level.setdefault(depth, []).append(key)
print("levels:   ", by_level, "height", height(root))
print("range 33..66:", [k for k in inorder(root) if 33 <= k <= 66])

FS = {"src": {"main.py": 120, "util": {"io.py": 40, "text.py": 75}}, "README": 10,
      "tests": {"test_main.py": 60, "data": {}}}


def walk(tree, prefix=""):
    for name in sorted(tree):
        entry = tree[name]
        path = prefix + name
        if isinstance(entry, dict):
            yield path + "/", None
            yield from walk(entry, path + "/")
        else:
            yield path, entry


for path, size in walk(FS):
    print(f"  {path:24} {'' if size is None else size}")
print("total size:", sum(s for _, s in walk(FS) if s))
print("python files:", [p for p, _ in walk(FS) if p.endswith(".py")])


def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i, head in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [head] + rest


def subsets(items):
    if not items:
        yield []
        return
    for s in subsets(items[1:]):
        yield s
        yield [items[0]] + s


print("perms:", ["".join(p) for p in permutations("abc")])
print("count of perms of 6:", sum(1 for _ in permutations(list(range(6)))))
print("subsets:", sorted(subsets([1, 2, 3]), key=lambda s: (len(s), s)))
first_big = next(s for s in subsets(list(range(1, 8))) if sum(s) > 20)
print("first subset summing over 20:", first_big)


def depth_limited(node, limit, depth=0):
    """Stop descending below limit; report how deep each key is."""
    if node is None or depth > limit:
        return
    yield from depth_limited(node.left, limit, depth + 1)
    yield (node.key, depth)
    yield from depth_limited(node.right, limit, depth + 1)


print("depth <= 1:", list(depth_limited(root, 1)))
gen = inorder(root)
print("first three lazily:", next(gen), next(gen), next(gen))
