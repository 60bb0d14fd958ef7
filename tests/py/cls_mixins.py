# Mixin classes combined by multiple inheritance: comparison, repr,
# serialization and validation mixins cooperating through super(), with
# the MRO deciding which implementation runs.
class ReprMixin:
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in self._fields())
        return f"{type(self).__name__}({fields})"

    def _fields(self):
        return [(k, getattr(self, k)) for k in self.field_names]


class EqMixin:
    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return self._fields() == other._fields()

    def __hash__(self):
        return hash(tuple(v for _, v in self._fields()))


class OrderMixin:
    def _key(self):
        return tuple(v for _, v in self._fields())

    def __lt__(self, other):
        return self._key() < other._key()

    def __le__(self, other):
        return self._key() <= other._key()


class JsonMixin:
    def to_json(self):
        def encode(v):
            return f'"{v}"' if isinstance(v, str) else str(v)
        return "{" + ", ".join(f'"{k}": {encode(v)}' for k, v in sorted(self._fields())) + "}"

    @classmethod
    def from_dict(cls, data):
        return cls(**{k: data[k] for k in cls.field_names})


class ValidateMixin:
    def __init__(self, **kw):
        for name in self.field_names:
            if name not in kw:
                raise TypeError(f"{type(self).__name__} missing field {name!r}")
        extra = set(kw) - set(self.field_names)
        if extra:
            raise TypeError(f"{type(self).__name__} got unknown fields {sorted(extra)}")
        for k, v in kw.items():
            setattr(self, k, v)
        super().__init__()
        self.validate()

    def validate(self):
        pass


class Record(ReprMixin, EqMixin, OrderMixin, JsonMixin, ValidateMixin):
    field_names = ()


class Person(Record):
    field_names = ("name", "age")

    def validate(self):
        super().validate()
        if self.age < 0:
            raise ValueError(f"age must be >= 0, got {self.age}")


class Employee(Person):
    field_names = ("name", "age", "team")

    def validate(self):
        super().validate()
        if not self.team:
            raise ValueError("team must not be empty")


people = [Person(name="cy", age=40), Person(name="ann", age=30), Person(name="bob", age=30)]
print(people, sorted(people), people[1] == Person(name="ann", age=30), people[1] <= people[2])
print(len({Person(name="ann", age=30), people[1]}), people[0].to_json())
e = Employee.from_dict({"name": "di", "age": 25, "team": "ops", "ignored": 1})
print(e, e.to_json(), e == Person(name="di", age=25), isinstance(e, (EqMixin, JsonMixin)))
print([c.__name__ for c in Employee.__mro__])
for kwargs in ({"name": "x"}, {"name": "x", "age": -5}, {"name": "x", "age": 1, "team": ""}, {"name": "x", "age": 1, "team": "a", "boss": "y"}):
    try:
        print(Employee(**kwargs))
    except (TypeError, ValueError) as err:
        print(f"{type(err).__name__}: {err}")


# the MRO picks the first mixin that defines a method; super() continues the chain
class Loud:
    def speak(self):
        return ["Loud"] + self._next_speak()

    def _next_speak(self):
        nxt = super()
        return nxt.speak() if hasattr(nxt, "speak") else []


class Polite:
    def speak(self):
        return ["Polite"] + (super().speak() if hasattr(super(), "speak") else [])


class Base:
    def speak(self):
        return ["Base"]


class A(Loud, Polite, Base): pass
class B(Polite, Loud, Base): pass
class C(Polite, Base): pass


print(A().speak(), B().speak(), C().speak())
print([k.__name__ for k in A.__mro__], [k.__name__ for k in B.__mro__])
print(hasattr(super(Polite, C()), "speak"), super(C, C()).speak(), super(Polite, C()).speak())
