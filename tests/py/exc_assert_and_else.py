# assert messages, try/else, exceptions inside except handlers, exception variables cleared.
def check(x):
    assert x > 0, f"x must be positive, got {x}"
    return x
for v in [1, -1]:
    try:
        check(v)
    except AssertionError as e:
        print("AssertionError:", e)
    else:
        print("ok", v)
try:
    pass
except Exception:
    print("no")
else:
    print("else ran")
e = "before"
try:
    raise ValueError("v")
except ValueError as e:
    pass
try:
    print(e)
except NameError as ne:
    print("NameError:", ne)
def handler_raises():
    try:
        raise ValueError("first")
    except ValueError:
        try:
            raise TypeError("second")
        except TypeError as t:
            return repr(t), repr(t.__context__)
print(handler_raises())
errors = []
for exc in (ValueError, TypeError, KeyError, IndexError):
    try:
        raise exc("x")
    except (ValueError, TypeError) as e:
        errors.append(("VT", type(e).__name__))
    except LookupError as e:
        errors.append(("L", type(e).__name__))
print(errors)
