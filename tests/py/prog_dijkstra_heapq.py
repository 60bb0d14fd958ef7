# Dijkstra's shortest paths with heapq on a small weighted graph.
import heapq
graph = {"A": {"B": 4, "C": 2}, "B": {"C": 5, "D": 10}, "C": {"E": 3}, "D": {"F": 11}, "E": {"D": 4}, "F": {}}
def dijkstra(src):
    dist = {n: float("inf") for n in graph}; dist[src] = 0; prev = {}
    pq = [(0, src)]
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist[u]: continue
        for v, w in graph[u].items():
            if d + w < dist[v]:
                dist[v] = d + w; prev[v] = u; heapq.heappush(pq, (dist[v], v))
    return dist, prev
dist, prev = dijkstra("A")
print(dist)
def path(t):
    out = [t]
    while out[-1] in prev: out.append(prev[out[-1]])
    return "->".join(reversed(out))
print([path(n) for n in "BCDEF"], heapq.nsmallest(3, dist.items(), key=lambda kv: kv[1]))
