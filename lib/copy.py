"""copy for Tauraro: shallow and deep copies of the built-in containers and
of instances (through __copy__/__deepcopy__ or their __dict__)."""


class Error(Exception):
    pass


_atomic = (type(None), int, float, bool, complex if False else int, str, bytes, type,
           range, type(len), type(lambda: 0), frozenset if False else int)


def _slot_names(cls):
    """Names stored in __slots__ along the MRO (mangled as the class did)."""
    names = []
    for c in cls.__mro__:
        slots = c.__dict__.get("__slots__", ())
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ("__dict__", "__weakref__"):
                continue
            if name.startswith("__") and not name.endswith("__"):
                stripped = c.__name__.lstrip("_")
                if stripped:
                    name = "_" + stripped + name
            names.append(name)
    return names


def _copy_state(x, y, convert):
    if hasattr(x, "__dict__"):
        for k, v in x.__dict__.items():
            y.__dict__[k] = convert(v)
    for name in _slot_names(type(x)):
        if hasattr(x, name):
            setattr(y, name, convert(getattr(x, name)))


def copy(x):
    cls = type(x)
    if cls in (list, dict, set):
        return cls(x) if cls is not dict else dict(x)
    if cls in _atomic or cls in (tuple, frozenset):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    if isinstance(x, (list, dict, set)):
        y = cls.__new__(cls)
        if isinstance(x, list):
            y.extend(x)
        elif isinstance(x, dict):
            y.update(x)
        else:
            y.update(x)
        _copy_state(x, y, lambda v: v)
        return y
    if hasattr(x, "__dict__") or _slot_names(cls):
        y = cls.__new__(cls)
        _copy_state(x, y, lambda v: v)
        return y
    raise Error("un(shallow)copyable object of type %s" % cls)


def deepcopy(x, memo=None):
    if memo is None:
        memo = {}
    d = id(x)
    if d in memo:
        return memo[d]
    cls = type(x)
    if cls in _atomic:
        return x
    if cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
        return y
    if cls is tuple:
        y = tuple(deepcopy(a, memo) for a in x)
        if d in memo:
            return memo[d]
        if all(a is b for a, b in zip(x, y)):
            y = x
        memo[d] = y
        return y
    if cls is dict:
        y = {}
        memo[d] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
        return y
    if cls in (set, frozenset):
        y = cls(deepcopy(a, memo) for a in x)
        memo[d] = y
        return y
    copier = getattr(x, "__deepcopy__", None)
    if copier is not None:
        y = copier(memo)
        memo[d] = y
        return y
    y = cls.__new__(cls)
    memo[d] = y
    if isinstance(x, list):
        y.extend(deepcopy(a, memo) for a in x)
    elif isinstance(x, dict):
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
    _copy_state(x, y, lambda v: deepcopy(v, memo))
    return y
