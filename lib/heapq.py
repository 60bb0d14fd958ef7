"""heapq for Tauraro: CPython 3.11's algorithms (so ties come out in the same order)."""

__all__ = ["heappush", "heappop", "heapify", "heapreplace", "merge", "nlargest", "nsmallest",
           "heappushpop"]


def heappush(heap, item):
    _check(heap)
    heap.append(item)
    _siftdown(heap, 0, len(heap) - 1)


def _check(heap):
    if not isinstance(heap, list):
        raise TypeError("heap argument must be a list")


def heappop(heap):
    _check(heap)
    if not heap:
        raise IndexError("index out of range")
    lastelt = heap.pop()
    if heap:
        returnitem = heap[0]
        heap[0] = lastelt
        _siftup(heap, 0)
        return returnitem
    return lastelt


def heapreplace(heap, item):
    _check(heap)
    if not heap:
        raise IndexError("index out of range")
    returnitem = heap[0]
    heap[0] = item
    _siftup(heap, 0)
    return returnitem


def heappushpop(heap, item):
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _siftup(heap, 0)
    return item


def heapify(x):
    n = len(x)
    for i in reversed(range(n // 2)):
        _siftup(x, i)


def _siftdown(heap, startpos, pos):
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if newitem < parent:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _siftup(heap, pos):
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[childpos] < heap[rightpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown(heap, startpos, pos)


def merge(*iterables, key=None, reverse=False):
    its = [iter(it) for it in iterables]
    entries = []
    for order, it in enumerate(its):
        for value in it:
            entries.append((value if key is None else key(value), order, value, it))
            break
    while entries:
        best = None
        for e in entries:
            if best is None or (e[0] > best[0] if reverse else e[0] < best[0]) or \
                    (e[0] == best[0] and e[1] < best[1]):
                best = e
        yield best[2]
        entries.remove(best)
        for value in best[3]:
            entries.append((value if key is None else key(value), best[1], value, best[3]))
            break


def nsmallest(n, iterable, key=None):
    if n <= 0:
        return []
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    if n <= 0:
        return []
    return sorted(iterable, key=key, reverse=True)[:n]
