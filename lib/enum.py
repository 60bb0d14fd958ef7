"""enum for Tauraro: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique.

A subset of CPython 3.11's enum with the same observable behaviour for
ordinary use: members are created once, when the class statement runs, as
instances of the class (int/str instances for the mixed-in kinds); the
metaclass's __prepare__ namespace records member names in order, rejects
reused names and evaluates auto(); the metaclass makes calling the class a
lookup by value, indexing a lookup by name, and iteration go over the
canonical members (aliases excluded).  Composite Flag values are made on
demand and cached, as CPython's pseudo-members.  Not provided: the
functional API's module/qualname/type keywords, boundary handling other
than Flag's strict default and IntFlag's keep (an IntFlag's unknown bits
are not named in its repr), pickling, and __members__ as a mappingproxy
(it is a copy).
"""

__all__ = ["EnumType", "EnumMeta", "Enum", "IntEnum", "StrEnum", "Flag", "IntFlag", "auto", "unique",
           "ReprEnum"]


class _AutoNull:
    def __repr__(self):
        return "_auto_null"


_auto_null = _AutoNull()


class auto:
    """Placeholder: the member's value comes from _generate_next_value_."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % self.value


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == "__" and name[2] != "_" and name[-3] != "_"


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == "_" and name[1] != "_" and name[-2] != "_"


def _is_descriptor(obj):
    return hasattr(obj, "__get__") or hasattr(obj, "__set__") or hasattr(obj, "__delete__")


def _is_private(cls_name, name):
    pattern = "_%s__" % cls_name.lstrip("_")
    return len(name) > len(pattern) and name.startswith(pattern) and not name.endswith("_")


class _EnumDict(dict):
    """The class-body namespace: remembers member names in order."""

    def __init__(self, cls_name):
        super().__init__()
        self._cls_name = cls_name
        self._member_names = []
        self._last_values = []
        self._ignore = []
        self._generate_next_value = None

    def __setitem__(self, key, value):
        if _is_private(self._cls_name, key):
            pass
        elif _is_sunder(key):
            if key == "_ignore_":
                names = value.replace(",", " ").split() if isinstance(value, str) else list(value)
                self._ignore = names
            elif key == "_generate_next_value_":
                self._generate_next_value = value
        elif _is_dunder(key):
            if key == "__order__":
                key = "_order_"
        elif key in self._member_names:
            raise TypeError("%r already defined as %r" % (key, self[key]))
        elif key in self._ignore:
            pass
        elif _is_descriptor(value):
            pass
        else:
            if key in self:
                raise TypeError("%r already defined as %r" % (key, self[key]))
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = self._generate_next_value(key, 1, len(self._member_names), self._last_values[:])
                value = value.value
            self._member_names.append(key)
            self._last_values.append(value)
        super().__setitem__(key, value)


class EnumType(type):
    @staticmethod
    def _check_for_existing_members(class_name, bases):
        for chain in bases:
            for base in chain.__mro__:
                if isinstance(base, EnumType) and base._member_names_:
                    raise TypeError("<enum %r> cannot extend %r" % (class_name, base))

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        metacls._check_for_existing_members(cls, bases)
        d = _EnumDict(cls)
        first = metacls._first_enum(bases)
        if first is not None:
            d._generate_next_value = getattr(first, "_generate_next_value_", None)
        return d

    @staticmethod
    def _first_enum(bases):
        # CPython's rule: the last base is the enum the new class extends
        for base in reversed(bases):
            if isinstance(base, EnumType):
                return base
        return None

    @staticmethod
    def _member_type(bases):
        for base in bases:
            for c in base.__mro__:
                if c is object or isinstance(c, EnumType):
                    continue
                return c
        return object

    def __new__(metacls, cls, bases, classdict, **kwds):
        metacls._check_for_existing_members(cls, bases)
        member_names = list(getattr(classdict, "_member_names", ()))
        ignore = getattr(classdict, "_ignore", ())
        body = {k: v for k, v in classdict.items() if k not in member_names and k not in ignore}
        if "_ignore_" in body:
            del body["_ignore_"]
        gen = getattr(classdict, "_generate_next_value", None)
        if gen is not None and "_generate_next_value_" not in body:
            body["_generate_next_value_"] = gen
        member_type = metacls._member_type(bases)
        enum_class = super().__new__(metacls, cls, bases, body, **kwds)
        type.__setattr__(enum_class, "_member_names_", [])
        type.__setattr__(enum_class, "_member_map_", {})
        type.__setattr__(enum_class, "_value2member_map_", {})
        type.__setattr__(enum_class, "_member_type_", member_type)
        metacls._fix_methods(enum_class, bases, classdict, member_type)
        new = None
        for c in enum_class.__mro__:
            if isinstance(c, EnumType) and "__new__" in vars(c):
                new = vars(c)["__new__"]
                new = new.__func__ if isinstance(new, staticmethod) else new
                break
        for name in member_names:
            metacls._add_member(enum_class, name, classdict[name], member_type, new)
        if Flag is not None and issubclass(enum_class, Flag):
            bits = 0
            for m in enum_class._member_map_.values():
                bits |= m._value_
            type.__setattr__(enum_class, "_flag_mask_", bits)
        return enum_class

    @staticmethod
    def _fix_methods(enum_class, bases, classdict, member_type):
        """The enum's repr/str/format win over the mixed-in type's, except
        that ReprEnum (IntEnum, StrEnum, IntFlag) keeps the type's str and
        format (CPython's EnumType.__new__)."""
        first_enum = EnumType._first_enum(bases)
        if first_enum is None:
            return
        for name in ("__repr__", "__str__", "__format__", "__reduce_ex__"):
            if name not in classdict:
                found = getattr(enum_class, name)
                if found is getattr(member_type, name) or found is getattr(object, name):
                    type.__setattr__(enum_class, name, getattr(first_enum, name))
        if Flag is not None and issubclass(enum_class, Flag):
            for name in ("__or__", "__and__", "__xor__", "__ror__", "__rand__", "__rxor__", "__invert__"):
                if name not in classdict:
                    type.__setattr__(enum_class, name, getattr(Flag, name))
        if ReprEnum is not None and ReprEnum in bases:
            if "__format__" not in classdict:
                type.__setattr__(enum_class, "__format__", member_type.__format__)
            if "__str__" not in classdict:
                method = member_type.__str__
                if method is object.__str__:
                    method = member_type.__repr__
                type.__setattr__(enum_class, "__str__", method)

    @staticmethod
    def _add_member(enum_class, name, value, member_type, new):
        args = value if isinstance(value, tuple) else (value,)
        if member_type is tuple:
            args = (args,)
        if new is not None:
            member = new(enum_class, *args)
        elif member_type is object:
            member = object.__new__(enum_class)
        else:
            member = member_type.__new__(enum_class, *args)
        if not hasattr(member, "_value_"):
            member._value_ = value if member_type is object else member_type(*args)
        member._name_ = name
        member.__objclass__ = enum_class
        if getattr(enum_class, "__init__") is not object.__init__:
            member.__init__(*args)
        value = member._value_
        for canonical in enum_class._member_map_.values():
            if canonical._value_ == value:
                member = canonical      # an alias
                break
        else:
            enum_class._member_names_.append(name)
        enum_class._member_map_[name] = member
        try:
            enum_class._value2member_map_.setdefault(value, member)
        except TypeError:
            pass
        type.__setattr__(enum_class, name, member)

    def __call__(cls, value, names=None, *, start=1):
        if names is None:
            return cls._lookup(value)
        return cls._create_(value, names, start)

    def _lookup(cls, value):
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            pass
        for member in cls._member_map_.values():
            if member._value_ == value:
                return member
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if result is not None:
            raise TypeError("error in %s._missing_: returned %r instead of None or a valid member"
                            % (cls.__name__, result))
        raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))

    def _create_(cls, class_name, names, start=1):
        """The functional API: Enum("Animal", "ANT BEE") or with pairs/a dict."""
        if isinstance(names, str):
            names = names.replace(",", " ").split()
        if isinstance(names, dict):
            items = list(names.items())
        elif names and isinstance(names[0], str):
            items = [(n, auto()) for n in names]
        else:
            items = list(names)
        meta = type(cls)
        ns = meta.__prepare__(class_name, (cls,))
        if start != 1:
            gen = ns._generate_next_value
            ns._generate_next_value = lambda name, s, count, last: gen(name, start, count, last)
        for name, value in items:
            ns[name] = value
        return meta.__new__(meta, class_name, (cls,), ns)

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (type(member).__qualname__, type(cls).__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __getitem__(cls, name):
        return cls._member_map_[name]

    @property
    def __members__(cls):
        return dict(cls._member_map_)

    def __repr__(cls):
        return "<enum %r>" % cls.__name__

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get("_member_map_", {}):
            raise AttributeError("cannot reassign member %r" % name)
        super().__setattr__(name, value)

    def __delattr__(cls, name):
        if name in cls.__dict__.get("_member_map_", {}):
            raise AttributeError("cannot delete member %r" % name)
        super().__delattr__(name)


EnumMeta = EnumType
Flag = ReprEnum = None


class Enum(metaclass=EnumType):
    def _generate_next_value_(name, start, count, last_values):
        for last in reversed(last_values):
            try:
                return last + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        return "<%s.%s: %r>" % (type(self).__name__, self._name_, self._value_)

    def __str__(self):
        return "%s.%s" % (type(self).__name__, self._name_)

    def __format__(self, spec):
        return format(str(self), spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return type(self), (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_


class ReprEnum(Enum):
    """Only the repr is the enum's; str() and format() are the value type's
    (set by the metaclass on its direct subclasses)."""


class IntEnum(int, ReprEnum):
    pass


class StrEnum(str, ReprEnum):
    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError("too many arguments for str(): %r" % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError("%r is not a string" % (values[0],))
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


def _power_of_two(n):
    return n > 0 and n & (n - 1) == 0


class Flag(Enum):
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        high = max(last_values).bit_length()
        return 2 ** high

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        mask = cls._flag_mask_
        if value < 0 or value & ~mask:
            if cls._keep_extra_:
                pass
            else:
                raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        member_type = cls._member_type_
        pseudo = object.__new__(cls) if member_type is object else member_type.__new__(cls, value)
        pseudo._value_ = value
        names = [m._name_ for m in cls if m._value_ & value == m._value_ and _power_of_two(m._value_)]
        pseudo._name_ = "|".join(names) if names or value else None
        if value & ~mask:
            pseudo._name_ = None if not names else pseudo._name_
        pseudo.__objclass__ = cls
        return cls._value2member_map_.setdefault(value, pseudo)

    _keep_extra_ = False

    def _members_of(self):
        return [m for m in type(self) if m._value_ & self._value_ == m._value_ and _power_of_two(m._value_)]

    def __iter__(self):
        return iter(self._members_of())

    def __len__(self):
        return len(self._members_of())

    def __contains__(self, other):
        if not isinstance(other, type(self)):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, type(self).__qualname__))
        return other._value_ & self._value_ == other._value_

    def __bool__(self):
        return bool(self._value_)

    def __repr__(self):
        cls = type(self).__name__
        if self._name_ is None:
            return "<%s: %r>" % (cls, self._value_)
        return "<%s.%s: %r>" % (cls, self._name_, self._value_)

    def __str__(self):
        cls = type(self).__name__
        if self._name_ is None:
            return "%s(%r)" % (cls, self._value_)
        return "%s.%s" % (cls, self._name_)

    def _other_value(self, other):
        if isinstance(other, type(self)):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return NotImplemented

    def __or__(self, other):
        v = self._other_value(other)
        return NotImplemented if v is NotImplemented else type(self)(self._value_ | v)

    def __and__(self, other):
        v = self._other_value(other)
        return NotImplemented if v is NotImplemented else type(self)(self._value_ & v)

    def __xor__(self, other):
        v = self._other_value(other)
        return NotImplemented if v is NotImplemented else type(self)(self._value_ ^ v)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return type(self)(self._flag_mask_ & ~self._value_)


class IntFlag(int, ReprEnum, Flag):
    _keep_extra_ = True


def unique(enumeration):
    duplicates = [(name, member.name) for name, member in enumeration.__members__.items() if name != member.name]
    if duplicates:
        details = ", ".join("%s -> %s" % (alias, name) for alias, name in duplicates)
        raise ValueError("duplicate values found in %r: %s" % (enumeration, details))
    return enumeration
