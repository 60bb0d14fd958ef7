# A deterministic bank-queue simulation using lists as queues and a LCG for arrivals.
seed = 42
def rand(n):
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    return (seed >> 33) % n
tellers = [None, None, None]
queue = []
served = []
waits = []
next_id = 1
for tick in range(60):
    if rand(10) < 6:
        for _ in range(1 + rand(2)):
            queue.append({"id": next_id, "arrive": tick, "work": 1 + rand(6)})
            next_id += 1
    for i in range(len(tellers)):
        cust = tellers[i]
        if cust is not None:
            cust["work"] -= 1
            if cust["work"] == 0:
                served.append((cust["id"], i, tick))
                tellers[i] = None
        if tellers[i] is None and queue:
            c = queue.pop(0)
            waits.append(tick - c["arrive"])
            tellers[i] = c
    if tick % 10 == 9:
        busy = sum(1 for t in tellers if t is not None)
        print("tick %2d: queue=%2d busy=%d served=%3d" % (tick, len(queue), busy, len(served)))
print("customers:", next_id - 1, "served:", len(served), "waiting:", len(queue))
print("avg wait: %.3f max wait: %d" % (sum(waits) / len(waits), max(waits)))
per_teller = {}
for cid, t, tick in served:
    per_teller[t] = per_teller.get(t, 0) + 1
print(sorted(per_teller.items()))
print(served[:8])
hist = {}
for w in waits:
    hist[w] = hist.get(w, 0) + 1
for w in sorted(hist):
    print("%2d %s" % (w, "*" * hist[w]))
