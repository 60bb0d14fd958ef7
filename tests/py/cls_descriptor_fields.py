# A small ORM-ish record class built on descriptors: __set_name__, __get__,
# __set__, __delete__, validation, defaults, and a class-level field table.


class Field:
    def __init__(self, kind, default=None, required=True):
        self.kind = kind
        self.default = default
        self.required = required

    def __set_name__(self, owner, name):
        self.name = name
        self.storage = "_" + name
        owner.fields = getattr(owner, "fields", ()) + (name,)

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.storage, self.default)

    def __set__(self, obj, value):
        value = self.validate(value)
        setattr(obj, self.storage, value)

    def __delete__(self, obj):
        if self.required:
            raise AttributeError(f"cannot delete required field {self.name!r}")
        if hasattr(obj, self.storage):
            delattr(obj, self.storage)

    def validate(self, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, not {type(value).__name__}")
        return value

    def __repr__(self):
        return f"<Field {self.name}: {self.kind.__name__}>"


class Integer(Field):
    def __init__(self, minimum=None, maximum=None, **kw):
        super().__init__(int, **kw)
        self.minimum, self.maximum = minimum, maximum

    def validate(self, value):
        value = super().validate(value)
        if self.minimum is not None and value < self.minimum:
            raise ValueError(f"{self.name} must be >= {self.minimum}")
        if self.maximum is not None and value > self.maximum:
            raise ValueError(f"{self.name} must be <= {self.maximum}")
        return value


class String(Field):
    def __init__(self, max_len=20, **kw):
        super().__init__(str, **kw)
        self.max_len = max_len

    def validate(self, value):
        value = super().validate(value).strip()
        if len(value) > self.max_len:
            raise ValueError(f"{self.name} is too long ({len(value)} > {self.max_len})")
        return value


class Record:
    def __init__(self, **values):
        for name in self.fields:
            if name in values:
                setattr(self, name, values.pop(name))
            elif getattr(type(self), name).required:
                raise TypeError(f"missing field {name!r}")
        if values:
            raise TypeError(f"unknown fields: {sorted(values)}")

    def __repr__(self):
        body = ", ".join(f"{n}={getattr(self, n)!r}" for n in self.fields)
        return f"{type(self).__name__}({body})"

    def to_row(self):
        return tuple(getattr(self, n) for n in self.fields)


class User(Record):
    name = String(max_len=8)
    age = Integer(minimum=0, maximum=150)
    email = String(max_len=30, required=False, default="")


print(User.fields, User.name, User.age.minimum, type(User.__dict__["email"]).__name__)
u = User(name="  ann ", age=31)
print(u, u.to_row(), vars(u))
u.email = "ann@example.org"
u.age += 1
print(u, u.age)

cases = [
    dict(name="bob", age=-1),
    dict(name="bob", age="old"),
    dict(name="bartholomew", age=3),
    dict(age=3),
    dict(name="cy", age=3, phone="1"),
]
for kw in cases:
    try:
        print(User(**kw))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

del u.email
print(u.email == "", "_email" in vars(u))
try:
    del u.name
except AttributeError as e:
    print("AttributeError:", e)


class Product(Record):
    sku = String(max_len=6)
    stock = Integer(minimum=0, default=0, required=False)


table = [Product(sku="A1", stock=5), Product(sku="B22"), Product(sku=" C3 ", stock=12)]
print(table, sorted(table, key=lambda p: -p.stock)[0].sku, sum(p.stock for p in table))
print(Product.fields, User.fields, Record.__dict__.get("fields"))


# a non-data descriptor (only __get__) is shadowed by instance attributes
class Lazy:
    def __init__(self, fn):
        self.fn = fn

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        value = self.fn(obj)
        obj.__dict__[self.name] = value   # cached: next lookup finds the instance attribute
        return value


class Report:
    computed = 0

    def __init__(self, rows):
        self.rows = rows

    @Lazy
    def total(self):
        Report.computed += 1
        return sum(self.rows)


r = Report([1, 2, 3])
print(r.total, r.total, Report.computed, "total" in vars(r), type(Report.total).__name__)
