# except with tuples of exception types, ordering, and base classes.
def trigger(kind):
    if kind == "zero":
        return 1 // 0
    if kind == "key":
        return {}["k"]
    if kind == "index":
        return [][1]
    if kind == "value":
        return int("v")
    if kind == "type":
        return 1 + "t"
    if kind == "name":
        return undefined_thing
    if kind == "attr":
        return (1).nothing
    return "no error"
for kind in ["zero", "key", "index", "value", "type", "name", "attr", "none"]:
    try:
        r = trigger(kind)
        print(kind, "->", r)
    except (KeyError, IndexError) as e:
        print(kind, "lookup:", type(e).__name__, e)
    except (ValueError, TypeError) as e:
        print(kind, "value/type:", type(e).__name__, e)
    except ArithmeticError as e:
        print(kind, "arith:", type(e).__name__, e)
    except Exception as e:
        print(kind, "other:", type(e).__name__, e)
errors = (ZeroDivisionError, ValueError)
for v in ["0", "x", "5"]:
    try:
        print(10 // int(v))
    except errors as e:
        print("caught via tuple variable:", type(e).__name__)
try:
    [][0]
except LookupError as e:
    print("LookupError catches", type(e).__name__)
try:
    try:
        {}[1]
    except IndexError:
        print("wrong")
except KeyError:
    print("propagated to outer KeyError handler")
try:
    raise ZeroDivisionError("explicit")
except Exception as e:
    print(type(e).__name__, e, isinstance(e, ArithmeticError))
