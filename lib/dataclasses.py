"""dataclasses for Tauraro: @dataclass, field, fields, asdict, astuple,
replace, is_dataclass, FrozenInstanceError, MISSING, KW_ONLY, InitVar.

As in CPython, the fields are the class's annotated names (those of base
dataclasses first), and the generated methods are compiled from source
with exec, so their behaviour (argument errors, defaults, default_factory,
__post_init__, frozen assignment errors, comparison of field tuples) is
CPython's.  Not provided: slots=True and weakref_slot, ClassVar detection
through typing (a string annotation starting with "ClassVar" is honoured),
and recursive-repr protection.
"""

__all__ = ["dataclass", "field", "Field", "fields", "asdict", "astuple", "make_dataclass", "replace",
           "is_dataclass", "FrozenInstanceError", "MISSING", "KW_ONLY", "InitVar"]


class FrozenInstanceError(AttributeError):
    pass


class _MissingType:
    def __repr__(self):
        return "MISSING"


MISSING = _MissingType()


class _KwOnlyType:
    def __repr__(self):
        return "KW_ONLY"


KW_ONLY = _KwOnlyType()


class InitVar:
    def __init__(self, type):
        self.type = type

    def __class_getitem__(cls, type):
        return InitVar(type)

    def __repr__(self):
        name = getattr(self.type, "__name__", repr(self.type))
        return f"dataclasses.InitVar[{name}]"


class Field:
    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else dict(metadata)
        self.kw_only = kw_only
        self._kind = "field"

    def __repr__(self):
        return (f"Field(name={self.name!r},type={self.type!r},default={self.default!r},"
                f"default_factory={self.default_factory!r},init={self.init!r},repr={self.repr!r},"
                f"hash={self.hash!r},compare={self.compare!r},metadata={self.metadata!r},"
                f"kw_only={self.kw_only!r},_field_type={self._kind})")


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None, compare=True,
          metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _is_classvar(annotation):
    if isinstance(annotation, str):
        return annotation.startswith("ClassVar") or annotation.startswith("typing.ClassVar")
    return getattr(annotation, "__name__", None) == "ClassVar"


def _collect_fields(cls, kw_only_default):
    fields = {}
    for base in reversed(cls.__mro__[1:]):
        for f in getattr(base, "__dataclass_fields__", {}).values():
            fields[f.name] = f
    annotations = cls.__dict__.get("__annotations__", {})
    kw_only = kw_only_default
    for name, annotation in annotations.items():
        if annotation is KW_ONLY:
            kw_only = True
            continue
        default = cls.__dict__.get(name, MISSING)
        f = default if isinstance(default, Field) else field(default=default)
        f.name = name
        f.type = annotation
        if _is_classvar(annotation):
            f._kind = "_FIELD_CLASSVAR"
        elif isinstance(annotation, InitVar):
            f._kind = "_FIELD_INITVAR"
        else:
            f._kind = "_FIELD"
        if f.kw_only is MISSING:
            f.kw_only = kw_only
        if f._kind == "_FIELD" and f.default is not MISSING and type(f.default).__hash__ is None:
            raise ValueError(f"mutable default {type(f.default)} for field {name} is not allowed: "
                             "use default_factory")
        if isinstance(default, Field):
            if f.default is MISSING:
                if name in cls.__dict__:
                    delattr(cls, name)
            else:
                setattr(cls, name, f.default)
        fields[name] = f
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(f"{name!r} is a field but has no type annotation")
    return fields


def _exec_function(name, params, body, ns):
    src = f"def {name}({', '.join(params)}):\n" + "\n".join("    " + line for line in body or ["pass"])
    local = {}
    exec(src, ns, local)
    return local[name]


