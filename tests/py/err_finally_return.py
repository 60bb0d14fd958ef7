# finally with return/break/continue semantics.
def f1():
    try:
        return "try"
    finally:
        print("  f1 finally runs")
print(f1())
def f2():
    try:
        return "try"
    finally:
        return "finally wins"
print(f2())
def f3():
    try:
        1 / 0
    finally:
        return "swallowed"
print(f3())
def f4():
    x = "original"
    try:
        return x
    finally:
        x = "modified"
print(f4())
def f5():
    out = []
    for i in range(5):
        try:
            if i == 3:
                break
            out.append(i)
        finally:
            out.append("f%d" % i)
    return out
print(f5())
def f6():
    out = []
    for i in range(3):
        try:
            continue
        finally:
            out.append(i)
    return out
print(f6())
def f7():
    lst = []
    try:
        lst.append(1)
        return lst
    finally:
        lst.append(2)
print(f7())
def f8(n):
    while True:
        try:
            if n > 2:
                return "big"
            n += 1
        finally:
            print("  loop finally n =", n)
print(f8(1))
def f9():
    try:
        try:
            return "inner"
        finally:
            print("  inner finally")
    finally:
        print("  outer finally")
print(f9())
def f10():
    for i in range(3):
        try:
            raise ValueError(i)
        except ValueError as e:
            if i == 1:
                return "returned at %s" % e
        finally:
            print("  f10 finally", i)
print(f10())
