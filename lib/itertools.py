"""itertools for Tauraro, written in Python with CPython 3.11's semantics.

Every tool is a class named as CPython's type is (type(cycle('a')).__name__
== 'cycle'), so that arguments are checked and iter() is called when the
object is made, not at the first next() as a generator function would.
Most keep a private generator for the lazy part and return its items from
__next__."""

__all__ = ["accumulate", "chain", "combinations", "combinations_with_replacement", "compress",
           "count", "cycle", "dropwhile", "filterfalse", "groupby", "islice", "pairwise",
           "permutations", "product", "repeat", "starmap", "takewhile", "tee", "zip_longest"]

_MAXSIZE = 2 ** 63 - 1
_missing = object()


class _Iterator:
    """Base: an iterator whose items come from the generator self._gen."""

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)


def _is_number(v):
    # PyNumber_Check: int, float, or a type with __index__/__int__/__float__
    t = type(v)
    return isinstance(v, (int, float)) or any(hasattr(t, m) for m in ("__index__", "__int__", "__float__"))


class count:
    def __init__(self, start=0, step=1):
        if not _is_number(start) or not _is_number(step):
            raise TypeError("a number is required")
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        if isinstance(self._step, int) and self._step == 1:
            return "count(%r)" % (self._n,)
        return "count(%r, %r)" % (self._n, self._step)


class cycle(_Iterator):
    def __init__(self, iterable):
        self._gen = self._run(iter(iterable))

    @staticmethod
    def _run(it):
        saved = []
        for element in it:
            yield element
            saved.append(element)
        while saved:
            yield from saved


class repeat:
    def __init__(self, object, times=None):
        self._object = object
        if times is not None and not isinstance(times, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(times).__name__)
        self._times = times

    def __iter__(self):
        return self

    def __next__(self):
        if self._times is None:
            return self._object
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._object

    def __length_hint__(self):
        if self._times is None:
            raise TypeError("len() of unsized object")
        return max(self._times, 0)

    def __repr__(self):
        if self._times is None:
            return "repeat(%r)" % (self._object,)
        return "repeat(%r, %r)" % (self._object, max(self._times, 0))


class accumulate(_Iterator):
    def __init__(self, iterable, func=None, *, initial=None):
        self._gen = self._run(iter(iterable), func, initial)

    @staticmethod
    def _run(it, func, total):
        if total is None:
            for total in it:
                break
            else:
                return
        yield total
        for element in it:
            total = func(total, element) if func is not None else total + element
            yield total


class chain:
    def __init__(self, *iterables):
        self._its = iter(iterables)
        self._cur = None

    @classmethod
    def from_iterable(cls, iterables):
        c = cls()
        c._its = iter(iterables)
        return c

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            if self._cur is None:
                self._cur = iter(next(self._its))
            for value in self._cur:
                return value
            self._cur = None


class compress(_Iterator):
    def __init__(self, data, selectors):
        self._gen = (d for d, s in zip(iter(data), iter(selectors)) if s)


class dropwhile(_Iterator):
    def __init__(self, predicate, iterable):
        self._gen = self._run(predicate, iter(iterable))

    @staticmethod
    def _run(predicate, it):
        for x in it:
            if not predicate(x):
                yield x
                break
        yield from it


class takewhile(_Iterator):
    def __init__(self, predicate, iterable):
        self._gen = self._run(predicate, iter(iterable))

    @staticmethod
    def _run(predicate, it):
        for x in it:
            if not predicate(x):
                return
            yield x


class filterfalse(_Iterator):
    def __init__(self, predicate, iterable):
        it = iter(iterable)
        if predicate is None:
            self._gen = (x for x in it if not x)
        else:
            self._gen = (x for x in it if not predicate(x))


class starmap(_Iterator):
    def __init__(self, function, iterable):
        self._gen = (function(*args) for args in iter(iterable))


class groupby:
    def __init__(self, iterable, key=None):
        self._keyfunc = key if key is not None else (lambda x: x)
        self._it = iter(iterable)
        self._tgtkey = self._currkey = self._currvalue = object()
        self._marker = self._tgtkey

    def __iter__(self):
        return self

    def __next__(self):
        self._id = object()
        while self._currkey == self._tgtkey and self._currkey is not self._marker or \
                self._currkey is self._marker and self._tgtkey is not self._marker:
            self._currvalue = next(self._it)
            self._currkey = self._keyfunc(self._currvalue)
        if self._currkey is self._marker:
            self._currvalue = next(self._it)
            self._currkey = self._keyfunc(self._currvalue)
        self._tgtkey = self._currkey
        return (self._currkey, _grouper(self, self._tgtkey, self._id))


class _grouper(_Iterator):
    def __init__(self, parent, tgtkey, id):
        self._gen = self._run(parent, tgtkey, id)

    @staticmethod
    def _run(parent, tgtkey, id):
        while parent._id is id and parent._currkey == tgtkey:
            yield parent._currvalue
            try:
                parent._currvalue = next(parent._it)
            except StopIteration:
                parent._currkey = parent._marker
                parent._tgtkey = object()
                return
            parent._currkey = parent._keyfunc(parent._currvalue)


def _slice_index(v, message):
    if v is None:
        return None
    if hasattr(type(v), "__index__"):
        v = v.__index__()
        if 0 <= v <= _MAXSIZE:
            return v
    raise ValueError(message)