def _init_fn(cls, fields, frozen, has_post_init):
    ns = {"MISSING": MISSING, "__dataclass_builtins_object__": object}
    params, kw_params, body = ["self"], [], []
    seen_default = False
    for f in fields:
        if f._kind == "_FIELD_CLASSVAR" or not f.init:
            continue
        if f.default is not MISSING:
            ns[f"_dflt_{f.name}"] = f.default
            param = f"{f.name}=_dflt_{f.name}"
        elif f.default_factory is not MISSING:
            ns[f"_dflt_{f.name}"] = f.default_factory
            param = f"{f.name}=MISSING"
        else:
            param = f.name
        if f.kw_only:
            kw_params.append(param)
            continue
        if "=" in param:
            seen_default = True
        elif seen_default:
            raise TypeError(f"non-default argument {f.name!r} follows default argument")
        params.append(param)
    if kw_params:
        params.append("*")
        params.extend(kw_params)
    for f in fields:
        if f._kind != "_FIELD":
            continue
        if f.init:
            if f.default_factory is not MISSING:
                value = f"_dflt_{f.name}() if {f.name} is MISSING else {f.name}"
            else:
                value = f.name
        elif f.default_factory is not MISSING:
            value = f"_dflt_{f.name}()"
            ns[f"_dflt_{f.name}"] = f.default_factory
        elif f.default is not MISSING:
            value = f"_dflt_{f.name}"
            ns[f"_dflt_{f.name}"] = f.default
        else:
            continue
        if frozen:
            body.append(f"__dataclass_builtins_object__.__setattr__(self, {f.name!r}, {value})")
        else:
            body.append(f"self.{f.name} = {value}")
    if has_post_init:
        init_vars = [f.name for f in fields if f._kind == "_FIELD_INITVAR"]
        body.append(f"self.__post_init__({', '.join(init_vars)})")
    fn = _exec_function("__init__", params, body, ns)
    fn.__qualname__ = f"{cls.__qualname__}.__init__"
    return fn


def _tuple_of(fields, obj_name):
    names = [f.name for f in fields]
    return "(" + "".join(f"{obj_name}.{n}," for n in names) + ")"


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only):
    own_names = set(cls.__dict__)      # before the generated methods are added
    fields = _collect_fields(cls, kw_only)
    cls.__dataclass_fields__ = fields
    cls.__dataclass_params__ = (init, repr, eq, order, unsafe_hash, frozen)
    for base in cls.__mro__[1:]:
        params = getattr(base, "__dataclass_params__", None)
        if params is not None and params[5] != frozen:
            if frozen:
                raise TypeError("cannot inherit frozen dataclass from a non-frozen one")
            raise TypeError("cannot inherit non-frozen dataclass from a frozen one")
    all_fields = [f for f in fields.values() if f._kind == "_FIELD"]
    if init:
        cls.__init__ = _init_fn(cls, list(fields.values()), frozen, hasattr(cls, "__post_init__"))
    if repr:
        shown = [f for f in all_fields if f.repr]

        def __repr__(self):
            inner = ", ".join(f"{f.name}={getattr(self, f.name)!r}" for f in shown)
            return f"{type(self).__qualname__}({inner})"
        __repr__.__qualname__ = f"{cls.__qualname__}.__repr__"
        if "__repr__" not in cls.__dict__:
            cls.__repr__ = __repr__
    compared = [f for f in all_fields if f.compare]
    if eq and "__eq__" not in cls.__dict__:
        cls.__eq__ = _exec_function("__eq__", ["self", "other"], [
            "if other.__class__ is self.__class__:",
            f"    return {_tuple_of(compared, 'self')} == {_tuple_of(compared, 'other')}",
            "return NotImplemented"], {})
    if order:
        if not eq:
            raise ValueError("eq must be true if order is true")
        for name, op in (("__lt__", "<"), ("__le__", "<="), ("__gt__", ">"), ("__ge__", ">=")):
            if name in cls.__dict__:
                raise TypeError(f"Cannot overwrite attribute {name} in class {cls.__name__}. "
                                "Consider using functools.total_ordering")
            setattr(cls, name, _exec_function(name, ["self", "other"], [
                "if other.__class__ is self.__class__:",
                f"    return {_tuple_of(compared, 'self')} {op} {_tuple_of(compared, 'other')}",
                "return NotImplemented"], {}))
    if frozen:
        names = tuple(fields)

        def __setattr__(self, name, value):
            if type(self) is cls or name in names:
                raise FrozenInstanceError(f"cannot assign to field {name!r}")
            super(cls, self).__setattr__(name, value)

        def __delattr__(self, name):
            if type(self) is cls or name in names:
                raise FrozenInstanceError(f"cannot delete field {name!r}")
            super(cls, self).__delattr__(name)
        cls.__setattr__ = __setattr__
        cls.__delattr__ = __delattr__
    hashed = [f for f in all_fields if (f.compare if f.hash is None else f.hash)]
    class_hash = cls.__dict__.get("__hash__", MISSING)
    explicit_hash = not (class_hash is MISSING or (class_hash is None and "__eq__" in own_names))
    if unsafe_hash:
        if explicit_hash:
            raise TypeError(f"Cannot overwrite attribute __hash__ in class {cls.__name__}")
        cls.__hash__ = _exec_function("__hash__", ["self"], [f"return hash({_tuple_of(hashed, 'self')})"], {})
    elif eq and frozen and not explicit_hash:
        cls.__hash__ = _exec_function("__hash__", ["self"], [f"return hash({_tuple_of(hashed, 'self')})"], {})
    elif eq and not frozen and not explicit_hash:
        cls.__hash__ = None
    if match_args and "__match_args__" not in cls.__dict__:
        cls.__match_args__ = tuple(f.name for f in all_fields if f.init and not f.kw_only)
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False, frozen=False,
              match_args=True, kw_only=False, slots=False):
    if slots:
        raise NotImplementedError("dataclass(slots=True) is not supported by Tauraro")

    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only)
    return wrap if cls is None else wrap(cls)


