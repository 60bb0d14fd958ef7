"""copy for Tauraro: shallow and deep copies with CPython 3.11's rules.

Atomic values (numbers, strings, functions, classes, ranges...) are
returned as they are.  The built-in containers are copied directly.  A
class may define __copy__ / __deepcopy__(memo); otherwise an instance is
rebuilt the way CPython's object.__reduce_ex__ describes it: a new object
from cls.__new__ (given __getnewargs__() for tuple and other immutable
subclasses), list or dict items copied over, then its state - the
__dict__ and the __slots__ values, or what __getstate__ returns - handed to
__setstate__ or stored back.  deepcopy's memo maps id() of every copied
object to its copy, so shared references and cycles come out the same;
it also keeps the originals alive while the copy runs, so ids are not
reused."""

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error

_atomic = (type(None), int, float, bool, str, bytes, type, range, type(len), type(lambda: 0),
           type(Ellipsis), type(NotImplemented), property, slice)


def _is_atomic(cls):
    return cls in _atomic or issubclass(cls, type)


def copy(x):
    """A shallow copy of x."""
    cls = type(x)
    if _is_atomic(cls) or cls in (tuple, frozenset):
        return x
    if cls in (list, dict, set):
        return x.copy()
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    return _reconstruct(x, cls, False, None)


def deepcopy(x, memo=None, _nil=[]):
    """A deep copy of x; memo is the id() -> copy map shared by the recursion."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if _is_atomic(cls):
        return x
    copier = _deep_dispatch.get(cls)
    if copier is not None:
        y = copier(x, memo)
    else:
        custom = getattr(x, "__deepcopy__", None)
        if custom is not None:
            y = custom(memo)
        else:
            y = _reconstruct(x, cls, True, memo)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _deepcopy_list(x, memo):
    y = []
    memo[id(x)] = y
    for a in x:
        y.append(deepcopy(a, memo))
    return y


def _deepcopy_tuple(x, memo):
    y = [deepcopy(a, memo) for a in x]
    # a tuple that contains itself (through a list) was copied meanwhile
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            return tuple(y)
    return x


def _deepcopy_dict(x, memo):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


def _deepcopy_set(x, memo):
    return type(x)(deepcopy(a, memo) for a in x)


def _deepcopy_method(x, memo):
    return type(x)(x.__func__, deepcopy(x.__self__, memo))


class _C:
    def _m(self):
        pass


_deep_dispatch = {list: _deepcopy_list, tuple: _deepcopy_tuple, dict: _deepcopy_dict,
                  set: _deepcopy_set, frozenset: _deepcopy_set, type(_C()._m): _deepcopy_method}
del _C


def _slot_names(cls):
    names = []
    for c in cls.__mro__:
        slots = c.__dict__.get("__slots__", ())
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name not in ("__dict__", "__weakref__") and name not in names:
                names.append(name)
    return names


def _get_state(x, cls):
    getstate = getattr(cls, "__getstate__", None)
    if getstate is not None and getstate is not getattr(object, "__getstate__", None):
        return getstate(x)
    state = getattr(x, "__dict__", None)
    state = dict(state) if state else None
    slots = {}
    for name in _slot_names(cls):
        try:
            slots[name] = getattr(x, name)
        except AttributeError:
            pass
    return (state, slots) if slots else state


def _new_object(x, cls, deep, memo):
    if isinstance(x, (tuple, str, bytes, int, float, frozenset)):
        getnewargs = getattr(x, "__getnewargs__", None)
        args = getnewargs() if getnewargs is not None else (_immutable_base(cls)(x),)
        if deep:
            args = deepcopy(args, memo)
        return cls.__new__(cls, *args)
    try:
        return cls.__new__(cls)
    except TypeError:
        raise Error("un(%s)copyable object of type %s" % ("deep" if deep else "shallow", cls)) from None


def _immutable_base(cls):
    for base in (tuple, str, bytes, int, float, frozenset):
        if issubclass(cls, base):
            return base
    return object


def _reconstruct(x, cls, deep, memo):
    y = _new_object(x, cls, deep, memo)
    if deep:
        memo[id(x)] = y
    state = _get_state(x, cls)
    if isinstance(x, list):
        for item in x:
            y.append(deepcopy(item, memo) if deep else item)
    elif isinstance(x, dict):
        for key, value in x.items():
            if deep:
                key, value = deepcopy(key, memo), deepcopy(value, memo)
            y[key] = value
    elif isinstance(x, set):
        for item in x:
            y.add(deepcopy(item, memo) if deep else item)
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        setstate = getattr(y, "__setstate__", None)
        if setstate is not None:
            setstate(state)
        else:
            slotstate = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            if state:
                y.__dict__.update(state)
            if slotstate:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    return y
