# collections.defaultdict for graph algorithms: adjacency lists,
# in-degree counting for a topological sort, grouping, nested
# defaultdicts, and the factory semantics (__missing__, get, repr).
from collections import defaultdict, deque

edges = [("shop", "cook"), ("cook", "eat"), ("wake", "shop"), ("wake", "shower"),
         ("shower", "dress"), ("dress", "shop"), ("eat", "nap"), ("cook", "wash")]
graph = defaultdict(list)
indegree = defaultdict(int)
for a, b in edges:
    graph[a].append(b)
    indegree[b] += 1
    indegree[a] += 0
print("nodes:", sorted(indegree), "| out of cook:", graph["cook"])


def topo_sort(graph, indegree):
    ready = deque(sorted(n for n, d in indegree.items() if d == 0))
    order = []
    deg = dict(indegree)
    while ready:
        n = ready.popleft()
        order.append(n)
        for m in sorted(graph[n]):
            deg[m] -= 1
            if deg[m] == 0:
                ready.append(m)
    return order


print("topological order:", topo_sort(graph, indegree))
print("looking up created empty entries:", "nap" in graph, graph["nap"], "nap" in graph)
print(".get does not create:", graph.get("zzz"), "zzz" in graph)


def connected_components(pairs):
    adj = defaultdict(set)
    for a, b in pairs:
        adj[a].add(b)
        adj[b].add(a)
    seen, comps = set(), []
    for start in sorted(adj):
        if start in seen:
            continue
        stack, comp = [start], []
        while stack:
            n = stack.pop()
            if n in seen:
                continue
            seen.add(n)
            comp.append(n)
            stack.extend(adj[n] - seen)
        comps.append(sorted(comp))
    return comps


print("components:", connected_components([(1, 2), (2, 3), (4, 5), (6, 6), (7, 5), (8, 9)]))

words = "apple avocado banana blueberry cherry cranberry date".split()
by_letter = defaultdict(list)
for w in words:
    by_letter[w[0]].append(w)
print(dict(by_letter))
lengths = defaultdict(set)
for w in words:
    lengths[len(w)].add(w)
print({k: sorted(v) for k, v in sorted(lengths.items())})

tree = lambda: defaultdict(tree)
fs = tree()
fs["usr"]["lib"]["python"]["site"] = 1
fs["usr"]["bin"]["tool"] = 2
fs["etc"]["hosts"] = 3


def to_dict(d):
    return {k: to_dict(v) if isinstance(v, defaultdict) else v for k, v in d.items()}


print("nested:", to_dict(fs))
matrix = defaultdict(lambda: defaultdict(float))
for (r, c), v in {(0, 1): 2.5, (1, 0): -1.0, (0, 0): 4.0}.items():
    matrix[r][c] = v
print("sparse row 0:", dict(matrix[0]), "| missing cell:", matrix[5][5], "| rows:", sorted(matrix))

d = defaultdict(int, {"a": 1})
print(repr(d), d["b"], d, d.default_factory.__name__)
plain = defaultdict()
try:
    plain["missing"]
except KeyError as e:
    print("no factory -> KeyError", e)
c = d.copy()
c["z"] += 5
print("copy:", type(c).__name__, dict(c), dict(d))
print("merge with |:", d | {"q": 9}, type(d | {}).__name__)
try:
    defaultdict("not callable")
except TypeError as e:
    print("TypeError:", e)