def fields(class_or_instance):
    try:
        fs = class_or_instance.__dataclass_fields__
    except AttributeError:
        raise TypeError("must be called with a dataclass type or instance") from None
    return tuple(f for f in fs.values() if f._kind == "_FIELD")


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, "__dataclass_fields__")


def _is_dataclass_instance(obj):
    return hasattr(type(obj), "__dataclass_fields__")


def _convert(obj, factory, as_dict):
    if _is_dataclass_instance(obj):
        if as_dict:
            return factory([(f.name, _convert(getattr(obj, f.name), factory, True)) for f in fields(obj)])
        return factory([_convert(getattr(obj, f.name), factory, False) for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_convert(v, factory, as_dict) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_convert(v, factory, as_dict) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_convert(k, factory, as_dict), _convert(v, factory, as_dict)) for k, v in obj.items())
    import copy
    return copy.deepcopy(obj)


def asdict(obj, *, dict_factory=dict):
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _convert(obj, dict_factory, True)


def astuple(obj, *, tuple_factory=tuple):
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _convert(obj, tuple_factory, False)


def replace(obj, /, **changes):
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in obj.__dataclass_fields__.values():
        if f._kind == "_FIELD_CLASSVAR":
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f"field {f.name} is declared with init=False, it cannot be specified with replace()")
            continue
        if f.name not in changes:
            if f._kind == "_FIELD_INITVAR" and f.default is MISSING:
                raise ValueError(f"InitVar {f.name!r} must be specified with replace()")
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, **kwargs):
    ns = dict(namespace or {})
    annotations = {}
    for item in fields:
        if isinstance(item, str):
            name, tp = item, "typing.Any"
        elif len(item) == 2:
            name, tp = item
        else:
            name, tp, spec = item
            ns[name] = spec
        annotations[name] = tp
    ns["__annotations__"] = annotations
    cls = type(cls_name, bases, ns)
    return dataclass(cls, **kwargs)