class islice:
    """CPython's islice_next: skip to the next wanted index, never read past stop."""

    def __init__(self, iterable, *args):
        if not 1 <= len(args) <= 3:
            if not args:
                raise TypeError("islice expected at least 2 arguments, got 1")
            raise TypeError("islice expected at most 4 arguments, got %d" % (len(args) + 1))
        if len(args) == 1:
            start, stop, step = None, args[0], None
            stop = _slice_index(stop, "Stop argument for islice() must be None or an integer: "
                                      "0 <= x <= sys.maxsize.")
        else:
            start, stop = args[0], args[1]
            step = args[2] if len(args) == 3 else None
            msg = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize."
            start, stop = _slice_index(start, msg), _slice_index(stop, msg)
        step_msg = "Step for islice() must be a positive integer or None."
        try:
            step = 1 if step is None else _slice_index(step, step_msg)
        except ValueError:
            raise ValueError(step_msg) from None
        if step == 0:
            raise ValueError(step_msg)
        self._it = iter(iterable)
        self._next = start or 0
        self._stop = stop
        self._step = step
        self._cnt = 0

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        stop = self._stop
        while self._cnt < self._next:
            if stop is not None and self._cnt >= stop:
                break
            for _ in it:
                break
            else:
                self._it = None
                raise StopIteration
            self._cnt += 1
        if stop is not None and self._cnt >= stop:
            self._it = None
            raise StopIteration
        for item in it:
            break
        else:
            self._it = None
            raise StopIteration
        self._cnt += 1
        self._next += self._step
        if stop is not None and self._next > stop:
            self._next = stop
        return item


class pairwise(_Iterator):
    def __init__(self, iterable):
        self._gen = self._run(iter(iterable))

    @staticmethod
    def _run(it):
        for a in it:
            break
        else:
            return
        for b in it:
            yield a, b
            a = b


def _check_r(r):
    if not isinstance(r, int):
        if not hasattr(type(r), "__index__"):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(r).__name__)
        r = r.__index__()
    if r < 0:
        raise ValueError("r must be non-negative")
    return r


class product(_Iterator):
    def __init__(self, *iterables, repeat=1):
        if repeat < 0:
            raise ValueError("repeat argument cannot be negative")
        self._gen = self._run([tuple(pool) for pool in iterables] * repeat)

    @staticmethod
    def _run(pools):
        # an odometer over the pools, the rightmost index turning fastest
        if any(not pool for pool in pools):
            return
        n = len(pools)
        indices = [0] * n
        yield tuple(pool[0] for pool in pools)
        while True:
            for i in range(n - 1, -1, -1):
                indices[i] += 1
                if indices[i] < len(pools[i]):
                    break
                indices[i] = 0
            else:
                return
            yield tuple(pools[i][indices[i]] for i in range(n))


class permutations(_Iterator):
    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        r = len(pool) if r is None else _check_r(r)
        self._gen = self._run(pool, r)

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if r > n:
            return
        indices = list(range(n))
        cycles = list(range(n, n - r, -1))
        yield tuple(pool[i] for i in indices[:r])
        while n:
            for i in reversed(range(r)):
                cycles[i] -= 1
                if cycles[i] == 0:
                    indices[i:] = indices[i + 1:] + indices[i:i + 1]
                    cycles[i] = n - i
                else:
                    j = cycles[i]
                    indices[i], indices[-j] = indices[-j], indices[i]
                    yield tuple(pool[i] for i in indices[:r])
                    break
            else:
                return


class _Choose(_Iterator):
    """combinations and combinations_with_replacement: (iterable, r) with r required."""

    def __init__(self, iterable, r=_missing):
        if r is _missing:
            raise TypeError(f"{type(self).__name__}() missing required argument 'r' (pos 2)")
        pool = tuple(iterable)
        self._gen = self._run(pool, _check_r(r))


class combinations(_Choose):

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if r > n:
            return
        indices = list(range(r))
        yield tuple(pool[i] for i in indices)
        while True:
            for i in reversed(range(r)):
                if indices[i] != i + n - r:
                    break
            else:
                return
            indices[i] += 1
            for j in range(i + 1, r):
                indices[j] = indices[j - 1] + 1
            yield tuple(pool[i] for i in indices)


class combinations_with_replacement(_Choose):

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if not n and r:
            return
        indices = [0] * r
        yield tuple(pool[i] for i in indices)
        while True:
            for i in reversed(range(r)):
                if indices[i] != n - 1:
                    break
            else:
                return
            indices[i:] = [indices[i] + 1] * (r - i)
            yield tuple(pool[i] for i in indices)


class _tee:
    """One of tee()'s iterators.  They share a linked list of [value, next]
    cells; the iterator that runs ahead appends, the others follow."""

    def __init__(self, it, link):
        self._it = it
        self._link = link

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        if link[1] is None:
            value = next(self._it)
            link[0] = value
            link[1] = [None, None]
        self._link = link[1]
        return link[0]

    def __copy__(self):
        return _tee(self._it, self._link)


def tee(iterable, n=2):
    if not isinstance(n, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(n).__name__)
    if n < 0:
        raise ValueError("n must be >= 0")
    it = iter(iterable)
    if n == 0:
        return ()
    first = it if isinstance(it, _tee) else _tee(it, [None, None])
    return (first,) + tuple(first.__copy__() for _ in range(n - 1))


class zip_longest(_Iterator):
    def __init__(self, *args, fillvalue=None):
        self._gen = self._run([iter(it) for it in args], fillvalue)

    @staticmethod
    def _run(iterators, fillvalue):
        num_active = len(iterators)
        if not num_active:
            return
        while True:
            values = []
            for i, it in enumerate(iterators):
                for value in it:
                    break
                else:
                    num_active -= 1
                    if not num_active:
                        return
                    iterators[i] = repeat(fillvalue)
                    value = fillvalue
                values.append(value)
            yield tuple(values)
