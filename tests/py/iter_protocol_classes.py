# User iterators and iterables: __iter__/__next__, re-iterable containers
# that hand out fresh iterators, the __getitem__ fallback protocol, and
# iterators used by the built-ins.

class CountDown:
    """An iterator: __iter__ returns itself, so it is single use."""

    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


class Playlist:
    """An iterable: each __iter__ call gives an independent iterator."""

    def __init__(self, *songs):
        self.songs = list(songs)

    def __iter__(self):
        return PlaylistIterator(self.songs)

    def __len__(self):
        return len(self.songs)


class PlaylistIterator:
    def __init__(self, songs):
        self._songs = songs
        self._i = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._i >= len(self._songs):
            raise StopIteration
        song = self._songs[self._i]
        self._i += 1
        return song


class Squares:
    """Old-style sequence protocol: iteration through __getitem__."""

    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i


class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children

    def __iter__(self):
        yield self.value
        for child in self.children:
            yield from child


cd = CountDown(3)
print(list(cd), list(cd))
print(sum(CountDown(100)), max(CountDown(7)), sorted(CountDown(4)))
a, b, *rest = CountDown(5)
print(a, b, rest)

p = Playlist("intro", "verse", "chorus")
print(list(p), list(p), len(p))
it1, it2 = iter(p), iter(p)
print(next(it1), next(it1), next(it2))
print([(x, y) for x in p for y in p if x < y])
print("verse" in p, "bridge" in p)

sq = Squares(6)
print(list(sq), 16 in sq, 17 in sq, list(zip(sq, "abc")))
it = iter(sq)
print(type(it).__name__, next(it), next(it))
print(list(enumerate(Squares(3), start=1)))

t = Tree(1, Tree(2, Tree(4), Tree(5)), Tree(3, Tree(6)))
print(list(t), sum(t), 6 in t)
print(dict(zip(t, map(str, t))))


class NotIterable:
    pass


class BadIter:
    def __iter__(self):
        return 42


class NoNext:
    def __iter__(self):
        return self


for action in [lambda: iter(NotIterable()), lambda: iter(3.5), lambda: iter(None), lambda: next(Playlist("x")),
               lambda: [x for x in BadIter()], lambda: iter(NoNext())]:
    try:
        action()
    except TypeError as e:
        print("TypeError:", e)


class Stop5:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration(f"ended at {self.n}")
        return self.n


s = Stop5()
print(next(s), next(s))
try:
    next(s)
except StopIteration as e:
    print("StopIteration value:", e.value)
print(list(Stop5()))
