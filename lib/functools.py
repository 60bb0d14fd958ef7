"""functools for Tauraro, written in Python with CPython 3.11's semantics."""

__all__ = ["reduce", "partial", "lru_cache", "cache", "wraps", "update_wrapper",
           "cmp_to_key", "total_ordering", "WRAPPER_ASSIGNMENTS", "WRAPPER_UPDATES", "cached_property"]

WRAPPER_ASSIGNMENTS = ("__module__", "__name__", "__qualname__", "__doc__")
WRAPPER_UPDATES = ("__dict__",)

_initial_missing = object()


def reduce(function, sequence, initial=_initial_missing):
    it = iter(sequence)
    if initial is _initial_missing:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError("reduce() of empty iterable with no initial value") from None
    else:
        value = initial
    for element in it:
        value = function(value, element)
    return value


class partial:
    def __init__(self, func, /, *args, **keywords):
        if not callable(func):
            raise TypeError("the first argument must be callable")
        if isinstance(func, partial):
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self.func = func
        self.args = args
        self.keywords = keywords

    def __call__(self, /, *args, **keywords):
        keywords = {**self.keywords, **keywords}
        return self.func(*self.args, *args, **keywords)

    def __repr__(self):
        args = [repr(self.func)]
        args.extend(repr(x) for x in self.args)
        args.extend(f"{k}={v!r}" for (k, v) in self.keywords.items())
        return "functools.partial(" + ", ".join(args) + ")"


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            try:
                setattr(wrapper, attr, value)
            except (AttributeError, TypeError):
                pass
    for attr in updated:
        try:
            getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
        except (AttributeError, TypeError):
            pass
    try:
        wrapper.__wrapped__ = wrapped
    except (AttributeError, TypeError):
        pass
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


class _CacheInfo(tuple):
    def __new__(cls, hits, misses, maxsize, currsize):
        return tuple.__new__(cls, (hits, misses, maxsize, currsize))

    hits = property(lambda self: self[0])
    misses = property(lambda self: self[1])
    maxsize = property(lambda self: self[2])
    currsize = property(lambda self: self[3])

    def __repr__(self):
        return "CacheInfo(hits=%r, misses=%r, maxsize=%r, currsize=%r)" % tuple(self)


def _make_key(args, kwds, typed):
    key = args
    if kwds:
        key += (_initial_missing,)
        for item in kwds.items():
            key += item
    if typed:
        key += tuple(type(v) for v in args)
        if kwds:
            key += tuple(type(v) for v in kwds.values())
    elif len(key) == 1 and type(key[0]) in (int, str):
        return key[0]
    return key


def lru_cache(maxsize=128, typed=False):
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        user_function, maxsize = maxsize, 128
        return _lru_wrapper(user_function, maxsize, typed)
    elif maxsize is not None:
        raise TypeError("Expected first argument to be an integer, a callable, or None")

    def decorating_function(user_function):
        return _lru_wrapper(user_function, maxsize, typed)

    return decorating_function


def _lru_wrapper(user_function, maxsize, typed):
    cache = {}
    stats = [0, 0]  # hits, misses

    def wrapper(*args, **kwds):
        if maxsize == 0:
            stats[1] += 1
            return user_function(*args, **kwds)
        key = _make_key(args, kwds, typed)
        if key in cache:
            stats[0] += 1
            result = cache.pop(key)
            cache[key] = result  # most recently used goes last
            return result
        stats[1] += 1
        result = user_function(*args, **kwds)
        if key not in cache:
            cache[key] = result
            if maxsize is not None and len(cache) > maxsize:
                del cache[next(iter(cache))]
        return result

    def cache_info():
        return _CacheInfo(stats[0], stats[1], maxsize, len(cache))

    def cache_clear():
        cache.clear()
        stats[0] = stats[1] = 0

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    wrapper.cache_parameters = lambda: {"maxsize": maxsize, "typed": typed}
    return update_wrapper(wrapper, user_function)


def cache(user_function):
    return lru_cache(maxsize=None)(user_function)


def cmp_to_key(mycmp):
    class K:
        __slots__ = ["obj"]

        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0

        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0

        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0

        __hash__ = None

    return K


def total_ordering(cls):
    roots = {op for op in ("__lt__", "__le__", "__gt__", "__ge__")
             if getattr(cls, op, None) is not getattr(object, op, None)}
    if not roots:
        raise ValueError("must define at least one ordering operation: < > <= >=")
    root = max(roots)  # prefer __lt__ to __le__ to __gt__ to __ge__
    def lt_from_root(self, other, root=root):
        r = getattr(type(self), root)(self, other)
        return r
    derived = {
        "__lt__": {"__gt__": lambda self, other: _not_op_and_not_eq(self.__lt__, self, other),
                   "__le__": lambda self, other: _op_or_eq(self.__lt__, self, other),
                   "__ge__": lambda self, other: _not_op(self.__lt__, other)},
        "__le__": {"__ge__": lambda self, other: _not_op_or_eq(self.__le__, self, other),
                   "__lt__": lambda self, other: _op_and_not_eq(self.__le__, self, other),
                   "__gt__": lambda self, other: _not_op(self.__le__, other)},
        "__gt__": {"__lt__": lambda self, other: _not_op_and_not_eq(self.__gt__, self, other),
                   "__ge__": lambda self, other: _op_or_eq(self.__gt__, self, other),
                   "__le__": lambda self, other: _not_op(self.__gt__, other)},
        "__ge__": {"__le__": lambda self, other: _not_op_or_eq(self.__ge__, self, other),
                   "__gt__": lambda self, other: _op_and_not_eq(self.__ge__, self, other),
                   "__lt__": lambda self, other: _not_op(self.__ge__, other)},
    }
    for opname, opfunc in derived[root].items():
        if opname not in roots:
            setattr(cls, opname, opfunc)
    return cls


def _not_op(op, other):
    r = op(other)
    return r if r is NotImplemented else not r


def _op_or_eq(op, self, other):
    r = op(other)
    return r if r is NotImplemented else (r or self == other)


def _not_op_and_not_eq(op, self, other):
    r = op(other)
    return r if r is NotImplemented else (not r and self != other)


def _not_op_or_eq(op, self, other):
    r = op(other)
    return r if r is NotImplemented else (not r or self == other)


def _op_and_not_eq(op, self, other):
    r = op(other)
    return r if r is NotImplemented else (r and self != other)


_NOT_FOUND = object()


class cached_property:
    """A property computed once per instance and then kept in its __dict__
    (which then answers the lookups: this is a non-data descriptor)."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError("Cannot assign the same cached_property to two different names "
                            f"({self.attrname!r} and {name!r}).")

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError("Cannot use cached_property instance without calling __set_name__ on it.")
        try:
            cache = instance.__dict__
        except AttributeError:
            msg = (f"No '__dict__' attribute on {type(instance).__name__!r} "
                   f"instance to cache {self.attrname!r} property.")
            raise TypeError(msg) from None
        val = cache.get(self.attrname, _NOT_FOUND)
        if val is _NOT_FOUND:
            val = self.func(instance)
            cache[self.attrname] = val
        return val
