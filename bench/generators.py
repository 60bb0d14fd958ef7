# Generators: a lazy pipeline of generator functions (source, filter, map,
# sliding window, yield from, chunking), generator expressions and send().
import sys


def numbers(n):
    state = 7
    for _ in range(n):
        state = (state * 48271) % 2147483647
        yield state % 1000


def evens(xs):
    for x in xs:
        if x % 2 == 0:
            yield x


def scaled(xs, k):
    for x in xs:
        yield x * k + 1


def windows(xs, size):
    window = []
    for x in xs:
        window.append(x)
        if len(window) > size:
            window.pop(0)
        if len(window) == size:
            yield sum(window)


def chained(n):
    yield from range(n % 7)
    yield from (i * i for i in range(n % 5))


def chunks(xs, size):
    chunk = []
    for x in xs:
        chunk.append(x)
        if len(chunk) == size:
            yield tuple(chunk)
            chunk = []
    if chunk:
        yield tuple(chunk)


def running_mean():
    total = 0
    count = 0
    mean = None
    while True:
        x = yield mean
        total += x
        count += 1
        mean = total // count


def main(n):
    pipeline = windows(scaled(evens(numbers(n)), 3), 4)
    total = 0
    count = 0
    for s in pipeline:
        total += s
        count += 1
    print("pipeline: %d windows, total %d" % (count, total))
    flat = sum(v for i in range(n // 10) for v in chained(i))
    print("yield from: %d" % flat)
    big = 0
    nchunks = 0
    for c in chunks(numbers(n // 2), 7):
        nchunks += 1
        big = max(big, sum(c))
    print("chunks: %d, largest sum %d" % (nchunks, big))
    rm = running_mean()
    next(rm)
    last = 0
    for x in numbers(n // 4):
        last = rm.send(x)
    print("running mean %d" % last)
    squares = sum(x * x for x in numbers(n // 4) if x % 3 == 1)
    print("squares %d" % squares)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 800000)
