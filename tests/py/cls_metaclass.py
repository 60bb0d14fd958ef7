# A metaclass deriving from type: __new__ and __init__ of classes, class registry, __call__.
registry = {}
class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns["created_by"] = mcls.__name__
        cls = super().__new__(mcls, name, bases, ns)
        registry[name] = cls
        return cls
    def describe(cls): return f"<{cls.__name__} via {cls.created_by}>"
class Base(metaclass=Meta):
    pass
class Child(Base):
    x = 1
print(sorted(registry), Child.created_by, Child.describe(), type(Child).__name__, isinstance(Child, Meta), isinstance(Child, type))
print(type(Base) is Meta, Child.__class__.__name__, Child().x)
class Counted(type):
    def __call__(cls, *a, **k):
        cls.instances = getattr(cls, "instances", 0) + 1
        return super().__call__(*a, **k)
class W(metaclass=Counted):
    def __init__(self, v): self.v = v
W(1); W(2); print(W.instances, W(3).v, W.instances)
