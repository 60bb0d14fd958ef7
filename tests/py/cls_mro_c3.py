# C3 method resolution order: diamonds, deeper hierarchies, mro() and
# __mro__, attribute lookup along the MRO, and MRO conflicts.


def names(cls):
    return [c.__name__ for c in cls.__mro__]


class Base:
    def who(self):
        return "Base"

    def chain(self):
        return ["Base"]


class Left(Base):
    def who(self):
        return "Left"

    def chain(self):
        return ["Left"] + super().chain()


class Right(Base):
    def who(self):
        return "Right"

    def chain(self):
        return ["Right"] + super().chain()


class Diamond(Left, Right):
    def chain(self):
        return ["Diamond"] + super().chain()


d = Diamond()
print(names(Diamond), d.who(), d.chain())
print(Diamond.mro() == list(Diamond.__mro__), Diamond.__bases__ == (Left, Right))
print(Left.__bases__, Base.__bases__, object.__bases__, object.__mro__)


# the classic example from the C3 paper
class O: pass
class F(O): pass
class E(O): pass
class D(O): pass
class C(D, F): pass
class B(D, E): pass
class A(B, C): pass


for cls in (A, B, C, D, E, F, O):
    print(cls.__name__, "->", " ".join(names(cls)))


# attributes are found along the MRO, class attributes included
class K1:
    tag = "k1"
    level = 1


class K2(K1):
    level = 2


class K3(K1):
    tag = "k3"


class K4(K2, K3):
    pass


print(K4.tag, K4.level, K4().tag, [c.__name__ for c in K4.__mro__ if "tag" in c.__dict__])


# MRO conflicts
def try_class(label, *bases):
    try:
        cls = type(label, bases, {})
        print(label, "ok:", names(cls))
    except TypeError as e:
        print(label, "TypeError:", e)


try_class("X1", Base, Left)
try_class("X2", Left, Base)
try_class("X3", Left, Right)
try_class("X4", Right, Left)
try_class("X5", A, B)
try_class("X6", B, A)
try_class("X7", Base, Base)
try:
    class Bad(Left, Base, Right):
        pass
except TypeError as e:
    print("class statement:", e)


# issubclass follows the MRO; mro is recomputed per class
print(issubclass(A, O), issubclass(A, (int, E)), issubclass(F, (D, E)), isinstance(A(), (C, int)))
print(len(A.__mro__), A.__mro__[1] is B, A.__mro__[-1] is object)
